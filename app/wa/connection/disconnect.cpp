#include "wa/connection/disconnect.h"

namespace wa::connection {

QString reasonName(int code)
{
    switch (code) {
    case reason::LoggedOut: return QStringLiteral("logged_out");
    case reason::TemporaryBan: return QStringLiteral("temporary_ban");
    case reason::Forbidden: return QStringLiteral("forbidden");
    case reason::ClientOutdated: return QStringLiteral("client_outdated");
    case reason::UnknownLogout: return QStringLiteral("unknown_logout");
    case reason::ConnectionLost: return QStringLiteral("connection_lost");
    case reason::MultideviceMismatch: return QStringLiteral("multidevice_mismatch");
    case reason::ConnectionClosed: return QStringLiteral("connection_closed");
    case reason::ConnectionReplaced: return QStringLiteral("connection_replaced");
    case reason::BadSession: return QStringLiteral("bad_session");
    case reason::UnavailableService: return QStringLiteral("unavailable_service");
    case reason::RestartRequired: return QStringLiteral("restart_required");
    default: return QStringLiteral("error_%1").arg(code);
    }
}

Disconnect make(int code, QString detail)
{
    Disconnect d;
    d.code = code;
    d.name = reasonName(code);
    d.detail = std::move(detail);
    // 401 and 406 mean the server forgot this device; 403 is a locked/removed main account.
    d.loggedOut = code == reason::LoggedOut || code == reason::UnknownLogout || code == reason::Forbidden;
    d.replaced = code == reason::ConnectionReplaced;
    return d;
}

static int toInt(std::string_view text, int fallback)
{
    bool ok = false;
    const int v = QByteArray(text.data(), qsizetype(text.size())).toInt(&ok);
    return ok ? v : fallback;
}

Disconnect fromStreamError(const binary::Node &node)
{
    if (const binary::Node *conflict = node.child("conflict")) {
        const std::string_view type = conflict->attributeOr("type", "");
        if (type == "device_removed")
            return make(reason::LoggedOut, QStringLiteral("stream error: device removed"));
        if (type == "replaced")
            return make(reason::ConnectionReplaced, QStringLiteral("stream error: another session replaced this one"));
        return make(reason::ConnectionReplaced,
                    QStringLiteral("stream error: conflict %1").arg(QString::fromUtf8(type.data(), qsizetype(type.size()))));
    }
    if (node.child("ack") || node.child("xml-not-well-formed"))
        return make(reason::BadSession, QStringLiteral("stream error: the server rejected our stanza"));
    const int code = toInt(node.attributeOr("code", ""), reason::BadSession);
    if (code == reason::LoggedOut)
        return make(reason::LoggedOut, QStringLiteral("stream error 401"));
    return make(code, QStringLiteral("stream error %1").arg(code));
}

Disconnect fromFailure(const binary::Node &node)
{
    const int code = toInt(node.attributeOr("reason", ""), 400);
    Disconnect d = make(code == 400 ? reason::BadSession : code, QStringLiteral("login failure %1").arg(code));
    if (code == reason::TemporaryBan) {
        d.banExpiresInSecs = toInt(node.attributeOr("expire", ""), 0);
        d.detail = QStringLiteral("temporarily banned (code %1), for %2 s")
                       .arg(QString::fromUtf8(node.attributeOr("code", "?").data()))
                       .arg(d.banExpiresInSecs);
    }
    if (code == reason::ClientOutdated)
        d.detail = QStringLiteral("client version outdated: update the version triple");
    return d;
}

Disconnect fromSocketError(const socket::Error &error)
{
    using socket::ErrorCode;
    const QString detail = error.toString();
    switch (error.code) {
    case ErrorCode::Timeout:
        return make(reason::ConnectionLost, detail);
    case ErrorCode::ConnectionClosed:
        return make(reason::ConnectionClosed, detail);
    case ErrorCode::ConnectionFailed:
        return make(reason::ConnectionLost, detail);
    default: // handshake, certificate, framing or decryption failure
        return make(reason::BadSession, detail);
    }
}

} // namespace wa::connection
