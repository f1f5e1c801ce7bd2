#include "CertificateFileField.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace syncsites::ui {

CertificateFileField::CertificateFileField(const QString& path, const QString& placeholder, QWidget* parent)
    : QWidget(parent), m_edit(new QLineEdit(path, this))
{
    m_edit->setObjectName(QStringLiteral("caFile"));
    m_edit->setAccessibleName(tr("Certificate authority file"));
    m_edit->setPlaceholderText(placeholder);
    setFocusProxy(m_edit);
    auto* browse = new QToolButton(this);
    browse->setText(tr("…"));
    browse->setAccessibleName(tr("Choose the certificate authority file"));
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Certificate authority"), m_edit->text(),
                                                          tr("Certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_edit->setText(file);
    });
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit);
    row->addWidget(browse);
}

QString CertificateFileField::path() const
{
    return m_edit->text().trimmed();
}

} // namespace syncsites::ui
