// Fuzz target: the ClientPayload parser (the sandbox reads it from untrusted clients).
#include "wa/connection/clientpayload.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto parsed = wa::connection::parseClientPayload(
        QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (parsed && parsed->registration && parsed->keys.identityPublicKey.size() != 32)
        __builtin_trap(); // registration keys are size-checked
    return 0;
}
