#pragma once
// Internal RAII holders for libsignal's reference-counted objects and buffers, so that every
// early return in the adapter releases what it took.
#include <QByteArray>

#include <signal_protocol.h>

#include <utility>

namespace wa::signal::detail {

template <typename T>
class Ref
{
public:
    Ref() = default;
    explicit Ref(T *object)
        : m_object(object)
    {
    }
    ~Ref() { reset(); }
    Ref(const Ref &) = delete;
    Ref &operator=(const Ref &) = delete;
    Ref(Ref &&other) noexcept
        : m_object(std::exchange(other.m_object, nullptr))
    {
    }
    Ref &operator=(Ref &&other) noexcept
    {
        if (this != &other) {
            reset();
            m_object = std::exchange(other.m_object, nullptr);
        }
        return *this;
    }

    void reset()
    {
        if (m_object)
            signal_type_unref(reinterpret_cast<signal_type_base *>(m_object));
        m_object = nullptr;
    }
    // For out-parameters of libsignal's create/deserialize functions.
    T **out()
    {
        reset();
        return &m_object;
    }
    T *get() const { return m_object; }
    explicit operator bool() const { return m_object != nullptr; }

private:
    T *m_object = nullptr;
};


class Buffer
{
public:
    ~Buffer() { reset(); }
    void reset()
    {
        if (m_buffer)
            signal_buffer_bzero_free(m_buffer);
        m_buffer = nullptr;
    }
    signal_buffer **out()
    {
        reset();
        return &m_buffer;
    }
    signal_buffer *get() const { return m_buffer; }
    QByteArray toByteArray() const { return bytesOf(m_buffer); }

    static QByteArray bytesOf(signal_buffer *buffer)
    {
        if (!buffer)
            return {};
        return QByteArray(reinterpret_cast<const char *>(signal_buffer_data(buffer)),
                          qsizetype(signal_buffer_len(buffer)));
    }

private:
    signal_buffer *m_buffer = nullptr;
};

inline signal_buffer *newBuffer(const QByteArray &bytes)
{
    return signal_buffer_create(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
}

} // namespace wa::signal::detail
