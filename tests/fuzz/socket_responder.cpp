// libFuzzer target: the server side receiving client bytes. The stream goes through the
// header-expecting FrameDecoder; frame 1 is the ClientHello, frame 2 the ClientFinish, later
// frames transport ciphertext. Byte 0 = 1 skips framing and hands the rest straight to
// readClientHello (a faster path into the protobuf parser).
#include "socket_fuzzkeys.h"

#include "wa/socket/framedecoder.h"
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
    ResponderConfig config;
    config.staticKey = keys.serverStatic;
    config.ephemeralKey = keys.serverEphemeral;
    config.certChain = keys.chain;
    NoiseResponder responder(config);
    const QByteArrayView rest(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    if (data[0] == 1) {
        const auto reply = responder.readClientHello(rest);
        if (reply.ok() != (responder.stage() == NoiseResponder::Stage::AwaitingClientFinish))
            std::abort();
        return 0;
    }
    FrameDecoder decoder(FrameDecoder::HeaderMode::Expect);
    const auto frames = decoder.feed(rest);
    if (!frames.ok())
        return 0;
    std::optional<TransportCipher> cipher;
    for (const QByteArray &frame : *frames) {
        if (cipher) {
            (void)cipher->decrypt(frame);
        } else if (responder.stage() == NoiseResponder::Stage::AwaitingClientHello) {
            if (!responder.readClientHello(frame).ok())
                return 0;
        } else {
            const auto payload = responder.readClientFinish(frame);
            if (!payload.ok())
                return 0;
            auto split = responder.split();
            if (!split.ok())
                std::abort(); // a finished handshake must always split
            cipher = *split;
        }
    }
    return 0;
}
