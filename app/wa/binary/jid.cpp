#include "wa/binary/jid.h"

#include "wa/binary/tags.h"

#include <charconv>

namespace wa::binary {

namespace {

template<typename Int>
bool parseDecimal(std::string_view text, Int max, Int &out)
{
    if (text.empty())
        return false;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    unsigned long value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value > max)
        return false;
    out = static_cast<Int>(value);
    return true;
}

} // namespace

Jid::Jid(std::string userPart, std::string_view serverPart)
    : user(std::move(userPart))
    , server(serverPart)
{
}

Jid::Jid(std::string userPart, std::string_view serverPart, std::uint16_t devicePart)
    : user(std::move(userPart))
    , server(serverPart)
    , device(devicePart)
    , hasDevice(true)
{
}

Jid Jid::serverJid(std::string_view serverPart)
{
    return Jid(std::string(), serverPart);
}

std::optional<Jid> Jid::parse(std::string_view text)
{
    const std::size_t at = text.find('@');
    if (at == std::string_view::npos) {
        if (text.empty() || text.find_first_of(":_") != std::string_view::npos)
            return std::nullopt;
        return serverJid(text);
    }
    const std::string_view serverPart = text.substr(at + 1);
    if (serverPart.empty() || serverPart.find('@') != std::string_view::npos)
        return std::nullopt;

    Jid jid;
    jid.server = std::string(serverPart);
    std::string_view userPart = text.substr(0, at);
    const std::size_t colon = userPart.find(':');
    if (colon != std::string_view::npos) {
        if (!parseDecimal<std::uint16_t>(userPart.substr(colon + 1), 0xffff, jid.device))
            return std::nullopt;
        jid.hasDevice = true;
        userPart = userPart.substr(0, colon);
    }
    const std::size_t underscore = userPart.find('_');
    if (underscore != std::string_view::npos) {
        if (!parseDecimal<std::uint8_t>(userPart.substr(underscore + 1), 0xff, jid.agent))
            return std::nullopt;
        userPart = userPart.substr(0, underscore);
    }
    if (userPart.empty() && (jid.hasDevice || jid.agent != 0))
        return std::nullopt;
    jid.user = std::string(userPart);
    return jid;
}

std::string Jid::toString() const
{
    std::string out;
    out.reserve(user.size() + server.size() + 12);
    out += user;
    if (agent != 0) {
        out += '_';
        out += std::to_string(agent);
    }
    if (hasDevice) {
        out += ':';
        out += std::to_string(device);
    }
    out += '@';
    out += server;
    return out;
}

std::uint8_t Jid::domainType() const noexcept
{
    if (server == servers::Lid)
        return tags::DomainLid;
    if (server == servers::Hosted)
        return tags::DomainHosted;
    if (server == servers::HostedLid)
        return tags::DomainHostedLid;
    return agent;
}

Jid Jid::toNonAd() const
{
    return Jid(user, server);
}

Jid Jid::normalized() const
{
    Jid copy = *this;
    if (copy.server == servers::Legacy)
        copy.server = std::string(servers::Pn);
    return copy;
}

} // namespace wa::binary
