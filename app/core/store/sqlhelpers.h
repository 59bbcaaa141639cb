#pragma once
// Small helpers shared by the repositories: binding optionals, reading JSON columns, and
// turning a failed query into an error string.
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <optional>

namespace core::store {

inline QVariant optionalValue(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
}

inline std::optional<qint64> optionalInt(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

inline QVariant nullableText(const QString &s)
{
    return s.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

// NOT NULL text columns: a null QString would bind as SQL NULL.
inline QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

inline QJsonObject jsonColumn(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toByteArray()).object();
}

inline QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// "?,?,?" for an IN (...) list of n values.
inline QString placeholders(qsizetype n)
{
    QString marks;
    marks.reserve(2 * n);
    for (qsizetype i = 0; i < n; ++i)
        marks += i ? QStringLiteral(",?") : QStringLiteral("?");
    return marks;
}

// Binds `values` to the positional placeholders of `q`, starting at `from`.
inline void bindAll(QSqlQuery &q, const QVariantList &values, int from = 0)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(from + i, values[i]);
}

// Prepared read statements, compiled once per SQL text and reused; bounded, because filters make
// many shapes. finish() a statement after use so it releases its read snapshot.
class StatementCache
{
public:
    explicit StatementCache(qsizetype max = 64) : m_max(max) {}
    QSqlQuery &get(const QSqlDatabase &db, const QString &sql)
    {
        auto it = m_statements.find(sql);
        if (it == m_statements.end()) {
            if (m_statements.size() >= m_max)
                m_statements.clear();
            QSqlQuery q(db);
            q.setForwardOnly(true);
            q.prepare(sql);
            it = m_statements.insert(sql, q);
        }
        return it.value();
    }

private:
    QHash<QString, QSqlQuery> m_statements;
    qsizetype m_max;
};

inline bool execOrError(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

// Runs a prepared "SELECT COUNT(...)" with `binds`; nullopt (and *error) when it fails.
inline std::optional<qint64> countOf(QSqlQuery &q, const QVariantList &binds, QString *error)
{
    bindAll(q, binds);
    std::optional<qint64> n;
    if (execOrError(q, error) && q.next())
        n = q.value(0).toLongLong();
    q.finish();
    return n;
}

// `text` as a LIKE pattern matching it anywhere, for "... LIKE ? ESCAPE '\\'".
inline QString containsPattern(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('%'), QLatin1String("\\%")).replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + text + QLatin1Char('%');
}

} // namespace core::store
