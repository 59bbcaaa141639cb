#pragma once
// The sandbox's HTTP JSON control API (docs/sandbox.md), as a function of method, path and body,
// so it can be tested without sockets. Errors: {"error": code, "message": text}.
#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace sandbox {

class SandboxServer;

struct ControlReply {
    int status = 200;
    QJsonValue body;
};

ControlReply handleControl(SandboxServer &server, const QByteArray &method, const QString &path, const QByteArray &body);

} // namespace sandbox
