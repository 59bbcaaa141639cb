#include "core/store/migrations.h"

#include "core/logging/logging.h"
#include "core/store/database.h"

#include <QSqlQuery>

namespace core::store {

namespace {

// Timestamps are milliseconds since the Unix epoch (UTC); days are 'YYYY-MM-DD' in UTC.
std::vector<Migration> buildMigrations()
{
    std::vector<Migration> list;
    list.push_back({1, "users, instances, webhook settings, activity, events, contacts, messages, stats",
        {
            QStringLiteral(
                "CREATE TABLE users ("
                " id TEXT PRIMARY KEY,"
                " email TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                " password_hash TEXT NOT NULL,"
                " first_name TEXT NOT NULL DEFAULT '',"
                " last_name TEXT NOT NULL DEFAULT '',"
                " role TEXT NOT NULL DEFAULT 'user' CHECK (role IN ('admin','user')),"
                " is_active INTEGER NOT NULL DEFAULT 1,"
                " api_key_hash BLOB NOT NULL UNIQUE,"
                " api_key_sealed TEXT NOT NULL,"
                " max_messages_sent INTEGER,"
                " max_api_calls INTEGER,"
                " created_at INTEGER NOT NULL,"
                " updated_at INTEGER NOT NULL,"
                " last_login_at INTEGER)"),
            QStringLiteral(
                "CREATE TABLE instances ("
                " id TEXT PRIMARY KEY,"
                " user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                " name TEXT NOT NULL,"
                " description TEXT NOT NULL DEFAULT '',"
                " webhook_url TEXT,"
                " webhook_enabled INTEGER NOT NULL DEFAULT 0,"
                " status TEXT NOT NULL DEFAULT 'disconnected',"
                " phone TEXT,"
                " push_name TEXT,"
                " last_activity INTEGER,"
                " created_at INTEGER NOT NULL,"
                " updated_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX instances_by_user ON instances(user_id, created_at)"),
            QStringLiteral(
                "CREATE TABLE webhook_settings ("
                " instance_id TEXT PRIMARY KEY REFERENCES instances(id) ON DELETE CASCADE,"
                " notify_received INTEGER NOT NULL DEFAULT 1,"
                " notify_sent INTEGER NOT NULL DEFAULT 1,"
                " notify_delivery INTEGER NOT NULL DEFAULT 0,"
                " notify_read INTEGER NOT NULL DEFAULT 0,"
                " max_retries INTEGER NOT NULL DEFAULT 3,"
                " retry_interval INTEGER NOT NULL DEFAULT 60000,"
                " secret_sealed TEXT,"
                " headers TEXT NOT NULL DEFAULT '{}',"
                " format TEXT NOT NULL DEFAULT 'standard',"
                " updated_at INTEGER NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE activity_log ("
                " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                " instance_id TEXT NOT NULL REFERENCES instances(id) ON DELETE CASCADE,"
                " action TEXT NOT NULL,"
                " details TEXT NOT NULL DEFAULT '{}',"
                " created_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX activity_by_instance_time ON activity_log(instance_id, created_at)"),
            QStringLiteral("CREATE INDEX activity_by_instance_action_time ON activity_log(instance_id, action, created_at)"),
            // Row counts per (instance, action), maintained with every insert, so that the unfiltered
            // and action-filtered totals of GET .../activity never count a million rows.
            QStringLiteral(
                "CREATE TABLE activity_counts ("
                " instance_id TEXT NOT NULL REFERENCES instances(id) ON DELETE CASCADE,"
                " action TEXT NOT NULL,"
                " total INTEGER NOT NULL,"
                " PRIMARY KEY (instance_id, action)) WITHOUT ROWID"),
            QStringLiteral(
                "CREATE TABLE events ("
                " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                " instance_id TEXT NOT NULL REFERENCES instances(id) ON DELETE CASCADE,"
                " type TEXT NOT NULL,"
                " data TEXT NOT NULL,"
                " created_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX events_by_instance_time ON events(instance_id, created_at, id)"),
            QStringLiteral("CREATE INDEX events_by_instance_type_time ON events(instance_id, type, created_at, id)"),
            QStringLiteral(
                "CREATE TABLE contacts ("
                " id TEXT PRIMARY KEY,"
                " instance_id TEXT NOT NULL REFERENCES instances(id) ON DELETE CASCADE,"
                " remote_jid TEXT NOT NULL,"
                " number TEXT NOT NULL,"
                " name TEXT,"
                " push_name TEXT,"
                " is_group INTEGER NOT NULL DEFAULT 0,"
                " profile_picture TEXT,"
                " about TEXT,"
                " last_activity INTEGER,"
                " created_at INTEGER NOT NULL,"
                " updated_at INTEGER NOT NULL,"
                " UNIQUE (instance_id, remote_jid))"),
            QStringLiteral("CREATE INDEX contacts_by_name ON contacts(instance_id, name COLLATE NOCASE)"),
            QStringLiteral("CREATE INDEX contacts_by_push_name ON contacts(instance_id, push_name COLLATE NOCASE)"),
            QStringLiteral("CREATE INDEX contacts_by_number ON contacts(instance_id, number)"),
            QStringLiteral(
                "CREATE TABLE messages ("
                " id TEXT PRIMARY KEY,"
                " instance_id TEXT NOT NULL REFERENCES instances(id) ON DELETE CASCADE,"
                " remote_jid TEXT NOT NULL,"
                " message_id TEXT NOT NULL,"
                " from_me INTEGER NOT NULL,"
                " message_type TEXT NOT NULL,"
                " content TEXT,"
                " has_media INTEGER NOT NULL DEFAULT 0,"
                " media_url TEXT,"
                " media_path TEXT,"
                " caption TEXT,"
                " mime_type TEXT,"
                " file_name TEXT,"
                " media_size INTEGER,"
                " status TEXT NOT NULL,"
                " metadata TEXT NOT NULL DEFAULT '{}',"
                " created_at INTEGER NOT NULL,"
                " updated_at INTEGER NOT NULL,"
                " status_updated_at INTEGER,"
                " UNIQUE (instance_id, message_id, remote_jid, from_me))"),
            QStringLiteral("CREATE INDEX messages_by_chat_time ON messages(instance_id, remote_jid, created_at)"),
            QStringLiteral("CREATE INDEX messages_by_instance_time ON messages(instance_id, created_at)"),
            QStringLiteral(
                "CREATE TABLE daily_stats ("
                " instance_id TEXT NOT NULL REFERENCES instances(id) ON DELETE CASCADE,"
                " day TEXT NOT NULL,"
                " messages_sent INTEGER NOT NULL DEFAULT 0,"
                " messages_received INTEGER NOT NULL DEFAULT 0,"
                " media_sent INTEGER NOT NULL DEFAULT 0,"
                " media_received INTEGER NOT NULL DEFAULT 0,"
                " media_bytes INTEGER NOT NULL DEFAULT 0,"
                " api_calls INTEGER NOT NULL DEFAULT 0,"
                " webhook_sent INTEGER NOT NULL DEFAULT 0,"
                " PRIMARY KEY (instance_id, day)) WITHOUT ROWID"),
            QStringLiteral(
                "CREATE TABLE user_daily_usage ("
                " user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                " day TEXT NOT NULL,"
                " api_calls INTEGER NOT NULL DEFAULT 0,"
                " messages_sent INTEGER NOT NULL DEFAULT 0,"
                " PRIMARY KEY (user_id, day)) WITHOUT ROWID"),
            QStringLiteral(
                "CREATE TABLE secrets ("
                " name TEXT PRIMARY KEY,"
                " sealed TEXT NOT NULL,"
                " updated_at INTEGER NOT NULL)"),
        }});
    // Signal and device state of every instance (core::store::SqlKeyStore). Private keys and
    // session/sender-key records live only in the *_sealed columns (SecretBox text); public keys
    // stay plain so diagnostics never need the master key. ON DELETE CASCADE makes deleting an
    // instance forget its keys in the same statement.
    list.push_back({2, "protocol keys and sessions per instance (wa_* tables)",
        {
            QStringLiteral(
                "CREATE TABLE wa_credentials ("
                " instance_id TEXT PRIMARY KEY REFERENCES instances(id) ON DELETE CASCADE,"
                " credentials_sealed TEXT NOT NULL,"
                " updated_at INTEGER NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE wa_identities ("
                " instance_id TEXT NOT NULL REFERENCES instances(id) ON DELETE CASCADE,"
                " name TEXT NOT NULL,"
                " device_id INTEGER NOT NULL,"
                " public_key BLOB,"
                " updated_at INTEGER NOT NULL,"
                " PRIMARY KEY (instance_id, name, device_id)) WITHOUT ROWID"),
            QStringLiteral(
                "CREATE TABLE wa_prekeys ("
                " instance_id TEXT NOT NULL REFERENCES instances(id) ON DELETE CASCADE,"
                " id INTEGER NOT NULL CHECK (id BETWEEN 1 AND 16777215),"
                " public_key BLOB,"
                " private_sealed TEXT NOT NULL,"
                " PRIMARY KEY (instance_id, id)) WITHOUT ROWID"),
            QStringLiteral(
                "CREATE TABLE wa_prekey_state ("
                " instance_id TEXT PRIMARY KEY REFERENCES instances(id) ON DELETE CASCADE,"
                " next_id INTEGER NOT NULL CHECK (next_id BETWEEN 1 AND 16777215))"),
            QStringLiteral(
                "CREATE TABLE wa_signed_prekeys ("
                " instance_id TEXT NOT NULL REFERENCES instances(id) ON DELETE CASCADE,"
                " id INTEGER NOT NULL,"
                " public_key BLOB,"
                " private_sealed TEXT NOT NULL,"
                " signature BLOB,"
                " PRIMARY KEY (instance_id, id)) WITHOUT ROWID"),
            QStringLiteral(
                "CREATE TABLE wa_sessions ("
                " instance_id TEXT NOT NULL REFERENCES instances(id) ON DELETE CASCADE,"
                " name TEXT NOT NULL,"
                " device_id INTEGER NOT NULL,"
                " record_sealed TEXT NOT NULL,"
                " updated_at INTEGER NOT NULL,"
                " PRIMARY KEY (instance_id, name, device_id)) WITHOUT ROWID"),
            QStringLiteral(
                "CREATE TABLE wa_sender_keys ("
                " instance_id TEXT NOT NULL REFERENCES instances(id) ON DELETE CASCADE,"
                " group_id TEXT NOT NULL,"
                " sender_name TEXT NOT NULL,"
                " sender_device INTEGER NOT NULL,"
                " record_sealed TEXT NOT NULL,"
                " updated_at INTEGER NOT NULL,"
                " PRIMARY KEY (instance_id, group_id, sender_name, sender_device)) WITHOUT ROWID"),
            QStringLiteral(
                "CREATE TABLE wa_app_state_keys ("
                " instance_id TEXT NOT NULL REFERENCES instances(id) ON DELETE CASCADE,"
                " key_id BLOB NOT NULL,"
                " key_sealed TEXT NOT NULL,"
                " fingerprint BLOB,"
                " timestamp INTEGER NOT NULL,"
                " PRIMARY KEY (instance_id, key_id)) WITHOUT ROWID"),
        }});
    // The durable webhook outbox (core::webhooks): one row per event and destination instance,
    // written in the same transaction as the fact it reports. `payload` holds the exact bytes that
    // are signed and sent, so a retry or a replay sends identical bytes. `attempts` counts every
    // attempt ever made (X-Webhook-Attempt is attempts + 1); a replay sets `attempt_base` to it so
    // the event gets a fresh budget of maxRetries. Ids are AUTOINCREMENT: never reused, and their
    // order is the commit order, which is the delivery order per instance.
    list.push_back({3, "webhook outbox and delivery log; usage limit notices",
        {
            QStringLiteral(
                "CREATE TABLE webhook_outbox ("
                " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                " delivery_id TEXT NOT NULL UNIQUE,"
                " instance_id TEXT NOT NULL REFERENCES instances(id) ON DELETE CASCADE,"
                " event TEXT NOT NULL,"
                " payload BLOB NOT NULL,"
                " state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending','delivered','dead')),"
                " attempts INTEGER NOT NULL DEFAULT 0,"
                " attempt_base INTEGER NOT NULL DEFAULT 0,"
                " replays INTEGER NOT NULL DEFAULT 0,"
                " next_attempt_at INTEGER NOT NULL,"
                " last_attempt_at INTEGER,"
                " last_status_code INTEGER,"
                " last_error TEXT,"
                " last_latency_ms INTEGER,"
                " delivered_at INTEGER,"
                " created_at INTEGER NOT NULL)"),
            // The dispatcher's queue (pending rows of an instance in id order) and status filters.
            QStringLiteral("CREATE INDEX webhook_outbox_queue ON webhook_outbox(instance_id, state)"),
            // The delivery log, newest first, with date filters; also retention by age.
            QStringLiteral("CREATE INDEX webhook_outbox_by_time ON webhook_outbox(instance_id, created_at)"),
            // One limit_exceeded notice per user, UTC day and limit, however often the limit is hit
            // and across restarts.
            QStringLiteral(
                "CREATE TABLE usage_limit_notices ("
                " user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                " day TEXT NOT NULL,"
                " limit_name TEXT NOT NULL,"
                " created_at INTEGER NOT NULL,"
                " PRIMARY KEY (user_id, day, limit_name)) WITHOUT ROWID"),
        }});
    return list;
}

} // namespace

const std::vector<Migration> &Migrations::all()
{
    static const std::vector<Migration> list = buildMigrations();
    return list;
}

int Migrations::latestVersion()
{
    return all().empty() ? 0 : all().back().version;
}

int Migrations::currentVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

bool Migrations::migrate(QSqlDatabase &db, QString *error, int target)
{
    if (target < 0)
        target = latestVersion();
    const int current = currentVersion(db);
    if (current < 0) {
        if (error)
            *error = QStringLiteral("cannot read the schema version");
        return false;
    }
    if (current > latestVersion()) {
        if (error)
            *error = QStringLiteral("database schema version %1 is newer than this build supports (%2); "
                                    "upgrade WaMulti")
                         .arg(current)
                         .arg(latestVersion());
        return false;
    }
    for (const Migration &m : all()) {
        if (m.version <= current || m.version > target)
            continue;
        if (!db.transaction()) {
            if (error)
                *error = QStringLiteral("cannot begin migration %1").arg(m.version);
            return false;
        }
        bool ok = true;
        for (const QString &sql : m.statements) {
            if (!execSql(db, sql, error)) {
                ok = false;
                break;
            }
        }
        ok = ok && execSql(db, QStringLiteral("PRAGMA user_version=%1").arg(m.version), error);
        if (!ok || !db.commit()) {
            db.rollback();
            if (error)
                *error = QStringLiteral("migration %1 failed: %2").arg(m.version).arg(error ? *error : QString());
            return false;
        }
        qCInfo(lcCoreStore, "schema migrated to version %d (%s)", m.version, m.description);
    }
    return true;
}

} // namespace core::store
