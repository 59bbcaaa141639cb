#include "ui/themecontroller.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace ui {

ThemeController::ThemeController(QObject *parent)
    : QObject(parent), m_systemStyle(QApplication::style()->name()), m_systemPalette(QApplication::palette())
{
}

QStringList ThemeController::themes()
{
    return {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")};
}

bool ThemeController::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QPalette ThemeController::lightPalette()
{
    QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    QPalette p = fusion ? fusion->standardPalette() : QPalette();
    delete fusion;
    return p;
}

QPalette ThemeController::darkPalette()
{
    QPalette p;
    const QColor window(0x20, 0x23, 0x27), base(0x17, 0x19, 0x1c), text(0xe6, 0xe8, 0xea), disabled(0x80, 0x84, 0x88);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x2b, 0x2f, 0x34));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x53, 0xbd, 0xeb));
    p.setColor(QPalette::Highlight, QColor(0x00, 0x80, 0x69));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x3a, 0x3f, 0x45));
    p.setColor(QPalette::Midlight, QColor(0x32, 0x36, 0x3b));
    p.setColor(QPalette::Mid, QColor(0x26, 0x29, 0x2d));
    p.setColor(QPalette::Dark, QColor(0x12, 0x13, 0x15));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

void ThemeController::setTheme(const QString &wanted)
{
    const QString theme = themes().contains(wanted) ? wanted : QStringLiteral("system");
    if (theme == m_theme)
        return;
    m_theme = theme;
    if (theme == QLatin1String("system")) {
        QApplication::setStyle(QStyleFactory::create(m_systemStyle));
        QApplication::setPalette(m_systemPalette);
        return;
    }
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(theme == QLatin1String("dark") ? darkPalette() : lightPalette());
}

} // namespace ui
