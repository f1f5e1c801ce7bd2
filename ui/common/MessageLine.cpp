#include "MessageLine.h"

#include "Theme.h"

namespace syncsites::ui {

MessageLine::MessageLine(QWidget* parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void MessageLine::showInfo(const QString& text)
{
    m_error = false;
    setStyleSheet(QString());
    setText(text);
    setVisible(!text.isEmpty());
}

void MessageLine::showError(const QString& text)
{
    m_error = true;
    setStyleSheet(Theme::isDark() ? QStringLiteral("color: #ef9a9a; font-weight: bold;")
                                  : QStringLiteral("color: #c62828; font-weight: bold;"));
    setText(text);
    setVisible(!text.isEmpty());
}

void MessageLine::clearMessage()
{
    showInfo(QString());
}

} // namespace syncsites::ui
