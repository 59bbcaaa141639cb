#include "core/secrets/keychainstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <optional>

namespace core::secrets {

namespace {

struct Outcome
{
    bool finished = false;
    QKeychain::Error error = QKeychain::OtherError;
    QString errorString;
    QByteArray data;
};

// Starts `job` and waits for it at most timeoutMs. The job deletes itself when it finishes (its
// default autoDelete), whether we are still waiting or not; our connection dies with `loop`.
Outcome runJob(QKeychain::Job *job, int timeoutMs)
{
    Outcome outcome;
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&outcome, &loop](QKeychain::Job *done) {
        outcome.finished = true;
        outcome.error = done->error();
        outcome.errorString = done->errorString();
        if (const auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done))
            outcome.data = read->binaryData();
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job->setAutoDelete(true);
    job->start();
    if (!outcome.finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return outcome;
}

std::optional<QString> unavailableReason()
{
    if (!QCoreApplication::instance())
        return QStringLiteral("no QCoreApplication: keychain jobs need an event loop");
    return std::nullopt;
}

QString failureText(const Outcome &outcome, int timeoutMs)
{
    if (!outcome.finished)
        return QStringLiteral("no answer within %1 ms").arg(timeoutMs);
    return QStringLiteral("error %1: %2").arg(int(outcome.error)).arg(outcome.errorString);
}

}

KeychainStore::KeychainStore(QString service, QString account, int timeoutMs)
    : m_service(std::move(service))
    , m_account(std::move(account))
    , m_timeoutMs(timeoutMs < 1 ? 1 : timeoutMs)
{
}

KeychainStore::ReadResult KeychainStore::read() const
{
    ReadResult result;
    if (const auto reason = unavailableReason()) {
        result.detail = *reason;
        return result;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(m_account);
    Outcome outcome = runJob(job, m_timeoutMs);
    if (outcome.finished && outcome.error == QKeychain::NoError) {
        result.status = Status::Ok;
        result.data = std::move(outcome.data);
    } else if (outcome.finished && outcome.error == QKeychain::EntryNotFound) {
        result.status = Status::NotFound;
        result.detail = QStringLiteral("no keychain entry %1/%2").arg(m_service, m_account);
    } else {
        result.detail = failureText(outcome, m_timeoutMs);
    }
    return result;
}

KeychainStore::WriteResult KeychainStore::write(const QByteArray &data) const
{
    WriteResult result;
    if (const auto reason = unavailableReason()) {
        result.detail = *reason;
        return result;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(m_account);
    job->setBinaryData(data);
    const Outcome outcome = runJob(job, m_timeoutMs);
    if (outcome.finished && outcome.error == QKeychain::NoError)
        result.status = Status::Ok;
    else
        result.detail = failureText(outcome, m_timeoutMs);
    return result;
}

KeychainStore::WriteResult KeychainStore::remove() const
{
    WriteResult result;
    if (const auto reason = unavailableReason()) {
        result.detail = *reason;
        return result;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(m_account);
    const Outcome outcome = runJob(job, m_timeoutMs);
    if (outcome.finished && (outcome.error == QKeychain::NoError || outcome.error == QKeychain::EntryNotFound))
        result.status = Status::Ok;
    else
        result.detail = failureText(outcome, m_timeoutMs);
    return result;
}

}
