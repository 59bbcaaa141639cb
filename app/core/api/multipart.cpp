#include "core/api/multipart.h"

namespace core::api {

namespace {

// The value of `key` in a header's parameters (name="file"; filename="a b.pdf").
QString parameter(const QByteArray &header, const QByteArray &key)
{
    qsizetype from = 0;
    while (from < header.size()) {
        const qsizetype semi = header.indexOf(';', from);
        QByteArray item = header.mid(from, semi < 0 ? -1 : semi - from).trimmed();
        from = semi < 0 ? header.size() : semi + 1;
        const qsizetype eq = item.indexOf('=');
        if (eq < 0 || item.left(eq).trimmed().toLower() != key)
            continue;
        QByteArray value = item.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"')) {
            value = value.mid(1, value.size() - 2);
            value.replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return QString::fromUtf8(value);
    }
    return {};
}

} // namespace

const FormPart *MultipartResult::part(const QString &name) const
{
    for (const FormPart &p : parts)
        if (p.name == name)
            return &p;
    return nullptr;
}

std::optional<QByteArray> multipartBoundary(const QByteArray &contentType)
{
    const QByteArray type = contentType.left(contentType.indexOf(';')).trimmed().toLower();
    if (type != "multipart/form-data")
        return std::nullopt;
    const QString boundary = parameter(contentType.mid(contentType.indexOf(';') + 1), "boundary");
    if (boundary.isEmpty() || boundary.size() > 70)
        return std::nullopt;
    return boundary.toLatin1();
}

MultipartResult parseMultipart(const QByteArray &body, const QByteArray &boundary, const MultipartLimits &limits)
{
    MultipartResult out;
    if (boundary.isEmpty()) {
        out.error = QStringLiteral("no multipart boundary");
        return out;
    }
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = body.indexOf(delimiter);
    if (pos < 0) {
        out.error = QStringLiteral("the body does not contain the boundary");
        return out;
    }
    for (;;) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            return out; // closing delimiter
        if (body.mid(pos, 2) != "\r\n") {
            out.error = QStringLiteral("malformed boundary line");
            return out;
        }
        pos += 2;
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", pos);
        if (headersEnd < 0 || headersEnd - pos > limits.maxHeaderBytes) {
            out.error = QStringLiteral("a part's headers are missing, unterminated or longer than %1 bytes").arg(limits.maxHeaderBytes);
            return out;
        }
        FormPart part;
        bool disposition = false;
        for (const QByteArray &line : body.mid(pos, headersEnd - pos).split('\n')) {
            const QByteArray l = line.trimmed();
            const qsizetype colon = l.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = l.left(colon).trimmed().toLower();
            const QByteArray value = l.mid(colon + 1).trimmed();
            if (name == "content-disposition") {
                if (!value.toLower().startsWith("form-data")) {
                    out.error = QStringLiteral("a part is not form-data");
                    return out;
                }
                disposition = true;
                part.name = parameter(value, "name");
                part.fileName = parameter(value, "filename");
            } else if (name == "content-type") {
                part.contentType = value.left(200);
            }
        }
        if (!disposition || part.name.isEmpty()) {
            out.error = QStringLiteral("a part has no Content-Disposition name");
            return out;
        }
        const qsizetype dataStart = headersEnd + 4;
        const qsizetype next = body.indexOf("\r\n" + delimiter, dataStart);
        if (next < 0) {
            out.error = QStringLiteral("the body ends before the closing boundary");
            return out;
        }
        part.data = body.mid(dataStart, next - dataStart);
        if (out.parts.size() >= limits.maxParts) {
            out.error = QStringLiteral("more than %1 parts").arg(limits.maxParts);
            return out;
        }
        out.parts.append(std::move(part));
        pos = next + 2;
    }
}

} // namespace core::api
