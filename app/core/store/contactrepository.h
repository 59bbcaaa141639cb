#pragma once
// Contacts of every instance (the `contacts` table of migration 1): people and groups, learnt
// from push names on incoming messages, from "is this number on WhatsApp" checks, and saved by
// the API (contacts/add, contacts/save, contacts/import). Writes are static functions on the
// caller's connection (so they join its transaction); reads run on a read connection.
#include "core/store/records.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVector>

namespace core::store {

struct ContactRecord {
    QString id;
    QString instanceId;
    QString remoteJid; // "<number>@s.whatsapp.net" or "<id>@g.us"
    QString number;    // the user part
    QString name;      // saved by the operator
    QString pushName;  // chosen by the contact
    bool isGroup = false;
    QString profilePicture;
    QString about;
    std::optional<qint64> lastActivity;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

struct ContactQuery {
    QString instanceId;
    QString search; // in name, push name or number
    bool onlyGroups = false;
    int limit = 100;
    int skip = 0;
};

struct ContactPage {
    QVector<ContactRecord> contacts; // by name, then number
    qint64 total = 0;
};

class ContactRepository
{
public:
    explicit ContactRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Inserts the contact or updates the fields that are set (non-null strings, isGroup always);
    // keeps id and createdAt of an existing row. Returns the stored row.
    static std::optional<ContactRecord> save(QSqlDatabase &db, const ContactRecord &contact, QString *error);
    // What an incoming message teaches: the sender's push name (if any) and its last activity.
    static bool touch(QSqlDatabase &db, const QString &instanceId, const QString &remoteJid, const QString &pushName,
                      bool isGroup, qint64 atMs, QString *error);

    // Every chat of the history without a contact row gets one; returns how many were added.
    static int importFromHistory(QSqlDatabase &db, const QString &instanceId, qint64 atMs, QString *error);

    ContactPage list(const ContactQuery &query, QString *error = nullptr);
    std::optional<ContactRecord> find(const QString &instanceId, const QString &remoteJid, QString *error = nullptr);

private:
    QSqlDatabase m_db;
};

} // namespace core::store
