#pragma once
// Draws a QR code payload with libqrencode: dark modules on white with the four-module quiet
// zone scanners need, in every theme (a light-on-dark code does not scan on many phones).
// The matrix is encoded once per payload, not on every paint.
#include <QVector>
#include <QWidget>

namespace ui {

class QrWidget : public QWidget
{
    Q_OBJECT
public:
    explicit QrWidget(QWidget *parent = nullptr);

    // An empty payload clears the widget. Returns false (and shows nothing) when the payload
    // cannot be encoded (longer than a QR code holds).
    bool setPayload(const QString &payload);
    QString payload() const { return m_payload; }
    int moduleCount() const { return m_size; } // modules per side, 0 when empty
    bool isDark(int x, int y) const { return m_modules.value(y * m_size + x, false); }
    int encodings() const { return m_encodings; } // how many payloads were encoded (tests)

    QSize sizeHint() const override { return {280, 280}; }
    QSize minimumSizeHint() const override { return {160, 160}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int w) const override { return w; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_payload;
    QVector<bool> m_modules;
    int m_size = 0;
    int m_encodings = 0;
};

} // namespace ui
