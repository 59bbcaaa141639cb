#pragma once
// Identifiers for users and instances: 24 lowercase hex characters from 12 random bytes, the
// shape clients of the original API already handle (MongoDB ObjectId-like).
#include <QString>

namespace core {
QString newId();
bool looksLikeId(const QString &text); // 1-64 chars of [A-Za-z0-9_-]
} // namespace core
