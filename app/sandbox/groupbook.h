#pragma once
// The sandbox's groups: id, subject, owner and participants (user JIDs), created by the control
// API or by a client's <create> IQ, answered in metadata queries and used for sender-key fan-out.
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

namespace sandbox {

struct Group {
    QString jid; // "<id>@g.us"
    QString subject;
    QString owner; // user JID
    qint64 creation = 0;
    QStringList participants; // user JIDs, owner included
};

class GroupBook
{
public:
    static constexpr qsizetype MaxGroups = 100000;
    static constexpr qsizetype MaxParticipants = 1024; // WhatsApp's limit

    // nullptr when the sandbox holds MaxGroups already; participants beyond the limit are dropped.
    Group *create(const QString &subject, const QString &owner, const QStringList &participants);
    Group *find(const QString &jid);
    qsizetype size() const { return m_groups.size(); }

private:
    QMap<QString, Group> m_groups;
    quint64 m_counter = 0;
};

} // namespace sandbox
