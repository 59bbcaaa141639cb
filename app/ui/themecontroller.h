#pragma once
// Light and dark. "Follow the system" keeps the platform's own style and palette (and so its
// light or dark scheme, which changes under us when the user switches it); "light" and "dark"
// use the Fusion style with a fixed palette. Widgets that paint themselves (bubbles, charts,
// avatars) read the palette, so they follow either way.
#include <QObject>
#include <QPalette>

namespace ui {

class ThemeController : public QObject
{
    Q_OBJECT
public:
    explicit ThemeController(QObject *parent = nullptr);

    static QStringList themes(); // "system", "light", "dark"
    void setTheme(const QString &theme);
    QString theme() const { return m_theme; }
    static bool isDark(const QPalette &palette);
    static QPalette darkPalette();
    static QPalette lightPalette();

private:
    QString m_theme = QStringLiteral("system");
    QString m_systemStyle;
    QPalette m_systemPalette;
};

} // namespace ui
