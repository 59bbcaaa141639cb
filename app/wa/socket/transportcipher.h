#pragma once
// Transport phase after the Noise split: AES-256-GCM with empty AAD, one key and one counter
// per direction, iv = 8 zero bytes || uint32_be(counter) (docs/wa-protocol.md §1.4).
#include "result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace wa::socket {

class TransportCipher
{
public:
    TransportCipher() = default;
    TransportCipher(QByteArray writeKey, QByteArray readKey);

    bool isValid() const { return m_writeKey.size() == 32 && m_readKey.size() == 32; }

    Result<QByteArray> encrypt(QByteArrayView plaintext);
    // The read counter advances even when authentication fails, as the peer's did when it
    // encrypted; so one corrupted frame does not desynchronise every later one.
    Result<QByteArray> decrypt(QByteArrayView ciphertext);

    quint64 writeCounter() const { return m_writeCounter; }
    quint64 readCounter() const { return m_readCounter; }
    // For tests that compare both ends' key schedules; never log these.
    const QByteArray &writeKey() const { return m_writeKey; }
    const QByteArray &readKey() const { return m_readKey; }

    static QByteArray nonce(quint32 counter);

private:
    QByteArray m_writeKey;
    QByteArray m_readKey;
    // 64-bit so that running past 2^32 frames is detected instead of wrapping into nonce reuse.
    quint64 m_writeCounter = 0;
    quint64 m_readCounter = 0;
};

} // namespace wa::socket
