#include "sandbox/pairing.h"

#include "sandbox/devicesession.h"
#include "sandbox/sandboxserver.h"
#include "wa/client/pairingcode.h"
#include "wa/client/pairingcodeexchange.h"
#include "wa/client/pairingprimary.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QStringList>
#include <QTimer>

namespace sandbox {

using wa::binary::Node;

std::optional<QrContent> parseQr(const QString &qr)
{
    const QString payload = qr.contains(QLatin1Char('#')) ? qr.mid(qr.indexOf(QLatin1Char('#')) + 1) : qr;
    const QStringList parts = payload.trimmed().split(QLatin1Char(','));
    if (parts.size() != 4 && parts.size() != 5)
        return std::nullopt;
    QrContent c;
    c.ref = parts[0];
    c.noisePublicKey = QByteArray::fromBase64(parts[1].toLatin1());
    c.identityPublicKey = QByteArray::fromBase64(parts[2].toLatin1());
    c.advSecret = QByteArray::fromBase64(parts[3].toLatin1());
    if (c.ref.isEmpty() || c.noisePublicKey.size() != 32 || c.identityPublicKey.size() != 32 || c.advSecret.size() != 32)
        return std::nullopt;
    return c;
}

static QJsonObject problem(const char *code, const QString &message)
{
    return {{QStringLiteral("error"), QLatin1String(code)}, {QStringLiteral("message"), message}};
}

void SandboxServer::scan(const QString &number, const QString &qr, const ScanReply &reply)
{
    if (!m_phones.find(number))
        return reply(404, problem("not_found", QStringLiteral("no phone %1").arg(number.left(32))));
    const auto content = parseQr(qr);
    if (!content)
        return reply(400, problem("validation_error", QStringLiteral("qr: not a WhatsApp linking QR string")));
    DeviceSession *session = m_refIndex.value(content->ref);
    if (!session)
        return reply(404, problem("not_found", QStringLiteral("no connected device shows this QR (expired or already used)")));
    const auto payload = session->payload();
    if (!payload || session->clientNoiseKey() != content->noisePublicKey
        || payload->keys.identityPublicKey != content->identityPublicKey)
        return reply(400, problem("validation_error", QStringLiteral("qr: its keys are not those of the device that shows it")));
    m_refIndex.remove(content->ref); // a QR is good for one scan
    linkDevice(number, session, content->identityPublicKey, content->noisePublicKey, content->advSecret, reply);
}

void SandboxServer::linkDevice(const QString &number, DeviceSession *session, const QByteArray &companionIdentity,
                               const QByteArray &companionNoise, const QByteArray &advSecret, const ScanReply &reply)
{
    Phone *phone = m_phones.find(number);
    const auto payload = session->payload();
    if (!phone || !payload)
        return reply(404, problem("not_found", QStringLiteral("the phone or the device is gone")));
    const quint32 deviceId = phone->nextDeviceId++;
    const quint32 keyIndex = phone->nextKeyIndex++;
    wa::client::DeviceIdentityIssue issue;
    issue.accountKey = phone->accountKey;
    issue.companionIdentityPublic = companionIdentity;
    issue.advSecret = advSecret;
    issue.identity.rawId = QRandomGenerator::global()->generate();
    issue.identity.timestamp = quint64(QDateTime::currentSecsSinceEpoch());
    issue.identity.keyIndex = keyIndex;
    const auto signedIdentity = wa::client::issueDeviceIdentity(issue);
    if (!signedIdentity)
        return reply(500, problem("internal_error", QStringLiteral("cannot sign the device identity")));

    const QString jid = QStringLiteral("%1:%2@s.whatsapp.net").arg(phone->number).arg(deviceId);
    const QString lid = QStringLiteral("%1:%2@lid").arg(phone->lid).arg(deviceId);
    const QString phoneNumber = phone->number;
    const QByteArray accountPublic = phone->accountKey.publicKey;
    const quint32 registrationId = payload->keys.registrationId;
    const quint32 signedPreKeyId = payload->keys.signedPreKeyId;
    const QByteArray signedPreKey = payload->keys.signedPreKeyPublicKey;
    const QByteArray signedPreKeySignature = payload->keys.signedPreKeySignature;
    session->sendPairSuccess(signedIdentity.value(), jid, lid,
        [=, this, guard = QPointer<DeviceSession>(session)](const QByteArray &answer, const QString &error) {
            if (!error.isEmpty())
                return reply(502, problem("pairing_failed", error));
            const auto verified = wa::client::verifyDeviceIdentityReply(answer, accountPublic, companionIdentity);
            if (!verified)
                return reply(502, problem("pairing_failed", QStringLiteral("the device's countersignature does not verify")));
            Phone *owner = m_phones.find(phoneNumber);
            if (!owner)
                return reply(410, problem("gone", QStringLiteral("the phone was removed while pairing")));
            CompanionDevice linkedDevice;
            linkedDevice.deviceId = deviceId;
            linkedDevice.keyIndex = keyIndex;
            linkedDevice.noisePublicKey = companionNoise;
            linkedDevice.identityPublicKey = companionIdentity;
            linkedDevice.registrationId = registrationId;
            // The registration carried the signed pre-key: a fresh device is reachable at once.
            linkedDevice.signedPreKeyId = signedPreKeyId;
            linkedDevice.signedPreKey = signedPreKey;
            linkedDevice.signedPreKeySignature = signedPreKeySignature;
            owner->devices.append(linkedDevice);
            if (guard)
                guard->requireRestart();
            // The account's other devices refresh their device lists (fan-out to the new one).
            for (const QString &device : m_router.devicesOf(owner->jid()))
                m_router.deliver(device, Node("notification", {{"from", owner->jid().toStdString()}, {"type", "devices"},
                                                               {"id", QString::number(QRandomGenerator::global()->generate()).toStdString()}},
                                              std::vector<Node>{Node("add", {})}));
            reply(200, {{QStringLiteral("jid"), jid}, {QStringLiteral("lid"), lid}, {QStringLiteral("deviceId"), double(deviceId)}});
        });
}

std::optional<Node> SandboxServer::onCompanionRegistration(DeviceSession &session, const Node &iq, const Node &registration)
{
    Node result("iq", {{"from", "s.whatsapp.net"}, {"type", "result"}, {"id", std::string(iq.attributeOr("id", ""))}});
    const std::string_view stage = registration.attributeOr("stage", "");
    if (stage == "companion_hello") {
        const Node *wrapped = registration.child("link_code_pairing_wrapped_companion_ephemeral_pub");
        const Node *noise = registration.child("companion_server_auth_key_pub");
        const QString phoneJid = QString::fromStdString(std::string(registration.attributeOr("jid", "")));
        const Phone *phone = m_phones.findByJid(phoneJid);
        if (!wrapped || !noise || wrapped->bytes().size() != wa::client::WrappedEphemeralKeySize || !phone || session.loggedIn()) {
            Node e("iq", {{"from", "s.whatsapp.net"}, {"type", "error"}, {"id", std::string(iq.attributeOr("id", ""))}});
            e.addChild(Node("error", {{"code", phone ? "400" : "404"}, {"text", phone ? "bad-request" : "item-not-found"}}));
            return e;
        }
        CompanionHelloRequest hello{phone->number, wrapped->toByteArray(), noise->toByteArray(),
                                    QString::number(QRandomGenerator::global()->generate64(), 36)};
        session.setCompanionHello(hello);
        result.addChild(Node("link_code_companion_reg", {},
                             std::vector<Node>{Node("link_code_pairing_ref", {}, QByteArrayView(hello.ref.toLatin1()))}));
        return result;
    }
    if (stage == "companion_finish") {
        // The server confirms the stage first; the phone's pair-success comes after.
        session.send(result);
        if (auto handler = session.takeFinishHandler())
            handler(registration);
        return std::nullopt;
    }
    return result;
}

void SandboxServer::enterPairingCode(const QString &number, const QString &typed, const ScanReply &replyOnce)
{
    // Answered exactly once: by the exchange, or after 20 s when the device never finishes it.
    auto answered = std::make_shared<bool>(false);
    const ScanReply reply = [answered, replyOnce](int status, const QJsonObject &body) {
        if (!std::exchange(*answered, true))
            replyOnce(status, body);
    };
    QTimer::singleShot(20000, this, [reply] {
        reply(504, problem("timeout", QStringLiteral("the device did not complete the pairing-code exchange")));
    });
    if (!m_phones.find(number))
        return reply(404, problem("not_found", QStringLiteral("no phone %1").arg(number.left(32))));
    const QString code = QString(typed).remove(QLatin1Char('-')).trimmed().toUpper();
    if (!wa::client::isValidPairingCode(code))
        return reply(400, problem("validation_error", QStringLiteral("code: 8 characters of 1-9 A-H J-N P-T V-Z")));
    answerPairingCode(m_phones.find(number)->number, code, reply, 0);
}

void SandboxServer::answerPairingCode(const QString &number, const QString &code, const ScanReply &reply, int attempt)
{
    // The most recent device that asked for a code for this number. Its request may still be on
    // the way (a client shows the code as soon as it sent it): wait up to two seconds for it.
    DeviceSession *session = nullptr;
    for (DeviceSession *s : std::as_const(m_sessions))
        if (s->companionHello() && s->companionHello()->phoneNumber == number && !s->loggedIn())
            session = s;
    if (!session) {
        if (attempt >= 40)
            return reply(404, problem("not_found", QStringLiteral("no connected device asked for a pairing code for this number")));
        QTimer::singleShot(50, this, [this, number, code, reply, attempt] { answerPairingCode(number, code, reply, attempt + 1); });
        return;
    }
    Phone *phone = m_phones.find(number);
    if (!phone)
        return reply(410, problem("gone", QStringLiteral("the phone was removed")));
    const CompanionHelloRequest hello = *session->companionHello();
    const auto companionEphemeral = wa::client::primaryUnwrapCompanionEphemeral(code, hello.wrappedEphemeral);
    const wa::crypto::KeyPair primaryEphemeral = wa::crypto::generateKeyPair();
    const auto wrappedPrimary = wa::client::primaryWrapEphemeral(code, primaryEphemeral.publicKey);
    if (!companionEphemeral || !wrappedPrimary)
        return reply(500, problem("internal_error", QStringLiteral("cannot wrap the phone's pairing key")));
    const wa::crypto::KeyPair accountKey = phone->accountKey;
    QPointer<DeviceSession> guard(session);
    session->expectCompanionFinish([=, this](const Node &finish) {
        if (!guard)
            return;
        const Node *bundle = finish.child("link_code_pairing_wrapped_key_bundle");
        const Node *identity = finish.child("companion_identity_public");
        const auto payload = guard->payload();
        if (!bundle || !identity || !payload || identity->toByteArray() != payload->keys.identityPublicKey)
            return reply(400, problem("pairing_failed", QStringLiteral("the device's companion_finish is incomplete")));
        const auto advSecret = wa::client::primaryProcessCompanionFinish(primaryEphemeral, accountKey, *companionEphemeral,
                                                                         bundle->bytes(), identity->bytes());
        if (!advSecret) // with a wrong code the bundle does not decrypt
            return reply(400, problem("wrong_code", QStringLiteral("the code does not match the one the device shows")));
        linkDevice(number, guard, identity->toByteArray(), hello.noisePublicKey, *advSecret, reply);
    });
    Node notification("notification", {{"from", "s.whatsapp.net"}, {"type", "link_code_companion_reg"},
                                       {"id", session->nextId().toStdString()}, {"t", std::to_string(QDateTime::currentSecsSinceEpoch())}},
                      std::vector<Node>{Node("link_code_companion_reg", {{"stage", "primary_hello"}},
                                             std::vector<Node>{Node("link_code_pairing_ref", {}, QByteArrayView(hello.ref.toLatin1())),
                                                               Node("link_code_pairing_wrapped_primary_ephemeral_pub", {}, *wrappedPrimary),
                                                               Node("primary_identity_pub", {}, accountKey.publicKey)})});
    session->send(notification);
}

} // namespace sandbox
