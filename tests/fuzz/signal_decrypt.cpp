// Fuzz target for wa::signal on untrusted ciphertexts. The first input byte picks what the
// rest is fed to: 0 pkmsg, 1 msg, 2 skmsg, 3 sender key distribution message, each against
// a receiver that has a real session with the sender and the sender's group key, so mutated
// inputs get past parsing into MAC, ratchet and signature checks.
//
// The fixture is built once with fixed keys; every input runs on a copy of the receiver's
// stores, so inputs do not influence each other and crashes reproduce.
//
// WAMULTI_WRITE_SEEDS=<dir> makes the target write its seed corpus (one valid message of
// each kind, matching the fixture) to <dir> at start-up.
#include "wa/crypto/randomsource.h"
#include "wa/signal/groupcipher.h"
#include "wa/signal/sessionbuilder.h"
#include "wa/signal/sessioncipher.h"
#include "wa/store/keygen.h"
#include "wa/store/memorystore.h"

#include <QByteArray>
#include <QFile>

#include <cstdlib>
#include <memory>

using namespace wa;

namespace {

const store::ProtocolAddress Alice {QStringLiteral("15550001111"), 0};
const store::ProtocolAddress Bob {QStringLiteral("15550002222"), 0};
const store::ProtocolAddress Carol {QStringLiteral("15550003333"), 0};
const store::SenderKeyName AliceInGroup {QStringLiteral("120363025246125486@g.us"), {QStringLiteral("15550001111"), 0}};

struct Device
{
    explicit Device(const QByteArray &seed)
        : random(seed)
        , credentials(store::generateDeviceCredentials(random).value())
    {
        stores.storeSignedPreKey(credentials.signedPreKey);
        store::generatePreKeys(stores, 4, random);
        context = std::make_unique<signal::Context>(random);
        bridge = std::make_unique<signal::StoreBridge>(*context, identity(), signal::Stores::of(stores));
    }

    signal::LocalIdentity identity() const { return {credentials.identityKey, credentials.registrationId}; }

    signal::PreKeyBundle bundle(quint32 preKeyId) const
    {
        const auto preKey = stores.loadPreKey(preKeyId).value();
        return {credentials.registrationId, 0, preKey.id, preKey.keyPair.publicKey, credentials.signedPreKey.id,
                credentials.signedPreKey.keyPair.publicKey, credentials.signedPreKey.signature,
                credentials.identityKey.publicKey};
    }

    crypto::DeterministicRandom random;
    store::MemoryStore stores;
    store::DeviceCredentials credentials;
    std::unique_ptr<signal::Context> context;
    std::unique_ptr<signal::StoreBridge> bridge;
};

struct Fixture
{
    Fixture()
        : alice("fuzz-alice")
        , bob("fuzz-bob")
        , carol("fuzz-carol")
    {
        // A live session Alice <-> Bob, and Alice's group key known to Bob.
        signal::SessionBuilder(*alice.bridge, Bob).process(bob.bundle(1)).ok();
        signal::SessionCipher aliceToBob(*alice.bridge, Bob);
        signal::SessionCipher bobToAlice(*bob.bridge, Alice);
        auto first = aliceToBob.encrypt("hello bob");
        bobToAlice.decrypt(first->type, first->ciphertext).ok();
        auto reply = bobToAlice.encrypt("hello alice");
        aliceToBob.decrypt(reply->type, reply->ciphertext).ok();
        signal::GroupCipher sender(*alice.bridge, AliceInGroup);
        skdm = sender.createDistributionMessage().value();
        signal::GroupCipher(*bob.bridge, AliceInGroup).processDistributionMessage(skdm).ok();

        // Seeds: messages Bob has not seen yet.
        msg = aliceToBob.encrypt("a message Bob has not seen").value().ciphertext;
        skmsg = sender.encrypt("a group message Bob has not seen").value();
        signal::SessionBuilder(*carol.bridge, Bob).process(bob.bundle(2)).ok();
        pkmsg = signal::SessionCipher(*carol.bridge, Bob).encrypt("first contact from Carol").value().ciphertext;
    }

    Device alice;
    Device bob;
    Device carol;
    QByteArray pkmsg, msg, skmsg, skdm;
};

Fixture *fixture = nullptr;

void writeSeed(const QString &dir, const char *name, char kind, const QByteArray &bytes)
{
    QFile file(dir + QLatin1Char('/') + QLatin1String(name));
    if (file.open(QIODevice::WriteOnly))
        file.write(QByteArray(1, kind) + bytes);
}

} // namespace

// The seeds must decrypt against the fixture, or the fuzzer would never get past the MAC.
bool seedsDecrypt()
{
    store::MemoryStore stores = fixture->bob.stores;
    signal::StoreBridge bridge(*fixture->bob.context, fixture->bob.identity(), signal::Stores::of(stores));
    return signal::SessionCipher(bridge, Carol).decryptPreKeyMessage(fixture->pkmsg).ok()
        && signal::SessionCipher(bridge, Alice).decryptMessage(fixture->msg).ok()
        && signal::GroupCipher(bridge, AliceInGroup).decrypt(fixture->skmsg).ok();
}

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fixture = new Fixture;
    if (!seedsDecrypt())
        std::abort();
    if (const char *dir = std::getenv("WAMULTI_WRITE_SEEDS")) {
        const QString path = QString::fromLocal8Bit(dir);
        writeSeed(path, "pkmsg", 0, fixture->pkmsg);
        writeSeed(path, "msg", 1, fixture->msg);
        writeSeed(path, "skmsg", 2, fixture->skmsg);
        writeSeed(path, "skdm", 3, fixture->skdm);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    // Copy-on-write copies: the fixture's own state never changes.
    store::MemoryStore stores = fixture->bob.stores;
    signal::StoreBridge bridge(*fixture->bob.context, fixture->bob.identity(), signal::Stores::of(stores));
    switch (data[0] % 4) {
    case 0:
        // Bit 4 picks the sender: a stranger (new session) or Alice (existing session).
        signal::SessionCipher(bridge, (data[0] & 0x10) ? Alice : Carol).decryptPreKeyMessage(input).ok();
        break;
    case 1:
        signal::SessionCipher(bridge, Alice).decryptMessage(input).ok();
        break;
    case 2:
        signal::GroupCipher(bridge, AliceInGroup).decrypt(input).ok();
        break;
    case 3:
        if (signal::GroupCipher(bridge, AliceInGroup).processDistributionMessage(input).ok())
            signal::GroupCipher(bridge, AliceInGroup).decrypt(fixture->skmsg).ok();
        break;
    }
    return 0;
}
