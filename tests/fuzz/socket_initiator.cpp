// libFuzzer target: the client side receiving server bytes.
//   byte 0 even: the rest is the ServerHello frame payload as received (raw protobuf).
//   byte 0 odd:  the rest is the decrypted certificate chain: a genuine responder with fixed
//                keys encrypts it into a valid ServerHello, so the fuzzer reaches the chain
//                parser and every verification rule instead of stopping at AES-GCM.
#include "socket_fuzzkeys.h"

#include "wa/socket/certchain.h"
#include "wa/socket/noiseinitiator.h"
#include "wa/socket/noiseresponder.h"

#include <QLoggingCategory>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace wa::socket;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    QLoggingCategory::setFilterRules(QStringLiteral("wa.*=false"));
    FuzzKeys::get();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const FuzzKeys &keys = FuzzKeys::get();
    const QByteArray rest(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    InitiatorConfig config;
    config.staticKey = keys.clientStatic;
    config.ephemeralKey = keys.clientEphemeral;
    config.certPolicy.rootPublicKey = keys.root.publicKey;
    config.certPolicy.now = 1'800'000'000;
    NoiseInitiator initiator(config);
    const auto hello = initiator.clientHello();
    if (!hello.ok())
        std::abort();

    QByteArray serverHello = rest;
    if (data[0] & 1) {
        ResponderConfig server;
        server.staticKey = keys.serverStatic;
        server.ephemeralKey = keys.serverEphemeral;
        server.certChain = rest;
        NoiseResponder responder(server);
        const auto reply = responder.readClientHello(*hello);
        if (!reply.ok())
            std::abort();
        serverHello = *reply;
        // The same bytes through the standalone verifier must reach the same verdict.
        const bool direct = verifyCertChain(rest, keys.serverStatic.publicKey, config.certPolicy).ok();
        const bool viaHandshake = initiator.readServerHello(serverHello).ok();
        if (direct != viaHandshake)
            std::abort();
    } else if (!initiator.readServerHello(serverHello).ok()) {
        return 0;
    }
    if (initiator.stage() == NoiseInitiator::Stage::ServerHelloRead) {
        if (!initiator.clientFinish("payload").ok() || !initiator.split().ok())
            std::abort();
    }
    return 0;
}
