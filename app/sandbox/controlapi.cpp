#include "sandbox/controlapi.h"

#include "sandbox/sandboxserver.h"
#include "sandbox/simphone.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sandbox {

namespace {

ControlReply error(int status, const char *code, const QString &message)
{
    return {status, QJsonObject{{QStringLiteral("error"), QLatin1String(code)}, {QStringLiteral("message"), message}}};
}

std::optional<QJsonObject> jsonBody(const QByteArray &body, ControlReply *failure)
{
    QJsonParseError e{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &e);
    if (e.error != QJsonParseError::NoError || !doc.isObject()) {
        *failure = error(400, "invalid_json", QStringLiteral("the body must be a JSON object"));
        return std::nullopt;
    }
    return doc.object();
}

ControlReply createPhone(SandboxServer &server, const QByteArray &body)
{
    ControlReply failure;
    const auto o = jsonBody(body, &failure);
    if (!o)
        return failure;
    if (!o->value(QStringLiteral("number")).isString())
        return error(400, "validation_error", QStringLiteral("number: is required (digits with country code)"));
    const QJsonValue name = o->value(QStringLiteral("pushName"));
    if (!name.isUndefined() && !name.isString())
        return error(400, "validation_error", QStringLiteral("pushName: must be a string"));
    Phone phone;
    switch (server.addPhone(o->value(QStringLiteral("number")).toString(), name.toString(), &phone)) {
    case PhoneBook::AddResult::InvalidNumber:
        return error(400, "validation_error", QStringLiteral("number: 6-15 digits with country code; '+', spaces and dashes are allowed"));
    case PhoneBook::AddResult::Exists:
        return error(409, "conflict", QStringLiteral("a phone with this number exists"));
    case PhoneBook::AddResult::Added:
        break;
    }
    return {201, QJsonObject{{QStringLiteral("number"), phone.number}, {QStringLiteral("jid"), phone.jid()}, {QStringLiteral("lid"), phone.lidJid()}}};
}

ControlReply updatePhone(Phone &phone, const QByteArray &body)
{
    ControlReply failure;
    const auto o = jsonBody(body, &failure);
    if (!o)
        return failure;
    if (o->contains(QStringLiteral("pushName"))) {
        if (!o->value(QStringLiteral("pushName")).isString())
            return error(400, "validation_error", QStringLiteral("pushName: must be a string"));
        phone.pushName = o->value(QStringLiteral("pushName")).toString();
    }
    if (o->contains(QStringLiteral("autoReply"))) {
        const QString mode = o->value(QStringLiteral("autoReply")).toString();
        if (mode != QLatin1String("off") && mode != QLatin1String("echo"))
            return error(400, "validation_error", QStringLiteral("autoReply: must be \"off\" or \"echo\""));
        phone.autoReply = mode;
    }
    return {200, phone.toJson()};
}

ControlReply createGroup(SandboxServer &server, const QByteArray &body)
{
    ControlReply failure;
    const auto o = jsonBody(body, &failure);
    if (!o)
        return failure;
    const QString subject = o->value(QStringLiteral("subject")).toString().trimmed();
    if (subject.isEmpty() || subject.size() > 100)
        return error(400, "validation_error", QStringLiteral("subject: 1-100 characters"));
    const Phone *owner = server.phones().find(o->value(QStringLiteral("owner")).toString());
    if (!owner)
        return error(400, "validation_error", QStringLiteral("owner: the number of a phone of this sandbox"));
    QStringList participants;
    for (const QJsonValue &v : o->value(QStringLiteral("participants")).toArray()) {
        const Phone *p = server.phones().findByJid(v.toString());
        if (!p)
            return error(400, "validation_error", QStringLiteral("participants: %1 is not a phone of this sandbox").arg(v.toString().left(40)));
        participants << p->jid();
    }
    const Group *g = server.createGroup(subject, owner->jid(), participants);
    if (!g)
        return error(507, "full", QStringLiteral("the sandbox holds %1 groups, its limit").arg(GroupBook::MaxGroups));
    return {201, QJsonObject{{QStringLiteral("jid"), g->jid}, {QStringLiteral("subject"), g->subject},
                             {QStringLiteral("participants"), QJsonArray::fromStringList(g->participants)}}};
}

ControlReply markRead(SandboxServer &server, const Phone &phone, const QByteArray &body)
{
    ControlReply failure;
    const auto o = jsonBody(body, &failure);
    if (!o)
        return failure;
    QStringList ids;
    for (const QJsonValue &v : o->value(QStringLiteral("ids")).toArray())
        ids << v.toString();
    ids.removeAll(QString());
    if (ids.isEmpty())
        return error(400, "validation_error", QStringLiteral("ids: a non-empty list of message ids the phone received"));
    const QStringList known = server.simPhone(phone.number)->markRead(ids);
    if (known.isEmpty())
        return error(404, "not_found", QStringLiteral("none of these messages is in the phone's inbox"));
    return {200, QJsonObject{{QStringLiteral("read"), QJsonArray::fromStringList(known)}}};
}

} // namespace

