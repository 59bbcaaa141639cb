#pragma once
// Matches <iq> requests with their responses by id. Each request has a deadline; one timer
// serves all of them. Every callback runs exactly once: with the response, on timeout, or when
// the connection goes away (failAll). Single-threaded, like the connection that owns it.
#include "wa/binary/node.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <functional>
#include <map>

namespace wa::connection {

struct IqResponse {
    enum class Kind { Result, Error, Timeout, Disconnected };
    Kind kind = Kind::Result;
    binary::Node node;  // the <iq type="result|error"> for Result and Error
    int errorCode = 0;  // from <error code=...> for Error
    QString errorText;

    bool ok() const { return kind == Kind::Result; }
};

class IqTracker : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const IqResponse &)>;

    explicit IqTracker(QObject *parent = nullptr);

    // A fresh id: a random per-connection prefix and a counter, as both references do.
    QString nextId();
    void track(const QString &id, int timeoutMs, Callback callback);
    // Resolves the request an <iq type="result|error"> answers; false if nobody waits for it.
    bool resolve(const binary::Node &iq);
    // Fails one request that could not be sent (callback with Kind::Disconnected).
    void fail(const QString &id, const QString &why);
    // Fails every pending request (the connection closed).
    void failAll(const QString &why);
    qsizetype pending() const { return qsizetype(m_pending.size()); }

private:
    struct Pending {
        qint64 deadline;
        Callback callback;
    };
    void onTimer();
    void reschedule();

    QString m_prefix;
    quint64 m_counter = 0;
    std::map<QString, Pending> m_pending;
    QTimer m_timer;
};

} // namespace wa::connection
