#pragma once
// WhatsApp JIDs ("jabber ids"): `user@server`, companion devices `user:device@server` and the agent
// form `user_agent:device@server`, plus server-only JIDs. Servers: s.whatsapp.net (phone numbers),
// lid (hidden ids), g.us (groups), broadcast (status and lists), newsletter (channels), c.us (legacy),
// hosted / hosted.lid (business hosting), msgr and interop (Messenger and interop users), bot, call.
//
// Node attributes are strings; the encoder recognises JIDs in them the way the reference client does
// (any value containing '@'). Build attribute values with Jid::toString() so that the wire form is
// the intended one: a device part, even ":0", selects the AD_JID encoding.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace wa::binary {

namespace servers {
inline constexpr std::string_view Pn = "s.whatsapp.net";
inline constexpr std::string_view Lid = "lid";
inline constexpr std::string_view Group = "g.us";
inline constexpr std::string_view Broadcast = "broadcast";
inline constexpr std::string_view Newsletter = "newsletter";
inline constexpr std::string_view Legacy = "c.us";
inline constexpr std::string_view Hosted = "hosted";
inline constexpr std::string_view HostedLid = "hosted.lid";
inline constexpr std::string_view Messenger = "msgr";
inline constexpr std::string_view Interop = "interop";
inline constexpr std::string_view Bot = "bot";
inline constexpr std::string_view Call = "call";
} // namespace servers

struct Jid {
    std::string user;
    std::string server;
    // Raw agent from the `user_agent` form; 0 when absent.
    std::uint8_t agent = 0;
    std::uint16_t device = 0;
    // True when the text carried a device part (":0" included): such JIDs are AD JIDs.
    bool hasDevice = false;

    Jid() = default;
    Jid(std::string userPart, std::string_view serverPart);
    Jid(std::string userPart, std::string_view serverPart, std::uint16_t devicePart);

    static Jid serverJid(std::string_view serverPart);

    // Strict parser: the server must be non-empty and free of '@'; agent and device must be
    // decimal (agent <= 255, device <= 65535). A text without '@' is a server-only JID.
    static std::optional<Jid> parse(std::string_view text);

    // Server-only JIDs print as "@server" so the encoder writes them as JID_PAIR, not as a token.
    std::string toString() const;

    bool isEmpty() const noexcept { return server.empty(); }
    bool isServer() const noexcept { return user.empty() && !server.empty(); }
    bool isPn() const noexcept { return server == servers::Pn; }
    bool isLid() const noexcept { return server == servers::Lid; }
    bool isHosted() const noexcept { return server == servers::Hosted || server == servers::HostedLid; }
    bool isGroup() const noexcept { return server == servers::Group; }
    bool isBroadcast() const noexcept { return server == servers::Broadcast; }
    bool isStatusBroadcast() const noexcept { return isBroadcast() && user == "status"; }
    bool isNewsletter() const noexcept { return server == servers::Newsletter; }
    bool isAd() const noexcept { return hasDevice; }

    // AD_JID domain byte: 1 lid, 128 hosted, 129 hosted.lid, otherwise the agent (0 for PN).
    std::uint8_t domainType() const noexcept;
    // The same account without agent and device (what contacts and chats are keyed by).
    Jid toNonAd() const;
    // c.us is the legacy spelling of s.whatsapp.net.
    Jid normalized() const;

    bool operator==(const Jid &) const = default;
};

} // namespace wa::binary
