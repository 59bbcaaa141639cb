// Our side of the pairing interop scripts (pairing-*.mjs): one JSON request on stdin, one JSON
// answer on stdout, so Node running Baileys can feed it what Baileys produced and check what it
// returns. Byte strings travel as hex. Every answer has "ok"; failures carry the error "code".
//
//   {"op":"qr", "ref", "noise", "identity", "adv", "platform"}            -> {"qr"}
//   {"op":"issue", "accountPriv", "companionPub", "adv", "rawId", "timestamp", "keyIndex",
//    "hostedHmac", "hostedDevice"}                                          -> {"container"}
//   {"op":"process", "container", "adv", "identityPriv"}                   -> {"reply", "account", "keyIndex", ...}
//   {"op":"verify-reply", "reply", "accountPub", "companionPub"}           -> {"keyIndex"}
//   {"op":"encode-code", "bytes"}                                          -> {"code"}
//   {"op":"code-key", "code", "salt"}                                      -> {"key"}
//   {"op":"code-wrap", "code", "pub"} / {"op":"code-unwrap", "code", "wrapped"}
//   {"op":"code-finish", "code", "ephPriv", "identityPriv", "wrappedPrimary", "primaryIdentity"}
//                                                                           -> {"bundle", "identity", "adv"}
//   {"op":"code-primary-finish", "ephPriv", "identityPriv", "companionEph", "bundle", "companionIdentity"}
//                                                                           -> {"adv"}
#include "wa/client/pairingcodeexchange.h"
#include "wa/client/pairingprimary.h"
#include "wa/client/pairingqr.h"
#include "wa/client/pairingsuccess.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <iostream>
#include <iterator>
#include <string>

using namespace wa;
using namespace wa::client;

namespace {

QByteArray bytes(const QJsonObject &request, const char *key)
{
    return QByteArray::fromHex(request.value(QLatin1String(key)).toString().toLatin1());
}

QString hex(const QByteArray &data)
{
    return QString::fromLatin1(data.toHex());
}

crypto::KeyPair keyPair(const QJsonObject &request, const char *key)
{
    auto pair = crypto::keyPairFromPrivateKey(bytes(request, key));
    return pair ? *pair : crypto::KeyPair {};
}

QJsonObject failure(const PairingError &error)
{
    return {{"ok", false}, {"code", QString::fromLatin1(pairingErrorCodeName(error.code))}, {"detail", error.detail}};
}

template <typename T, typename F>
QJsonObject answer(const PairingResult<T> &result, F &&fields)
{
    if (!result)
        return failure(result.error());
    QJsonObject out = fields(*result);
    out.insert(QStringLiteral("ok"), true);
    return out;
}

AdvEncryptionType encryptionType(bool hosted)
{
    return hosted ? AdvEncryptionType::Hosted : AdvEncryptionType::E2ee;
}

QJsonObject handle(const QJsonObject &request)
{
    const QString op = request.value(QStringLiteral("op")).toString();
    const auto text = [&](const char *key) { return request.value(QLatin1String(key)).toString(); };
    if (op == u"qr") {
        const QrKeys keys {bytes(request, "noise"), bytes(request, "identity"), bytes(request, "adv")};
        return answer(buildQrString(text("ref"), keys, text("platform")),
                      [](const QString &qr) { return QJsonObject {{"qr", qr}}; });
    }
    if (op == u"issue") {
        DeviceIdentityIssue issue;
        issue.accountKey = keyPair(request, "accountPriv");
        issue.companionIdentityPublic = bytes(request, "companionPub");
        issue.advSecret = bytes(request, "adv");
        issue.identity.rawId = static_cast<quint32>(request.value(QStringLiteral("rawId")).toInteger());
        issue.identity.timestamp = static_cast<quint64>(request.value(QStringLiteral("timestamp")).toInteger());
        issue.identity.keyIndex = static_cast<quint32>(request.value(QStringLiteral("keyIndex")).toInteger());
        issue.identity.deviceType = encryptionType(request.value(QStringLiteral("hostedDevice")).toBool());
        issue.hmacAccountType = encryptionType(request.value(QStringLiteral("hostedHmac")).toBool());
        return answer(issueDeviceIdentity(issue),
                      [](const QByteArray &container) { return QJsonObject {{"container", hex(container)}}; });
    }
    if (op == u"process") {
        return answer(processPairSuccess(bytes(request, "container"), bytes(request, "adv"),
                                         keyPair(request, "identityPriv")),
                      [](const PairSuccessIdentity &result) {
                          return QJsonObject {{"reply", hex(result.replyIdentity)},
                                              {"account", hex(result.signedIdentity)},
                                              {"accountKey", hex(result.accountSignatureKey)},
                                              {"keyIndex", qint64(result.identity.keyIndex)},
                                              {"rawId", qint64(result.identity.rawId)},
                                              {"timestamp", qint64(result.identity.timestamp)},
                                              {"hostedDevice", result.identity.deviceType == AdvEncryptionType::Hosted}};
                      });
    }
    if (op == u"verify-reply") {
        return answer(verifyDeviceIdentityReply(bytes(request, "reply"), bytes(request, "accountPub"),
                                                bytes(request, "companionPub")),
                      [](const AdvDeviceIdentity &identity) {
                          return QJsonObject {{"keyIndex", qint64(identity.keyIndex)}};
                      });
    }
    if (op == u"encode-code")
        return {{"ok", true}, {"code", encodePairingCode(bytes(request, "bytes"))}};
    if (op == u"code-key") {
        return answer(derivePairingCodeKey(text("code"), bytes(request, "salt")),
                      [](const QByteArray &key) { return QJsonObject {{"key", hex(key)}}; });
    }
    if (op == u"code-wrap") {
        return answer(wrapEphemeralKey(text("code"), bytes(request, "pub")),
                      [](const QByteArray &wrapped) { return QJsonObject {{"wrapped", hex(wrapped)}}; });
    }
    if (op == u"code-unwrap") {
        return answer(unwrapEphemeralKey(text("code"), bytes(request, "wrapped")),
                      [](const QByteArray &pub) { return QJsonObject {{"pub", hex(pub)}}; });
    }
    if (op == u"code-finish") {
        return answer(buildCompanionFinish(text("code"), keyPair(request, "ephPriv"), keyPair(request, "identityPriv"),
                                           bytes(request, "wrappedPrimary"), bytes(request, "primaryIdentity")),
                      [](const CompanionFinish &finish) {
                          return QJsonObject {{"bundle", hex(finish.wrappedKeyBundle)},
                                              {"identity", hex(finish.companionIdentityPublic)},
                                              {"adv", hex(finish.advSecret)}};
                      });
    }
    if (op == u"code-primary-finish") {
        return answer(primaryProcessCompanionFinish(keyPair(request, "ephPriv"), keyPair(request, "identityPriv"),
                                                    bytes(request, "companionEph"), bytes(request, "bundle"),
                                                    bytes(request, "companionIdentity")),
                      [](const QByteArray &adv) { return QJsonObject {{"adv", hex(adv)}}; });
    }
    return {{"ok", false}, {"code", "unknown_op"}, {"detail", op}};
}

} // namespace

int main()
{
    const std::string input((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromStdString(input));
    if (!document.isObject()) {
        std::cerr << "pairing_tool: expected one JSON object on stdin\n";
        return 2;
    }
    const QJsonObject out = handle(document.object());
    std::cout << QJsonDocument(out).toJson(QJsonDocument::Compact).toStdString() << std::endl;
    return out.value(QStringLiteral("code")).toString() == u"unknown_op" ? 2 : 0;
}
