#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace syncsites::ui {

/// Shows a site's new secret, once: the secret (selectable, with a Copy button), and what the administrator must
/// do with it: the site enters it in its Settings. The hub never shows it again.
class SiteSecretDialog : public QDialog
{
    Q_OBJECT

public:
    /// `firstSecret`: the site was just added (no session to end); otherwise its old secret and sessions ended.
    SiteSecretDialog(const QString& site, const QString& secret, bool firstSecret, QWidget* parent = nullptr);

    QString secret() const;

private:
    QLineEdit* m_secret;
    QLabel* m_copied;
};

} // namespace syncsites::ui
