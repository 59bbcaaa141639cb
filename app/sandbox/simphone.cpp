#include "sandbox/simphone.h"

#include "sandbox/phonebook.h"
#include "sandbox/sandboxserver.h"
#include "wa/crypto/digest.h"
#include "wa/store/keygen.h"

#include <QDateTime>
#include <QMimeDatabase>
#include <QRandomGenerator>

namespace sandbox {

using wa::message::ContentKind;
using wa::message::MessageContent;

namespace {
constexpr qsizetype InboxLimit = 5000;

QJsonObject problem(const char *code, const QString &message)
{
    return {{QStringLiteral("error"), QLatin1String(code)}, {QStringLiteral("message"), message}};
}
} // namespace

SimPhone::SimPhone(Phone &phone, SandboxServer &server, QObject *parent) : QObject(parent), m_number(phone.number), m_server(server)
{
    wa::store::DeviceCredentials creds;
    creds.noiseKey = wa::crypto::generateKeyPair();
    creds.identityKey = phone.accountKey;
    creds.signedPreKey = *wa::store::generateSignedPreKey(phone.accountKey, wa::store::FirstSignedPreKeyId, wa::crypto::systemRandom());
    creds.registrationId = QRandomGenerator::global()->generate() & wa::store::RegistrationIdMask;
    creds.advSecretKey = wa::crypto::systemRandom().bytes(32);
    wa::store::AccountInfo account;
    account.jid = phone.jid();
    account.lid = phone.lidJid();
    account.pushName = phone.pushName;
    account.platform = QStringLiteral("android");
    creds.account = account;
    m_store.saveCredentials(creds);
    phone.primary.deviceId = 0;
    phone.primary.noisePublicKey = creds.noiseKey.publicKey;
    phone.primary.identityPublicKey = phone.accountKey.publicKey;
    phone.primary.registrationId = creds.registrationId;

    wa::client::ClientConfig config;
    config.connection.url = QUrl(server.wsUrl());
    config.connection.certPolicy.rootPublicKey = server.keys().root.publicKey;
    config.identity.pushName = phone.pushName;
    config.reconnect.baseDelayMs = 200;
    m_client = std::make_unique<wa::client::Client>(config, wa::client::ClientStores::of(m_store), this);
    connect(m_client.get(), &wa::client::Client::messageReceived, this, &SimPhone::onReceived);
}

SimPhone::~SimPhone()
{
    m_client->stop();
}

void SimPhone::start()
{
    m_client->start();
}

void SimPhone::onReceived(const wa::client::IncomingMessage &message)
{
    QJsonObject entry{{QStringLiteral("id"), message.id},
                      {QStringLiteral("from"), message.senderUser},
                      {QStringLiteral("chat"), message.chat},
                      {QStringLiteral("fromMe"), message.fromMe},
                      {QStringLiteral("pushName"), message.pushName},
                      {QStringLiteral("type"), wa::message::contentKindName(message.content.kind, message.content.media && message.content.media->ptt)},
                      {QStringLiteral("timestamp"), double(message.timestamp)}};
    const MessageContent &c = message.content;
    if (wa::message::isMediaKind(c.kind)) {
        entry.insert(QStringLiteral("caption"), c.text);
        entry.insert(QStringLiteral("fileName"), c.media->fileName);
        entry.insert(QStringLiteral("mimeType"), c.media->mimeType);
        entry.insert(QStringLiteral("fileLength"), double(c.media->fileLength));
    } else {
        entry.insert(QStringLiteral("text"), c.text);
    }
    if (m_inbox.size() >= InboxLimit)
        m_inbox.removeFirst();
    m_inbox.append(entry);
    m_chats.insert(message.id, {message.chat, message.isGroup ? message.senderUser : QString()});
    if (wa::message::isMediaKind(c.kind)) {
        // Like a phone, fetch the file: the inbox records whether it decrypted, and its hash.
        const QString id = message.id;
        m_client->downloadMedia(c, [this, id](const QByteArray &data, const QString &error) {
            for (qsizetype i = m_inbox.size() - 1; i >= 0; --i) {
                QJsonObject e = m_inbox[i].toObject();
                if (e.value(QStringLiteral("id")).toString() != id)
                    continue;
                if (error.isEmpty()) {
                    e.insert(QStringLiteral("sha256"), QString::fromLatin1(wa::crypto::sha256(data).toHex()));
                    e.insert(QStringLiteral("size"), double(data.size()));
                } else {
                    e.insert(QStringLiteral("mediaError"), error);
                }
                m_inbox[i] = e;
                break;
            }
        });
    }
    const Phone *phone = m_server.phones().find(m_number);
    if (phone && phone->autoReply == QLatin1String("echo") && !message.fromMe && c.kind == ContentKind::Text) {
        MessageContent echo;
        echo.kind = ContentKind::Text;
        echo.text = c.text;
        m_client->sendMessage(message.chat, echo, [](const wa::client::SendResult &) {});
    }
}

void SimPhone::send(const QJsonObject &request, Reply reply)
{
    QString to = request.value(QStringLiteral("to")).toString().trimmed();
    if (to.isEmpty())
        return reply(400, problem("validation_error", QStringLiteral("to: is required (a number or a JID)")));
    if (!to.contains(QLatin1Char('@'))) {
        const auto number = PhoneBook::normalizeNumber(to);
        if (!number)
            return reply(400, problem("validation_error", QStringLiteral("to: not a phone number")));
        to = *number + QStringLiteral("@s.whatsapp.net");
    }
    if (!m_client->isConnected())
        return reply(409, problem("not_connected", QStringLiteral("the phone is not connected to the sandbox yet")));
    MessageContent content;
    QByteArray data;
    static const QList<QPair<QString, ContentKind>> media{{QStringLiteral("image"), ContentKind::Image},
                                                        {QStringLiteral("video"), ContentKind::Video},
                                                        {QStringLiteral("audio"), ContentKind::Audio},
                                                        {QStringLiteral("document"), ContentKind::Document},
                                                        {QStringLiteral("sticker"), ContentKind::Sticker}};
    for (const auto &[key, kind] : media) {
        if (!request.contains(key))
            continue;
        data = QByteArray::fromBase64(request.value(key).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (data.isEmpty())
            return reply(400, problem("validation_error", QStringLiteral("%1: must be non-empty base64").arg(key)));
        content.kind = kind;
        wa::message::MediaRef ref;
        ref.fileName = request.value(QStringLiteral("fileName")).toString();
        ref.mimeType = request.value(QStringLiteral("mimeType")).toString();
        if (ref.mimeType.isEmpty())
            ref.mimeType = kind == ContentKind::Image ? QStringLiteral("image/jpeg")
                         : kind == ContentKind::Video ? QStringLiteral("video/mp4")
                         : kind == ContentKind::Audio ? QStringLiteral("audio/ogg; codecs=opus")
                         : kind == ContentKind::Sticker ? QStringLiteral("image/webp")
                                                        : QMimeDatabase().mimeTypeForFileNameAndData(ref.fileName, data).name();
        ref.ptt = request.value(QStringLiteral("ptt")).toBool();
        content.media = ref;
        content.text = request.value(QStringLiteral("caption")).toString();
        break;
    }
    auto done = [reply](const wa::client::SendResult &r) {
        if (r.ok)
            reply(200, {{QStringLiteral("id"), r.id}, {QStringLiteral("timestamp"), double(r.timestamp)}});
        else
            reply(502, problem("send_failed", r.error));
    };
    if (content.kind == ContentKind::None) {
        if (!request.value(QStringLiteral("text")).isString())
            return reply(400, problem("validation_error", QStringLiteral("text: is required (or image, video, audio, document, sticker)")));
        content.kind = ContentKind::Text;
        content.text = request.value(QStringLiteral("text")).toString();
        return m_client->sendMessage(to, content, done);
    }
    m_client->sendMedia(to, content, data, done);
}

QStringList SimPhone::markRead(const QStringList &ids)
{
    QStringList known;
    for (const QString &id : ids) {
        auto it = m_chats.constFind(id);
        if (it == m_chats.cend())
            continue;
        m_client->markRead(it->first, {id}, it->second);
        known << id;
    }
    return known;
}

} // namespace sandbox
