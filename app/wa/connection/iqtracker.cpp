#include "wa/connection/iqtracker.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace wa::connection {

IqTracker::IqTracker(QObject *parent) : QObject(parent)
{
    const quint32 r = QRandomGenerator::global()->generate();
    m_prefix = QStringLiteral("%1.%2").arg(r & 0xffff).arg(r >> 16);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IqTracker::onTimer);
}

QString IqTracker::nextId()
{
    return QStringLiteral("%1-%2").arg(m_prefix).arg(++m_counter);
}

void IqTracker::track(const QString &id, int timeoutMs, Callback callback)
{
    m_pending[id] = Pending{QDateTime::currentMSecsSinceEpoch() + timeoutMs, std::move(callback)};
    reschedule();
}

bool IqTracker::resolve(const binary::Node &iq)
{
    const std::string *id = iq.attribute("id");
    if (!id)
        return false;
    auto it = m_pending.find(QString::fromStdString(*id));
    if (it == m_pending.end())
        return false;
    Callback callback = std::move(it->second.callback);
    m_pending.erase(it);
    reschedule();
    IqResponse response;
    response.node = iq;
    if (iq.attributeOr("type", "") == "error") {
        response.kind = IqResponse::Kind::Error;
        if (const binary::Node *error = iq.child("error")) {
            response.errorCode = QByteArray::fromStdString(std::string(error->attributeOr("code", "0"))).toInt();
            response.errorText = QString::fromStdString(std::string(error->attributeOr("text", "")));
        }
    }
    callback(response);
    return true;
}

void IqTracker::fail(const QString &id, const QString &why)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Callback callback = std::move(it->second.callback);
    m_pending.erase(it);
    reschedule();
    IqResponse response;
    response.kind = IqResponse::Kind::Disconnected;
    response.errorText = why;
    callback(response);
}

void IqTracker::failAll(const QString &why)
{
    auto pending = std::move(m_pending);
    m_pending.clear();
    m_timer.stop();
    for (auto &[id, p] : pending) {
        IqResponse response;
        response.kind = IqResponse::Kind::Disconnected;
        response.errorText = why;
        p.callback(response);
    }
}

void IqTracker::onTimer()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::vector<Callback> expired;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->second.deadline <= now) {
            expired.push_back(std::move(it->second.callback));
            it = m_pending.erase(it);
        } else {
            ++it;
        }
    }
    reschedule();
    for (auto &callback : expired) {
        IqResponse response;
        response.kind = IqResponse::Kind::Timeout;
        response.errorText = QStringLiteral("no response in time");
        callback(response);
    }
}

void IqTracker::reschedule()
{
    if (m_pending.empty()) {
        m_timer.stop();
        return;
    }
    qint64 next = m_pending.begin()->second.deadline;
    for (const auto &[id, p] : m_pending)
        next = std::min(next, p.deadline);
    m_timer.start(int(std::clamp<qint64>(next - QDateTime::currentMSecsSinceEpoch(), 0, 24 * 3600 * 1000)));
}

} // namespace wa::connection
