#pragma once
// Private: the generated handshake protobuf code, for wa::socket's .cpp files, tests and
// fuzzers only. Never include this from a public header (architecture rule 3).
//
#include "handshake.pb.h"

#include "result.h"

#include <QByteArrayView>
#include <string>

namespace wa::socket::detail {

// Conversions between protobuf's std::string fields and Qt byte views, shared by both sides of
// the handshake.
inline std::string toStd(QByteArrayView v)
{
    return std::string(v.data(), static_cast<size_t>(v.size()));
}

inline QByteArrayView view(const std::string &s)
{
    return QByteArrayView(s.data(), static_cast<qsizetype>(s.size()));
}

inline Error malformed(const QString &detail)
{
    return Error{ErrorCode::MalformedHandshake, detail};
}

} // namespace wa::socket::detail
