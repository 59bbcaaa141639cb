#include "ui/messagemodel.h"

#include "core/store/messagerepository.h"
#include "ui/chatlistmodel.h"
#include "ui/storereader.h"
#include "ui/uitext.h"

#include <QDir>
#include <QFileInfo>
#include <QImageReader>

namespace ui {

namespace {

// A media path from the database, made absolute, and only if it stays inside the data directory.
QString mediaFileFor(const QString &dataDir, const QString &relative)
{
    if (relative.isEmpty() || dataDir.isEmpty())
        return {};
    const QString root = QDir::cleanPath(dataDir) + QLatin1Char('/');
    const QString path = QDir::cleanPath(root + relative);
    return path.startsWith(root) ? path : QString();
}

QImage thumbnailOf(const QString &file, int side)
{
    if (file.isEmpty() || !QFileInfo::exists(file))
        return {};
    QImageReader reader(file);
    reader.setAutoTransform(true);
    const QSize full = reader.size();
    if (full.isValid())
        reader.setScaledSize(full.scaled(side, side, Qt::KeepAspectRatio));
    return reader.read();
}

MessageItem itemOf(const core::store::MessageRecord &m, const QString &dataDir, int thumbSide)
{
    MessageItem it;
    it.id = m.id;
    it.messageId = m.messageId;
    it.fromMe = m.fromMe;
    it.type = m.messageType;
    it.text = m.content.isEmpty() ? m.caption : m.content;
    it.status = m.status;
    it.at = m.createdAt;
    it.hasMedia = m.hasMedia;
    it.mediaFile = mediaFileFor(dataDir, m.mediaPath);
    it.fileName = m.fileName;
    it.mimeType = m.mimeType;
    it.mediaSize = m.mediaSize.value_or(0);
    if (!m.fromMe && m.remoteJid.endsWith(QLatin1String("@g.us"))) {
        it.sender = m.metadata.value(QStringLiteral("pushName")).toString();
        if (it.sender.isEmpty())
            it.sender = m.metadata.value(QStringLiteral("participant")).toString().section(QLatin1Char('@'), 0, 0);
    }
    if (it.type == QLatin1String("image") || it.type == QLatin1String("sticker"))
        it.thumbnail = thumbnailOf(it.mediaFile, thumbSide);
    return it;
}

} // namespace

MessageModel::MessageModel(StoreReader *reader, QString dataDir, QObject *parent)
    : QAbstractListModel(parent), m_reader(reader), m_dataDir(std::move(dataDir))
{
}

void MessageModel::setChat(const QString &instanceId, const QString &jid)
{
    if (instanceId == m_instanceId && jid == m_jid)
        return;
    beginResetModel();
    m_instanceId = instanceId;
    m_jid = jid;
    m_rows.clear();
    m_seqOfId.clear();
    m_firstSeq = 0;
    m_hasOlder = false;
    m_loading = false;
    m_refreshAgain = false;
    ++m_epoch;
    endResetModel();
    if (!instanceId.isEmpty() && !jid.isEmpty())
        load(Kind::First);
}

void MessageModel::refresh()
{
    if (m_jid.isEmpty())
        return;
    if (m_loading) {
        m_refreshAgain = true;
        return;
    }
    load(m_rows.isEmpty() ? Kind::First : Kind::Newest);
}

void MessageModel::load(Kind kind)
{
    m_loading = true;
    core::store::MessageQuery q;
    q.instanceId = m_instanceId;
    q.remoteJid = m_jid;
    // One row more than a page says whether older ones exist, without counting them all.
    q.limit = PageSize + 1;
    q.countTotal = false;
    if (kind == Kind::Older && !m_rows.isEmpty()) {
        q.beforeMs = m_rows.first().at;
        q.beforeId = m_rows.first().id;
    }
    const QString dataDir = m_dataDir;
    const quint64 epoch = m_epoch;
    m_reader->read(this, [q, dataDir, kind](ReadSession &s) {
        if (kind != Kind::Older)
            s.waitForWrites();
        const auto page = s.messages().chatMessages(q);
        Page out;
        out.more = page.messages.size() > PageSize;
        out.items.reserve(PageSize);
        for (int i = 0; i < page.messages.size() && i < PageSize; ++i)
            out.items.push_back(itemOf(page.messages[i], dataDir, ThumbnailSide));
        return out;
    }, [this, kind, epoch](const Page &page) { apply(page, kind, epoch); });
}

void MessageModel::apply(const Page &page, Kind kind, quint64 epoch)
{
    if (epoch != m_epoch)
        return;
    // Still loading while rows go in: fetchMore() called from the row signals must not start a
    // page from a half-updated state.
    int prepended = 0, appended = 0;
    if (kind == Kind::First || kind == Kind::Older) {
        // The page is newest first; rows are oldest first.
        QVector<MessageItem> older;
        older.reserve(page.items.size());
        for (auto it = page.items.crbegin(); it != page.items.crend(); ++it)
            if (!m_seqOfId.contains(it->id))
                older.push_back(*it);
        m_hasOlder = page.more;
        if (!older.isEmpty()) {
            beginInsertRows({}, 0, int(older.size()) - 1);
            for (auto it = older.crbegin(); it != older.crend(); ++it) {
                m_rows.prepend(*it);
                m_seqOfId.insert(it->id, --m_firstSeq);
            }
            endInsertRows();
            prepended = int(older.size());
        }
    } else {
        // Newest page: statuses of rows we hold move on; messages after our newest are appended.
        const qint64 newestAt = m_rows.isEmpty() ? 0 : m_rows.last().at;
        QVector<MessageItem> newer;
        for (auto it = page.items.crbegin(); it != page.items.crend(); ++it) {
            if (const int row = rowOfId(it->id); row >= 0) {
                MessageItem &mine = m_rows[row];
                if (mine.status != it->status || mine.mediaFile != it->mediaFile) {
                    mine.status = it->status;
                    mine.mediaFile = it->mediaFile;
                    mine.thumbnail = it->thumbnail;
                    Q_EMIT dataChanged(index(row), index(row));
                }
            } else if (it->at >= newestAt) {
                newer.push_back(*it);
            }
        }
        if (!newer.isEmpty()) {
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(newer.size()) - 1);
            for (const MessageItem &m : std::as_const(newer)) {
                m_seqOfId.insert(m.id, m_firstSeq + m_rows.size());
                m_rows.push_back(m);
            }
            endInsertRows();
            appended = int(newer.size());
        }
    }
    m_loading = false;
    Q_EMIT loaded(prepended, appended);
    if (std::exchange(m_refreshAgain, false))
        refresh();
}

