// libFuzzer target: the companion's pair-success processing (ADVSignedDeviceIdentityHMAC ->
// ADVSignedDeviceIdentity -> ADVDeviceIdentity, signatures) and the primary's parser of the
// <pair-device-sign> reply, on untrusted bytes.
//
// Byte 0 picks the mode. Bit 0 clear: the rest is the whole <device-identity> content, as the
// server sends it. Bit 0 set: the rest is the `details` (an ADVSignedDeviceIdentity) and the
// target wraps it with a correct HMAC under the fixed ADV secret (bit 1: the HOSTED variant),
// so the fuzzer reaches the parsers behind the HMAC gate instead of spending every run on it.
// Keys are fixed: companion identity 0x11.., ADV secret 0x22.., phone account key 0x33...
#include "wa/client/pairingprimary.h"
#include "wa/client/pairingproto_p.h"
#include "wa/client/pairingsuccess.h"
#include "wa/crypto/digest.h"

#include <QLoggingCategory>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace wa;
using namespace wa::client;

namespace {

struct Keys
{
    crypto::KeyPair companion = *crypto::keyPairFromPrivateKey(QByteArray(32, '\x11'));
    crypto::KeyPair account = *crypto::keyPairFromPrivateKey(QByteArray(32, '\x33'));
    QByteArray advSecret = QByteArray(32, '\x22');
};

const Keys &keys()
{
    static const Keys k;
    return k;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    QLoggingCategory::setFilterRules(QStringLiteral("wa.*=false"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t mode = data[0];
    const QByteArray rest(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    QByteArray container = rest;
    if (mode & 1) {
        wa::proto::ADVSignedDeviceIdentityHMAC wrapper;
        const bool hosted = mode & 2;
        wrapper.set_details(detail::toStd(rest));
        wrapper.set_hmac(detail::toStd(crypto::hmacSha256(
            keys().advSecret, detail::hmacMessage(hosted ? AdvEncryptionType::Hosted : AdvEncryptionType::E2ee, rest))));
        if (hosted)
            wrapper.set_accounttype(wa::proto::HOSTED);
        container = detail::serialize(wrapper);
    }

    // A deterministic nonce source keeps runs reproducible; its quality is irrelevant here.
    crypto::DeterministicRandom random("fuzz");
    auto result = processPairSuccess(container, keys().advSecret, keys().companion, random);
    if (result) {
        // Whatever we accept must be internally consistent: our own reply has to verify.
        if (result->accountSignatureKey.size() != 32 || result->replyIdentity.isEmpty())
            abort();
        if (result->accountSignatureKey == keys().account.publicKey
            && !verifyDeviceIdentityReply(result->replyIdentity, keys().account.publicKey, keys().companion.publicKey))
            abort();
    }
    // The same bytes as a reply the primary would receive.
    (void)verifyDeviceIdentityReply(rest, keys().account.publicKey, keys().companion.publicKey);
    return 0;
}
