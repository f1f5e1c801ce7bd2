#pragma once

#include <QAction>

class QLineEdit;
class QToolButton;

namespace syncsites::ui {

/// Show/hide for a secret or password field: a checkable eye at the field's trailing end. A long secret typed from a
/// letter on a field laptop is easy to get wrong unseen; showing it lets the person check it before the server
/// refuses it. The eye's button is in the tab order right after the field, and Alt+F8 (as in Windows' own password
/// fields) toggles it from the field, so it is reachable without a mouse.
class SecretToggle : public QAction
{
    Q_OBJECT

public:
    /// Adds the toggle to `edit` (which becomes its parent); the field starts hidden (QLineEdit::Password).
    explicit SecretToggle(QLineEdit* edit);

    /// The tool button QLineEdit shows the action in (focusable, for the keyboard); null if Qt made none.
    QToolButton* button() const { return m_button; }

private:
    void show(bool shown);

    QLineEdit* m_edit;
    QToolButton* m_button = nullptr;
};

} // namespace syncsites::ui
