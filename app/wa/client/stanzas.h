#pragma once
// The small stanzas a client answers with: acks for what it received, delivery/read receipts,
// and retry receipts; plus the Signal address of a device JID.
#include "wa/binary/jid.h"
#include "wa/binary/node.h"
#include "wa/store/protocoladdress.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace wa::client {

// <ack class=<tag> id to=<from> [participant] [recipient] [type] [error] [from=me for messages]/>
binary::Node buildAck(const binary::Node &received, const QString &ownJid = {}, int error = 0);

// <receipt id=<first> to [participant] [recipient] [type] [t]><list><item id/>...</list></receipt>.
// type: "" (delivered), "read", "read-self", "played", "sender", ...
binary::Node buildReceipt(const QString &to, const QString &participant, const QStringList &ids, const QString &type,
                          const QString &recipient = {}, qint64 timestamp = 0);

// name[_domain] and device of a user or device JID.
store::ProtocolAddress addressOf(const binary::Jid &jid);
std::optional<store::ProtocolAddress> addressOf(const QString &jid);

// The participant hash of a fan-out: "2:" + the first 6 characters of base64(SHA-256(sorted
// device JIDs, concatenated)). The server answers with its own in the <ack> when the device list
// the sender used is out of date.
QString participantHash(QStringList deviceJids);

// "<user>:<device>@server" (device 0 written as a plain user JID, as the server lists it).
QString deviceJid(const QString &userJid, quint32 device);

} // namespace wa::client
