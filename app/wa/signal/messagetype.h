#pragma once
// Signal ciphertext types and the names WhatsApp puts in <enc type="...">.
#include <QByteArray>
#include <QStringView>

#include <optional>

namespace wa::signal {

// Values are libsignal's ciphertext type numbers.
enum class MessageType {
    Whisper = 2,       // "msg": SignalMessage on an established session
    PreKeyWhisper = 3, // "pkmsg": PreKeySignalMessage, first messages of a session
    SenderKey = 4,     // "skmsg": group message under a sender key
};

const char *messageTypeName(MessageType type);
std::optional<MessageType> messageTypeFromName(QStringView name);

struct EncryptedMessage
{
    MessageType type = MessageType::Whisper;
    QByteArray ciphertext;

    const char *typeName() const { return messageTypeName(type); }
};

} // namespace wa::signal
