#pragma once
// Who a message goes to, from what API callers write: a phone number with country code (digits;
// '+', spaces, dashes, dots and parentheses are stripped) or a JID (user@s.whatsapp.net, a group
// id@g.us). Anything else is a 400 naming the field.
#include <QString>

namespace core::api {

// "<digits>@s.whatsapp.net" or "<id>@g.us"; throws ApiError (400) otherwise.
QString recipientJid(const QString &input, const QString &field);
// The digits of a phone number (same stripping), or a 400.
QString phoneDigits(const QString &input, const QString &field);

} // namespace core::api
