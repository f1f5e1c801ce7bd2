#include "SiteSecretDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace syncsites::ui {

SiteSecretDialog::SiteSecretDialog(const QString& site, const QString& secret, bool firstSecret, QWidget* parent)
    : QDialog(parent), m_secret(new QLineEdit(secret, this)), m_copied(new QLabel(this))
{
    setWindowTitle(tr("The secret of %1").arg(site));
    auto* text = new QLabel(this);
    text->setObjectName(QStringLiteral("explanation"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    const QString enter = tr("%1 must enter it in its Settings before it can sync. It is shown this once: "
                             "copy it now and hand it over safely.")
                              .arg(site);
    text->setText(firstSecret ? tr("%1 was added. This is its secret.").arg(site) + QLatin1Char(' ') + enter
                              : tr("%1 has a new secret. Its old secret no longer works and its sessions have "
                                   "ended.")
                                        .arg(site) +
                                    QLatin1Char(' ') + enter);
    m_secret->setObjectName(QStringLiteral("secret"));
    m_secret->setReadOnly(true);
    m_secret->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_secret->setMinimumWidth(m_secret->fontMetrics().horizontalAdvance(secret) + 24);
    auto* copy = new QPushButton(tr("&Copy"), this);
    copy->setObjectName(QStringLiteral("copy"));
    m_copied->setObjectName(QStringLiteral("copied"));
    connect(copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_secret->text());
        m_copied->setText(tr("Copied to the clipboard."));
    });
    auto* row = new QHBoxLayout;
    row->addWidget(m_secret, 1);
    row->addWidget(copy);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("C&lose"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(row);
    layout->addWidget(m_copied);
    layout->addWidget(buttons);
    m_secret->selectAll();
}

QString SiteSecretDialog::secret() const
{
    return m_secret->text();
}

} // namespace syncsites::ui
