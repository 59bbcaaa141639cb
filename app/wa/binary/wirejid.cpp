#include "wa/binary/wirejid.h"

#include "wa/binary/tags.h"

#include <charconv>
#include <cmath>
#include <string>

namespace wa::binary {

namespace jsnumber {

namespace {

// Length of the JavaScript white space or line terminator starting at text[i] (UTF-8), or 0.
std::size_t spaceAt(std::string_view text, std::size_t i) noexcept
{
    const auto byte = [&](std::size_t k) -> unsigned char {
        return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0;
    };
    const unsigned char c = byte(0);
    if (c == ' ' || (c >= 0x09 && c <= 0x0d))
        return 1;
    if (c == 0xc2 && byte(1) == 0xa0) // U+00A0
        return 2;
    if (c == 0xe1 && byte(1) == 0x9a && byte(2) == 0x80) // U+1680
        return 3;
    if (c == 0xe2 && byte(1) == 0x80 && ((byte(2) >= 0x80 && byte(2) <= 0x8a) // U+2000..200A
                                         || byte(2) == 0xa8 || byte(2) == 0xa9 // U+2028, 2029
                                         || byte(2) == 0xaf)) // U+202F
        return 3;
    if (c == 0xe2 && byte(1) == 0x81 && byte(2) == 0x9f) // U+205F
        return 3;
    if (c == 0xe3 && byte(1) == 0x80 && byte(2) == 0x80) // U+3000
        return 3;
    if (c == 0xef && byte(1) == 0xbb && byte(2) == 0xbf) // U+FEFF
        return 3;
    return 0;
}

std::string_view trimStart(std::string_view text) noexcept
{
    std::size_t i = 0;
    while (std::size_t n = spaceAt(text, i))
        i += n;
    return text.substr(i);
}

std::string_view trim(std::string_view text) noexcept
{
    text = trimStart(text);
    // Trailing white space: scan forward remembering where the last non-space run ended.
    std::size_t end = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        if (std::size_t n = spaceAt(text, i)) {
            i += n;
        } else {
            ++i;
            end = i;
        }
    }
    return text.substr(0, end);
}

int digitValue(char c) noexcept
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

// Value of a digit run in radix 2, 8 or 16. Exact below 2^53, which covers every byte that matters
// in practice.
double radixValue(std::string_view digits, int radix) noexcept
{
    double value = 0;
    for (char c : digits)
        value = value * radix + digitValue(c);
    return value;
}

std::uint8_t toByte(double value) noexcept
{
    // ToInt32 then & 0xff equals the truncated value modulo 256 (fmod is exact).
    if (!std::isfinite(value))
        return 0;
    double m = std::fmod(std::trunc(value), 256.0);
    if (m < 0)
        m += 256.0;
    return static_cast<std::uint8_t>(m);
}

bool allDigits(std::string_view text, int radix) noexcept
{
    if (text.empty())
        return false;
    for (char c : text) {
        if (digitValue(c) >= radix)
            return false;
    }
    return true;
}

// StrUnsignedDecimalLiteral without "Infinity": digits [. digits] [e[+-]digits] | . digits [exp].
bool isDecimalLiteral(std::string_view text) noexcept
{
    std::size_t i = 0;
    std::size_t intDigits = 0;
    std::size_t fracDigits = 0;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
        ++i;
        ++intDigits;
    }
    if (i < text.size() && text[i] == '.') {
        ++i;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
            ++i;
            ++fracDigits;
        }
    }
    if (intDigits + fracDigits == 0)
        return false;
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        if (i < text.size() && (text[i] == '+' || text[i] == '-'))
            ++i;
        std::size_t expDigits = 0;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
            ++i;
            ++expDigits;
        }
        if (expDigits == 0)
            return false;
    }
    return i == text.size();
}

double decimalValue(std::string_view text) noexcept
{
    // from_chars is locale independent and correctly rounded; it wants a digit before '.', and
    // JavaScript allows ".5", so feed it "0.5".
    std::string buffer;
    if (!text.empty() && text.front() == '.') {
        buffer.reserve(text.size() + 1);
        buffer += '0';
        buffer += text;
        text = buffer;
    }
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec == std::errc::result_out_of_range) {
        // Overflow gives Infinity (byte 0), underflow gives 0: both write 0.
        return 0;
    }
    if (ec != std::errc())
        return std::nan("");
    return value;
}

} // namespace

std::uint8_t numberToByte(std::string_view text) noexcept
{
    text = trim(text);
    if (text.empty())
        return 0;
    if (text.size() > 2 && text[0] == '0') {
        const char p = text[1];
        const int radix = (p == 'x' || p == 'X') ? 16 : (p == 'o' || p == 'O') ? 8 : (p == 'b' || p == 'B') ? 2 : 0;
        if (radix != 0)
            return allDigits(text.substr(2), radix) ? toByte(radixValue(text.substr(2), radix)) : 0;
    }
    bool negative = false;
    if (text[0] == '+' || text[0] == '-') {
        negative = text[0] == '-';
        text.remove_prefix(1);
    }
    if (text == "Infinity" || !isDecimalLiteral(text))
        return 0;
    const double value = decimalValue(text);
    return toByte(negative ? -value : value);
}

std::uint8_t parseIntToByte(std::string_view text) noexcept
{
    text = trimStart(text);
    bool negative = false;
    if (!text.empty() && (text[0] == '+' || text[0] == '-')) {
        negative = text[0] == '-';
        text.remove_prefix(1);
    }
    int radix = 10;
    if (text.size() >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
        radix = 16;
        text.remove_prefix(2);
    }
    std::size_t n = 0;
    while (n < text.size() && digitValue(text[n]) < radix)
        ++n;
    if (n == 0)
        return 0; // NaN || 0
    const std::string_view digits = text.substr(0, n);
    const double value = radix == 10 ? decimalValue(digits) : radixValue(digits, radix);
    return toByte(negative ? -value : value);
}

} // namespace jsnumber

bool WireJid::split(std::string_view text, WireJid &out) noexcept
{
    const std::size_t at = text.find('@');
    if (at == std::string_view::npos)
        return false;
    out.server = text.substr(at + 1);
    const std::string_view combined = text.substr(0, at);

    const std::size_t colon = combined.find(':');
    std::string_view userAgent = combined.substr(0, colon);
    std::string_view device;
    if (colon != std::string_view::npos) {
        device = combined.substr(colon + 1);
        device = device.substr(0, device.find(':'));
    }
    const std::size_t underscore = userAgent.find('_');
    out.user = userAgent.substr(0, underscore);
    std::string_view agent;
    if (underscore != std::string_view::npos) {
        agent = userAgent.substr(underscore + 1);
        agent = agent.substr(0, agent.find('_'));
    }

    out.ad = !device.empty();
    out.device = out.ad ? jsnumber::numberToByte(device) : 0;
    if (out.server == "lid")
        out.domain = tags::DomainLid;
    else if (out.server == "hosted")
        out.domain = tags::DomainHosted;
    else if (out.server == "hosted.lid")
        out.domain = tags::DomainHostedLid;
    else if (!agent.empty())
        out.domain = jsnumber::parseIntToByte(agent);
    else
        out.domain = tags::DomainWhatsApp;
    return true;
}

} // namespace wa::binary
