#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace syncsites::ui {

/// Shows a secret (a password the hub generated, or one just reset) once, with a Copy button: the app keeps no copy
/// and cannot show it again. Closed with "I have written it down" (or Escape).
class OneTimeSecretDialog : public QDialog
{
    Q_OBJECT

public:
    /// `explanation` says whose secret it is and what to do with it.
    OneTimeSecretDialog(const QString& title, const QString& explanation, const QString& secret,
                        QWidget* parent = nullptr);

    QString secret() const { return m_secret; }

private:
    void copy();

    QString m_secret;
    QLineEdit* m_field;
    QLabel* m_copied;
    QPushButton* m_copy;
    QPushButton* m_done;
};

} // namespace syncsites::ui
