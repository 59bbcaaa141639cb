#pragma once
// The window's language, switched at once: the translation compiled into the binary
// (translations/wamulti_<code>.ts -> :/i18n/wamulti_<code>.qm) plus Qt's own for standard
// buttons and dialogs when the system has them (package qt6-translations-l10n). Installing a
// translator makes Qt send QEvent::LanguageChange to every widget, whose retranslateUi() redoes
// its texts in place: nothing is rebuilt, no state is lost.
#include <QObject>
#include <QTranslator>

namespace ui {

class LanguageController : public QObject
{
    Q_OBJECT
public:
    explicit LanguageController(QObject *parent = nullptr);
    ~LanguageController() override;

    static QStringList languages(); // "en" (the source language), "ru", "pt_BR", "es"
    // Applies `code` (unknown codes fall back to English). Returns false if its translation is
    // missing from the binary, which a build with translations never does.
    bool setLanguage(const QString &code);
    QString language() const { return m_code; }

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    void uninstall();
    QString m_code = QStringLiteral("en");
    QTranslator m_app;
    QTranslator m_qt;
    bool m_appInstalled = false;
    bool m_qtInstalled = false;
};

} // namespace ui
