#pragma once

#include <QLabel>

namespace syncsites::ui {

/// The line under a page's table that says what the last action did: a plain sentence when it worked, in red and
/// bold when it did not (readable in the light and the dark theme). Hidden while empty; selectable, so that a
/// person can copy an error for their administrator.
class MessageLine : public QLabel
{
    Q_OBJECT

public:
    explicit MessageLine(QWidget* parent = nullptr);

    void showInfo(const QString& text);
    void showError(const QString& text);
    /// showError or showInfo.
    void showMessage(const QString& text, bool error) { error ? showError(text) : showInfo(text); }
    void clearMessage();
    bool isError() const { return m_error; }

private:
    bool m_error = false;
};

} // namespace syncsites::ui
