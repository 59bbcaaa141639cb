#pragma once
// The sandbox server: one port for the WhatsApp WebSocket endpoint (/ws/chat), the media host
// (/mms/...) and the HTTP JSON control API (/sandbox/...), documented in docs/sandbox.md. It owns
// the phones (each with its own simulated device, simphone.h), the groups, the router with every
// device's mailbox, and the media store.
#include "sandbox/groupbook.h"
#include "sandbox/mediastore.h"
#include "sandbox/pairing.h"
#include "sandbox/phonebook.h"
#include "sandbox/router.h"
#include "sandbox/sandboxkeys.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QSet>

class QTcpServer;

namespace sandbox {

class DeviceSession;
class SimPhone;

struct SandboxOptions {
    QHostAddress host = QHostAddress::LocalHost;
    quint16 port = 0;
    QString rootKeyFile; // empty: a fresh root per run
    int handshakeTimeoutMs = 20000;              // a connection that has not finished Noise by then is dropped
    qsizetype maxFrameBytes = 4 * 1024 * 1024;   // a larger length prefix drops the connection at once
};

class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    bool start(const SandboxOptions &options, QString *error);
    quint16 port() const { return m_port; }
    int handshakeTimeoutMs() const { return m_handshakeTimeoutMs; }
    qsizetype maxFrameBytes() const { return m_maxFrameBytes; }
    QString baseUrl() const; // http://host:port
    QString wsUrl() const;   // ws://host:port/ws/chat
    QString mediaHost() const; // host:port, what media_conn names
    const SandboxKeys &keys() const { return *m_keys; }
    QJsonObject info() const;
    QJsonObject stats() const;
    PhoneBook &phones() { return m_phones; }
    GroupBook &groups() { return m_groups; }
    Router &router() { return m_router; }
    MediaStore &media() { return m_media; }

    // A new phone and its own device, which connects at once. Errors as PhoneBook::add.
    PhoneBook::AddResult addPhone(const QString &number, const QString &pushName, Phone *added = nullptr);
    SimPhone *simPhone(const QString &number) const { return m_simPhones.value(number); }
    Group *createGroup(const QString &subject, const QString &owner, const QStringList &participants); // nullptr when full
    // POST /sandbox/phones/{number}/scan: answered once the device has countersigned (pairing.cpp).
    void scan(const QString &number, const QString &qr, const ScanReply &reply);
    // POST /sandbox/phones/{number}/pairing-code: the phone's user typed `code` (pairingcode.cpp).
    void enterPairingCode(const QString &number, const QString &code, const ScanReply &reply);
    std::optional<wa::binary::Node> onCompanionRegistration(DeviceSession &session, const wa::binary::Node &iq,
                                                            const wa::binary::Node &registration);
    // Fault injection on the connected session of a device JID ("<number>:<device>@s.whatsapp.net").
    // False when that device is not connected.
    bool kickDevice(const QString &jid, int code);
    bool dropDevice(const QString &jid);
    // The companion asked to be removed (logout): forget it and close its connection.
    void unlinkDevice(const QString &deviceJid);

Q_SIGNALS:
    void deviceRegistering(const QStringList &refs);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void onWebSocket();
    // Issues the companion's identity, sends pair-success, verifies its countersignature and links
    // it as the phone's next device (shared by QR scans and pairing codes).
    void linkDevice(const QString &number, DeviceSession *session, const QByteArray &companionIdentity,
                    const QByteArray &companionNoise, const QByteArray &advSecret, const ScanReply &reply);
    void answerPairingCode(const QString &number, const QString &code, const ScanReply &reply, int attempt);
    bool handleMedia(const QHttpServerRequest &request, QTcpSocket *socket);
    DeviceSession *connectedSession(const QString &jid) const;

    std::optional<SandboxKeys> m_keys;
    QHostAddress m_host;
    int m_handshakeTimeoutMs = 20000;
    qsizetype m_maxFrameBytes = 4 * 1024 * 1024;
    quint16 m_port = 0;
    QSet<DeviceSession *> m_sessions;
    PhoneBook m_phones;
    GroupBook m_groups;
    Router m_router;
    MediaStore m_media;
    QHash<QString, SimPhone *> m_simPhones; // owned (children)
    QHash<QString, DeviceSession *> m_refIndex; // QR ref -> the session showing it
    qint64 m_connectionsTotal = 0;
    qint64 m_registrations = 0;
    qint64 m_loginsRefused = 0;
};

} // namespace sandbox
