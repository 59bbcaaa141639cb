// Test peer for the interop scripts (noise-*.mjs, xeddsa-*.mjs): drives our Noise responder or
// initiator, or our XEdDSA/X25519, over stdin/stdout with one JSON object per line, so a Node
// process running the reference implementation can talk to it byte for byte.
//
//   noise_tool responder                 our server side; issues a chain under a fresh test root
//   noise_tool initiator <root-pub-hex> <payload-hex>
//   noise_tool xeddsa                    sign / verify / pub / agree requests
//
// Input lines:  {"data": hex}  raw bytes from the peer's socket (any chunking)
//               {"send": hex}  encrypt this plaintext as one transport frame to the peer
// Output lines: {"event": "send", "data": hex}  raw bytes for the peer's socket
//               {"event": "ready" | "handshake" | "message" | "error", ...}
#include "wa/crypto/curve25519.h"
#include "wa/crypto/xeddsa.h"
#include "wa/socket/certchain.h"
#include "wa/socket/framedecoder.h"
#include "wa/socket/frameencoder.h"
#include "wa/socket/framing.h"
#include "wa/socket/noiseinitiator.h"
#include "wa/socket/noiseresponder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <iostream>
#include <optional>
#include <string>

using namespace wa;
using namespace wa::socket;

namespace {

void writeLine(const QJsonObject &object)
{
    std::cout << QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString() << std::endl;
}

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

QByteArray unhex(const QJsonValue &value)
{
    return QByteArray::fromHex(value.toString().toLatin1());
}

int fail(const QString &message)
{
    writeLine({{"event", "error"}, {"message", message}});
    return 1;
}

std::optional<QJsonObject> readCommand()
{
    std::string line;
    while (std::getline(std::cin, line)) {
        if (line.empty())
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(line));
        if (doc.isObject())
            return doc.object();
        fail(QStringLiteral("unparseable input line"));
        return std::nullopt;
    }
    return std::nullopt;
}

// Shared transport loop once the handshake is done: decrypt and report every frame, echo it
// back encrypted, and encrypt whatever the peer script asks us to send.
int transportLoop(FrameDecoder &decoder, FrameEncoder &encoder, TransportCipher &cipher, QList<QByteArray> pending)
{
    auto deliver = [&](const QList<QByteArray> &frames) -> bool {
        for (const QByteArray &frame : frames) {
            auto plaintext = cipher.decrypt(frame);
            if (!plaintext) {
                fail(plaintext.error().toString());
                return false;
            }
            writeLine({{"event", "message"}, {"plaintext", hex(*plaintext)}, {"counter", qint64(cipher.readCounter())}});
            auto echoed = cipher.encrypt(*plaintext);
            if (!echoed) {
                fail(echoed.error().toString());
                return false;
            }
            writeLine({{"event", "send"}, {"data", hex(*encoder.encode(*echoed))}});
        }
        return true;
    };
    if (!deliver(pending))
        return 1;
    while (const auto command = readCommand()) {
        if (command->contains("data")) {
            auto frames = decoder.feed(unhex(command->value("data")));
            if (!frames)
                return fail(frames.error().toString());
            if (!deliver(*frames))
                return 1;
        } else if (command->contains("send")) {
            auto ciphertext = cipher.encrypt(unhex(command->value("send")));
            if (!ciphertext)
                return fail(ciphertext.error().toString());
            writeLine({{"event", "send"}, {"data", hex(*encoder.encode(*ciphertext))}});
        }
    }
    return 0;
}

