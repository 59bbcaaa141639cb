#include "wa/connection/clientpayload.h"

#include "clientpayload.pb.h"
#include "wa/bytes.h"

#include <QCryptographicHash>
#include <QHash>

namespace wa::connection {

namespace {

std::string toStd(const QByteArray &b)
{
    return std::string(b.constData(), size_t(b.size()));
}

QByteArray fromStd(const std::string &s)
{
    return QByteArray(s.data(), qsizetype(s.size()));
}

bool isAndroid(const QString &browser)
{
    return browser.toLower().contains(QLatin1String("android"));
}

void fillCommon(proto::ClientHelloPayload &p, const ClientIdentity &id)
{
    p.set_connecttype(proto::ClientHelloPayload::WIFI_UNKNOWN);
    p.set_connectreason(proto::ClientHelloPayload::USER_ACTIVATED);
    auto *ua = p.mutable_useragent();
    ua->set_platform(isAndroid(id.browser) ? proto::ClientUserAgent::ANDROID : proto::ClientUserAgent::WEB);
    ua->mutable_appversion()->set_primary(id.version[0]);
    ua->mutable_appversion()->set_secondary(id.version[1]);
    ua->mutable_appversion()->set_tertiary(id.version[2]);
    ua->set_mcc("000");
    ua->set_mnc("000");
    ua->set_osversion("0.1");
    ua->set_device("Desktop");
    ua->set_osbuildnumber("0.1");
    ua->set_releasechannel(proto::ClientUserAgent::RELEASE);
    ua->set_localelanguageiso6391("en");
    ua->set_localecountryiso31661alpha2(id.countryCode.toStdString());
    if (!isAndroid(id.browser)) {
        auto sub = proto::ClientWebInfo::WEB_BROWSER;
        // The desktop apps' sub-platforms, used only when full history is requested (as the
        // reference client does).
        if (id.syncFullHistory && id.browser == QLatin1String("Desktop")) {
            if (id.osName == QLatin1String("Mac OS"))
                sub = proto::ClientWebInfo::DARWIN;
            else if (id.osName == QLatin1String("Windows"))
                sub = proto::ClientWebInfo::WIN32;
        }
        p.mutable_webinfo()->set_websubplatform(sub);
    }
    if (!id.pushName.isEmpty())
        p.set_pushname(id.pushName.toStdString());
}

QByteArray serialize(const google::protobuf::MessageLite &m)
{
    std::string out;
    m.SerializeToString(&out);
    return fromStd(out);
}

} // namespace

QString ClientIdentity::versionString() const
{
    return QStringLiteral("%1.%2.%3").arg(version[0]).arg(version[1]).arg(version[2]);
}

quint32 platformTypeFor(const QString &browser)
{
    static const QHash<QString, quint32> types{
        {QStringLiteral("UNKNOWN"), 0}, {QStringLiteral("CHROME"), 1}, {QStringLiteral("FIREFOX"), 2},
        {QStringLiteral("IE"), 3},      {QStringLiteral("OPERA"), 4},  {QStringLiteral("SAFARI"), 5},
        {QStringLiteral("EDGE"), 6},    {QStringLiteral("DESKTOP"), 7}, {QStringLiteral("IPAD"), 8},
        {QStringLiteral("UWP"), 21},
    };
    const QString upper = browser.toUpper();
    if (upper == QLatin1String("ANDROID"))
        return 16; // ANDROID_PHONE
    return types.value(upper, 1);
}

QByteArray buildRegistrationPayload(const ClientIdentity &id, const RegistrationKeys &keys)
{
    if (keys.identityPublicKey.size() != 32 || keys.signedPreKeyPublicKey.size() != 32
        || keys.signedPreKeySignature.size() != 64)
        return {};
    proto::CompanionProps props;
    props.set_os(id.osName.toStdString());
    props.mutable_version()->set_primary(10); // the companion "app" version the reference sends
    props.mutable_version()->set_secondary(15);
    props.mutable_version()->set_tertiary(7);
    props.set_platformtype(platformTypeFor(id.browser));
    props.set_requirefullsync(id.syncFullHistory);
    auto *h = props.mutable_historysyncconfig();
    h->set_storagequotamb(10240);
    h->set_inlineinitialpayloadine2eemsg(true);
    h->set_supportcallloghistory(false);
    h->set_supportbotuseragentchathistory(true);
    h->set_supportcagreactionsandpolls(true);
    h->set_supportbizhostedmsg(true);
    h->set_supportrecentsyncchunkmessagecounttuning(true);
    h->set_supporthostedgroupmsg(true);
    h->set_supportfbidbotchathistory(true);
    h->set_supportmessageassociation(true);
    h->set_supportgrouphistory(false);

    proto::ClientHelloPayload p;
    fillCommon(p, id);
    p.set_passive(false);
    p.set_pull(false);
    auto *reg = p.mutable_devicepairingdata();
    reg->set_eregid(bigEndianBytes(keys.registrationId, 4).toStdString());
    reg->set_ekeytype(std::string(1, '\x05'));
    reg->set_eident(toStd(keys.identityPublicKey));
    reg->set_eskeyid(bigEndianBytes(keys.signedPreKeyId, 3).toStdString());
    reg->set_eskeyval(toStd(keys.signedPreKeyPublicKey));
    reg->set_eskeysig(toStd(keys.signedPreKeySignature));
    reg->set_buildhash(toStd(QCryptographicHash::hash(id.versionString().toLatin1(), QCryptographicHash::Md5)));
    reg->set_deviceprops(toStd(serialize(props)));
    return serialize(p);
}

QByteArray buildLoginPayload(const ClientIdentity &id, quint64 phoneUser, quint32 device)
{
    proto::ClientHelloPayload p;
    fillCommon(p, id);
    p.set_passive(true);
    p.set_pull(true);
    p.set_username(phoneUser);
    if (device != 0) // the primary device (0) is not named, as in the reference
        p.set_device(device);
    p.set_liddbmigrated(false);
    return serialize(p);
}

std::optional<ParsedClientPayload> parseClientPayload(QByteArrayView bytes)
{
    proto::ClientHelloPayload p;
    if (bytes.size() > (1 << 20) || !p.ParseFromArray(bytes.data(), int(bytes.size())))
        return std::nullopt;
    ParsedClientPayload out;
    out.registration = p.has_devicepairingdata();
    out.username = p.username();
    out.device = p.device();
    out.passive = p.passive();
    out.pushName = QString::fromStdString(p.pushname());
    const auto &v = p.useragent().appversion();
    out.version = {v.primary(), v.secondary(), v.tertiary()};
    if (!out.registration)
        return out.username ? std::optional(out) : std::nullopt;
    const auto &reg = p.devicepairingdata();
    if (reg.eregid().size() != 4 || reg.eskeyid().size() != 3 || reg.eident().size() != 32
        || reg.eskeyval().size() != 32 || reg.eskeysig().size() != 64 || reg.ekeytype() != std::string(1, '\x05'))
        return std::nullopt;
    out.keys.registrationId = fromBigEndian(QByteArrayView(reg.eregid()));
    out.keys.identityPublicKey = fromStd(reg.eident());
    out.keys.signedPreKeyId = fromBigEndian(QByteArrayView(reg.eskeyid()));
    out.keys.signedPreKeyPublicKey = fromStd(reg.eskeyval());
    out.keys.signedPreKeySignature = fromStd(reg.eskeysig());
    out.buildHash = fromStd(reg.buildhash());
    proto::CompanionProps props;
    if (props.ParseFromString(reg.deviceprops())) {
        out.osName = QString::fromStdString(props.os());
        out.platformType = props.platformtype();
    }
    return out;
}

} // namespace wa::connection
