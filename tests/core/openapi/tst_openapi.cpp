// The OpenAPI document compiled into the binary (resources/openapi.json, served at
// GET /api/openapi.json) against the route table the server really registers. Adding a route
// without documenting it (or documenting one that does not exist) fails here, by name.
#include "core/api/apiserver.h"
#include "core/api/router.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>

using core::api::Access;
using core::api::Route;
using core::api::Router;

namespace {

const QStringList kHttpMethods{QStringLiteral("get"),  QStringLiteral("put"),     QStringLiteral("post"),
                               QStringLiteral("delete"), QStringLiteral("patch"), QStringLiteral("head"),
                               QStringLiteral("options"), QStringLiteral("trace")};

QString operationKey(const QByteArray &method, const QString &path)
{
    return QString::fromLatin1(method).toUpper() + QLatin1Char(' ') + path;
}

QSet<QString> documentedOperations(const QJsonObject &doc)
{
    QSet<QString> out;
    const QJsonObject paths = doc.value(QLatin1String("paths")).toObject();
    for (auto p = paths.begin(); p != paths.end(); ++p) {
        const QJsonObject item = p.value().toObject();
        for (auto m = item.begin(); m != item.end(); ++m)
            if (kHttpMethods.contains(m.key()))
                out.insert(operationKey(m.key().toLatin1(), p.key()));
    }
    return out;
}

QSet<QString> registeredOperations(const QList<Route> &routes)
{
    QSet<QString> out;
    for (const Route &r : routes)
        out.insert(operationKey(r.method, r.pattern));
    return out;
}

QStringList sorted(const QSet<QString> &set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list;
}

// Empty when the two sets agree; otherwise names every route missing from the document and every
// documented operation the router does not have.
QString describeDifference(const QSet<QString> &documented, const QSet<QString> &registered)
{
    const QSet<QString> missing = registered - documented;
    const QSet<QString> extra = documented - registered;
    QStringList problems;
    if (!missing.isEmpty())
        problems << QStringLiteral("registered in the router but missing from resources/openapi.json: ")
                        + sorted(missing).join(QStringLiteral(", "));
    if (!extra.isEmpty())
        problems << QStringLiteral("documented in resources/openapi.json but not registered: ")
                        + sorted(extra).join(QStringLiteral(", "));
    return problems.join(QStringLiteral("; "));
}

// Follows "#/a/b/c" (with ~0/~1 escapes) from the document root; undefined when it does not resolve.
QJsonValue pointer(const QJsonObject &doc, const QString &ref)
{
    if (!ref.startsWith(QLatin1String("#/")))
        return QJsonValue(QJsonValue::Undefined);
    QJsonValue cur = doc;
    for (QString part : ref.mid(2).split(QLatin1Char('/'))) {
        part.replace(QLatin1String("~1"), QLatin1String("/")).replace(QLatin1String("~0"), QLatin1String("~"));
        if (!cur.isObject() || !cur.toObject().contains(part))
            return QJsonValue(QJsonValue::Undefined);
        cur = cur.toObject().value(part);
    }
    return cur;
}

// The value itself, or what its {"$ref": ...} chain points to (undefined if broken).
QJsonValue resolve(const QJsonObject &doc, QJsonValue v)
{
    for (int depth = 0; depth < 16; ++depth) {
        if (!v.isObject() || !v.toObject().contains(QLatin1String("$ref")))
            return v;
        v = pointer(doc, v.toObject().value(QLatin1String("$ref")).toString());
    }
    return QJsonValue(QJsonValue::Undefined);
}

void collectRefs(const QJsonValue &v, const QString &where, QList<QPair<QString, QString>> &out)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == QLatin1String("$ref"))
                out.push_back({where, it.value().toString()});
            else
                collectRefs(it.value(), where + QLatin1Char('/') + it.key(), out);
        }
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            collectRefs(a.at(i), where + QLatin1Char('/') + QString::number(i), out);
    }
}

QStringList placeholders(const QString &path)
{
    static const QRegularExpression re(QStringLiteral("\\{([^{}/]+)\\}"));
    QStringList out;
    for (auto it = re.globalMatch(path); it.hasNext();)
        out << it.next().captured(1);
    return out;
}

} // namespace

