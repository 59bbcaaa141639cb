#include "pairingqrrotation.h"

#include "wa/walogging.h"

namespace wa::client {

PairingQrRotation::PairingQrRotation(QStringList refs, QrKeys keys, QString platformId, QObject *parent)
    : QObject(parent)
    , m_refs(std::move(refs))
    , m_keys(std::move(keys))
    , m_platformId(std::move(platformId))
{
    m_timer.setSingleShot(true);
    // Precise: the phone rejects a ref the server already retired, so do not show it late.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &PairingQrRotation::showNext);
}

void PairingQrRotation::start()
{
    m_timer.stop();
    m_index = -1;
    m_currentQr.clear();
    showNext();
}

void PairingQrRotation::stop()
{
    m_timer.stop();
}

void PairingQrRotation::showNext()
{
    ++m_index;
    if (m_index >= m_refs.size()) {
        m_currentQr.clear();
        Q_EMIT refsExhausted();
        return;
    }
    auto qr = buildQrString(m_refs.at(m_index), m_keys, m_platformId);
    if (!qr) {
        qCWarning(lcWaClient) << "cannot build QR string:" << qr.error().toString();
        m_index = m_refs.size();
        m_currentQr.clear();
        Q_EMIT refsExhausted();
        return;
    }
    m_currentQr = *qr;
    m_timer.start(qrLifetime(m_index, m_timing));
    Q_EMIT qrChanged(m_currentQr);
}

} // namespace wa::client
