#include "wa/message/messageid.h"

#include "wa/bytes.h"
#include "wa/crypto/digest.h"

#include <QDateTime>

namespace wa::message {

QString generateMessageId(const QString &ownUser, qint64 unixSeconds, crypto::RandomSource &random)
{
    QByteArray data = bigEndianBytes(quint32(quint64(unixSeconds) >> 32), 4) + bigEndianBytes(quint32(unixSeconds), 4);
    if (!ownUser.isEmpty())
        data += ownUser.toLatin1() + QByteArrayLiteral("@c.us");
    data += random.bytes(16);
    return QStringLiteral("3EB0") + QString::fromLatin1(crypto::sha256(data).first(9).toHex().toUpper());
}

QString generateMessageId(const QString &ownUser)
{
    return generateMessageId(ownUser, QDateTime::currentSecsSinceEpoch());
}

} // namespace wa::message