class TestOpenApi : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_doc;
    QList<Route> m_routes;

    QJsonObject operation(const Route &r) const
    {
        return m_doc.value(QLatin1String("paths"))
            .toObject()
            .value(r.pattern)
            .toObject()
            .value(QString::fromLatin1(r.method).toLower())
            .toObject();
    }

    // Every (path, method, operation) the document holds.
    template <typename F> void forEachOperation(F f) const
    {
        const QJsonObject paths = m_doc.value(QLatin1String("paths")).toObject();
        for (auto p = paths.begin(); p != paths.end(); ++p) {
            const QJsonObject item = p.value().toObject();
            for (auto m = item.begin(); m != item.end(); ++m)
                if (kHttpMethods.contains(m.key()))
                    f(p.key(), m.key(), item, m.value().toObject());
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile file(QStringLiteral(":/wamulti/openapi.json"));
        QVERIFY2(file.open(QIODevice::ReadOnly), "resource :/wamulti/openapi.json is not compiled into core");
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError,
                 qPrintable(QStringLiteral("openapi.json is not valid JSON at offset %1: %2").arg(error.offset).arg(error.errorString())));
        QVERIFY2(doc.isObject(), "openapi.json must be a JSON object");
        m_doc = doc.object();

        // The route table exactly as the running server builds it; nothing listens.
        const core::api::ApiServer server(core::api::ApiServices{}, core::api::ApiServerOptions{});
        m_routes = server.router().routes();
        QVERIFY2(m_routes.size() > 0, "the router registered no routes");
    }

    void documentIsOpenApi3()
    {
        const QString version = m_doc.value(QLatin1String("openapi")).toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^3\\.0\\.\\d+$")).match(version).hasMatch(),
                 qPrintable(QStringLiteral("\"openapi\" must be 3.0.x, is \"%1\"").arg(version)));
        const QJsonObject info = m_doc.value(QLatin1String("info")).toObject();
        QVERIFY2(!info.value(QLatin1String("title")).toString().isEmpty(), "info.title is required");
        QVERIFY2(!info.value(QLatin1String("version")).toString().isEmpty(), "info.version is required");
        QVERIFY2(m_doc.value(QLatin1String("paths")).isObject(), "paths is required");

        const QJsonObject schemes = pointer(m_doc, QStringLiteral("#/components/securitySchemes")).toObject();
        const QJsonObject bearer = schemes.value(QLatin1String("bearerAuth")).toObject();
        QCOMPARE(bearer.value(QLatin1String("type")).toString(), QStringLiteral("http"));
        QCOMPARE(bearer.value(QLatin1String("scheme")).toString(), QStringLiteral("bearer"));
        QCOMPARE(bearer.value(QLatin1String("bearerFormat")).toString(), QStringLiteral("JWT"));
        const QJsonObject key = schemes.value(QLatin1String("apiKeyAuth")).toObject();
        QCOMPARE(key.value(QLatin1String("type")).toString(), QStringLiteral("apiKey"));
        QCOMPARE(key.value(QLatin1String("in")).toString(), QStringLiteral("header"));
        QCOMPARE(key.value(QLatin1String("name")).toString(), QStringLiteral("x-api-key"));

        // The one error body every failure uses: {"error": code, "message": text}.
        const QJsonObject error = pointer(m_doc, QStringLiteral("#/components/schemas/Error")).toObject();
        const QJsonObject props = error.value(QLatin1String("properties")).toObject();
        QVERIFY2(props.contains(QLatin1String("error")) && props.contains(QLatin1String("message")),
                 "components.schemas.Error must have the properties error and message");
    }

    void everyRegisteredRouteIsDocumentedAndNothingElse()
    {
        const QString problems = describeDifference(documentedOperations(m_doc), registeredOperations(m_routes));
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    // The comparison above must be able to fail: an undocumented route and a stale document entry
    // are both reported by name.
    void differenceNamesMissingAndExtraRoutes()
    {
        Router router;
        for (const Route &r : m_routes)
            router.add(r.method.constData(), r.pattern, r.access, r.handler);
        router.add("PATCH", QStringLiteral("/api/undocumented/{id}"), Access::User, {});
        // A document that lists exactly the real routes plus one stale entry.
        QSet<QString> documented = registeredOperations(m_routes);
        documented.insert(QStringLiteral("GET /api/stale"));
        const QString problems = describeDifference(documented, registeredOperations(router.routes()));
        QCOMPARE(problems, QStringLiteral("registered in the router but missing from resources/openapi.json: "
                                          "PATCH /api/undocumented/{id}; "
                                          "documented in resources/openapi.json but not registered: GET /api/stale"));
        QVERIFY(describeDifference(registeredOperations(m_routes), registeredOperations(m_routes)).isEmpty());
    }

    void everyOperationHasSummaryIdAndSuccessResponse()
    {
        QStringList problems;
        QSet<QString> operationIds;
        forEachOperation([&](const QString &path, const QString &method, const QJsonObject &, const QJsonObject &op) {
            const QString where = method.toUpper() + QLatin1Char(' ') + path;
            if (op.value(QLatin1String("summary")).toString().trimmed().isEmpty())
                problems << where + QStringLiteral(": no summary");
            const QString id = op.value(QLatin1String("operationId")).toString();
            if (id.isEmpty())
                problems << where + QStringLiteral(": no operationId");
            else if (operationIds.contains(id))
                problems << where + QStringLiteral(": duplicate operationId ") + id;
            operationIds.insert(id);
            const QJsonObject responses = op.value(QLatin1String("responses")).toObject();
            const QStringList codes = responses.keys();
            if (std::none_of(codes.begin(), codes.end(), [](const QString &c) { return c.size() == 3 && c.startsWith(QLatin1Char('2')); }))
                problems << where + QStringLiteral(": no 2xx response");
            for (auto it = responses.begin(); it != responses.end(); ++it) {
                const QJsonObject response = resolve(m_doc, it.value()).toObject();
                if (response.value(QLatin1String("description")).toString().isEmpty())
                    problems << where + QStringLiteral(": response %1 has no description").arg(it.key());
            }
        });
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n"))));
    }

    void pathParametersMatchPlaceholders()
    {
        QStringList problems;
        forEachOperation([&](const QString &path, const QString &method, const QJsonObject &item, const QJsonObject &op) {
            const QString where = method.toUpper() + QLatin1Char(' ') + path;
            QSet<QString> declared;
            QJsonArray params = item.value(QLatin1String("parameters")).toArray();
            for (const QJsonValue &p : op.value(QLatin1String("parameters")).toArray())
                params.append(p);
            for (const QJsonValue &raw : params) {
                const QJsonObject p = resolve(m_doc, raw).toObject();
                if (p.isEmpty()) {
                    problems << where + QStringLiteral(": unresolvable parameter");
                    continue;
                }
                if (!p.contains(QLatin1String("schema")))
                    problems << where + QStringLiteral(": parameter %1 has no schema").arg(p.value(QLatin1String("name")).toString());
                if (p.value(QLatin1String("in")).toString() != QLatin1String("path"))
                    continue;
                const QString name = p.value(QLatin1String("name")).toString();
                declared.insert(name);
                if (!p.value(QLatin1String("required")).toBool())
                    problems << where + QStringLiteral(": path parameter %1 must be required").arg(name);
            }
            const QStringList names = placeholders(path);
            const QSet<QString> inPath(names.begin(), names.end());
            for (const QString &n : inPath - declared)
                problems << where + QStringLiteral(": {%1} has no path parameter").arg(n);
            for (const QString &n : declared - inPath)
                problems << where + QStringLiteral(": path parameter %1 is not in the path").arg(n);
        });
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n"))));
    }

    // security: [] exactly for Access::Public routes; every other route needs credentials, and
    // documents 401 (and 403 when admin rights can be required).
    void securityMatchesRouteAccess()
    {
        const QJsonValue global = m_doc.value(QLatin1String("security"));
        const QJsonObject schemes = pointer(m_doc, QStringLiteral("#/components/securitySchemes")).toObject();
        QStringList problems;
        for (const Route &r : m_routes) {
            const QJsonObject op = operation(r);
            if (op.isEmpty())
                continue; // reported by everyRegisteredRouteIsDocumentedAndNothingElse
            const QString where = operationKey(r.method, r.pattern);
            const QJsonArray security = (op.contains(QLatin1String("security")) ? op.value(QLatin1String("security")) : global).toArray();
            const bool isPublic = r.access == Access::Public;
            if (isPublic && !security.isEmpty())
                problems << where + QStringLiteral(": public route must have \"security\": []");
            if (!isPublic && security.isEmpty())
                problems << where + QStringLiteral(": needs credentials, so security must not be empty");
            for (const QJsonValue &requirement : security)
                for (const QString &name : requirement.toObject().keys())
                    if (!schemes.contains(name))
                        problems << where + QStringLiteral(": unknown security scheme ") + name;
            const QJsonObject responses = op.value(QLatin1String("responses")).toObject();
            if (!isPublic && !responses.contains(QLatin1String("401")))
                problems << where + QStringLiteral(": no 401 response");
            if ((r.access == Access::Admin || r.access == Access::AdminOrSelf) && !responses.contains(QLatin1String("403")))
                problems << where + QStringLiteral(": admin route without a 403 response");
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n"))));
    }

    // Every 4xx/5xx response carries the shared Error body.
    void errorResponsesUseTheErrorSchema()
    {
        QStringList problems;
        forEachOperation([&](const QString &path, const QString &method, const QJsonObject &, const QJsonObject &op) {
            const QJsonObject responses = op.value(QLatin1String("responses")).toObject();
            for (auto it = responses.begin(); it != responses.end(); ++it) {
                if (it.key().toInt() < 400)
                    continue;
                const QJsonObject response = resolve(m_doc, it.value()).toObject();
                const QString ref = response.value(QLatin1String("content"))
                                        .toObject()
                                        .value(QLatin1String("application/json"))
                                        .toObject()
                                        .value(QLatin1String("schema"))
                                        .toObject()
                                        .value(QLatin1String("$ref"))
                                        .toString();
                if (ref != QLatin1String("#/components/schemas/Error"))
                    problems << QStringLiteral("%1 %2: response %3 must use #/components/schemas/Error")
                                    .arg(method.toUpper(), path, it.key());
            }
        });
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n"))));
    }

    void everyReferenceResolves()
    {
        QList<QPair<QString, QString>> refs;
        collectRefs(m_doc, QString(), refs);
        QVERIFY(!refs.isEmpty());
        QStringList broken;
        for (const auto &[where, ref] : refs)
            if (pointer(m_doc, ref).isUndefined())
                broken << where + QStringLiteral(" -> ") + ref;
        QVERIFY2(broken.isEmpty(), qPrintable(QStringLiteral("unresolved $ref: ") + broken.join(QStringLiteral(", "))));
    }
};

QTEST_GUILESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"
