#include "sandbox/groupbook.h"

#include <QRandomGenerator>

namespace sandbox {

Group *GroupBook::create(const QString &subject, const QString &owner, const QStringList &participants)
{
    if (m_groups.size() >= MaxGroups)
        return nullptr;
    Group g;
    // Group ids look like WhatsApp's: 18 digits starting 1203630.
    do {
        g.jid = QStringLiteral("1203630%1%2@g.us")
                    .arg(QRandomGenerator::global()->bounded(10000000u), 7, 10, QLatin1Char('0'))
                    .arg(++m_counter % 10000, 4, 10, QLatin1Char('0'));
    } while (m_groups.contains(g.jid));
    g.subject = subject.left(100);
    g.owner = owner;
    g.creation = QDateTime::currentSecsSinceEpoch();
    g.participants << owner;
    for (const QString &p : participants)
        if (!g.participants.contains(p) && g.participants.size() < MaxParticipants)
            g.participants << p;
    return &m_groups.insert(g.jid, g).value();
}

Group *GroupBook::find(const QString &jid)
{
    auto it = m_groups.find(jid);
    return it == m_groups.end() ? nullptr : &it.value();
}

} // namespace sandbox
