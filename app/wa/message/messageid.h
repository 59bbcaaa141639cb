#pragma once
// Message ids in WhatsApp Web's current format: "3EB0" + the upper-case hex of the first 9 bytes
// of SHA-256(uint64 BE unix seconds || own user digits || "@c.us" || 16 random bytes), 22
// characters. The server accepts any unique id; a resend reuses the id of the original.
#include "wa/crypto/randomsource.h"

#include <QString>

namespace wa::message {

QString generateMessageId(const QString &ownUser, qint64 unixSeconds, crypto::RandomSource &random = crypto::systemRandom());
QString generateMessageId(const QString &ownUser); // now, system randomness

} // namespace wa::message
