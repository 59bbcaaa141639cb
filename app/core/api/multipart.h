#pragma once
// A multipart/form-data parser for uploads (POST .../send-file). QHttpServer 6.4 has none, and the
// body is untrusted: the parser works on the buffered body with explicit limits, never copies
// more than the parts themselves, and reports what is wrong (tests/fuzz/multipart.cpp fuzzes it).
#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace core::api {

struct FormPart {
    QString name;
    QString fileName; // empty for plain fields
    QByteArray contentType;
    QByteArray data;
};

struct MultipartLimits {
    int maxParts = 32;
    int maxHeaderBytes = 8192; // per part
};

struct MultipartResult {
    QList<FormPart> parts;
    QString error; // empty on success

    const FormPart *part(const QString &name) const;
};

// The boundary from a Content-Type header ("multipart/form-data; boundary=..."), or nullopt.
std::optional<QByteArray> multipartBoundary(const QByteArray &contentType);
MultipartResult parseMultipart(const QByteArray &body, const QByteArray &boundary, const MultipartLimits &limits = {});

} // namespace core::api
