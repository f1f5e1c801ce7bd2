#include "SecretToggle.h"

#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QToolButton>

namespace syncsites::ui {

namespace {

/// An eye, crossed out when `crossed`: drawn, because icon themes are missing on Windows and in minimal desktops.
QIcon drawnEye(const QColor& color, bool crossed)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color, 2.5));
    QPainterPath lid;
    lid.moveTo(3, 16);
    lid.quadTo(16, 3, 29, 16);
    lid.quadTo(16, 29, 3, 16);
    painter.drawPath(lid);
    painter.setBrush(color);
    painter.drawEllipse(QPointF(16, 16), 4.5, 4.5);
    if (crossed)
        painter.drawLine(QPointF(6, 27), QPointF(26, 5));
    return QIcon(pixmap);
}

} // namespace

SecretToggle::SecretToggle(QLineEdit* edit) : QAction(edit), m_edit(edit)
{
    setObjectName(edit->objectName() + QStringLiteral("Toggle"));
    setCheckable(true);
    setShortcut(QKeySequence(Qt::ALT | Qt::Key_F8));
    setShortcutContext(Qt::WidgetShortcut); // only while the field has the focus
    edit->addAction(this, QLineEdit::TrailingPosition);
    // QLineEdit shows the action in a tool button that takes no focus; give it the focus, right after the field, so
    // that Tab reaches it (Space then toggles it).
    const QList<QToolButton*> buttons = edit->findChildren<QToolButton*>(QString(), Qt::FindDirectChildrenOnly);
    for (QToolButton* b : buttons) {
        if (b->defaultAction() == this)
            m_button = b;
    }
    if (m_button) {
        m_button->setObjectName(objectName() + QStringLiteral("Button"));
        m_button->setFocusPolicy(Qt::StrongFocus);
        QWidget::setTabOrder(edit, m_button);
    }
    connect(this, &QAction::toggled, this, &SecretToggle::show);
    show(false);
}

void SecretToggle::show(bool shown)
{
    m_edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    const QString text = shown ? tr("Hide the secret") : tr("Show the secret");
    setText(text);
    setToolTip(text);
    const QColor color = m_edit->palette().color(QPalette::PlaceholderText);
    setIcon(QIcon::fromTheme(shown ? QStringLiteral("view-hidden") : QStringLiteral("view-visible"),
                             drawnEye(color, shown)));
    if (m_button)
        m_button->setAccessibleName(text);
}

} // namespace syncsites::ui
