#include "core/instances/wabackend.h"

#include "core/logging/logging.h"
#include "core/store/sqlkeystore.h"

#include <QJsonObject>

namespace core::instances {

using wa::client::Client;

WaBackend::WaBackend(const QString &instanceId, wa::client::ClientConfig config,
                     std::unique_ptr<store::SqlKeyStore> keys, QObject *parent)
    : InstanceBackend(parent), m_instanceId(instanceId), m_keys(std::move(keys)),
      m_client(new Client(std::move(config), wa::client::ClientStores::of(*m_keys), this))
{
    connect(m_client, &Client::stateChanged, this, &WaBackend::publish);
    connect(m_client, &Client::qrChanged, this, [this](const QString &) {
        ++m_qrAttempt;
        Q_EMIT activity(QStringLiteral("qr_received"), {{QStringLiteral("attempt"), m_qrAttempt}});
        publish();
    });
    connect(m_client, &Client::paired, this, [this](const QString &jid, const QString &, const QString &platform) {
        m_qrAttempt = 0;
        Q_EMIT activity(QStringLiteral("paired"), {{QStringLiteral("jid"), jid}, {QStringLiteral("platform"), platform}});
    });
    connect(m_client, &Client::connected, this, [this](const QString &jid) {
        qCInfo(lcCoreInstances, "[inst %s] connected", qPrintable(m_instanceId));
        Q_EMIT activity(QStringLiteral("connected"), {{QStringLiteral("jid"), jid}});
        Q_EMIT accountKnown(jid);
    });
    connect(m_client, &Client::disconnected, this, [this](const wa::connection::Disconnect &why, bool willReconnect) {
        qCInfo(lcCoreInstances, "[inst %s] disconnected: %s (%d)%s", qPrintable(m_instanceId), qPrintable(why.name),
               why.code, willReconnect ? ", reconnecting" : "");
        Q_EMIT activity(QStringLiteral("disconnected"), {{QStringLiteral("reason"), why.name},
                                                          {QStringLiteral("code"), why.code},
                                                          {QStringLiteral("willReconnect"), willReconnect}});
    });
    connect(m_client, &Client::loggedOut, this, [this](const QString &reason) {
        qCInfo(lcCoreInstances, "[inst %s] logged out (%s)", qPrintable(m_instanceId), qPrintable(reason));
        Q_EMIT activity(QStringLiteral("logged_out"), {{QStringLiteral("reason"), reason}});
    });
}

WaBackend::~WaBackend()
{
    m_client->stop();
}

void WaBackend::start()
{
    m_client->start();
}

void WaBackend::stop()
{
    m_client->stop();
}

void WaBackend::logout()
{
    m_client->logout();
}

void WaBackend::publish()
{
    QString s;
    switch (m_client->state()) {
    case Client::State::Connecting:
    case Client::State::LoggingIn: s = status::connecting; break;
    case Client::State::WaitingForScan: s = status::qr; break;
    case Client::State::Connected: s = status::connected; break;
    case Client::State::LoggedOut: s = status::loggedOut; break;
    case Client::State::Stopped: s = status::disconnected; break;
    }
    Q_EMIT stateChanged(s, m_client->state() == Client::State::WaitingForScan ? m_client->qrCode() : QString());
}

} // namespace core::instances
