#include "ui/composer.h"

#include "ui/uitext.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace ui {

Composer::Composer(QWidget *parent)
    : QWidget(parent), m_edit(new QPlainTextEdit), m_attach(new QToolButton), m_send(new QPushButton), m_chips(new QListWidget),
      m_error(new QLabel)
{
    setAcceptDrops(true);
    m_edit->setTabChangesFocus(true);
    m_edit->setFixedHeight(m_edit->fontMetrics().lineSpacing() * 3 + 12);
    m_edit->installEventFilter(this);
    m_attach->setIcon(text::paperclip(palette().color(QPalette::ButtonText)));
    m_attach->setIconSize(QSize(22, 22));
    m_attach->setAutoRaise(true);
    m_chips->setFlow(QListView::LeftToRight);
    m_chips->setWrapping(true);
    m_chips->setMaximumHeight(56);
    m_chips->setSelectionMode(QAbstractItemView::NoSelection);
    m_chips->hide();
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #d32f2f"));
    m_error->hide();
    connect(m_send, &QPushButton::clicked, this, &Composer::submit);
    connect(m_attach, &QToolButton::clicked, this, [this] {
        addAttachments(QFileDialog::getOpenFileNames(this, tr("Attach files")));
    });
    connect(m_chips, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        m_files.removeAll(item->data(Qt::UserRole).toString());
        updateChips();
    });
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] { m_send->setEnabled(!m_busy && !m_target.isEmpty()); });
    auto *row = new QHBoxLayout;
    row->addWidget(m_attach, 0, Qt::AlignBottom);
    row->addWidget(m_edit, 1);
    row->addWidget(m_send, 0, Qt::AlignBottom);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_chips);
    layout->addWidget(m_error);
    layout->addLayout(row);
    retranslateUi();
    setTarget(QString());
}

QString Composer::text() const
{
    return m_edit->toPlainText().trimmed();
}

void Composer::addAttachments(const QStringList &files)
{
    for (const QString &f : files) {
        const QFileInfo info(f);
        if (info.isFile() && !m_files.contains(info.absoluteFilePath()))
            m_files << info.absoluteFilePath();
    }
    updateChips();
}

void Composer::updateChips()
{
    m_chips->clear();
    for (const QString &f : std::as_const(m_files)) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  ✕").arg(QFileInfo(f).fileName()));
        item->setData(Qt::UserRole, f);
        item->setToolTip(tr("%1 (Enter or double click removes it)").arg(f));
        m_chips->addItem(item);
    }
    m_chips->setVisible(!m_files.isEmpty());
}

void Composer::clear()
{
    m_edit->clear();
    m_files.clear();
    updateChips();
    showError(QString());
}

void Composer::setBusy(bool busy)
{
    m_busy = busy;
    m_send->setEnabled(!busy && !m_target.isEmpty());
    m_send->setText(busy ? tr("Sending…") : tr("Sen&d"));
}

void Composer::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString Composer::error() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void Composer::setTarget(const QString &chatTitle)
{
    m_target = chatTitle;
    setEnabled(!chatTitle.isEmpty());
    m_send->setEnabled(!m_busy && !chatTitle.isEmpty());
    m_edit->setPlaceholderText(chatTitle.isEmpty() ? QString() : tr("Message to %1 (Enter sends, Shift+Enter: new line)").arg(chatTitle));
}

void Composer::submit()
{
    if (m_busy || m_target.isEmpty())
        return;
    if (text().isEmpty() && m_files.isEmpty()) {
        showError(tr("Type a message or attach a file first."));
        return;
    }
    showError(QString());
    Q_EMIT sendRequested(text(), m_files);
}

bool Composer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && !(key->modifiers() & Qt::ShiftModifier)) {
            submit();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void Composer::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && isEnabled())
        event->acceptProposedAction();
}

void Composer::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            files << url.toLocalFile();
    addAttachments(files);
    event->acceptProposedAction();
}

void Composer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        m_attach->setIcon(text::paperclip(palette().color(QPalette::ButtonText)));
    QWidget::changeEvent(event);
}

void Composer::retranslateUi()
{
    m_attach->setToolTip(tr("Attach files (or drop them on the conversation)"));
    m_attach->setAccessibleName(tr("Attach files"));
    m_edit->setAccessibleName(tr("Message"));
    m_chips->setAccessibleName(tr("Attachments"));
    setBusy(m_busy);
    setTarget(m_target);
}

} // namespace ui
