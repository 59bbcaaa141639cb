#include "core/auth/duration.h"

namespace core::auth {

std::optional<qint64> parseDuration(const QString &text)
{
    const QString s = text.trimmed();
    if (s.isEmpty())
        return std::nullopt;

    qint64 multiplier = 1;
    qsizetype digits = s.size();
    switch (s.back().unicode()) {
    case 's': multiplier = 1; --digits; break;
    case 'm': multiplier = 60; --digits; break;
    case 'h': multiplier = 3600; --digits; break;
    case 'd': multiplier = 86400; --digits; break;
    case 'w': multiplier = 7 * 86400; --digits; break;
    default: break;
    }
    // Only ASCII digits: toLongLong alone would also take signs and surrounding spaces.
    if (digits == 0 || digits > 18)
        return std::nullopt;
    qint64 value = 0;
    for (qsizetype i = 0; i < digits; ++i) {
        const char16_t c = s.at(i).unicode();
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c - u'0');  // at most 18 digits, so no overflow
    }
    if (value <= 0 || value > kMaxDurationSecs / multiplier)
        return std::nullopt;
    return value * multiplier;
}

}
