#include "OneTimeSecretDialog.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace syncsites::ui {

OneTimeSecretDialog::OneTimeSecretDialog(const QString& title, const QString& explanation, const QString& secret,
                                         QWidget* parent)
    : QDialog(parent), m_secret(secret), m_field(new QLineEdit(secret, this)), m_copied(new QLabel(this)),
      m_copy(new QPushButton(tr("&Copy"), this)), m_done(new QPushButton(tr("I have &written it down"), this))
{
    setObjectName(QStringLiteral("oneTimeSecretDialog"));
    setWindowTitle(title);
    setModal(true);

    auto* text = new QLabel(explanation, this);
    text->setObjectName(QStringLiteral("secretExplanation"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);

    m_field->setObjectName(QStringLiteral("secretField"));
    m_field->setReadOnly(true);
    m_field->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_field->setAccessibleName(tr("The secret, shown once"));
    m_field->setMinimumWidth(m_field->fontMetrics().horizontalAdvance(secret) + 24);

    m_copy->setObjectName(QStringLiteral("copySecretButton"));
    m_copy->setAccessibleName(tr("Copy the secret to the clipboard"));
    connect(m_copy, &QPushButton::clicked, this, &OneTimeSecretDialog::copy);

    m_copied->setObjectName(QStringLiteral("secretCopiedLabel"));
    m_copied->hide();

    auto* warning = new QLabel(tr("This is the only time it is shown: SyncSites keeps no copy. Give it to the person "
                                  "in a safe way; they can change it after signing in."),
                               this);
    warning->setWordWrap(true);

    m_done->setObjectName(QStringLiteral("secretDoneButton"));
    m_done->setDefault(true);
    connect(m_done, &QPushButton::clicked, this, &QDialog::accept);

    auto* row = new QHBoxLayout;
    row->addWidget(m_field, 1);
    row->addWidget(m_copy);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_copied);
    buttons->addStretch();
    buttons->addWidget(m_done);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(row);
    layout->addWidget(warning);
    layout->addLayout(buttons);
    setMinimumWidth(440);
    setMaximumWidth(700);
    m_field->selectAll();
    m_field->setFocus();
}

void OneTimeSecretDialog::copy()
{
    QGuiApplication::clipboard()->setText(m_secret);
    m_copied->setText(tr("Copied to the clipboard."));
    m_copied->show();
}

} // namespace syncsites::ui
