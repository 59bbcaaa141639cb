#pragma once
// What a message says, as plain values that cross threads and layers (no protobuf types): text,
// media references, quotes, reactions, revocations. encodeMessage() builds the Message protobuf
// that Signal encrypts; decodeMessage() reads one, unwrapping the containers WhatsApp uses
// (device-sent copies, view-once, ephemeral, document-with-caption) and picking out the sender
// key distribution a group message may carry.
#include <QByteArray>
#include <QByteArrayView>
#include <QMetaType>
#include <QString>

#include <optional>

namespace wa::message {

enum class ContentKind {
    None,     // nothing we show (e.g. only a sender key distribution, or a protocol message)
    Text,
    Image,
    Video,
    Audio,    // ptt marks a voice note
    Document,
    Sticker,
    Location,
    Contact,
    Reaction,
    Revoke,   // "delete for everyone" of targetId
    Unknown,  // a message type WaMulti does not interpret
};

// "text", "image", "video", "audio", "ptt", "document", "sticker", "location", "contact",
// "reaction", "revoke", "unknown": the messageType names of the API.
QString contentKindName(ContentKind kind, bool ptt = false);
std::optional<ContentKind> contentKindFromName(const QString &name, bool *ptt = nullptr);
bool isMediaKind(ContentKind kind);

// Where encrypted media lives and how to open it.
struct MediaRef {
    QString url;
    QString directPath;
    QString mimeType;
    QString fileName;
    QByteArray mediaKey;      // 32 bytes
    QByteArray fileSha256;    // of the plaintext
    QByteArray fileEncSha256; // of what was uploaded (ciphertext || mac)
    quint64 fileLength = 0;
    qint64 mediaKeyTimestamp = 0;
    QByteArray thumbnail; // JPEG (PNG for stickers), may be empty
    quint32 width = 0;
    quint32 height = 0;
    quint32 seconds = 0;
    bool ptt = false;
    bool gif = false;
    bool viewOnce = false;
};

struct MessageContent {
    ContentKind kind = ContentKind::None;
    QString text; // the text, or the media's caption
    std::optional<MediaRef> media;
    QString quotedId;          // reply to this message id
    QString quotedParticipant; // its sender
    QString targetId;          // reaction / revoke: the message it refers to
    bool targetFromMe = false;
    QString targetChat;
    double latitude = 0;
    double longitude = 0;
    QString name;  // location name, contact display name
    QString vcard; // contact card

    bool isEmpty() const { return kind == ContentKind::None; }
};

struct DecodedMessage {
    MessageContent content;
    QString senderKeyGroupId;           // a sender key distribution came with the message
    QByteArray senderKeyDistribution;   // axolotlSenderKeyDistributionMessage bytes
    QString deviceSentDestination;      // set when our own other device sent this to that chat
};

// Message protobuf bytes (unpadded). For a DM copy to our own other devices wrap it with
// deviceSentDestination; for group sends the SKDM fields go into their own message.
QByteArray encodeMessage(const MessageContent &content);
QByteArray encodeDeviceSent(QByteArrayView message, const QString &destinationJid);
QByteArray encodeSenderKeyDistribution(const QString &groupId, QByteArrayView distribution);
// nullopt when the bytes are not a Message protobuf.
std::optional<DecodedMessage> decodeMessage(QByteArrayView bytes);

// Stanza attributes: <message type="text|media|reaction"> and <enc mediatype="...">.
QString stanzaType(const MessageContent &content);
QString stanzaMediaType(const MessageContent &content); // empty for non-media

} // namespace wa::message

Q_DECLARE_METATYPE(wa::message::MessageContent)
