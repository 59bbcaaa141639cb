#pragma once
// The sandbox server: one port for the WhatsApp WebSocket endpoint (/ws/chat) and the HTTP JSON
// control API (/sandbox/...), documented in docs/sandbox.md.
#include "sandbox/pairing.h"
#include "sandbox/phonebook.h"
#include "sandbox/sandboxkeys.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QJsonObject>
#include <QHash>
#include <QSet>

class QTcpServer;

namespace sandbox {

class DeviceSession;

struct SandboxOptions {
    QHostAddress host = QHostAddress::LocalHost;
    quint16 port = 0;
    QString rootKeyFile; // empty: a fresh root per run
};

class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    bool start(const SandboxOptions &options, QString *error);
    quint16 port() const { return m_port; }
    QString baseUrl() const; // http://host:port
    QString wsUrl() const;   // ws://host:port/ws/chat
    const SandboxKeys &keys() const { return *m_keys; }
    QJsonObject info() const;
    QJsonObject stats() const;
    PhoneBook &phones() { return m_phones; }
    // POST /sandbox/phones/{number}/scan: answered once the device has countersigned (pairing.cpp).
    void scan(const QString &number, const QString &qr, const ScanReply &reply);
    // Fault injection on the connected session of a device JID ("<number>:<device>@s.whatsapp.net").
    // False when that device is not connected.
    bool kickDevice(const QString &jid, int code);
    bool dropDevice(const QString &jid);

Q_SIGNALS:
    void deviceRegistering(const QStringList &refs);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void onWebSocket();

    std::optional<SandboxKeys> m_keys;
    QHostAddress m_host;
    quint16 m_port = 0;
    QSet<DeviceSession *> m_sessions;
    PhoneBook m_phones;
    QHash<QString, DeviceSession *> m_refIndex; // QR ref -> the session showing it
    qint64 m_connectionsTotal = 0;
    qint64 m_registrations = 0;
    qint64 m_loginsRefused = 0;
};

} // namespace sandbox
