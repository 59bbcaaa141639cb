#include "sandbox/router.h"

#include "sandbox/devicesession.h"
#include "sandbox/sandboxserver.h"
#include "wa/binary/jid.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSandboxRouter, "sandbox.router", QtInfoMsg)

namespace sandbox {

using wa::binary::Node;

Router::Router(SandboxServer &server) : m_server(server) {}

QString Router::canonicalDevice(const QString &jid) const
{
    const auto parsed = wa::binary::Jid::parse(jid.toStdString());
    if (!parsed || parsed->user.empty())
        return {};
    const Phone *phone = m_server.phones().findByJid(QString::fromStdString(parsed->toNonAd().toString()));
    if (!phone)
        return {};
    if (parsed->device == 0)
        return phone->jid();
    for (const CompanionDevice &d : phone->devices)
        if (d.deviceId == parsed->device)
            return QStringLiteral("%1:%2@s.whatsapp.net").arg(phone->number).arg(d.deviceId);
    return {};
}

QStringList Router::devicesOf(const QString &userJid) const
{
    const Phone *phone = m_server.phones().findByJid(userJid);
    if (!phone)
        return {};
    QStringList out{phone->jid()};
    for (const CompanionDevice &d : phone->devices)
        out << QStringLiteral("%1:%2@s.whatsapp.net").arg(phone->number).arg(d.deviceId);
    return out;
}

void Router::attach(const QString &device, DeviceSession *session)
{
    Mailbox &box = m_boxes[device];
    if (box.session && box.session != session)
        box.session->close("replaced by a newer connection of the same device");
    box.session = session;
    box.active = false;
}

void Router::activate(const QString &device)
{
    auto it = m_boxes.find(device);
    if (it == m_boxes.end() || !it->session)
        return;
    it->active = true;
    int sent = 0;
    for (const Pending &p : it->queue) {
        it->session->send(p.node);
        ++sent;
    }
    // Tells the client the offline backlog is through (Baileys waits for it before "receivedPendingNotifications").
    it->session->send(Node("ib", {}, std::vector<Node>{Node("offline", {{"count", std::to_string(sent)}})}));
}

void Router::detach(const QString &device, DeviceSession *session)
{
    auto it = m_boxes.find(device);
    if (it == m_boxes.end() || it->session != session)
        return;
    it->session = nullptr;
    it->active = false;
}

void Router::forget(const QString &device)
{
    auto it = m_boxes.find(device);
    if (it == m_boxes.end())
        return;
    m_depth -= qsizetype(it->queue.size());
    if (it->session)
        it->session->close("the device was unlinked");
    m_boxes.erase(it);
}

void Router::deliver(const QString &device, const Node &stanza)
{
    if (device.isEmpty())
        return;
    Mailbox &box = m_boxes[device];
    if (box.queue.size() >= size_t(MaxQueuedPerDevice)) {
        qCWarning(lcSandboxRouter, "mailbox of %s is full; dropping its oldest stanza", qPrintable(device));
        box.queue.pop_front();
        --m_depth;
    }
    box.queue.push_back(Pending{stanza.tag(), std::string(stanza.attributeOr("id", "")), stanza});
    ++m_depth;
    ++m_copies;
    if (box.session && box.active)
        box.session->send(stanza);
}

void Router::acknowledged(const QString &device, const Node &ack)
{
    auto it = m_boxes.find(device);
    if (it == m_boxes.end())
        return;
    const std::string_view cls = ack.attributeOr("class", "");
    const std::string_view id = ack.attributeOr("id", "");
    for (auto p = it->queue.begin(); p != it->queue.end(); ++p)
        if (p->cls == cls && p->id == id) {
            it->queue.erase(p);
            --m_depth;
            return;
        }
}

DeviceSession *Router::session(const QString &device) const
{
    auto it = m_boxes.constFind(device);
    return it == m_boxes.cend() ? nullptr : it->session.data();
}

bool Router::isOnline(const QString &userJid) const
{
    for (const QString &d : devicesOf(userJid))
        if (auto it = m_boxes.constFind(d); it != m_boxes.cend() && it->session && it->active)
            return true;
    return false;
}

void Router::rememberOrigin(const QString &id, const QString &device)
{
    if (!m_origins.contains(id))
        m_originOrder.push_back(id);
    m_origins.insert(id, device);
    while (m_originOrder.size() > 200000) {
        m_origins.remove(m_originOrder.front());
        m_originOrder.pop_front();
    }
}

} // namespace sandbox
