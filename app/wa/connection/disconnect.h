#pragma once
// Why a connection ended, in the vocabulary the rest of the product uses: Baileys' numeric
// DisconnectReason codes (which API clients of the original product know) plus the decision
// that follows from it: reconnect or not, and whether the device was logged out (credentials
// must be wiped). Built from <stream:error>, <failure reason=N>, <xmlstreamend/> or a socket error.
#include "wa/binary/node.h"
#include "wa/socket/result.h"

#include <QMetaType>
#include <QString>

namespace wa::connection {

namespace reason {
inline constexpr int TemporaryBan = 402;
inline constexpr int ClientOutdated = 405;
inline constexpr int UnknownLogout = 406;
inline constexpr int ConnectionLost = 408; // also Baileys' "timedOut"
inline constexpr int MultideviceMismatch = 411;
inline constexpr int ConnectionClosed = 428;
inline constexpr int ConnectionReplaced = 440;
inline constexpr int LoggedOut = 401;
inline constexpr int Forbidden = 403;
inline constexpr int BadSession = 500;
inline constexpr int UnavailableService = 503;
inline constexpr int RestartRequired = 515;
} // namespace reason

struct Disconnect {
    int code = reason::ConnectionClosed;
    QString name;         // stable lower-case name, e.g. "restart_required", "logged_out"
    QString detail;       // for logs; never contains keys or message bodies
    bool loggedOut = false; // the device is gone: wipe its credentials, never reconnect
    bool replaced = false;  // another session took over: do not reconnect (would ping-pong)
    qint64 banExpiresInSecs = 0; // TemporaryBan only

    bool operator==(const Disconnect &) const = default;
};

// <stream:error code="515"/>, <stream:error><conflict type="replaced"/></stream:error>, ...
Disconnect fromStreamError(const binary::Node &node);
// <failure reason="401" .../> sent instead of <success> at login.
Disconnect fromFailure(const binary::Node &node);
// The transport or handshake failed or the peer went away.
Disconnect fromSocketError(const socket::Error &error);
Disconnect make(int code, QString detail = {});
QString reasonName(int code);

} // namespace wa::connection

Q_DECLARE_METATYPE(wa::connection::Disconnect)
