#pragma once
// parseDuration: the duration syntax of settings such as JWT_EXPIRATION.
#include <QString>

#include <optional>

namespace core::auth {

// Longest duration accepted: 100 years. Keeps "now + duration" far from qint64 overflow and
// rejects values that can only be typos.
inline constexpr qint64 kMaxDurationSecs = 100LL * 366 * 24 * 3600;

// Parses "<digits><unit>" with unit s, m, h, d or w (lower case), or bare digits meaning seconds:
// "3600", "45s", "30m", "24h", "7d", "1w". Surrounding whitespace is ignored. Returns the length in
// seconds, or nullopt for empty, zero, signed, fractional, unknown-unit or overlong input.
std::optional<qint64> parseDuration(const QString &text);

}
