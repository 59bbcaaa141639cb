#pragma once
// Instances and their webhook settings (one row each, written together in one transaction).
#include "core/store/records.h"

#include <QSqlDatabase>
#include <QVector>

namespace core::store {

class InstanceRepository
{
public:
    explicit InstanceRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    bool insert(const InstanceRecord &instance, QString *error = nullptr);
    bool update(const InstanceRecord &instance, QString *error = nullptr); // fields + webhook settings
    bool remove(const QString &id, QString *error = nullptr);
    bool setStatus(const QString &id, const QString &status, qint64 when);

    std::optional<InstanceRecord> findById(const QString &id);
    QVector<InstanceRecord> listAll();

private:
    bool writeWebhook(const QString &instanceId, const WebhookSettingsRecord &w, QString *error);
    QSqlDatabase m_db;
};

} // namespace core::store
