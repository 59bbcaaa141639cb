#include "context.h"

#include "cryptoprovider_p.h"

#include "wa/walogging.h"

#include <QRecursiveMutex>

#include <signal_protocol.h>

namespace wa::signal {

struct Context::Private
{
    crypto::RandomSource *random = nullptr;
    signal_context *context = nullptr;
    // libsignal requires recursive locks: its functions call each other under the lock.
    QRecursiveMutex mutex;
};

namespace {

void lockContext(void *userData)
{
    static_cast<QRecursiveMutex *>(userData)->lock();
}

void unlockContext(void *userData)
{
    static_cast<QRecursiveMutex *>(userData)->unlock();
}

void logMessage(int level, const char *message, size_t len, void *)
{
    // libsignal logs protocol events (e.g. "bad MAC"), never key material. They are debug
    // output: untrusted peers can trigger them at will, and every failure also reaches the
    // caller as a Result.
    qCDebug(lcWaSignal).noquote() << "libsignal" << level << QString::fromUtf8(message, qsizetype(len));
}

} // namespace

Context::Context(crypto::RandomSource &random)
    : d(std::make_unique<Private>())
{
    d->random = &random;
    if (signal_context_create(&d->context, &d->mutex) != SG_SUCCESS) {
        d->context = nullptr;
        qCWarning(lcWaSignal) << "signal_context_create failed";
        return;
    }
    if (detail::installCryptoProvider(d->context, d->random) != SG_SUCCESS
        || signal_context_set_locking_functions(d->context, lockContext, unlockContext) != SG_SUCCESS
        || signal_context_set_log_function(d->context, logMessage) != SG_SUCCESS) {
        qCWarning(lcWaSignal) << "configuring the signal context failed";
        signal_context_destroy(d->context);
        d->context = nullptr;
    }
}

Context::~Context()
{
    if (d->context)
        signal_context_destroy(d->context);
}

bool Context::isValid() const
{
    return d->context != nullptr;
}

signal_context *Context::raw() const
{
    return d->context;
}

crypto::RandomSource &Context::random() const
{
    return *d->random;
}

} // namespace wa::signal
