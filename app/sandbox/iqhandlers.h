#pragma once
// The sandbox's answers to a device's <iq> requests: pre-keys (count, upload, bundle fetch,
// digest, rotation), usync (device lists, "is this number on WhatsApp", LIDs), media_conn,
// groups (create, metadata), privacy settings, passive/active, pings, logout of a companion, and
// the pairing-code stages. Anything else gets an empty result, as a lenient server would.
#include "wa/binary/node.h"

#include <optional>

namespace sandbox {

class SandboxServer;
class DeviceSession;

// The answer to send now, or nullopt when the answer is sent later (or not at all).
std::optional<wa::binary::Node> answerIq(SandboxServer &server, DeviceSession &session, const wa::binary::Node &iq);
// <presence type="subscribe" to=...> gets the contact's availability; others are noted only.
void answerPresence(SandboxServer &server, DeviceSession &session, const wa::binary::Node &presence);

} // namespace sandbox
