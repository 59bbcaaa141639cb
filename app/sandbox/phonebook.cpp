#include "sandbox/phonebook.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>

namespace sandbox {

QJsonObject Phone::toJson() const
{
    QJsonArray devs;
    for (const CompanionDevice &d : devices)
        devs.append(QJsonObject{{QStringLiteral("jid"), QStringLiteral("%1:%2@s.whatsapp.net").arg(number).arg(d.deviceId)},
                                {QStringLiteral("deviceId"), double(d.deviceId)},
                                {QStringLiteral("preKeys"), double(d.preKeys.size())}});
    return {{QStringLiteral("number"), number},
            {QStringLiteral("jid"), jid()},
            {QStringLiteral("lid"), lidJid()},
            {QStringLiteral("pushName"), pushName},
            {QStringLiteral("autoReply"), autoReply},
            {QStringLiteral("devices"), devs}};
}

std::optional<QString> PhoneBook::normalizeNumber(const QString &number)
{
    QString digits;
    for (QChar c : number) {
        if (c.isDigit() && c.unicode() < 128)
            digits += c;
        else if (c != QLatin1Char('+') && c != QLatin1Char(' ') && c != QLatin1Char('-'))
            return std::nullopt;
    }
    if (digits.size() < 6 || digits.size() > 15 || digits.startsWith(QLatin1Char('0')))
        return std::nullopt;
    return digits;
}

PhoneBook::AddResult PhoneBook::add(const QString &number, const QString &pushName, Phone *added)
{
    const auto digits = normalizeNumber(number);
    if (!digits)
        return AddResult::InvalidNumber;
    if (m_phones.contains(*digits))
        return AddResult::Exists;
    Phone phone;
    phone.number = *digits;
    phone.pushName = pushName.isEmpty() ? QStringLiteral("Phone %1").arg(digits->right(4)) : pushName;
    do { // LIDs are opaque 15-digit numbers unrelated to the phone number
        phone.lid = QString::number(100000000000000ULL + QRandomGenerator::global()->bounded(quint64(899999999999999ULL)));
    } while (m_lids.contains(phone.lid));
    m_lids.insert(phone.lid, phone.number);
    phone.accountKey = wa::crypto::generateKeyPair();
    m_phones.insert(phone.number, phone);
    if (added)
        *added = phone;
    return AddResult::Added;
}

Phone *PhoneBook::find(const QString &number)
{
    const auto digits = normalizeNumber(number);
    if (!digits)
        return nullptr;
    auto it = m_phones.find(*digits);
    return it == m_phones.end() ? nullptr : &it.value();
}

Phone *PhoneBook::findByLid(const QString &lid)
{
    auto it = m_lids.constFind(lid);
    return it == m_lids.cend() ? nullptr : find(*it);
}

Phone *PhoneBook::findByJid(const QString &jid)
{
    const QString user = jid.section(QLatin1Char('@'), 0, 0).section(QLatin1Char(':'), 0, 0);
    const QString server = jid.contains(QLatin1Char('@')) ? jid.section(QLatin1Char('@'), 1) : QString();
    if (server == QLatin1String("lid"))
        return findByLid(user);
    if (!server.isEmpty() && server != QLatin1String("s.whatsapp.net") && server != QLatin1String("c.us"))
        return nullptr;
    return find(user);
}

bool PhoneBook::removeDevice(const QString &number, quint32 deviceId)
{
    Phone *phone = find(number);
    if (!phone || deviceId == 0)
        return false;
    for (qsizetype i = 0; i < phone->devices.size(); ++i)
        if (phone->devices[i].deviceId == deviceId) {
            phone->devices.removeAt(i);
            return true;
        }
    return false;
}

const Phone *PhoneBook::findByDevice(quint64 user, quint32 deviceId) const
{
    auto it = m_phones.constFind(QString::number(user));
    if (it == m_phones.cend())
        return nullptr;
    if (deviceId == 0)
        return &it.value();
    for (const CompanionDevice &d : it->devices)
        if (d.deviceId == deviceId)
            return &it.value();
    return nullptr;
}

CompanionDevice *PhoneBook::device(quint64 user, quint32 deviceId)
{
    auto it = m_phones.find(QString::number(user));
    if (it == m_phones.end())
        return nullptr;
    if (deviceId == 0)
        return &it->primary;
    for (CompanionDevice &d : it->devices)
        if (d.deviceId == deviceId)
            return &d;
    return nullptr;
}

QList<const Phone *> PhoneBook::all() const
{
    QList<const Phone *> out;
    for (const Phone &p : m_phones)
        out << &p;
    return out;
}

qsizetype PhoneBook::deviceCount() const
{
    qsizetype n = 0;
    for (const Phone &p : m_phones)
        n += p.devices.size();
    return n;
}

} // namespace sandbox
