#pragma once
// Injectable source of random bytes. Everything in wa that needs randomness (key generation,
// XEdDSA nonces) takes a RandomSource&, so tests can pin every byte with DeterministicRandom
// while production code uses the operating system's generator.
#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace wa::crypto {

class RandomSource
{
public:
    virtual ~RandomSource() = default;

    // Fills `size` bytes. Implementations must not fail: a generator that cannot deliver
    // entropy must abort rather than hand out predictable bytes.
    virtual void fill(uint8_t *data, size_t size) = 0;

    QByteArray bytes(qsizetype size);
};

// libsodium's randombytes (getrandom(2) on Linux). Stateless, so one instance may be shared
// by any number of threads.
class SystemRandom final : public RandomSource
{
public:
    void fill(uint8_t *data, size_t size) override;
};

// The process-wide stateless SystemRandom; holding no state, it is not a singleton in the
// architecture's sense (nothing can be configured through it).
RandomSource &systemRandom();

// Reproducible stream for tests: block i = SHA-256(seed || uint64_be(i)). Not for keys that
// protect anything.
class DeterministicRandom final : public RandomSource
{
public:
    explicit DeterministicRandom(QByteArray seed);

    void fill(uint8_t *data, size_t size) override;

    // Bytes handed out so far; lets a test assert exactly how much randomness a call consumed.
    quint64 consumed() const { return m_consumed; }

private:
    void refill();

    QByteArray m_seed;
    QByteArray m_block;
    qsizetype m_blockPos = 0;
    quint64 m_counter = 0;
    quint64 m_consumed = 0;
};

} // namespace wa::crypto
