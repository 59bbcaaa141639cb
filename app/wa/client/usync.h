#pragma once
// usync queries: which devices a user has (for fan-out), which phone numbers are on WhatsApp,
// and the PN <-> LID mapping both return. Pure builders and parsers; the client sends them.
#include "wa/binary/node.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace wa::client {

struct UserDevices {
    QString user;          // "<user>@s.whatsapp.net" as asked (no device)
    QList<quint32> devices; // device 0 first; companions only when they have a key index
    QString lid;           // "<lid>@lid" when the server told it
};

struct ContactCheck {
    QString query;  // the number as asked, digits
    QString jid;    // "<number>@s.whatsapp.net"
    bool exists = false;
    QString lid;
};

// <iq xmlns="usync" type="get"><usync sid mode="query" last="true" index="0" context="message">
//   <query><devices version="2"/><lid/></query><list><user jid=.../>...</list></usync></iq>
binary::Node buildDeviceQuery(const QStringList &userJids, const QString &sid);
QList<UserDevices> parseDeviceQuery(const binary::Node &iq);

// The same with <query><contact/><lid/></query> and <user><contact>+number</contact></user>.
binary::Node buildContactQuery(const QStringList &numbers, const QString &sid);
QList<ContactCheck> parseContactQuery(const binary::Node &iq);

} // namespace wa::client
