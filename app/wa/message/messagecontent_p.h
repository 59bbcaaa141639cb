#pragma once
// Private to messagecontent*.cpp and tests: the generated Message protobuf code.
#include "message.pb.h"

#include <QByteArray>
#include <QByteArrayView>
#include <string>

namespace wa::message::detail {

inline std::string bytesToStd(QByteArrayView v)
{
    return std::string(v.data(), size_t(v.size()));
}

inline QByteArray toBytes(const std::string &s)
{
    return QByteArray(s.data(), qsizetype(s.size()));
}

inline QString toQ(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

inline std::string toStd(const QString &s)
{
    return s.toStdString();
}

} // namespace wa::message::detail
