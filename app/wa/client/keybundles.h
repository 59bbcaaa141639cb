#pragma once
// Pre-key bundles of other devices, for starting Signal sessions with them:
// <iq xmlns="encrypt" type="get"><key><user jid="<user>:<device>@server"/>...</key></iq> and the
// <list><user jid><registration/><type/><identity/><skey/><key/>?</user></list> it returns.
#include "wa/binary/node.h"
#include "wa/signal/prekeybundle.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace wa::client {

binary::Node buildKeyQuery(const QStringList &deviceJids);
// Bundles by device JID as the server wrote it; users with an <error> child or a malformed bundle
// land in `failed`.
QHash<QString, signal::PreKeyBundle> parseKeyQuery(const binary::Node &iq, QStringList *failed = nullptr);
// One <user> (or <keys>) element in that shape, also what a retry receipt's <keys> carries.
std::optional<signal::PreKeyBundle> parseBundle(const binary::Node &user, quint32 deviceId);

} // namespace wa::client
