#pragma once
// A streaming JSON writer for hot list replies: appends straight into one buffer, keeps key order,
// and can embed already-serialised JSON (e.g. a stored `details` column) without re-parsing it.
// Building QJsonObjects and calling QJsonDocument::toJson took ~40% of list replies.
#include <QByteArray>
#include <QString>
#include <vector>

namespace core::api {

class JsonWriter
{
public:
    explicit JsonWriter(qsizetype reserve = 1024) { m_out.reserve(reserve); }

    JsonWriter &beginObject() { return open('{'); }
    JsonWriter &endObject() { return close('}'); }
    JsonWriter &beginArray() { return open('['); }
    JsonWriter &endArray() { return close(']'); }
    JsonWriter &key(const char *latin1Key);

    JsonWriter &value(const QString &text);
    JsonWriter &value(const char *latin1Text);
    JsonWriter &value(qint64 number);
    JsonWriter &value(int number) { return value(qint64(number)); }
    JsonWriter &value(bool flag);
    JsonWriter &null();
    // `json` must be one complete JSON value; when it does not look like one, `fallback` is written.
    JsonWriter &raw(const QByteArray &json, const char *fallback = "null");
    JsonWriter &latin1(const QByteArray &text); // a string already known to need no escaping

    QByteArray take() { return std::move(m_out); }

private:
    JsonWriter &open(char c);
    JsonWriter &close(char c);
    void separate();
    void appendEscaped(const QString &text);

    QByteArray m_out;
    std::vector<bool> m_first; // per open container: no element written yet
    bool m_afterKey = false;
};

} // namespace core::api