int runResponder()
{
    const crypto::KeyPair root = crypto::generateKeyPair();
    ResponderConfig config;
    config.staticKey = crypto::generateKeyPair();
    CertIssueRequest request;
    request.rootPrivateKey = root.privateKey;
    request.serverStaticKey = config.staticKey.publicKey;
    const quint64 now = quint64(QDateTime::currentSecsSinceEpoch());
    request.notBefore = now - 3600;
    request.notAfter = now + 3600;
    auto chain = issueCertChain(request);
    if (!chain)
        return fail(chain.error().toString());
    config.certChain = *chain;
    NoiseResponder responder(config);
    writeLine({{"event", "ready"}, {"rootPublicKey", hex(root.publicKey)}, {"rootSerial", 0},
          {"serverStaticKey", hex(config.staticKey.publicKey)}, {"certChain", hex(config.certChain)}});

    FrameDecoder decoder(FrameDecoder::HeaderMode::Expect);
    FrameEncoder encoder;
    while (const auto command = readCommand()) {
        auto frames = decoder.feed(unhex(command->value("data")));
        if (!frames)
            return fail(frames.error().toString());
        while (!frames->isEmpty()) {
            const QByteArray frame = frames->takeFirst();
            if (responder.stage() == NoiseResponder::Stage::AwaitingClientHello) {
                auto reply = responder.readClientHello(frame);
                if (!reply)
                    return fail(reply.error().toString());
                writeLine({{"event", "send"}, {"data", hex(*encoder.encode(*reply))}});
                continue;
            }
            auto payload = responder.readClientFinish(frame);
            if (!payload)
                return fail(payload.error().toString());
            auto cipher = responder.split();
            if (!cipher)
                return fail(cipher.error().toString());
            writeLine({{"event", "handshake"}, {"payload", hex(*payload)}, {"clientStatic", hex(responder.clientStaticKey())}});
            return transportLoop(decoder, encoder, *cipher, *frames);
        }
    }
    return fail(QStringLiteral("input ended during the handshake"));
}

int runInitiator(const QByteArray &rootPublicKey, const QByteArray &payload)
{
    InitiatorConfig config;
    config.staticKey = crypto::generateKeyPair();
    config.certPolicy.rootPublicKey = rootPublicKey;
    NoiseInitiator initiator(config);
    FrameEncoder encoder(connectionHeader());
    FrameDecoder decoder;
    auto hello = initiator.clientHello();
    if (!hello)
        return fail(hello.error().toString());
    writeLine({{"event", "ready"}, {"staticPublicKey", hex(config.staticKey.publicKey)}});
    writeLine({{"event", "send"}, {"data", hex(*encoder.encode(*hello))}});
    while (const auto command = readCommand()) {
        auto frames = decoder.feed(unhex(command->value("data")));
        if (!frames)
            return fail(frames.error().toString());
        if (frames->isEmpty())
            continue;
        if (auto read = initiator.readServerHello(frames->takeFirst()); !read)
            return fail(read.error().toString());
        auto finish = initiator.clientFinish(payload);
        if (!finish)
            return fail(finish.error().toString());
        writeLine({{"event", "send"}, {"data", hex(*encoder.encode(*finish))}});
        auto cipher = initiator.split();
        if (!cipher)
            return fail(cipher.error().toString());
        writeLine({{"event", "handshake"}, {"serverStatic", hex(initiator.serverStaticKey())}});
        return transportLoop(decoder, encoder, *cipher, *frames);
    }
    return fail(QStringLiteral("input ended during the handshake"));
}

int runXeddsa()
{
    while (const auto command = readCommand()) {
        const QString op = command->value("op").toString();
        if (op == QLatin1String("sign")) {
            const auto signature = crypto::xeddsaSign(unhex(command->value("priv")), unhex(command->value("msg")));
            if (!signature)
                return fail(QStringLiteral("signing failed"));
            writeLine({{"sig", hex(*signature)}});
        } else if (op == QLatin1String("verify")) {
            writeLine({{"valid", crypto::xeddsaVerify(unhex(command->value("pub")), unhex(command->value("msg")),
                                                 unhex(command->value("sig")))}});
        } else if (op == QLatin1String("pub")) {
            const auto pair = crypto::keyPairFromPrivateKey(unhex(command->value("priv")));
            if (!pair)
                return fail(QStringLiteral("bad private key"));
            writeLine({{"pub", hex(pair->publicKey)}});
        } else if (op == QLatin1String("agree")) {
            const auto shared = crypto::x25519(unhex(command->value("priv")), unhex(command->value("pub")));
            if (!shared)
                return fail(QStringLiteral("agreement failed"));
            writeLine({{"shared", hex(*shared)}});
        } else {
            return fail(QStringLiteral("unknown op ") + op);
        }
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // stdout carries the protocol; logs go to stderr (Qt's default) where the script shows them.
    const QStringList args = app.arguments();
    const QString mode = args.value(1);
    if (mode == QLatin1String("responder"))
        return runResponder();
    if (mode == QLatin1String("initiator") && args.size() == 4)
        return runInitiator(QByteArray::fromHex(args.at(2).toLatin1()), QByteArray::fromHex(args.at(3).toLatin1()));
    if (mode == QLatin1String("xeddsa"))
        return runXeddsa();
    std::cerr << "usage: noise_tool responder | initiator <root-pub-hex> <payload-hex> | xeddsa" << std::endl;
    return 2;
}
