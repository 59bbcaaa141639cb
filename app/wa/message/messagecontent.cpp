#include "wa/message/messagecontent.h"

#include "wa/message/messagecontent_p.h"

#include <QDateTime>
#include <QHash>

namespace wa::message {

using namespace detail;

namespace {

struct KindName {
    ContentKind kind;
    const char *name;
};
constexpr KindName kindNames[] = {
    {ContentKind::None, "none"},         {ContentKind::Text, "text"},         {ContentKind::Image, "image"},
    {ContentKind::Video, "video"},       {ContentKind::Audio, "audio"},       {ContentKind::Document, "document"},
    {ContentKind::Sticker, "sticker"},   {ContentKind::Location, "location"}, {ContentKind::Contact, "contact"},
    {ContentKind::Reaction, "reaction"}, {ContentKind::Revoke, "revoke"},     {ContentKind::Unknown, "unknown"},
};

void writeContext(proto::ContextInfo *ctx, const MessageContent &c)
{
    ctx->set_stanzaid(toStd(c.quotedId));
    if (!c.quotedParticipant.isEmpty())
        ctx->set_participant(toStd(c.quotedParticipant));
}

template <typename M>
void writeQuote(M *m, const MessageContent &c)
{
    if (!c.quotedId.isEmpty())
        writeContext(m->mutable_contextinfo(), c);
}

template <typename M>
void readQuote(const M &m, MessageContent &c)
{
    if (m.has_contextinfo() && m.contextinfo().has_stanzaid()) {
        c.quotedId = toQ(m.contextinfo().stanzaid());
        c.quotedParticipant = toQ(m.contextinfo().participant());
    }
}

// The fields every media message has, under the same names (their numbers differ per type).
template <typename M>
MediaRef readCommonMedia(const M &m)
{
    MediaRef r;
    r.url = toQ(m.url());
    r.directPath = toQ(m.directpath());
    r.mimeType = toQ(m.mimetype());
    r.mediaKey = toBytes(m.mediakey());
    r.fileSha256 = toBytes(m.filesha256());
    r.fileEncSha256 = toBytes(m.fileencsha256());
    r.fileLength = m.filelength();
    r.mediaKeyTimestamp = m.mediakeytimestamp();
    return r;
}

MediaRef readImage(const proto::ImageMessage &m)
{
    MediaRef r = readCommonMedia(m);
    r.thumbnail = toBytes(m.jpegthumbnail());
    r.width = m.width();
    r.height = m.height();
    r.viewOnce = m.viewonce();
    return r;
}

MediaRef readVideo(const proto::VideoMessage &m)
{
    MediaRef r = readCommonMedia(m);
    r.thumbnail = toBytes(m.jpegthumbnail());
    r.width = m.width();
    r.height = m.height();
    r.seconds = m.seconds();
    r.gif = m.gifplayback();
    r.viewOnce = m.viewonce();
    return r;
}

MediaRef readAudio(const proto::AudioMessage &m)
{
    MediaRef r = readCommonMedia(m);
    r.seconds = m.seconds();
    r.ptt = m.ptt();
    r.viewOnce = m.viewonce();
    return r;
}

MediaRef readDocument(const proto::DocumentMessage &m)
{
    MediaRef r = readCommonMedia(m);
    r.fileName = toQ(m.filename().empty() ? m.title() : m.filename());
    r.thumbnail = toBytes(m.jpegthumbnail());
    return r;
}

MediaRef readSticker(const proto::StickerMessage &m)
{
    MediaRef r = readCommonMedia(m);
    r.thumbnail = toBytes(m.pngthumbnail());
    r.width = m.width();
    r.height = m.height();
    return r;
}

// The innermost message that carries content, through the containers WhatsApp nests.
const proto::Message &unwrap(const proto::Message &m, bool *viewOnce, int depth = 0)
{
    if (depth > 4)
        return m;
    if (m.has_ephemeralmessage() && m.ephemeralmessage().has_message())
        return unwrap(m.ephemeralmessage().message(), viewOnce, depth + 1);
    if (m.has_viewoncemessage() && m.viewoncemessage().has_message()) {
        *viewOnce = true;
        return unwrap(m.viewoncemessage().message(), viewOnce, depth + 1);
    }
    if (m.has_documentwithcaptionmessage() && m.documentwithcaptionmessage().has_message())
        return unwrap(m.documentwithcaptionmessage().message(), viewOnce, depth + 1);
    return m;
}

MessageContent readContent(const proto::Message &outer)
{
    bool viewOnce = false;
    const proto::Message &m = unwrap(outer, &viewOnce);
    MessageContent c;
    if (m.has_conversation()) {
        c.kind = ContentKind::Text;
        c.text = toQ(m.conversation());
    } else if (m.has_extendedtextmessage()) {
        c.kind = ContentKind::Text;
        c.text = toQ(m.extendedtextmessage().text());
        readQuote(m.extendedtextmessage(), c);
    } else if (m.has_imagemessage()) {
        c.kind = ContentKind::Image;
        c.media = readImage(m.imagemessage());
        c.text = toQ(m.imagemessage().caption());
        readQuote(m.imagemessage(), c);
    } else if (m.has_videomessage() || m.has_ptvmessage()) {
        const proto::VideoMessage &v = m.has_videomessage() ? m.videomessage() : m.ptvmessage();
        c.kind = ContentKind::Video;
        c.media = readVideo(v);
        c.text = toQ(v.caption());
        readQuote(v, c);
    } else if (m.has_audiomessage()) {
        c.kind = ContentKind::Audio;
        c.media = readAudio(m.audiomessage());
        readQuote(m.audiomessage(), c);
    } else if (m.has_documentmessage()) {
        c.kind = ContentKind::Document;
        c.media = readDocument(m.documentmessage());
        c.text = toQ(m.documentmessage().caption());
        readQuote(m.documentmessage(), c);
    } else if (m.has_stickermessage()) {
        c.kind = ContentKind::Sticker;
        c.media = readSticker(m.stickermessage());
        readQuote(m.stickermessage(), c);
    } else if (m.has_locationmessage()) {
        c.kind = ContentKind::Location;
        c.latitude = m.locationmessage().degreeslatitude();
        c.longitude = m.locationmessage().degreeslongitude();
        c.name = toQ(m.locationmessage().name());
        c.text = toQ(m.locationmessage().address());
    } else if (m.has_contactmessage()) {
        c.kind = ContentKind::Contact;
        c.name = toQ(m.contactmessage().displayname());
        c.vcard = toQ(m.contactmessage().vcard());
    } else if (m.has_reactionmessage()) {
        c.kind = ContentKind::Reaction;
        c.text = toQ(m.reactionmessage().text());
        c.targetId = toQ(m.reactionmessage().key().id());
        c.targetFromMe = m.reactionmessage().key().fromme();
        c.targetChat = toQ(m.reactionmessage().key().remotejid());
    } else if (m.has_protocolmessage()) {
        if (m.protocolmessage().type() == proto::ProtocolMessage::REVOKE && m.protocolmessage().has_key()) {
            c.kind = ContentKind::Revoke;
            c.targetId = toQ(m.protocolmessage().key().id());
            c.targetFromMe = m.protocolmessage().key().fromme();
            c.targetChat = toQ(m.protocolmessage().key().remotejid());
        }
    } else if (m.ByteSizeLong() > 0 && !m.has_senderkeydistributionmessage() && !m.has_messagecontextinfo()) {
        c.kind = ContentKind::Unknown;
    }
    if (c.media)
        c.media->viewOnce = c.media->viewOnce || viewOnce;
    return c;
}

template <typename M>
void writeCommonMedia(M *m, const MediaRef &r)
{
    m->set_url(toStd(r.url));
    m->set_directpath(toStd(r.directPath));
    m->set_mimetype(toStd(r.mimeType));
    m->set_mediakey(bytesToStd(r.mediaKey));
    m->set_filesha256(bytesToStd(r.fileSha256));
    m->set_fileencsha256(bytesToStd(r.fileEncSha256));
    m->set_filelength(r.fileLength);
    m->set_mediakeytimestamp(r.mediaKeyTimestamp ? r.mediaKeyTimestamp : QDateTime::currentSecsSinceEpoch());
}

} // namespace

QString contentKindName(ContentKind kind, bool ptt)
{
    if (kind == ContentKind::Audio && ptt)
        return QStringLiteral("ptt");
    for (const KindName &k : kindNames)
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    return QStringLiteral("unknown");
}

std::optional<ContentKind> contentKindFromName(const QString &name, bool *ptt)
{
    if (ptt)
        *ptt = name == QLatin1String("ptt");
    if (name == QLatin1String("ptt"))
        return ContentKind::Audio;
    for (const KindName &k : kindNames)
        if (name == QLatin1String(k.name))
            return k.kind;
    return std::nullopt;
}

bool isMediaKind(ContentKind kind)
{
    return kind == ContentKind::Image || kind == ContentKind::Video || kind == ContentKind::Audio
        || kind == ContentKind::Document || kind == ContentKind::Sticker;
}

QByteArray encodeMessage(const MessageContent &c)
{
    proto::Message m;
    const MediaRef r = c.media.value_or(MediaRef{});
    switch (c.kind) {
    case ContentKind::Text:
        if (c.quotedId.isEmpty()) {
            m.set_conversation(toStd(c.text));
        } else {
            auto *t = m.mutable_extendedtextmessage();
            t->set_text(toStd(c.text));
            writeQuote(t, c);
        }
        break;
    case ContentKind::Image: {
        auto *i = m.mutable_imagemessage();
        writeCommonMedia(i, r);
        if (!c.text.isEmpty())
            i->set_caption(toStd(c.text));
        if (r.width)
            i->set_width(r.width);
        if (r.height)
            i->set_height(r.height);
        if (!r.thumbnail.isEmpty())
            i->set_jpegthumbnail(bytesToStd(r.thumbnail));
        if (r.viewOnce)
            i->set_viewonce(true);
        writeQuote(i, c);
        break;
    }
    case ContentKind::Video: {
        auto *v = m.mutable_videomessage();
        writeCommonMedia(v, r);
        if (!c.text.isEmpty())
            v->set_caption(toStd(c.text));
        if (r.seconds)
            v->set_seconds(r.seconds);
        if (r.gif)
            v->set_gifplayback(true);
        if (r.width)
            v->set_width(r.width);
        if (r.height)
            v->set_height(r.height);
        if (!r.thumbnail.isEmpty())
            v->set_jpegthumbnail(bytesToStd(r.thumbnail));
        writeQuote(v, c);
        break;
    }
    case ContentKind::Audio: {
        auto *a = m.mutable_audiomessage();
        writeCommonMedia(a, r);
        if (r.seconds)
            a->set_seconds(r.seconds);
        a->set_ptt(r.ptt);
        writeQuote(a, c);
        break;
    }
    case ContentKind::Document: {
        auto *d = m.mutable_documentmessage();
        writeCommonMedia(d, r);
        d->set_filename(toStd(r.fileName));
        d->set_title(toStd(r.fileName));
        if (!c.text.isEmpty())
            d->set_caption(toStd(c.text));
        if (!r.thumbnail.isEmpty())
            d->set_jpegthumbnail(bytesToStd(r.thumbnail));
        writeQuote(d, c);
        break;
    }
    case ContentKind::Sticker: {
        auto *s = m.mutable_stickermessage();
        writeCommonMedia(s, r);
        if (r.width)
            s->set_width(r.width);
        if (r.height)
            s->set_height(r.height);
        writeQuote(s, c);
        break;
    }
    case ContentKind::Location: {
        auto *l = m.mutable_locationmessage();
        l->set_degreeslatitude(c.latitude);
        l->set_degreeslongitude(c.longitude);
        if (!c.name.isEmpty())
            l->set_name(toStd(c.name));
        if (!c.text.isEmpty())
            l->set_address(toStd(c.text));
        break;
    }
    case ContentKind::Contact: {
        auto *k = m.mutable_contactmessage();
        k->set_displayname(toStd(c.name));
        k->set_vcard(toStd(c.vcard));
        break;
    }
    case ContentKind::Reaction: {
        auto *x = m.mutable_reactionmessage();
        x->mutable_key()->set_id(toStd(c.targetId));
        x->mutable_key()->set_fromme(c.targetFromMe);
        x->mutable_key()->set_remotejid(toStd(c.targetChat));
        x->set_text(toStd(c.text));
        x->set_sendertimestampms(QDateTime::currentMSecsSinceEpoch());
        break;
    }
    case ContentKind::Revoke: {
        auto *p = m.mutable_protocolmessage();
        p->set_type(proto::ProtocolMessage::REVOKE);
        p->mutable_key()->set_id(toStd(c.targetId));
        p->mutable_key()->set_fromme(c.targetFromMe);
        p->mutable_key()->set_remotejid(toStd(c.targetChat));
        break;
    }
    case ContentKind::None:
    case ContentKind::Unknown:
        break;
    }
    return toBytes(m.SerializeAsString());
}

QByteArray encodeDeviceSent(QByteArrayView message, const QString &destinationJid)
{
    proto::Message inner;
    inner.ParseFromArray(message.data(), int(message.size()));
    proto::Message outer;
    outer.mutable_devicesentmessage()->set_destinationjid(toStd(destinationJid));
    if (inner.has_messagecontextinfo())
        *outer.mutable_messagecontextinfo() = inner.messagecontextinfo();
    *outer.mutable_devicesentmessage()->mutable_message() = std::move(inner);
    return toBytes(outer.SerializeAsString());
}

QByteArray encodeSenderKeyDistribution(const QString &groupId, QByteArrayView distribution)
{
    proto::Message m;
    auto *s = m.mutable_senderkeydistributionmessage();
    s->set_groupid(toStd(groupId));
    s->set_axolotlsenderkeydistributionmessage(bytesToStd(distribution));
    return toBytes(m.SerializeAsString());
}

std::optional<DecodedMessage> decodeMessage(QByteArrayView bytes)
{
    proto::Message m;
    if (bytes.size() > (64 << 20) || !m.ParseFromArray(bytes.data(), int(bytes.size())))
        return std::nullopt;
    DecodedMessage out;
    if (m.has_senderkeydistributionmessage()) {
        out.senderKeyGroupId = toQ(m.senderkeydistributionmessage().groupid());
        out.senderKeyDistribution = toBytes(m.senderkeydistributionmessage().axolotlsenderkeydistributionmessage());
    }
    if (m.has_devicesentmessage()) {
        out.deviceSentDestination = toQ(m.devicesentmessage().destinationjid());
        out.content = readContent(m.devicesentmessage().message());
    } else {
        out.content = readContent(m);
    }
    return out;
}

QString stanzaType(const MessageContent &c)
{
    if (isMediaKind(c.kind))
        return QStringLiteral("media");
    if (c.kind == ContentKind::Reaction)
        return QStringLiteral("reaction");
    return QStringLiteral("text");
}

QString stanzaMediaType(const MessageContent &c)
{
    if (!c.media)
        return {};
    switch (c.kind) {
    case ContentKind::Image: return QStringLiteral("image");
    case ContentKind::Video: return c.media->gif ? QStringLiteral("gif") : QStringLiteral("video");
    case ContentKind::Audio: return c.media->ptt ? QStringLiteral("ptt") : QStringLiteral("audio");
    case ContentKind::Document: return QStringLiteral("document");
    case ContentKind::Sticker: return QStringLiteral("sticker");
    default: return {};
    }
}

} // namespace wa::message