int MessageModel::rowOfId(const QString &id) const
{
    const auto it = m_seqOfId.constFind(id);
    return it == m_seqOfId.constEnd() ? -1 : int(*it - m_firstSeq);
}

int MessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

bool MessageModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_jid.isEmpty() && !m_loading && m_hasOlder;
}

void MessageModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        load(Kind::Older);
}

QVariant MessageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const MessageItem &m = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case TextRole: return m.text;
    case Qt::AccessibleTextRole: {
        const QString what = m.text.isEmpty() ? messagePreview(m.type, QString(), m.fileName) : m.text;
        const QString when = text::shortTime(m.at);
        if (m.fromMe)
            return tr("You, %1: %2 (%3)").arg(when, what, text::messageStatus(m.status));
        return m.sender.isEmpty() ? tr("%1: %2").arg(when, what) : tr("%1, %2: %3").arg(m.sender, when, what);
    }
    case IdRole: return m.id;
    case MessageIdRole: return m.messageId;
    case FromMeRole: return m.fromMe;
    case TypeRole: return m.type;
    case StatusRole: return m.status;
    case TimeRole: return m.at;
    case HasMediaRole: return m.hasMedia;
    case MediaFileRole: return m.mediaFile;
    case FileNameRole: return m.fileName;
    case MimeTypeRole: return m.mimeType;
    case MediaSizeRole: return m.mediaSize;
    case SenderRole: return m.sender;
    case ThumbnailRole: return m.thumbnail;
    default: return {};
    }
}

} // namespace ui
