#pragma once
// HKDF-SHA256 (RFC 5869). Used by the Noise key schedule (salt = chaining key, empty info),
// media keys (no salt, a per-type info label) and Signal's own derivations.
#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace wa::crypto {

// An empty salt means HashLen zero bytes, as RFC 5869 §2.2 says. nullopt when `length` is
// not in 1..255*32.
std::optional<QByteArray> hkdfSha256(QByteArrayView ikm, QByteArrayView salt, QByteArrayView info, qsizetype length);

// The two halves of RFC 5869 for callers that reuse a PRK.
QByteArray hkdfExtract(QByteArrayView salt, QByteArrayView ikm);
std::optional<QByteArray> hkdfExpand(QByteArrayView prk, QByteArrayView info, qsizetype length);

} // namespace wa::crypto
