// Noise XX initiator <-> responder in memory with fixed keys: both sides must derive the same
// transport keys, which must also equal an independent re-derivation of the key schedule in
// docs/wa-protocol.md §1.3; transport frames flow both ways; malformed input fails cleanly.
#include "wa/crypto/aes.h"
#include "wa/crypto/curve25519.h"
#include "wa/crypto/digest.h"
#include "wa/crypto/hkdf.h"
#include "wa/socket/certchain.h"
#include "wa/socket/framing.h"
#include "wa/socket/handshakeproto_p.h"
#include "wa/socket/noiseinitiator.h"
#include "wa/socket/noiseresponder.h"

#include <QTest>

using namespace wa;
using namespace wa::socket;

namespace {

crypto::KeyPair fixedKey(const char *seed)
{
    crypto::DeterministicRandom random(seed);
    return crypto::generateKeyPair(random);
}

struct Fixture
{
    crypto::KeyPair root = fixedKey("root");
    crypto::KeyPair clientStatic = fixedKey("client static");
    crypto::KeyPair clientEphemeral = fixedKey("client ephemeral");
    crypto::KeyPair serverStatic = fixedKey("server static");
    crypto::KeyPair serverEphemeral = fixedKey("server ephemeral");
    QByteArray chain;

    Fixture()
    {
        crypto::DeterministicRandom random("chain");
        CertIssueRequest request;
        request.rootPrivateKey = root.privateKey;
        request.serverStaticKey = serverStatic.publicKey;
        chain = *issueCertChain(request, random);
    }

    NoiseInitiator initiator() const
    {
        InitiatorConfig config;
        config.staticKey = clientStatic;
        config.ephemeralKey = clientEphemeral;
        config.certPolicy.rootPublicKey = root.publicKey;
        return NoiseInitiator(config);
    }

    NoiseResponder responder() const
    {
        ResponderConfig config;
        config.staticKey = serverStatic;
        config.ephemeralKey = serverEphemeral;
        config.certChain = chain;
        return NoiseResponder(config);
    }
};

// The key schedule written out step by step, independent of NoiseState.
struct Reference
{
    QByteArray h = QByteArray("Noise_XX_25519_AESGCM_SHA256\0\0\0\0", 32);
    QByteArray ck = h;
    QByteArray k;
    quint32 n = 0;

    void mixHash(const QByteArray &d) { h = crypto::sha256(h + d); }
    void mixKey(const QByteArray &ikm)
    {
        const QByteArray out = *crypto::hkdfSha256(ikm, ck, {}, 64);
        ck = out.first(32);
        k = out.sliced(32);
        n = 0;
    }
    QByteArray iv() { return QByteArray(8, 0) + QByteArray::fromHex(QByteArray::number(n++, 16).rightJustified(8, '0')); }
    QByteArray encrypt(const QByteArray &p)
    {
        const QByteArray c = *crypto::aesGcmEncrypt(k, iv(), p, h);
        mixHash(c);
        return c;
    }
};

} // namespace

