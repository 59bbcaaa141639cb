#include "core/api/jsonwriter.h"

namespace core::api {

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.empty()) {
        if (!m_first.back())
            m_out.append(',');
        m_first.back() = false;
    }
}

JsonWriter &JsonWriter::open(char c)
{
    separate();
    m_out.append(c);
    m_first.push_back(true);
    return *this;
}

JsonWriter &JsonWriter::close(char c)
{
    m_out.append(c);
    m_first.pop_back();
    return *this;
}

JsonWriter &JsonWriter::key(const char *latin1Key)
{
    separate();
    m_out.append('"').append(latin1Key).append("\":");
    m_afterKey = true;
    return *this;
}

void JsonWriter::appendEscaped(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    const char *data = utf8.constData();
    const qsizetype size = utf8.size();
    m_out.append('"');
    qsizetype runStart = 0; // bytes that need no escaping are appended in one go
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        m_out.append(data + runStart, i - runStart);
        runStart = i + 1;
        switch (c) {
        case '"': m_out.append("\\\"", 2); break;
        case '\\': m_out.append("\\\\", 2); break;
        case '\n': m_out.append("\\n", 2); break;
        case '\r': m_out.append("\\r", 2); break;
        case '\t': m_out.append("\\t", 2); break;
        default: {
            static const char hex[] = "0123456789abcdef";
            const char escaped[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            m_out.append(escaped, 6);
        }
        }
    }
    m_out.append(data + runStart, size - runStart);
    m_out.append('"');
}

JsonWriter &JsonWriter::value(const QString &text)
{
    separate();
    appendEscaped(text); // a null QString is an empty string, as in QJsonValue; null() is explicit
    return *this;
}

JsonWriter &JsonWriter::value(const char *latin1Text)
{
    return value(QString::fromLatin1(latin1Text));
}

JsonWriter &JsonWriter::value(qint64 number)
{
    separate();
    m_out.append(QByteArray::number(number));
    return *this;
}

JsonWriter &JsonWriter::value(bool flag)
{
    separate();
    m_out.append(flag ? "true" : "false");
    return *this;
}

JsonWriter &JsonWriter::null()
{
    separate();
    m_out.append("null");
    return *this;
}

JsonWriter &JsonWriter::raw(const QByteArray &json, const char *fallback)
{
    separate();
    const QByteArray t = json.trimmed();
    const bool object = t.startsWith('{') && t.endsWith('}');
    const bool array = t.startsWith('[') && t.endsWith(']');
    m_out.append(object || array ? t : QByteArray(fallback));
    return *this;
}

JsonWriter &JsonWriter::latin1(const QByteArray &text)
{
    separate();
    m_out.append('"').append(text).append('"');
    return *this;
}

} // namespace core::api
