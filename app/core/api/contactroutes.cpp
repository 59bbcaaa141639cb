// Contacts of an instance: /api/whatsapp/{id}/contacts (known to the instance), contacts/add (a
// number checked on WhatsApp, then saved), and contacts/db | import | save under both
// /api/whatsapp/{id} and /api/instances/{id}.
#include "core/api/apierror.h"
#include "core/api/apiservices.h"
#include "core/api/apiviews.h"
#include "core/api/jsonwriter.h"
#include "core/api/messageviews.h"
#include "core/api/recipient.h"
#include "core/api/requestinput.h"
#include "core/common/timeutil.h"
#include "core/instances/instancemanager.h"
#include "core/store/contactrepository.h"
#include "core/store/dbwriter.h"

#include <QJsonArray>

namespace core::api {

namespace {

using store::ContactRecord;
using store::ContactRepository;

// Saves `contact` on the writer thread, then answers with `reply(stored)`.
Reply saveLater(ApiServices &s, const ContactRecord &contact, std::function<Reply(const ContactRecord &)> reply)
{
    Reply r;
    r.later = [&s, contact, reply](std::function<void(const Reply &)> finish) {
        auto stored = std::make_shared<std::optional<ContactRecord>>();
        s.writer->submit([contact, stored](QSqlDatabase &db, QString *error) {
            *stored = ContactRepository::save(db, contact, error);
            return stored->has_value();
        }, s.instances, [stored, reply, finish](bool ok, const QString &) {
            if (!ok || !*stored)
                return finish(errorReply(500, QStringLiteral("internal_error"), QStringLiteral("could not store the contact")));
            finish(reply(**stored));
        });
    };
    return r;
}

Reply whatsappContacts(RequestContext &ctx, ApiServices &s)
{
    const auto r = ownedInstance(ctx, s);
    store::ContactQuery q;
    q.instanceId = r.id;
    q.limit = queryInt(ctx, "limit", 5000, 1, 20000);
    q.skip = queryInt(ctx, "skip", 0, 0, 1'000'000'000);
    const store::ContactPage page = s.contacts->list(q);
    JsonWriter w(128 + page.contacts.size() * 120);
    w.beginObject().key("contacts").beginArray();
    for (const ContactRecord &c : page.contacts)
        w.beginObject().key("id").value(c.remoteJid).key("name").value(displayName(c)).key("number").value(c.number)
            .key("isGroup").value(c.isGroup).endObject();
    w.endArray().endObject();
    return jsonBytes(w.take());
}

Reply addContact(RequestContext &ctx, ApiServices &s)
{
    const auto r = ownedInstance(ctx, s);
    const Fields f(jsonObjectBody(ctx));
    const QString number = phoneDigits(f.requiredString("phone", 40), QStringLiteral("phone"));
    const QString name = f.string("name", 200).value_or(QString()).trimmed();
    unwrap(s.instances->checkCanSend(r.id)); // the check needs a connection
    Reply reply;
    const QString id = r.id;
    reply.later = [&s, id, number, name](std::function<void(const Reply &)> finish) {
        s.instances->checkNumbers(id, {number}, s.instances, [&s, id, number, name, finish](const QList<instances::NumberCheck> &checks, const QString &error) {
            if (!error.isEmpty())
                return finish(errorReply(502, QStringLiteral("whatsapp_error"), QStringLiteral("the number check failed: %1").arg(error)));
            const bool exists = std::any_of(checks.begin(), checks.end(), [&](const instances::NumberCheck &c) { return c.exists; });
            if (!exists)
                return finish(errorReply(404, QStringLiteral("not_on_whatsapp"), QStringLiteral("%1 is not on WhatsApp").arg(number)));
            ContactRecord c;
            c.instanceId = id;
            c.number = number;
            c.remoteJid = number + QStringLiteral("@s.whatsapp.net");
            c.name = name.isEmpty() ? QString() : name;
            c.updatedAt = nowMs();
            Reply saved = saveLater(s, c, [](const ContactRecord &stored) {
                return json({{QStringLiteral("success"), true}, {QStringLiteral("message"), QStringLiteral("Contact successfully added")},
                             {QStringLiteral("contact"), QJsonObject{{QStringLiteral("id"), stored.remoteJid},
                                                                      {QStringLiteral("number"), stored.number},
                                                                      {QStringLiteral("name"), displayName(stored)}}}});
            });
            saved.later(finish);
        });
    };
    return reply;
}

Reply contactsDb(RequestContext &ctx, ApiServices &s)
{
    const auto r = ownedInstance(ctx, s);
    store::ContactQuery q;
    q.instanceId = r.id;
    q.limit = queryInt(ctx, "limit", 100, 1, 1000);
    q.skip = queryInt(ctx, "skip", 0, 0, 1'000'000'000);
    q.search = queryString(ctx, "search").left(100);
    const QString groups = queryString(ctx, "onlyGroups").toLower();
    if (!groups.isEmpty() && groups != QLatin1String("true") && groups != QLatin1String("false"))
        throw ApiError::validation(QStringLiteral("onlyGroups"), QStringLiteral("must be true or false"));
    q.onlyGroups = groups == QLatin1String("true");
    QString error;
    const store::ContactPage page = s.contacts->list(q, &error);
    if (!error.isEmpty())
        throw ApiError::internal(QStringLiteral("could not read the contacts"));
    JsonWriter w(256 + page.contacts.size() * 360);
    w.beginObject().key("contacts").beginArray();
    for (const ContactRecord &c : page.contacts)
        writeContact(w, c);
    w.endArray().key("pagination");
    writePagination(w, page.total, q.limit, q.skip);
    w.endObject();
    return jsonBytes(w.take());
}

Reply importContacts(RequestContext &ctx, ApiServices &s)
{
    const auto r = ownedInstance(ctx, s);
    Reply reply;
    const QString id = r.id;
    reply.later = [&s, id](std::function<void(const Reply &)> finish) {
        auto added = std::make_shared<int>(0);
        const qint64 at = nowMs();
        s.writer->submit([id, at, added](QSqlDatabase &db, QString *error) {
            *added = ContactRepository::importFromHistory(db, id, at, error);
            return *added >= 0;
        }, s.instances, [added, finish](bool ok, const QString &) {
            if (!ok)
                return finish(errorReply(500, QStringLiteral("internal_error"), QStringLiteral("could not import the contacts")));
            finish(json({{QStringLiteral("success"), true},
                         {QStringLiteral("message"), QStringLiteral("Successfully imported %1 contacts").arg(*added)},
                         {QStringLiteral("importedCount"), *added}}));
        });
    };
    return reply;
}

Reply saveContact(RequestContext &ctx, ApiServices &s)
{
    const auto r = ownedInstance(ctx, s);
    const Fields f(jsonObjectBody(ctx));
    const bool isGroup = f.boolean("isGroup").value_or(false);
    ContactRecord c;
    c.instanceId = r.id;
    const QString number = f.requiredString("number", 64).trimmed();
    if (isGroup) {
        const QString jid = recipientJid(number.contains(QLatin1Char('@')) ? number : number + QStringLiteral("@g.us"), QStringLiteral("number"));
        c.remoteJid = jid;
        c.number = jid.section(QLatin1Char('@'), 0, 0);
    } else {
        c.number = phoneDigits(number, QStringLiteral("number"));
        c.remoteJid = c.number + QStringLiteral("@s.whatsapp.net");
    }
    c.isGroup = isGroup;
    c.name = f.string("name", 200).value_or(QString());
    c.pushName = f.string("pushName", 200).value_or(QString());
    c.profilePicture = f.string("profilePicture", 2048).value_or(QString());
    c.about = f.string("about", 1000).value_or(QString());
    c.updatedAt = nowMs();
    return saveLater(s, c, [](const ContactRecord &stored) {
        JsonWriter w(512);
        writeContact(w, stored);
        return jsonBytes(w.take());
    });
}

} // namespace

void registerContactRoutes(Router &r, ApiServices &s)
{
    r.add("GET", QStringLiteral("/api/whatsapp/{id}/contacts"), Access::User, [&s](RequestContext &c) { return whatsappContacts(c, s); });
    r.add("POST", QStringLiteral("/api/whatsapp/{id}/contacts/add"), Access::User, [&s](RequestContext &c) { return addContact(c, s); });
    for (const char *prefix : {"/api/instances/{id}", "/api/whatsapp/{id}"}) {
        const QString base = QLatin1String(prefix) + QStringLiteral("/contacts");
        r.add("GET", base + QStringLiteral("/db"), Access::User, [&s](RequestContext &c) { return contactsDb(c, s); });
        r.add("POST", base + QStringLiteral("/import"), Access::User, [&s](RequestContext &c) { return importContacts(c, s); });
        r.add("POST", base + QStringLiteral("/save"), Access::User, [&s](RequestContext &c) { return saveContact(c, s); });
    }
}

} // namespace core::api
