#pragma once
// The control plane of instances, on the main thread: the in-memory snapshot every API read
// uses (no SQL on the hot path), create/update/delete written through to SQLite before the
// caller is answered, connection states from the backends, and the activity log and events feed
// entries that describe what happened. Every event (webhook_updated, connected, disconnected,
// qr_received) is written with its webhook outbox row in one DbWriter job, so both commit or
// neither does.
#include "core/common/outcome.h"
#include "core/instances/instancebackend.h"
#include "core/store/records.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <functional>
#include <map>

namespace core::store {
class DbWriter;
}
namespace core::secrets {
class SecretBox;
}

namespace core::instances {

struct ConnectionState {
    QString status = status::disconnected;
    QString qrCode;
    bool ready() const { return status == status::connected; }
    bool hasQr() const { return !qrCode.isEmpty(); }
};

class InstanceManager : public QObject
{
    Q_OBJECT
public:
    InstanceManager(QSqlDatabase db, store::DbWriter *writer, const secrets::SecretBox *box,
                    InstanceBackendFactory factory, QObject *parent = nullptr);
    ~InstanceManager() override;

    bool load(QString *error); // reads every instance; starts backends when an engine exists
    bool engineAvailable() const { return bool(m_factory); }

    std::optional<store::InstanceRecord> get(const QString &id) const;
    QVector<store::InstanceRecord> list(const QString &userId = {}) const; // empty = all users
    qsizetype count() const { return m_instances.size(); }
    qsizetype countConnected() const;
    ConnectionState state(const QString &id) const;
    // Bumped by every change a reader could see (add, update, remove, state): lets callers cache
    // what they derived from the snapshot.
    quint64 generation() const { return m_generation; }

    // A new id is generated unless record.id is set (the legacy API lets callers choose it).
    Outcome<store::InstanceRecord> create(store::InstanceRecord record, const QString &plainSecret);
    // `secret`: nullopt = keep, empty = clear, else new plaintext secret.
    Outcome<store::InstanceRecord> update(store::InstanceRecord record, const std::optional<QString> &secret);
    Outcome<bool> remove(const QString &id);
    Outcome<bool> reconnect(const QString &id);
    Outcome<bool> logout(const QString &id);
    QString webhookSecret(const QString &id) const; // plaintext, for signing

    // Messaging. Errors: not found, unavailable (engine off), conflict (not connected; the
    // message names the status). `done` runs on this thread when the server accepted the message
    // or it failed.
    Outcome<bool> checkCanSend(const QString &id) const;
    void send(const QString &id, const QString &to, const wa::message::MessageContent &content, const QByteArray &media,
              QObject *context, SendDone done);
    // Marks a chat's received messages read (history) and sends the read receipts.
    Outcome<bool> markChatRead(const QString &id, const QString &chat);
    void checkNumbers(const QString &id, const QStringList &numbers, QObject *context, NumberCheckDone done);
    Outcome<bool> requestPairingCode(const QString &id, const QString &phoneNumber);

    void recordActivity(const QString &id, const QString &action, const QJsonObject &details = {});
    // An `events` row and, as the instance's webhook settings decide, its outbox row (same job,
    // same transaction); the dispatcher is woken after the commit.
    void recordEvent(const QString &id, const QString &type, const QJsonObject &data);
    // The same as a step of someone else's job: inside the caller's transaction on `db`.
    static bool writeEvent(QSqlDatabase &db, const store::EventRecord &event, QString *error);

    // How the manager tells webhook delivery about changes: `outboxCommitted` after events were
    // committed (called on the writer thread), `webhookChanged` after an instance's webhook
    // settings changed or the instance was deleted (main thread). Both must be thread-safe.
    void setWebhookHooks(std::function<void()> outboxCommitted, std::function<void(const QString &)> webhookChanged);

Q_SIGNALS:
    void instanceAdded(const QString &id);
    void instanceChanged(const QString &id);
    void instanceRemoved(const QString &id);
    void stateChanged(const QString &id, const QString &status);
    // A message of a chat was stored (received, or sent and accepted), or statuses changed.
    void messageStored(const QString &id, const QString &chat, const QString &messageId, bool incoming, const QString &type,
                       qint64 mediaBytes);
    void statusesChanged(const QString &id, const QString &chat, const QStringList &messageIds, const QString &status);
    void pairingCodeReady(const QString &id, const QString &code, const QString &error);

private:
    void attachBackend(const QString &id);
    void onBackendState(const QString &id, const QString &status, const QString &qrCode);
    void onBackendActivity(const QString &id, const QString &action, const QJsonObject &details);

    QSqlDatabase m_db;
    store::DbWriter *m_writer;
    const secrets::SecretBox *m_box;
    InstanceBackendFactory m_factory;
    std::map<QString, store::InstanceRecord> m_instances; // ordered by id; list() sorts by creation
    QHash<QString, ConnectionState> m_states;
    QHash<QString, InstanceBackend *> m_backends; // owned (children of this)
    QSet<QString> m_announcedConnected; // a disconnected event only follows a connected one
    QHash<QString, QJsonObject> m_pendingDisconnect; // held for one event-loop turn (see .cpp)
    std::function<void()> m_outboxCommitted;
    std::function<void(const QString &)> m_webhookChanged;
    quint64 m_generation = 0;
};

} // namespace core::instances
