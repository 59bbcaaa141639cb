#include "ui/qrwidget.h"

#include <QPainter>
#include <qrencode.h>

namespace ui {

namespace {
constexpr int QuietZone = 4; // modules of white around the code (ISO/IEC 18004)
}

QrWidget::QrWidget(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("QR code"));
}

bool QrWidget::setPayload(const QString &payload)
{
    if (payload == m_payload)
        return m_size > 0 || payload.isEmpty();
    m_payload = payload;
    m_modules.clear();
    m_size = 0;
    bool ok = true;
    if (!payload.isEmpty()) {
        ++m_encodings;
        const QByteArray utf8 = payload.toUtf8();
        // Level L like WhatsApp's own codes: the payload is long and a phone camera is close.
        if (QRcode *code = QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_L, QR_MODE_8, 1)) {
            m_size = code->width;
            m_modules.resize(m_size * m_size);
            for (int i = 0; i < m_size * m_size; ++i)
                m_modules[i] = code->data[i] & 1;
            QRcode_free(code);
        } else {
            ok = false;
        }
    }
    setAccessibleDescription(m_size > 0 ? tr("A QR code to scan with WhatsApp on the phone") : QString());
    update();
    return ok;
}

void QrWidget::paintEvent(QPaintEvent *)
{
    if (m_size == 0)
        return;
    QPainter p(this);
    const int total = m_size + 2 * QuietZone;
    const int side = std::min(width(), height());
    const int module = std::max(1, side / total); // whole pixels per module keep edges crisp
    const int drawn = module * total;
    const QPoint origin((width() - drawn) / 2, (height() - drawn) / 2);
    p.fillRect(QRect(origin, QSize(drawn, drawn)), Qt::white);
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::black);
    for (int y = 0; y < m_size; ++y)
        for (int x = 0; x < m_size; ++x)
            if (m_modules[y * m_size + x])
                p.drawRect(origin.x() + (x + QuietZone) * module, origin.y() + (y + QuietZone) * module, module, module);
}

} // namespace ui
