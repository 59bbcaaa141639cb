// Our libsignal crypto provider against published vectors, called through libsignal's own
// dispatch functions (exported by the shared library, declared in its internal header):
// SHA-512 (including reuse of a context after final, which XEdDSA relies on), HMAC-SHA256,
// AES-CBC-PKCS5, AES-CTR, and random bytes from the injected source.
#include "wa/crypto/randomsource.h"
#include "wa/signal/context.h"

#include <QTest>

#include <signal_protocol.h>

extern "C" {
int signal_crypto_random(signal_context *context, uint8_t *data, size_t len);
int signal_hmac_sha256_init(signal_context *context, void **hmac_context, const uint8_t *key, size_t key_len);
int signal_hmac_sha256_update(signal_context *context, void *hmac_context, const uint8_t *data, size_t data_len);
int signal_hmac_sha256_final(signal_context *context, void *hmac_context, signal_buffer **output);
void signal_hmac_sha256_cleanup(signal_context *context, void *hmac_context);
int signal_sha512_digest_init(signal_context *context, void **digest_context);
int signal_sha512_digest_update(signal_context *context, void *digest_context, const uint8_t *data, size_t data_len);
int signal_sha512_digest_final(signal_context *context, void *digest_context, signal_buffer **output);
void signal_sha512_digest_cleanup(signal_context *context, void *digest_context);
int signal_encrypt(signal_context *context, signal_buffer **output, int cipher, const uint8_t *key, size_t key_len,
                   const uint8_t *iv, size_t iv_len, const uint8_t *plaintext, size_t plaintext_len);
int signal_decrypt(signal_context *context, signal_buffer **output, int cipher, const uint8_t *key, size_t key_len,
                   const uint8_t *iv, size_t iv_len, const uint8_t *ciphertext, size_t ciphertext_len);
}

namespace {

const uint8_t *u8(const QByteArray &bytes)
{
    return reinterpret_cast<const uint8_t *>(bytes.constData());
}

QByteArray take(signal_buffer *buffer)
{
    QByteArray bytes(reinterpret_cast<const char *>(signal_buffer_data(buffer)), qsizetype(signal_buffer_len(buffer)));
    signal_buffer_free(buffer);
    return bytes;
}

std::optional<QByteArray> aes(signal_context *context, bool encrypt, int cipher, const QByteArray &key,
                              const QByteArray &iv, const QByteArray &input)
{
    signal_buffer *out = nullptr;
    auto *run = encrypt ? signal_encrypt : signal_decrypt;
    const int rc = run(context, &out, cipher, u8(key), size_t(key.size()), u8(iv), size_t(iv.size()), u8(input),
                       size_t(input.size()));
    if (rc != 0)
        return std::nullopt;
    return take(out);
}

} // namespace

class TestSignalCryptoProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sha512ReusedAfterFinal();
    void hmacSha256();
    void aesCbc();
    void aesCtr();
    void randomComesFromTheInjectedSource();
};

void TestSignalCryptoProvider::sha512ReusedAfterFinal()
{
    wa::signal::Context context;
    QVERIFY(context.isValid());
    void *digest = nullptr;
    QCOMPARE(signal_sha512_digest_init(context.raw(), &digest), 0);
    const QByteArray expected = QByteArray::fromHex(
        "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
        "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f");
    for (int round = 0; round < 3; ++round) {
        QCOMPARE(signal_sha512_digest_update(context.raw(), digest, u8("abc"), 3), 0);
        signal_buffer *out = nullptr;
        QCOMPARE(signal_sha512_digest_final(context.raw(), digest, &out), 0);
        QCOMPARE(take(out), expected);
    }
    signal_sha512_digest_cleanup(context.raw(), digest);
}