ControlReply handleControl(SandboxServer &server, const QByteArray &method, const QString &path, const QByteArray &body)
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.value(0) != QLatin1String("sandbox") || parts.size() < 2)
        return error(404, "not_found", QStringLiteral("no route for %1").arg(path.left(200)));
    const QString resource = parts[1];
    auto onlyMethods = [&](std::initializer_list<const char *> allowed) -> std::optional<ControlReply> {
        for (const char *m : allowed)
            if (method == m)
                return std::nullopt;
        return error(405, "method_not_allowed", QStringLiteral("%1 is not allowed on %2").arg(QString::fromLatin1(method), path));
    };
    if (parts.size() == 2 && resource == QLatin1String("info")) {
        if (auto bad = onlyMethods({"GET"}))
            return *bad;
        return {200, server.info()};
    }
    if (parts.size() == 2 && resource == QLatin1String("stats")) {
        if (auto bad = onlyMethods({"GET"}))
            return *bad;
        return {200, server.stats()};
    }
    if (resource == QLatin1String("phones") && parts.size() == 2) {
        if (auto bad = onlyMethods({"GET", "POST"}))
            return *bad;
        if (method == "POST")
            return createPhone(server, body);
        QJsonArray list;
        for (const Phone *p : server.phones().all())
            list.append(p->toJson());
        return {200, list};
    }
    if (resource == QLatin1String("phones") && parts.size() == 3) {
        if (auto bad = onlyMethods({"GET", "PUT"}))
            return *bad;
        Phone *phone = server.phones().find(parts[2]);
        if (!phone)
            return error(404, "not_found", QStringLiteral("no phone %1").arg(parts[2].left(32)));
        if (method == "PUT")
            return updatePhone(*phone, body);
        return {200, phone->toJson()};
    }
    if (resource == QLatin1String("phones") && parts.size() == 4
        && (parts[3] == QLatin1String("messages") || parts[3] == QLatin1String("read"))) {
        Phone *phone = server.phones().find(parts[2]);
        if (!phone)
            return error(404, "not_found", QStringLiteral("no phone %1").arg(parts[2].left(32)));
        if (parts[3] == QLatin1String("messages")) {
            if (auto bad = onlyMethods({"GET"}))
                return *bad;
            return {200, server.simPhone(phone->number)->inbox()};
        }
        if (auto bad = onlyMethods({"POST"}))
            return *bad;
        return markRead(server, *phone, body);
    }
    if (resource == QLatin1String("groups") && parts.size() == 2) {
        if (auto bad = onlyMethods({"POST"}))
            return *bad;
        return createGroup(server, body);
    }
    if (resource == QLatin1String("devices") && parts.size() == 4
        && (parts[3] == QLatin1String("kick") || parts[3] == QLatin1String("drop"))) {
        if (auto bad = onlyMethods({"POST"}))
            return *bad;
        const QString jid = parts[2];
        bool done = false;
        if (parts[3] == QLatin1String("drop")) {
            done = server.dropDevice(jid);
        } else {
            ControlReply failure;
            const auto o = jsonBody(body.isEmpty() ? QByteArrayLiteral("{}") : body, &failure);
            if (!o)
                return failure;
            const int code = o->value(QStringLiteral("code")).toInt(515);
            if (code < 400 || code > 599)
                return error(400, "validation_error", QStringLiteral("code: a stream error code such as 515, 503, 440 or 401"));
            done = server.kickDevice(jid, code);
        }
        if (!done)
            return error(404, "not_found", QStringLiteral("device %1 is not connected").arg(jid.left(64)));
        return {200, QJsonObject{{QStringLiteral("success"), true}}};
    }
    return error(404, "not_found", QStringLiteral("no route for %1").arg(path.left(200)));
}

} // namespace sandbox
