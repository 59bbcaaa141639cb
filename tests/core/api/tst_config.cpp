// Configuration precedence (flags > environment > settings file > defaults) and clear errors.
#include "core/settings/appconfig.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace core::settings;

class TstConfig : public QObject
{
    Q_OBJECT
    static ConfigLoad load(QStringList args, const QProcessEnvironment &env, Executable e = Executable::Server)
    {
        args.prepend(QStringLiteral("wamulti-server"));
        return loadConfig(args, env, e);
    }
private Q_SLOTS:
    void defaults()
    {
        QTemporaryDir dir;
        const ConfigLoad l = load({QStringLiteral("--data-dir"), dir.path()}, {});
        QCOMPARE(l.action, ConfigLoad::Action::Run);
        QCOMPARE(l.config.host, QHostAddress(QHostAddress::LocalHost)); // safe by default
        QCOMPARE(l.config.port, quint16(3000));
        QCOMPARE(l.config.databasePath, dir.path() + QStringLiteral("/wamulti.db"));
        QCOMPARE(l.config.jwtTtlSecs, 86400);
        QCOMPARE(l.config.databaseProvider, QStringLiteral("sqlite"));
        QVERIFY(l.config.headless);
        QCOMPARE(l.config.apiUrl(), QStringLiteral("http://127.0.0.1:3000"));
    }
    void precedence()
    {
        QTemporaryDir dir;
        {
            QSettings ini(dir.path() + QStringLiteral("/wamulti.ini"), QSettings::IniFormat);
            ini.setValue(QStringLiteral("api/port"), 4000);
            ini.setValue(QStringLiteral("api/host"), QStringLiteral("0.0.0.0"));
            ini.setValue(QStringLiteral("auth/jwtExpiration"), QStringLiteral("2h"));
        }
        QProcessEnvironment env;
        ConfigLoad l = load({QStringLiteral("--data-dir"), dir.path()}, env);
        QCOMPARE(l.config.port, quint16(4000));
        QCOMPARE(l.config.jwtTtlSecs, 7200);
        QCOMPARE(l.config.apiUrl(), QStringLiteral("http://127.0.0.1:4000"));
        env.insert(QStringLiteral("PORT"), QStringLiteral("5000"));
        env.insert(QStringLiteral("JWT_EXPIRATION"), QStringLiteral("30m"));
        env.insert(QStringLiteral("SQLITE_DATABASE_URL"), QStringLiteral("file:") + dir.path() + QStringLiteral("/x/api.db"));
        env.insert(QStringLiteral("BASE_URL"), QStringLiteral("https://wa.example.com/"));
        l = load({QStringLiteral("--data-dir"), dir.path()}, env);
        QCOMPARE(l.config.port, quint16(5000));
        QCOMPARE(l.config.jwtTtlSecs, 1800);
        QCOMPARE(l.config.databasePath, dir.path() + QStringLiteral("/x/api.db"));
        QCOMPARE(l.config.apiUrl(), QStringLiteral("https://wa.example.com"));
        l = load({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--port"), QStringLiteral("6000"), QStringLiteral("--host"), QStringLiteral("::1")}, env);
        QCOMPARE(l.config.port, quint16(6000));
        QCOMPARE(l.config.host, QHostAddress(QStringLiteral("::1")));
    }
    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("var");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("port") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")} << QString() << QString() << QStringLiteral("port");
        QTest::newRow("host") << QStringList{QStringLiteral("--host"), QStringLiteral("not-an-ip")} << QString() << QString() << QStringLiteral("host");
        QTest::newRow("expiration") << QStringList{} << QStringLiteral("JWT_EXPIRATION") << QStringLiteral("soon") << QStringLiteral("JWT_EXPIRATION");
        QTest::newRow("mongodb") << QStringList{} << QStringLiteral("DATABASE_PROVIDER") << QStringLiteral("mongodb") << QStringLiteral("mongodb");
        QTest::newRow("provider") << QStringList{} << QStringLiteral("DATABASE_PROVIDER") << QStringLiteral("oracle") << QStringLiteral("DATABASE_PROVIDER");
        QTest::newRow("flag") << QStringList{QStringLiteral("--bogus")} << QString() << QString() << QStringLiteral("bogus");
        QTest::newRow("wa url") << QStringList{QStringLiteral("--wa-url"), QStringLiteral("http://x/ws")} << QString() << QString() << QStringLiteral("ws://");
        QTest::newRow("wa root") << QStringList{QStringLiteral("--wa-root-key"), QStringLiteral("abcd")} << QString() << QString() << QStringLiteral("64 hex");
        QTest::newRow("wa version") << QStringList{} << QStringLiteral("WA_VERSION") << QStringLiteral("2.x.1") << QStringLiteral("WA_VERSION");
        QTest::newRow("webhook timeout") << QStringList{} << QStringLiteral("WAMULTI_WEBHOOK_TIMEOUT_SECS") << QStringLiteral("0") << QStringLiteral("webhook timeout");
        QTest::newRow("webhook timeout text") << QStringList{} << QStringLiteral("WAMULTI_WEBHOOK_TIMEOUT_SECS") << QStringLiteral("ten") << QStringLiteral("1-300 seconds");
    }
    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, var);
        QFETCH(QString, value);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        QProcessEnvironment env;
        if (!var.isEmpty())
            env.insert(var, value);
        const ConfigLoad l = load(args << QStringLiteral("--data-dir") << dir.path(), env);
        QCOMPARE(l.action, ConfigLoad::Action::Error);
        QVERIFY2(l.text.contains(mentions), qPrintable(l.text));
    }
    void whatsappEndpoint()
    {
        QTemporaryDir dir;
        ConfigLoad l = load({QStringLiteral("--data-dir"), dir.path()}, {});
        QCOMPARE(l.config.waUrl, QStringLiteral("wss://web.whatsapp.com/ws/chat"));
        QVERIFY(l.config.waRootKey.isEmpty()); // WhatsApp's real root
        QVERIFY(l.config.engine);
        QProcessEnvironment env;
        env.insert(QStringLiteral("WA_URL"), QStringLiteral("ws://127.0.0.1:7800/ws/chat"));
        env.insert(QStringLiteral("WA_ROOT_KEY"), QString(64, QLatin1Char('a')));
        env.insert(QStringLiteral("WAMULTI_ENGINE"), QStringLiteral("off"));
        l = load({QStringLiteral("--data-dir"), dir.path()}, env);
        QCOMPARE(l.config.waUrl, QStringLiteral("ws://127.0.0.1:7800/ws/chat"));
        QCOMPARE(l.config.waRootKey, QByteArray(32, '\xaa'));
        QVERIFY(!l.config.engine);
        l = load({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--wa-url"), QStringLiteral("wss://sandbox.example/ws/chat")}, env);
        QCOMPARE(l.config.waUrl, QStringLiteral("wss://sandbox.example/ws/chat")); // flag beats env
    }
    void webhookTimeout()
    {
        QTemporaryDir dir;
        ConfigLoad l = load({QStringLiteral("--data-dir"), dir.path()}, {});
        QCOMPARE(l.config.webhookTimeoutSecs, 10);
        {
            QSettings ini(dir.path() + QStringLiteral("/wamulti.ini"), QSettings::IniFormat);
            ini.setValue(QStringLiteral("webhooks/timeoutSecs"), 30);
        }
        l = load({QStringLiteral("--data-dir"), dir.path()}, {});
        QCOMPARE(l.config.webhookTimeoutSecs, 30);
        QProcessEnvironment env;
        env.insert(QStringLiteral("WAMULTI_WEBHOOK_TIMEOUT_SECS"), QStringLiteral("300"));
        l = load({QStringLiteral("--data-dir"), dir.path()}, env);
        QCOMPARE(l.config.webhookTimeoutSecs, 300); // the environment beats the file
    }
    void sandboxMode()
    {
        QTemporaryDir dir;
        ConfigLoad l = load({QStringLiteral("--data-dir"), dir.path()}, {});
        QVERIFY(!l.config.sandbox);
        l = load({QStringLiteral("--sandbox"), QStringLiteral("--data-dir"), dir.path()}, {});
        QCOMPARE(l.action, ConfigLoad::Action::Run);
        QVERIFY(l.config.sandbox);
        QVERIFY(l.config.sandboxControlUrl.isEmpty()); // main fills it from the running sandbox
        // Without --data-dir a sandbox run gets its own directory, never the real one.
        const QString real = load({}, {}).config.dataDir;
        const QString sandboxed = load({QStringLiteral("--sandbox")}, {}).config.dataDir;
        QVERIFY(real.endsWith(QLatin1String("/wamulti")));
        QCOMPARE(sandboxed, real + QStringLiteral("-sandbox"));
        l = load({QStringLiteral("--sandbox"), QStringLiteral("--wa-url"), QStringLiteral("ws://127.0.0.1:1/ws/chat")}, {});
        QCOMPARE(l.action, ConfigLoad::Action::Error);
        QVERIFY(l.text.contains(QLatin1String("--wa-url")));
        l = load({QStringLiteral("--help")}, {});
        QVERIFY(l.text.contains(QLatin1String("--sandbox")));
    }
    void helpAndVersion()
    {
        ConfigLoad l = load({QStringLiteral("--help")}, {});
        QCOMPARE(l.action, ConfigLoad::Action::ShowHelp);
        QVERIFY(l.text.contains(QLatin1String("--data-dir")));
        QVERIFY(!l.text.contains(QLatin1String("--headless"))); // the server is always headless
        l = load({QStringLiteral("--help")}, {}, Executable::Gui);
        QVERIFY(l.text.contains(QLatin1String("--headless")));
        l = load({QStringLiteral("--version")}, {});
        QCOMPARE(l.action, ConfigLoad::Action::ShowVersion);
        QVERIFY(l.text.startsWith(QLatin1String("WaMulti ")));
    }
};

QTEST_GUILESS_MAIN(TstConfig)
#include "tst_config.moc"
