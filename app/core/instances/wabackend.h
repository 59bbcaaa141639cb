#pragma once
// The InstanceBackend of a real WhatsApp account, on the main thread: it creates the instance's
// WaSession (key store, history sink, wa::client::Client) on the session thread the instance is
// pinned to, forwards requests there as queued calls, and turns the client's signals (queued back
// to this thread) into the instance's status, QR code, activity entries and message events.
#include "core/instances/instancebackend.h"
#include "core/instances/wasession.h"

#include <QPointer>

namespace core::instances {

class SessionThread;

class WaBackend : public InstanceBackend
{
    Q_OBJECT
public:
    WaBackend(const QString &instanceId, wa::client::ClientConfig config, SessionThread *thread,
              const secrets::SecretBox *box, MediaOptions media, QObject *parent = nullptr);
    ~WaBackend() override; // deletes the session on its thread, waiting for it

    void start() override;
    void stop() override;
    void logout() override;
    void send(const QString &to, const wa::message::MessageContent &content, const QByteArray &media, QObject *context,
              SendDone done) override;
    void markRead(const QString &chat, const QStringList &ids, const QString &participant) override;
    void checkNumbers(const QStringList &numbers, QObject *context, NumberCheckDone done) override;
    void requestPairingCode(const QString &phoneNumber) override;

private:
    void connectClient(wa::client::Client *client);
    void publish(wa::client::Client::State state);
    // Runs `fn` with the session on its thread.
    void onSession(std::function<void(WaSession &)> fn);

    QString m_instanceId;
    SessionThread *m_thread;
    WaSession *m_session = nullptr; // lives on m_thread
    wa::client::Client::State m_state = wa::client::Client::State::Stopped;
    QString m_qr;
    int m_qrAttempt = 0;
};

} // namespace core::instances
