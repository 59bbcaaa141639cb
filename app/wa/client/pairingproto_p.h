#pragma once
// Private to the pairing .cpp files, their tests and fuzzers: the generated ADV protobuf code
// and the byte strings both sides sign. Never include this from a public header.
#include "adv.pb.h"

#include "pairingsuccess.h"

#include <QByteArray>
#include <QByteArrayView>

#include <string>

namespace wa::client::detail {

inline std::string toStd(QByteArrayView v)
{
    return std::string(v.data(), static_cast<size_t>(v.size()));
}

inline QByteArray toBytes(const std::string &s)
{
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}

inline QByteArray serialize(const google::protobuf::MessageLite &message)
{
    return toBytes(message.SerializeAsString());
}

inline bool parse(google::protobuf::MessageLite &message, QByteArrayView bytes)
{
    return message.ParseFromArray(bytes.data(), static_cast<int>(bytes.size()));
}

inline AdvEncryptionType fromProto(wa::proto::ADVEncryptionType type)
{
    return type == wa::proto::HOSTED ? AdvEncryptionType::Hosted : AdvEncryptionType::E2ee;
}

inline QByteArrayView prefix(const char (&bytes)[2])
{
    return QByteArrayView(bytes, 2);
}

// HMAC input: [06 05 when the HMAC's accountType is HOSTED] || details.
inline QByteArray hmacMessage(AdvEncryptionType hmacAccountType, QByteArrayView details)
{
    QByteArray message;
    if (hmacAccountType == AdvEncryptionType::Hosted)
        message += prefix(AdvHostedAccountSignaturePrefix);
    message += details;
    return message;
}

// Account signature input: 06 00 (06 05 for a HOSTED device) || details || companion identity.
inline QByteArray accountMessage(AdvEncryptionType deviceType, QByteArrayView details, QByteArrayView identityPublic)
{
    QByteArray message = prefix(deviceType == AdvEncryptionType::Hosted ? AdvHostedAccountSignaturePrefix
                                                                        : AdvAccountSignaturePrefix)
                             .toByteArray();
    message += details;
    message += identityPublic;
    return message;
}

// Device signature input: 06 01 || details || companion identity || account signature key.
inline QByteArray deviceMessage(QByteArrayView details, QByteArrayView identityPublic, QByteArrayView accountKey)
{
    QByteArray message = prefix(AdvDeviceSignaturePrefix).toByteArray();
    message += details;
    message += identityPublic;
    message += accountKey;
    return message;
}

inline AdvDeviceIdentity fromProto(const wa::proto::ADVDeviceIdentity &proto)
{
    AdvDeviceIdentity identity;
    identity.rawId = proto.rawid();
    identity.timestamp = proto.timestamp();
    identity.keyIndex = proto.keyindex();
    identity.accountType = fromProto(proto.accounttype());
    identity.deviceType = fromProto(proto.devicetype());
    return identity;
}

} // namespace wa::client::detail
