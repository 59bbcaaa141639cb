#include "ui/languagecontroller.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace ui {

LanguageController::LanguageController(QObject *parent) : QObject(parent) {}

LanguageController::~LanguageController()
{
    uninstall();
    if (m_code != QLatin1String("en"))
        QLocale::setDefault(QLocale::system()); // the default locale is process-wide
}

QStringList LanguageController::languages()
{
    return {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("pt_BR"), QStringLiteral("es")};
}

void LanguageController::uninstall()
{
    if (m_appInstalled)
        QCoreApplication::removeTranslator(&m_app);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qt);
    m_appInstalled = m_qtInstalled = false;
}

bool LanguageController::setLanguage(const QString &wanted)
{
    const QString code = languages().contains(wanted) ? wanted : QStringLiteral("en");
    if (code == m_code && (code == QLatin1String("en") || m_appInstalled))
        return true;
    const bool hadTranslators = m_appInstalled || m_qtInstalled;
    uninstall();
    m_code = code;
    bool ok = true;
    QLocale::setDefault(code == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedStates) : QLocale(code));
    if (code != QLatin1String("en")) {
        ok = m_app.load(QStringLiteral(":/i18n/wamulti_%1.qm").arg(code));
        if (ok)
            m_appInstalled = QCoreApplication::installTranslator(&m_app);
        if (m_qt.load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            m_qtInstalled = QCoreApplication::installTranslator(&m_qt);
    }
    if (!hadTranslators && !m_appInstalled && !m_qtInstalled) {
        // Nothing was removed or installed, so Qt sent no LanguageChange (locale-formatted
        // dates still change): send it ourselves.
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
    }
    Q_EMIT languageChanged(code);
    return ok;
}

} // namespace ui
