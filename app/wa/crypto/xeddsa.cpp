#include "xeddsa.h"

#include "curve25519.h"
#include "digest.h"

#include <signal_protocol.h>
#include <curve.h>

#include <memory>

namespace wa::crypto {

namespace {

// libsignal's context refuses a crypto provider without HMAC callbacks, although the curve
// functions only ever ask for random bytes. These are real implementations so the context is
// sound should the library call them.
int randomCallback(uint8_t *data, size_t len, void *userData)
{
    static_cast<RandomSource *>(userData)->fill(data, len);
    return SG_SUCCESS;
}

int hmacInit(void **hmacContext, const uint8_t *key, size_t keyLen, void *)
{
    auto *mac = new HmacSha256(QByteArrayView(reinterpret_cast<const char *>(key), static_cast<qsizetype>(keyLen)));
    if (!mac->isValid()) {
        delete mac;
        return SG_ERR_UNKNOWN;
    }
    *hmacContext = mac;
    return SG_SUCCESS;
}

int hmacUpdate(void *hmacContext, const uint8_t *data, size_t dataLen, void *)
{
    auto *mac = static_cast<HmacSha256 *>(hmacContext);
    mac->update(QByteArrayView(reinterpret_cast<const char *>(data), static_cast<qsizetype>(dataLen)));
    return mac->isValid() ? SG_SUCCESS : SG_ERR_UNKNOWN;
}

int hmacFinal(void *hmacContext, signal_buffer **output, void *)
{
    const QByteArray digest = static_cast<HmacSha256 *>(hmacContext)->final();
    if (digest.isEmpty())
        return SG_ERR_UNKNOWN;
    *output = signal_buffer_create(reinterpret_cast<const uint8_t *>(digest.constData()), static_cast<size_t>(digest.size()));
    return *output ? SG_SUCCESS : SG_ERR_NOMEM;
}

void hmacCleanup(void *hmacContext, void *)
{
    delete static_cast<HmacSha256 *>(hmacContext);
}

struct ContextDeleter
{
    void operator()(signal_context *ctx) const { signal_context_destroy(ctx); }
};

struct TypeDeleter
{
    void operator()(void *object) const { signal_type_unref(static_cast<signal_type_base *>(object)); }
};

struct BufferDeleter
{
    void operator()(signal_buffer *buffer) const { signal_buffer_free(buffer); }
};

std::unique_ptr<signal_context, ContextDeleter> makeContext(RandomSource &random)
{
    signal_context *raw = nullptr;
    if (signal_context_create(&raw, nullptr) != 0)
        return nullptr;
    std::unique_ptr<signal_context, ContextDeleter> ctx(raw);
    signal_crypto_provider provider {};
    provider.random_func = randomCallback;
    provider.hmac_sha256_init_func = hmacInit;
    provider.hmac_sha256_update_func = hmacUpdate;
    provider.hmac_sha256_final_func = hmacFinal;
    provider.hmac_sha256_cleanup_func = hmacCleanup;
    provider.user_data = &random;
    if (signal_context_set_crypto_provider(ctx.get(), &provider) != 0)
        return nullptr;
    return ctx;
}

} // namespace

std::optional<QByteArray> xeddsaSign(QByteArrayView privateKey, QByteArrayView message, RandomSource &random)
{
    if (privateKey.size() != CurveKeySize)
        return std::nullopt;
    auto ctx = makeContext(random);
    if (!ctx)
        return std::nullopt;
    ec_private_key *rawKey = nullptr;
    if (curve_decode_private_point(&rawKey, reinterpret_cast<const uint8_t *>(privateKey.data()), CurveKeySize, ctx.get())
        != 0)
        return std::nullopt;
    std::unique_ptr<ec_private_key, TypeDeleter> key(rawKey);
    signal_buffer *rawSignature = nullptr;
    static const uint8_t empty = 0;
    const auto *data = message.isEmpty() ? &empty : reinterpret_cast<const uint8_t *>(message.data());
    if (curve_calculate_signature(ctx.get(), &rawSignature, key.get(), data, static_cast<size_t>(message.size())) < 0
        || !rawSignature)
        return std::nullopt;
    std::unique_ptr<signal_buffer, BufferDeleter> signature(rawSignature);
    return QByteArray(reinterpret_cast<const char *>(signal_buffer_data(signature.get())),
                      static_cast<qsizetype>(signal_buffer_len(signature.get())));
}

bool xeddsaVerify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature)
{
    if (signature.size() != XeddsaSignatureSize)
        return false;
    const QByteArray serialised = toSignalPublicKey(toRawPublicKey(publicKey).value_or(QByteArray()));
    if (serialised.isEmpty())
        return false;
    auto ctx = makeContext(systemRandom());
    if (!ctx)
        return false;
    ec_public_key *rawKey = nullptr;
    if (curve_decode_point(&rawKey, reinterpret_cast<const uint8_t *>(serialised.constData()),
                           static_cast<size_t>(serialised.size()), ctx.get())
        != 0)
        return false;
    std::unique_ptr<ec_public_key, TypeDeleter> key(rawKey);
    static const uint8_t empty = 0;
    const auto *data = message.isEmpty() ? &empty : reinterpret_cast<const uint8_t *>(message.data());
    return curve_verify_signature(key.get(), data, static_cast<size_t>(message.size()),
                                  reinterpret_cast<const uint8_t *>(signature.data()), XeddsaSignatureSize)
        == 1;
}

} // namespace wa::crypto