class TestNoiseHandshake : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullHandshakeWithFixedKeys()
    {
        Fixture f;
        NoiseInitiator client = f.initiator();
        NoiseResponder server = f.responder();

        const auto hello = client.clientHello();
        QVERIFY(hello.ok());
        // HandshakeMessage{clientHello{ephemeral}}: 12 22 0a 20 <32 bytes>, 36 bytes in all.
        QCOMPARE(hello->size(), 36);
        QCOMPARE(hello->first(4).toHex(), QByteArray("12220a20"));
        const auto serverHello = server.readClientHello(*hello);
        QVERIFY2(serverHello.ok(), qPrintable(serverHello.error().toString()));
        QVERIFY(client.readServerHello(*serverHello).ok());
        QCOMPARE(client.serverStaticKey(), f.serverStatic.publicKey);
        const QByteArray payload("client payload bytes");
        const auto finish = client.clientFinish(payload);
        QVERIFY(finish.ok());
        const auto received = server.readClientFinish(*finish);
        QVERIFY2(received.ok(), qPrintable(received.error().toString()));
        QCOMPARE(*received, payload);
        QCOMPARE(server.clientStaticKey(), f.clientStatic.publicKey);
        QCOMPARE(client.handshakeHash(), server.handshakeHash());

        auto clientCipher = client.split();
        auto serverCipher = server.split();
        QVERIFY(clientCipher.ok() && serverCipher.ok());
        QCOMPARE(clientCipher->writeKey(), serverCipher->readKey());
        QCOMPARE(clientCipher->readKey(), serverCipher->writeKey());
        QVERIFY(clientCipher->writeKey() != clientCipher->readKey());

        // Independent derivation of the same schedule.
        Reference ref;
        ref.mixHash(connectionHeader());
        ref.mixHash(f.clientEphemeral.publicKey);
        ref.mixHash(f.serverEphemeral.publicKey);
        ref.mixKey(*crypto::x25519(f.clientEphemeral.privateKey, f.serverEphemeral.publicKey));
        ref.encrypt(f.serverStatic.publicKey);
        ref.mixKey(*crypto::x25519(f.clientEphemeral.privateKey, f.serverStatic.publicKey));
        ref.encrypt(f.chain);
        const QByteArray encStatic = ref.encrypt(f.clientStatic.publicKey); // nonce 1
        ref.mixKey(*crypto::x25519(f.clientStatic.privateKey, f.serverEphemeral.publicKey));
        ref.encrypt(payload);
        const QByteArray split = *crypto::hkdfSha256({}, ref.ck, {}, 64);
        QCOMPARE(clientCipher->writeKey().toHex(), split.first(32).toHex());
        QCOMPARE(clientCipher->readKey().toHex(), split.sliced(32).toHex());
        QCOMPARE(client.handshakeHash().toHex(), ref.h.toHex());
        proto::HandshakeMessage parsed;
        QVERIFY(parsed.ParseFromArray(finish->constData(), int(finish->size())));
        QCOMPARE(QByteArray::fromStdString(parsed.clientfinish().static_()).toHex(), encStatic.toHex());

        // Transport frames both ways, each direction with its own counter.
        for (int i = 0; i < 3; ++i) {
            const QByteArray up = "up " + QByteArray::number(i);
            const QByteArray down = "down " + QByteArray::number(i);
            QCOMPARE(*serverCipher->decrypt(*clientCipher->encrypt(up)), up);
            QCOMPARE(*clientCipher->decrypt(*serverCipher->encrypt(down)), down);
        }
        QCOMPARE(clientCipher->writeCounter(), quint64(3));
        QCOMPARE(serverCipher->readCounter(), quint64(3));
        // The transport uses empty AAD and iv = counter: check frame 0 directly.
        const QByteArray frame0 = *crypto::aesGcmEncrypt(split.first(32), QByteArray(12, 0), "x");
        TransportCipher fresh(split.sliced(32), split.first(32));
        QCOMPARE(*fresh.decrypt(frame0), QByteArray("x"));
    }

    void failedTransportFrameAdvancesCounter()
    {
        TransportCipher a(QByteArray(32, 1), QByteArray(32, 2));
        TransportCipher b(QByteArray(32, 2), QByteArray(32, 1));
        QByteArray lost = *a.encrypt("first");
        lost[0] = char(lost[0] ^ 1);
        const auto bad = b.decrypt(lost);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::DecryptFailed);
        QCOMPARE(*b.decrypt(*a.encrypt("second")), QByteArray("second"));
        QVERIFY(!TransportCipher().encrypt("x").ok());
    }

    void tamperedServerHelloFails()
    {
        Fixture f;
        NoiseInitiator client = f.initiator();
        NoiseResponder server = f.responder();
        QByteArray serverHello = *server.readClientHello(*client.clientHello());
        serverHello[serverHello.size() - 1] = char(serverHello[serverHello.size() - 1] ^ 0x80);
        const auto result = client.readServerHello(serverHello);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::DecryptFailed);
        QCOMPARE(client.stage(), NoiseInitiator::Stage::Failed);
        QVERIFY(!client.clientFinish("x").ok());
    }

    void wrongRootFailsHandshake()
    {
        Fixture f;
        InitiatorConfig config;
        config.staticKey = f.clientStatic;
        NoiseInitiator client(config); // default policy: WhatsApp's real root
        NoiseResponder server = f.responder();
        const auto result = client.readServerHello(*server.readClientHello(*client.clientHello()));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::CertIntermediateSignature);
    }

    void malformedMessages_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("\xff\xff\xff\xff", 4);
        QTest::newRow("truncated") << QByteArray("\x1a\x22\x0a\x20\x01\x02", 6);
        QTest::newRow("short ephemeral") << QByteArray("\x1a\x03\x0a\x01\x01", 5);
    }

    void malformedMessages()
    {
        QFETCH(QByteArray, bytes);
        Fixture f;
        NoiseInitiator client = f.initiator();
        QVERIFY(client.clientHello().ok());
        const auto a = client.readServerHello(bytes);
        QVERIFY(!a.ok());
        QCOMPARE(a.error().code, ErrorCode::MalformedHandshake);

        NoiseResponder server = f.responder();
        const auto b = server.readClientHello(bytes);
        QVERIFY(!b.ok());
        QCOMPARE(b.error().code, ErrorCode::MalformedHandshake);
    }

    void responderRejectsBadClientFinish()
    {
        Fixture f;
        NoiseInitiator client = f.initiator();
        NoiseResponder server = f.responder();
        QVERIFY(client.readServerHello(*server.readClientHello(*client.clientHello())).ok());
        QByteArray finish = *client.clientFinish("payload");
        finish[10] = char(finish[10] ^ 1);
        const auto result = server.readClientFinish(finish);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::DecryptFailed);
        QVERIFY(!server.split().ok());
    }

    void outOfOrderCalls()
    {
        Fixture f;
        NoiseInitiator client = f.initiator();
        QCOMPARE(client.clientFinish("x").error().code, ErrorCode::InvalidState);
        NoiseInitiator second = f.initiator();
        QVERIFY(second.clientHello().ok());
        QCOMPARE(second.clientHello().error().code, ErrorCode::InvalidState);
        NoiseResponder server = f.responder();
        QCOMPARE(server.readClientFinish("x").error().code, ErrorCode::InvalidState);
        QCOMPARE(f.initiator().split().error().code, ErrorCode::InvalidState);
    }
};

QTEST_GUILESS_MAIN(TestNoiseHandshake)
#include "tst_noisehandshake.moc"
