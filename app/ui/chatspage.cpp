#include "ui/chatspage.h"

#include "core/api/outgoing.h"
#include "core/instances/instancemanager.h"
#include "ui/chatitemdelegate.h"
#include "ui/chatlistmodel.h"
#include "ui/composer.h"
#include "ui/conversationview.h"
#include "ui/messagemodel.h"
#include "ui/uitext.h"

#include <QDesktopServices>
#include <QDropEvent>
#include <QFile>
#include <QFutureWatcher>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QtConcurrent>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSplitter>
#include <QStackedWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace ui {

ChatsPage::ChatsPage(StoreReader *reader, const QString &dataDir, core::instances::InstanceManager *manager,
                     qint64 maxMediaBytes, QWidget *parent)
    : QWidget(parent), m_manager(manager), m_maxMediaBytes(maxMediaBytes), m_chats(new ChatListModel(reader, this)), m_messages(new MessageModel(reader, dataDir, this)),
      m_search(new QLineEdit), m_chatList(new QListView), m_title(new QLabel), m_subtitle(new QLabel),
      m_empty(new QLabel), m_right(new QStackedWidget), m_conversation(new ConversationView),
      m_conversationPane(new QWidget), m_splitter(new QSplitter(Qt::Horizontal))
{
    m_search->setClearButtonEnabled(true);
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(300);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(&m_searchDelay, &QTimer::timeout, this, [this] { m_chats->setSearch(m_search->text().trimmed()); });
    m_refreshDelay.setSingleShot(true);
    m_refreshDelay.setInterval(200);
    connect(&m_refreshDelay, &QTimer::timeout, this, [this] {
        m_chats->refresh();
        m_messages->refresh();
    });

    m_chatList->setModel(m_chats);
    m_chatList->setItemDelegate(new ChatItemDelegate(m_chatList));
    m_chatList->setUniformItemSizes(true);
    m_chatList->setMinimumWidth(220);
    m_chatList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_chatList->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_chatList->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            openChat(current.data(ChatListModel::JidRole).toString());
    });
    connect(m_chats, &ChatListModel::loaded, this, [this] {
        // A refresh re-reads the list; keep the open chat selected.
        const int row = m_chats->rowOf(m_currentJid);
        if (row >= 0)
            m_chatList->selectionModel()->setCurrentIndex(m_chats->index(row), QItemSelectionModel::ClearAndSelect);
        updateHeader();
        markReadIfShown();
    });

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_chatList);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_conversation->setMessageModel(m_messages);
    connect(m_conversation, &QAbstractItemView::activated, this, &ChatsPage::openMedia);
    auto *paneLayout = new QVBoxLayout(m_conversationPane);
    paneLayout->setContentsMargins(0, 0, 0, 0);
    paneLayout->addWidget(m_title);
    paneLayout->addWidget(m_subtitle);
    paneLayout->addWidget(m_conversation, 1);
    if (m_manager) {
        m_composer = new Composer;
        paneLayout->addWidget(m_composer);
        connect(m_composer, &Composer::sendRequested, this, &ChatsPage::send);
        // Files dropped on the conversation are attachments, as in WhatsApp.
        m_conversation->setAcceptDrops(true);
        m_conversation->viewport()->setAcceptDrops(true);
        m_conversation->viewport()->installEventFilter(this);
    }

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_right->addWidget(m_empty);
    m_right->addWidget(m_conversationPane);

    m_splitter->setObjectName(QStringLiteral("chatsSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_right);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    setTabOrder(m_search, m_chatList);
    setTabOrder(m_chatList, m_conversation);
    if (m_composer)
        setTabOrder(m_conversation, m_composer->editor());
    retranslateUi();
}

bool ChatsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (m_composer && watched == m_conversation->viewport()
        && (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove || event->type() == QEvent::Drop)) {
        auto *drop = static_cast<QDropEvent *>(event);
        if (!drop->mimeData()->hasUrls() || m_currentJid.isEmpty())
            return false;
        if (event->type() == QEvent::Drop) {
            QStringList files;
            for (const QUrl &url : drop->mimeData()->urls())
                if (url.isLocalFile())
                    files << url.toLocalFile();
            m_composer->addAttachments(files);
        }
        drop->acceptProposedAction();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ChatsPage::markReadIfShown()
{
    // Read receipts only for what the operator can see: this chat, on screen.
    if (!m_manager || m_currentJid.isEmpty() || !isVisible() || window()->isMinimized())
        return;
    const int row = m_chats->rowOf(m_currentJid);
    if (row >= 0 && m_chats->index(row).data(ChatListModel::UnreadRole).toLongLong() > 0)
        m_manager->markChatRead(m_chats->instanceId(), m_currentJid);
}

struct ChatsPage::Outgoing {
    QString instanceId;
    QString to;
    QString text;
    QStringList files;
    int next = 0; // the file to send next; text alone when there are none
};

void ChatsPage::send(const QString &text, const QStringList &files)
{
    if (!m_manager || !m_composer || m_currentJid.isEmpty())
        return;
    if (const auto can = m_manager->checkCanSend(m_chats->instanceId()); !can.ok()) {
        m_composer->showError(tr("Not sent: %1").arg(can.failure().message));
        return;
    }
    for (const QString &f : files)
        if (QFileInfo(f).size() > m_maxMediaBytes) {
            m_composer->showError(tr("%1 is larger than %2, the most WaMulti sends.").arg(QFileInfo(f).fileName(), text::byteSize(m_maxMediaBytes)));
            return;
        }
    auto job = std::make_shared<Outgoing>(Outgoing{m_chats->instanceId(), m_currentJid, text, files, 0});
    m_composer->setBusy(true);
    sendNext(job);
}

void ChatsPage::sendNext(std::shared_ptr<Outgoing> job)
{
    auto deliver = [this, job](const wa::message::MessageContent &content, const QByteArray &data) {
        m_manager->send(job->instanceId, job->to, content, data, this, [this, job](const core::instances::SendOutcome &o) {
            if (!o.ok) {
                m_composer->setBusy(false);
                m_composer->showError(tr("Not sent: %1").arg(o.error.isEmpty() ? o.reason : o.error));
                return;
            }
            Q_EMIT sent(job->to, o.id);
            refresh();
            if (job->next < job->files.size())
                return sendNext(job);
            m_composer->setBusy(false);
            if (job->to == m_currentJid)
                m_composer->clear();
        });
    };
    if (job->files.isEmpty()) {
        wa::message::MessageContent content;
        content.kind = wa::message::ContentKind::Text;
        content.text = job->text;
        return deliver(content, {});
    }
    // Read the file off the GUI thread (it may be as large as the media cap), then send it.
    const QString path = job->files.at(job->next);
    const QString caption = job->next == 0 ? job->text : QString();
    ++job->next;
    auto *watcher = new QFutureWatcher<QByteArray>(this);
    connect(watcher, &QFutureWatcher<QByteArray>::finished, this, [this, watcher, path, caption, deliver] {
        watcher->deleteLater();
        const QByteArray data = watcher->result();
        if (data.isEmpty()) {
            m_composer->setBusy(false);
            m_composer->showError(tr("Not sent: %1 could not be read.").arg(QFileInfo(path).fileName()));
            return;
        }
        deliver(core::api::mediaContent(data, QString(), QFileInfo(path).fileName(), caption, QString()), data);
    });
    watcher->setFuture(QtConcurrent::run([path] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }));
}

void ChatsPage::setInstance(const QString &instanceId)
{
    if (instanceId == m_chats->instanceId())
        return;
    m_currentJid.clear();
    m_messages->setChat(QString(), QString());
    m_chats->setInstance(instanceId);
    m_right->setCurrentWidget(m_empty);
    if (m_composer) { // nothing typed for one instance's chat may go to another's
        m_composer->clear();
        m_composer->setTarget(QString());
    }
    updateHeader();
}

void ChatsPage::openChat(const QString &jid)
{
    if (jid == m_currentJid && !jid.isEmpty())
        return;
    m_currentJid = jid;
    m_messages->setChat(m_chats->instanceId(), jid);
    m_right->setCurrentWidget(jid.isEmpty() ? static_cast<QWidget *>(m_empty) : m_conversationPane);
    updateHeader();
    if (m_composer) {
        m_composer->clear();
        const int row = m_chats->rowOf(jid);
        m_composer->setTarget(jid.isEmpty() ? QString() : row >= 0 ? m_chats->index(row).data(ChatListModel::NameRole).toString() : jid);
    }
    if (!jid.isEmpty()) {
        markReadIfShown();
        Q_EMIT chatOpened(jid);
    }
}

void ChatsPage::refresh()
{
    if (!m_refreshDelay.isActive())
        m_refreshDelay.start();
}

void ChatsPage::updateHeader()
{
    const int row = m_chats->rowOf(m_currentJid);
    m_title->setText(row >= 0 ? m_chats->index(row).data(ChatListModel::NameRole).toString() : m_currentJid.section(QLatin1Char('@'), 0, 0));
    m_subtitle->setText(m_currentJid);
}

void ChatsPage::openMedia(const QModelIndex &viewIndex)
{
    const QModelIndex index = m_conversation->sourceIndex(viewIndex);
    if (!index.data(MessageModel::HasMediaRole).toBool() && index.data(MessageModel::TypeRole).toString() != QLatin1String("document"))
        return;
    const QString file = index.data(MessageModel::MediaFileRole).toString();
    if (file.isEmpty() || !QFileInfo::exists(file)) {
        Q_EMIT statusMessage(tr("This file is not stored on this computer."));
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(file)))
        Q_EMIT statusMessage(tr("No application could open %1.").arg(QFileInfo(file).fileName()));
}

void ChatsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ChatsPage::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search chats"));
    m_search->setAccessibleName(tr("Search chats"));
    m_chatList->setAccessibleName(tr("Chats"));
    m_empty->setText(tr("Choose a chat on the left to read its messages."));
    m_chatList->viewport()->update();
    m_conversation->viewport()->update();
}

} // namespace ui
