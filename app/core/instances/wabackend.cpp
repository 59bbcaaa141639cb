#include "core/instances/wabackend.h"

#include "core/instances/sessionthreads.h"
#include "core/logging/logging.h"

#include <QJsonObject>

namespace core::instances {

using wa::client::Client;

WaBackend::WaBackend(const QString &instanceId, wa::client::ClientConfig config, SessionThread *thread,
                     const secrets::SecretBox *box, MediaOptions media, QObject *parent)
    : InstanceBackend(parent), m_instanceId(instanceId), m_thread(thread)
{
    static const bool registered = [] {
        qRegisterMetaType<wa::client::IncomingMessage>();
        qRegisterMetaType<wa::client::ReceiptUpdate>();
        qRegisterMetaType<wa::client::SentMessage>();
        qRegisterMetaType<wa::connection::Disconnect>();
        qRegisterMetaType<Client::State>();
        return true;
    }();
    Q_UNUSED(registered);
    m_thread->addLoad(1);
    m_thread->runBlocking([&] { m_session = new WaSession(instanceId, std::move(config), m_thread->database(), box, std::move(media)); });
    connectClient(m_session->client());
}

WaBackend::~WaBackend()
{
    WaSession *session = std::exchange(m_session, nullptr);
    m_thread->runBlocking([session] { delete session; });
    m_thread->addLoad(-1);
}

void WaBackend::onSession(std::function<void(WaSession &)> fn)
{
    WaSession *session = m_session;
    // The session is deleted only by our destructor, after every posted call ran (blocking).
    m_thread->post([session, fn = std::move(fn)] { fn(*session); });
}

void WaBackend::connectClient(Client *client)
{
    connect(client, &Client::stateChanged, this, &WaBackend::publish);
    connect(client, &Client::qrChanged, this, [this](const QString &qr) {
        m_qr = qr;
        ++m_qrAttempt;
        Q_EMIT activity(QStringLiteral("qr_received"), {{QStringLiteral("attempt"), m_qrAttempt}});
        publish(Client::State::WaitingForScan);
    });
    connect(client, &Client::paired, this, [this](const QString &jid, const QString &, const QString &platform) {
        m_qrAttempt = 0;
        m_qr.clear();
        Q_EMIT activity(QStringLiteral("paired"), {{QStringLiteral("jid"), jid}, {QStringLiteral("platform"), platform}});
    });
    connect(client, &Client::connected, this, [this](const QString &jid) {
        qCInfo(lcCoreInstances, "[inst %s] connected", qPrintable(m_instanceId));
        Q_EMIT activity(QStringLiteral("connected"), {{QStringLiteral("jid"), jid}});
        Q_EMIT accountKnown(jid);
    });
    connect(client, &Client::disconnected, this, [this](const wa::connection::Disconnect &why, bool willReconnect) {
        qCInfo(lcCoreInstances, "[inst %s] disconnected: %s (%d)%s", qPrintable(m_instanceId), qPrintable(why.name),
               why.code, willReconnect ? ", reconnecting" : "");
        Q_EMIT activity(QStringLiteral("disconnected"), {{QStringLiteral("reason"), why.name},
                                                          {QStringLiteral("code"), why.code},
                                                          {QStringLiteral("willReconnect"), willReconnect}});
    });
    connect(client, &Client::loggedOut, this, [this](const QString &reason) {
        qCInfo(lcCoreInstances, "[inst %s] logged out (%s)", qPrintable(m_instanceId), qPrintable(reason));
        Q_EMIT activity(QStringLiteral("logged_out"), {{QStringLiteral("reason"), reason}});
    });
    connect(client, &Client::messageReceived, this, [this](const wa::client::IncomingMessage &m) {
        const qint64 bytes = m.content.media ? qint64(m.content.media->fileLength) : 0;
        Q_EMIT messageStored(m.chat, m.id, !m.fromMe, HistorySink::messageType(m.content), bytes);
    });
    connect(client, &Client::messageSent, this, [this](const wa::client::SentMessage &m) {
        if (m.status == QLatin1String("sent")) {
            const qint64 bytes = m.content.media ? qint64(m.content.media->fileLength) : 0;
            Q_EMIT messageStored(m.chat, m.id, false, HistorySink::messageType(m.content), bytes);
        }
    });
    connect(client, &Client::receiptReceived, this, [this](const wa::client::ReceiptUpdate &r) {
        if (r.fromMe)
            Q_EMIT statusesChanged(r.chat, r.ids, r.status);
    });
    connect(client, &Client::pairingCodeReady, this, [this](const QString &code) { Q_EMIT pairingCodeReady(code, {}); });
    connect(client, &Client::pairingCodeFailed, this, [this](const QString &error) { Q_EMIT pairingCodeReady({}, error); });
}

void WaBackend::start()
{
    // The client starts on its session thread a moment later; until then the instance is already
    // connecting (so /qr answers "generating", not "not connecting", right after a create).
    if (m_state == Client::State::Stopped)
        publish(Client::State::Connecting);
    onSession([](WaSession &s) { s.client()->start(); });
}

void WaBackend::stop()
{
    onSession([](WaSession &s) { s.client()->stop(); });
}

void WaBackend::logout()
{
    onSession([](WaSession &s) { s.client()->logout(); });
}

void WaBackend::send(const QString &to, const wa::message::MessageContent &content, const QByteArray &media, QObject *context,
                     SendDone done)
{
    QPointer<QObject> alive(context);
    QPointer<WaBackend> self(this);
    // The result travels back to this thread; `alive` is only ever read here.
    auto deliver = [self, alive, done](const wa::client::SendResult &r) {
        const SendOutcome outcome{r.ok, r.id, r.timestamp, r.errorCode, r.error, r.reason};
        QMetaObject::invokeMethod(self.data(), [alive, done, outcome] {
            if (alive)
                done(outcome);
        }, Qt::QueuedConnection);
    };
    onSession([to, content, media, deliver](WaSession &s) {
        if (media.isEmpty()) {
            s.client()->sendMessage(to, content, deliver);
            return;
        }
        WaSession *session = &s;
        s.client()->sendMedia(to, content, media, [session, content, media, deliver](const wa::client::SendResult &r) {
            if (r.ok)
                session->keepMedia(r.id, true, content, media);
            deliver(r);
        });
    });
}

void WaBackend::markRead(const QString &chat, const QStringList &ids, const QString &participant)
{
    onSession([chat, ids, participant](WaSession &s) { s.client()->markRead(chat, ids, participant); });
}

void WaBackend::checkNumbers(const QStringList &numbers, QObject *context, NumberCheckDone done)
{
    QPointer<QObject> alive(context);
    QPointer<WaBackend> self(this);
    onSession([numbers, self, alive, done](WaSession &s) {
        s.client()->checkNumbers(numbers, [self, alive, done](const QList<wa::client::ContactCheck> &checks, const QString &error) {
            QList<NumberCheck> out;
            for (const auto &c : checks)
                out.append({c.query, c.jid, c.exists});
            QMetaObject::invokeMethod(self.data(), [alive, done, out, error] {
                if (alive)
                    done(out, error);
            }, Qt::QueuedConnection);
        });
    });
}

void WaBackend::requestPairingCode(const QString &phoneNumber)
{
    onSession([phoneNumber](WaSession &s) { s.client()->requestPairingCode(phoneNumber); });
}

void WaBackend::publish(Client::State state)
{
    m_state = state;
    QString s;
    switch (state) {
    case Client::State::Connecting:
    case Client::State::LoggingIn: s = status::connecting; break;
    case Client::State::WaitingForScan: s = status::qr; break;
    case Client::State::Connected: s = status::connected; break;
    case Client::State::LoggedOut: s = status::loggedOut; break;
    case Client::State::Stopped: s = status::disconnected; break;
    }
    if (state != Client::State::WaitingForScan)
        m_qr.clear();
    Q_EMIT stateChanged(s, m_qr);
}

} // namespace core::instances
