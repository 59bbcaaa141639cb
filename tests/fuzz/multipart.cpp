// libFuzzer target: multipart/form-data bodies and Content-Type headers from the network. The
// first line of the input is the Content-Type header, the rest the body. Nothing may crash,
// hang or read out of bounds; every part found must lie inside the body.
#include "core/api/multipart.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = input.indexOf('\n');
    const QByteArray header = newline < 0 ? input : input.left(newline);
    const QByteArray body = newline < 0 ? QByteArray() : input.mid(newline + 1);
    const auto boundary = core::api::multipartBoundary(header);
    const auto result = core::api::parseMultipart(body, boundary.value_or(QByteArrayLiteral("b")), {8, 512});
    qsizetype total = 0;
    for (const auto &part : result.parts)
        total += part.data.size();
    if (total > body.size() || result.parts.size() > 8)
        std::abort();
    return 0;
}