void TestSignalCryptoProvider::hmacSha256()
{
    // RFC 4231 test case 2.
    wa::signal::Context context;
    void *hmac = nullptr;
    const QByteArray key("Jefe");
    QCOMPARE(signal_hmac_sha256_init(context.raw(), &hmac, u8(key), size_t(key.size())), 0);
    QCOMPARE(signal_hmac_sha256_update(context.raw(), hmac, u8("what do ya "), 11), 0);
    QCOMPARE(signal_hmac_sha256_update(context.raw(), hmac, u8("want for nothing?"), 17), 0);
    signal_buffer *out = nullptr;
    QCOMPARE(signal_hmac_sha256_final(context.raw(), hmac, &out), 0);
    signal_hmac_sha256_cleanup(context.raw(), hmac);
    QCOMPARE(take(out), QByteArray::fromHex("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
}

void TestSignalCryptoProvider::aesCbc()
{
    // NIST SP 800-38A F.2.5 (first block), with PKCS#7 adding one full padding block.
    wa::signal::Context context;
    const QByteArray key = QByteArray::fromHex("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4");
    const QByteArray iv = QByteArray::fromHex("000102030405060708090a0b0c0d0e0f");
    const QByteArray plaintext = QByteArray::fromHex("6bc1bee22e409f96e93d7e117393172a");
    const auto ciphertext = aes(context.raw(), true, SG_CIPHER_AES_CBC_PKCS5, key, iv, plaintext);
    QVERIFY(ciphertext);
    QCOMPARE(ciphertext->size(), 32);
    QCOMPARE(ciphertext->left(16), QByteArray::fromHex("f58c4c04d6e5f1ba779eabfb5f7bfbd6"));
    QCOMPARE(aes(context.raw(), false, SG_CIPHER_AES_CBC_PKCS5, key, iv, *ciphertext).value(), plaintext);

    // Broken padding, truncated input and bad key/IV sizes are errors, not crashes.
    QVERIFY(!aes(context.raw(), false, SG_CIPHER_AES_CBC_PKCS5, key, iv, ciphertext->left(16)));
    QVERIFY(!aes(context.raw(), false, SG_CIPHER_AES_CBC_PKCS5, key, iv, ciphertext->left(20)));
    QVERIFY(!aes(context.raw(), true, SG_CIPHER_AES_CBC_PKCS5, key.left(20), iv, plaintext));
    QVERIFY(!aes(context.raw(), true, SG_CIPHER_AES_CBC_PKCS5, key, iv.left(8), plaintext));
    QVERIFY(!aes(context.raw(), true, 99, key, iv, plaintext));
}

void TestSignalCryptoProvider::aesCtr()
{
    // NIST SP 800-38A F.5.1 (AES-128) and F.5.5 (AES-256), first block.
    wa::signal::Context context;
    const QByteArray counter = QByteArray::fromHex("f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff");
    const QByteArray plaintext = QByteArray::fromHex("6bc1bee22e409f96e93d7e117393172a");
    const QByteArray key128 = QByteArray::fromHex("2b7e151628aed2a6abf7158809cf4f3c");
    const QByteArray key256 = QByteArray::fromHex("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4");
    QCOMPARE(aes(context.raw(), true, SG_CIPHER_AES_CTR_NOPADDING, key128, counter, plaintext).value(),
             QByteArray::fromHex("874d6191b620e3261bef6864990db6ce"));
    QCOMPARE(aes(context.raw(), true, SG_CIPHER_AES_CTR_NOPADDING, key256, counter, plaintext).value(),
             QByteArray::fromHex("601ec313775789a5b7a7f504bbf3d228"));
    // No padding: any length round-trips to the same length.
    const QByteArray odd("seven b");
    const auto encrypted = aes(context.raw(), true, SG_CIPHER_AES_CTR_NOPADDING, key256, counter, odd);
    QCOMPARE(encrypted->size(), odd.size());
    QCOMPARE(aes(context.raw(), false, SG_CIPHER_AES_CTR_NOPADDING, key256, counter, *encrypted).value(), odd);
}

void TestSignalCryptoProvider::randomComesFromTheInjectedSource()
{
    wa::crypto::DeterministicRandom random("provider"), twin("provider");
    wa::signal::Context context(random);
    uint8_t bytes[48] = {};
    QCOMPARE(signal_crypto_random(context.raw(), bytes, sizeof bytes), 0);
    QCOMPARE(QByteArray(reinterpret_cast<const char *>(bytes), sizeof bytes), twin.bytes(48));
    QCOMPARE(random.consumed(), quint64(48));
}

QTEST_GUILESS_MAIN(TestSignalCryptoProvider)
#include "tst_cryptoprovider.moc"
