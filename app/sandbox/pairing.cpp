#include "sandbox/pairing.h"

#include "sandbox/devicesession.h"
#include "sandbox/sandboxserver.h"
#include "wa/client/pairingprimary.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QStringList>

namespace sandbox {

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
    Phone *phone = m_phones.find(number);
    if (!phone)
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

    const quint32 deviceId = phone->nextDeviceId++;
    wa::client::DeviceIdentityIssue issue;
    issue.accountKey = phone->accountKey;
    issue.companionIdentityPublic = content->identityPublicKey;
    issue.advSecret = content->advSecret;
    issue.identity.rawId = QRandomGenerator::global()->generate();
    issue.identity.timestamp = quint64(QDateTime::currentSecsSinceEpoch());
    issue.identity.keyIndex = phone->nextKeyIndex++;
    const auto signedIdentity = wa::client::issueDeviceIdentity(issue);
    if (!signedIdentity)
        return reply(500, problem("internal_error", QStringLiteral("cannot sign the device identity")));

    const QString jid = QStringLiteral("%1:%2@s.whatsapp.net").arg(phone->number).arg(deviceId);
    const QString lid = QStringLiteral("%1:%2@lid").arg(phone->lid).arg(deviceId);
    const QString phoneNumber = phone->number;
    const QByteArray accountPublic = phone->accountKey.publicKey;
    const QByteArray companionIdentity = content->identityPublicKey;
    const QByteArray companionNoise = content->noisePublicKey;
    const quint32 registrationId = payload->keys.registrationId;
    m_refIndex.remove(content->ref); // a QR is good for one scan
    session->sendPairSuccess(signedIdentity.value(), jid, lid,
        [=, this, guard = QPointer<DeviceSession>(session)](const QByteArray &reply_, const QString &error) {
            if (!error.isEmpty())
                return reply(502, problem("pairing_failed", error));
            const auto verified = wa::client::verifyDeviceIdentityReply(reply_, accountPublic, companionIdentity);
            if (!verified)
                return reply(502, problem("pairing_failed", QStringLiteral("the device's countersignature does not verify")));
            Phone *owner = m_phones.find(phoneNumber);
            if (!owner)
                return reply(410, problem("gone", QStringLiteral("the phone was removed while pairing")));
            CompanionDevice linkedDevice;
            linkedDevice.deviceId = deviceId;
            linkedDevice.noisePublicKey = companionNoise;
            linkedDevice.identityPublicKey = companionIdentity;
            linkedDevice.registrationId = registrationId;
            owner->devices.append(linkedDevice);
            if (guard)
                guard->requireRestart();
            reply(200, {{QStringLiteral("jid"), jid}, {QStringLiteral("lid"), lid}, {QStringLiteral("deviceId"), double(deviceId)}});
        });
}

} // namespace sandbox
