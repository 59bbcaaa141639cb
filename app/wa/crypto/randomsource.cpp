#include "randomsource.h"

#include "digest.h"

#include <sodium.h>

#include <QtEndian>

#include <cstdlib>

namespace wa::crypto {

QByteArray RandomSource::bytes(qsizetype size)
{
    QByteArray out(size, Qt::Uninitialized);
    if (size > 0)
        fill(reinterpret_cast<uint8_t *>(out.data()), static_cast<size_t>(size));
    return out;
}

void SystemRandom::fill(uint8_t *data, size_t size)
{
    // sodium_init is idempotent and thread-safe; a failure means no usable entropy source,
    // and continuing would produce guessable keys.
    if (sodium_init() < 0)
        std::abort();
    randombytes_buf(data, size);
}

RandomSource &systemRandom()
{
    static SystemRandom instance;
    return instance;
}

DeterministicRandom::DeterministicRandom(QByteArray seed)
    : m_seed(std::move(seed))
{
}

void DeterministicRandom::refill()
{
    uchar counter[8];
    qToBigEndian<quint64>(m_counter++, counter);
    m_block = sha256(m_seed + QByteArray(reinterpret_cast<const char *>(counter), sizeof counter));
    m_blockPos = 0;
}

void DeterministicRandom::fill(uint8_t *data, size_t size)
{
    for (size_t i = 0; i < size; ++i) {
        if (m_blockPos >= m_block.size())
            refill();
        data[i] = static_cast<uint8_t>(m_block.at(m_blockPos++));
    }
    m_consumed += size;
}

} // namespace wa::crypto
