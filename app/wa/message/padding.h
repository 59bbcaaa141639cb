#pragma once
// WhatsApp's random padding of message plaintexts (enc v="2"): 1..16 bytes, each holding the
// pad length, appended before Signal encryption and stripped after decryption.
#include "wa/crypto/randomsource.h"

#include <QByteArray>
#include <QByteArrayView>
#include <optional>

namespace wa::message {

QByteArray pad(QByteArrayView plaintext, crypto::RandomSource &random = crypto::systemRandom());
// nullopt when the last byte is 0, larger than the data, or the pad bytes are not all equal.
std::optional<QByteArray> unpad(QByteArrayView padded);

} // namespace wa::message
