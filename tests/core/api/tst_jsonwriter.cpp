// JsonWriter output parses back to exactly what was written, for every string Qt can hold.
#include "core/api/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>

using core::api::JsonWriter;

class TstJsonWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void structureAndTypes()
    {
        JsonWriter w;
        w.beginObject().key("a").value(qint64(-5)).key("b").value(true).key("c").null();
        w.key("d").beginArray().value(1).beginObject().endObject().beginArray().endArray().value(QStringLiteral("x")).endArray();
        w.key("e").raw("{\"k\":[1,2]}").key("f").raw("not json", "{}").key("g").value(QString());
        w.key("h").latin1("2023-01-01T00:00:00.000Z").endObject();
        QJsonParseError error{};
        const QJsonObject o = QJsonDocument::fromJson(w.take(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QStringLiteral("a")).toInt(), -5);
        QCOMPARE(o.value(QStringLiteral("b")).toBool(), true);
        QVERIFY(o.value(QStringLiteral("c")).isNull());
        QCOMPARE(o.value(QStringLiteral("d")).toArray().size(), 4);
        QCOMPARE(o.value(QStringLiteral("e")).toObject().value(QStringLiteral("k")).toArray().size(), 2);
        QCOMPARE(o.value(QStringLiteral("f")).toObject(), QJsonObject());
        QCOMPARE(o.value(QStringLiteral("g")).toString(), QString()); // strings stay strings
        QVERIFY(o.value(QStringLiteral("g")).isString());
        QCOMPARE(o.value(QStringLiteral("h")).toString(), QStringLiteral("2023-01-01T00:00:00.000Z"));
    }
    void stringsRoundTrip()
    {
        QStringList samples{QString(), QStringLiteral(""), QStringLiteral("plain"), QStringLiteral("q\"uo\\te"),
                            QStringLiteral("tab\tnew\nline\rret"), QString(QChar(0)) + QStringLiteral("nul"),
                            QStringLiteral("Привет, olá, ñ, 日本語, 😀"), QString(QChar(0x1f)) + QChar(0x7f)};
        QRandomGenerator rng(7);
        for (int i = 0; i < 2000; ++i) {
            QString s;
            const int n = int(rng.bounded(40));
            for (int k = 0; k < n; ++k)
                s += QChar(char16_t(rng.bounded(1, 0xd7ff)));
            samples << s;
        }
        for (const QString &s : samples) {
            JsonWriter w;
            w.beginArray().value(s).endArray();
            const QJsonArray a = QJsonDocument::fromJson(w.take()).array();
            QCOMPARE(a.size(), 1);
            QVERIFY(a.first().isString());
            QCOMPARE(a.first().toString(), s.isNull() ? QString() : s);
        }
    }
};

QTEST_GUILESS_MAIN(TstJsonWriter)
#include "tst_jsonwriter.moc"
