// Interop helper: one JSON request per line on stdin, one JSON answer per line on stdout.
//   {"op":"register", "identity":{...}, "keys":{...hex...}} -> {"hex": "..."}
//   {"op":"login", "identity":{...}, "user":"123", "device":3}  -> {"hex": "..."}
//   {"op":"parse", "hex":"..."}                                  -> parsed fields or {"error":...}
#include "wa/connection/clientpayload.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <iostream>
#include <string>

using namespace wa::connection;

static ClientIdentity identityFrom(const QJsonObject &o)
{
    ClientIdentity id;
    const QJsonArray v = o.value(QStringLiteral("version")).toArray();
    if (v.size() == 3)
        id.version = {quint32(v[0].toDouble()), quint32(v[1].toDouble()), quint32(v[2].toDouble())};
    id.osName = o.value(QStringLiteral("os")).toString(id.osName);
    id.browser = o.value(QStringLiteral("browser")).toString(id.browser);
    id.countryCode = o.value(QStringLiteral("countryCode")).toString(id.countryCode);
    id.pushName = o.value(QStringLiteral("pushName")).toString();
    id.syncFullHistory = o.value(QStringLiteral("syncFullHistory")).toBool();
    return id;
}

static QByteArray hex(const QJsonObject &o, const char *key)
{
    return QByteArray::fromHex(o.value(QLatin1String(key)).toString().toLatin1());
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::string line;
    while (std::getline(std::cin, line)) {
        const QJsonObject req = QJsonDocument::fromJson(QByteArray::fromStdString(line)).object();
        const QString op = req.value(QStringLiteral("op")).toString();
        QJsonObject out;
        if (op == QLatin1String("register")) {
            const QJsonObject k = req.value(QStringLiteral("keys")).toObject();
            RegistrationKeys keys;
            keys.registrationId = quint32(k.value(QStringLiteral("registrationId")).toDouble());
            keys.identityPublicKey = hex(k, "identity");
            keys.signedPreKeyId = quint32(k.value(QStringLiteral("signedPreKeyId")).toDouble());
            keys.signedPreKeyPublicKey = hex(k, "signedPreKey");
            keys.signedPreKeySignature = hex(k, "signature");
            out[QStringLiteral("hex")] = QString::fromLatin1(
                buildRegistrationPayload(identityFrom(req.value(QStringLiteral("identity")).toObject()), keys).toHex());
        } else if (op == QLatin1String("login")) {
            out[QStringLiteral("hex")] = QString::fromLatin1(
                buildLoginPayload(identityFrom(req.value(QStringLiteral("identity")).toObject()),
                                  req.value(QStringLiteral("user")).toString().toULongLong(),
                                  quint32(req.value(QStringLiteral("device")).toDouble()))
                    .toHex());
        } else if (op == QLatin1String("parse")) {
            const auto parsed = parseClientPayload(hex(req, "hex"));
            if (!parsed) {
                out[QStringLiteral("error")] = QStringLiteral("unparseable");
            } else {
                out[QStringLiteral("registration")] = parsed->registration;
                out[QStringLiteral("user")] = QString::number(parsed->username);
                out[QStringLiteral("device")] = double(parsed->device);
                out[QStringLiteral("passive")] = parsed->passive;
                out[QStringLiteral("pushName")] = parsed->pushName;
                out[QStringLiteral("version")] = QJsonArray{double(parsed->version[0]), double(parsed->version[1]), double(parsed->version[2])};
                out[QStringLiteral("os")] = parsed->osName;
                out[QStringLiteral("platformType")] = double(parsed->platformType);
                out[QStringLiteral("registrationId")] = double(parsed->keys.registrationId);
                out[QStringLiteral("identity")] = QString::fromLatin1(parsed->keys.identityPublicKey.toHex());
                out[QStringLiteral("signedPreKeyId")] = double(parsed->keys.signedPreKeyId);
                out[QStringLiteral("signedPreKey")] = QString::fromLatin1(parsed->keys.signedPreKeyPublicKey.toHex());
                out[QStringLiteral("signature")] = QString::fromLatin1(parsed->keys.signedPreKeySignature.toHex());
                out[QStringLiteral("buildHash")] = QString::fromLatin1(parsed->buildHash.toHex());
            }
        } else {
            out[QStringLiteral("error")] = QStringLiteral("unknown op");
        }
        std::cout << QJsonDocument(out).toJson(QJsonDocument::Compact).toStdString() << std::endl;
    }
    return 0;
}
