#include "sandbox/mediastore.h"

#include <QRandomGenerator>

namespace sandbox {

namespace {
QString randomToken(int bytes)
{
    QByteArray r(bytes, Qt::Uninitialized);
    for (char &c : r)
        c = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(r.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
} // namespace

QString MediaStore::issueAuth()
{
    const QString auth = randomToken(24);
    if (m_auths.size() > 10000)
        m_auths.clear();
    m_auths.insert(auth);
    return auth;
}

QString MediaStore::store(const QString &type, const QByteArray &blob)
{
    const QString path = QStringLiteral("/mms/%1/%2-%3").arg(type).arg(++m_counter).arg(randomToken(12));
    m_files.insert(path, blob);
    m_order.push_back(path);
    m_total += blob.size();
    while (m_total > MaxTotalBytes && m_order.size() > 1) {
        m_total -= m_files.take(m_order.front()).size();
        m_order.pop_front();
    }
    return path;
}

std::optional<QByteArray> MediaStore::get(const QString &directPath) const
{
    auto it = m_files.constFind(directPath);
    if (it == m_files.cend())
        return std::nullopt;
    return *it;
}

} // namespace sandbox
