#pragma once
// Shows the refs of one <pair-device> one after another on the QR schedule of pairingqr.h and
// says when they have run out, at which point the client disconnects and asks for new refs.
#include "pairingqr.h"

#include <QObject>
#include <QTimer>

namespace wa::client {

class PairingQrRotation : public QObject
{
    Q_OBJECT

public:
    PairingQrRotation(QStringList refs, QrKeys keys, QString platformId, QObject *parent = nullptr);

    // Baileys' qrTimeout replaces both lifetimes; tests shorten them.
    void setTiming(const QrTiming &timing) { m_timing = timing; }
    QrTiming timing() const { return m_timing; }

    // Emits qrChanged for the first ref now (or refsExhausted if there is none or the keys are
    // unusable). Calling start() again restarts from the first ref.
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }

    QString currentQr() const { return m_currentQr; }
    qsizetype currentIndex() const { return m_index; }

Q_SIGNALS:
    void qrChanged(const QString &qr);
    void refsExhausted();

private:
    void showNext();

    QStringList m_refs;
    QrKeys m_keys;
    QString m_platformId;
    QrTiming m_timing;
    QTimer m_timer;
    QString m_currentQr;
    qsizetype m_index = -1;
};

} // namespace wa::client
