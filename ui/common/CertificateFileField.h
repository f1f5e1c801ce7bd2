#pragma once

#include <QWidget>

class QLineEdit;

namespace syncsites::ui {

/// A certificate authority file: its path, typed or chosen with a file dialog ("…"). Used by the set-up wizard and
/// Settings.
class CertificateFileField : public QWidget
{
    Q_OBJECT

public:
    CertificateFileField(const QString& path, const QString& placeholder, QWidget* parent = nullptr);
    /// Empty, without a placeholder (forms in .ui files; set them through edit()).
    explicit CertificateFileField(QWidget* parent = nullptr) : CertificateFileField(QString(), QString(), parent) {}

    QString path() const; ///< trimmed; empty: the system's authorities
    QLineEdit* edit() const { return m_edit; }

private:
    QLineEdit* m_edit;
};

} // namespace syncsites::ui
