#pragma once
// Groups: metadata (<iq xmlns="w:g2" type="get" to=group><query request="interactive"/></iq>),
// creation, and a cache of participants that group sends use. The cache is dropped for a group
// when a w:gp2 notification says it changed.
#include "wa/binary/node.h"
#include "wa/connection/iqtracker.h"

#include <QHash>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <functional>

namespace wa::client {

class Client;

struct GroupInfo {
    QString jid; // "<id>@g.us"
    QString subject;
    QString owner;
    qint64 creation = 0;
    QStringList participants; // user JIDs
    QStringList admins;
    QString addressingMode = QStringLiteral("pn");
    quint32 ephemeralSeconds = 0;
};

// From the <group> element of a metadata or create result; nullopt when it has no id.
std::optional<GroupInfo> parseGroup(const binary::Node &group);

class GroupDirectory
{
public:
    using Callback = std::function<void(const GroupInfo &, const QString &error)>;

    explicit GroupDirectory(Client &client);

    void info(const QString &group, bool useCache, Callback done);
    void create(const QString &subject, const QStringList &participants, Callback done);
    void invalidate(const QString &group) { m_cache.remove(group); }
    void clear() { m_cache.clear(); }

private:
    Client &m_client;
    QHash<QString, GroupInfo> m_cache;
};

} // namespace wa::client

Q_DECLARE_METATYPE(wa::client::GroupInfo)
