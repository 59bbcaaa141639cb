#include "messagetype.h"

namespace wa::signal {

const char *messageTypeName(MessageType type)
{
    switch (type) {
    case MessageType::Whisper: return "msg";
    case MessageType::PreKeyWhisper: return "pkmsg";
    case MessageType::SenderKey: return "skmsg";
    }
    return "msg";
}

std::optional<MessageType> messageTypeFromName(QStringView name)
{
    if (name == u"msg")
        return MessageType::Whisper;
    if (name == u"pkmsg")
        return MessageType::PreKeyWhisper;
    if (name == u"skmsg")
        return MessageType::SenderKey;
    return std::nullopt;
}

} // namespace wa::signal
