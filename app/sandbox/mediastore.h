#pragma once
// The sandbox's media host: encrypted uploads (POST /mms/<type>/<token>?auth=...&token=...),
// accepted only with an auth token handed out by media_conn and a token that is the SHA-256 of
// the body, and served back by direct path (GET /mms/<id>). Held in memory, with caps.
#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>
#include <deque>
#include <optional>

namespace sandbox {

class MediaStore
{
public:
    static constexpr qint64 MaxFileBytes = 100LL * 1024 * 1024;
    static constexpr qint64 MaxTotalBytes = 1024LL * 1024 * 1024; // oldest files go first

    QString issueAuth();
    bool isValidAuth(const QString &auth) const { return m_auths.contains(auth); }
    // The direct path ("/mms/<type>/<id>") of the stored blob.
    QString store(const QString &type, const QByteArray &blob);
    std::optional<QByteArray> get(const QString &directPath) const;
    qint64 totalBytes() const { return m_total; }
    qsizetype count() const { return qsizetype(m_files.size()); }

private:
    QSet<QString> m_auths;
    QHash<QString, QByteArray> m_files;
    std::deque<QString> m_order;
    qint64 m_total = 0;
    quint64 m_counter = 0;
};

} // namespace sandbox
