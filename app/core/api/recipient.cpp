#include "core/api/recipient.h"

#include "core/api/apierror.h"

#include <QRegularExpression>

namespace core::api {

QString phoneDigits(const QString &input, const QString &field)
{
    QString digits;
    for (QChar c : input.trimmed()) {
        if (c.unicode() >= '0' && c.unicode() <= '9')
            digits += c;
        else if (c != QLatin1Char('+') && c != QLatin1Char(' ') && c != QLatin1Char('-') && c != QLatin1Char('.')
                 && c != QLatin1Char('(') && c != QLatin1Char(')'))
            throw ApiError::validation(field, QStringLiteral("a phone number is digits with country code, e.g. 5511999990000 (got \"%1\")")
                                                  .arg(input.left(40)));
    }
    if (digits.size() < 6 || digits.size() > 15 || digits.startsWith(QLatin1Char('0')))
        throw ApiError::validation(field, QStringLiteral("a phone number has 6-15 digits with country code and no leading 0"));
    return digits;
}

QString recipientJid(const QString &input, const QString &field)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        throw ApiError::validation(field, QStringLiteral("is required"));
    static const QRegularExpression group(QStringLiteral("^[0-9]{6,32}(-[0-9]{6,16})?@g\\.us$"));
    if (group.match(text).hasMatch())
        return text;
    if (text.endsWith(QLatin1String("@s.whatsapp.net")) || text.endsWith(QLatin1String("@c.us")))
        return phoneDigits(text.section(QLatin1Char('@'), 0, 0), field) + QStringLiteral("@s.whatsapp.net");
    if (text.contains(QLatin1Char('@')))
        throw ApiError::validation(field, QStringLiteral("only phone numbers, <number>@s.whatsapp.net and <group>@g.us are supported"));
    return phoneDigits(text, field) + QStringLiteral("@s.whatsapp.net");
}

} // namespace core::api
