#include "SecretFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace syncsites {

namespace {

// Its sentences, in the translation context "SecretFile" (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SecretFile)
};

} // namespace

QString SecretFile::pathFor(const QString& replicaPath)
{
    return replicaPath + QLatin1String(".secret");
}

Result<QString> SecretFile::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            QStringLiteral("secret_missing"),
            Text::tr("The site's secret file %1 cannot be read (%2). Run \"syncsites-cli init\" again with the "
                     "site's password file.")
                .arg(path, file.errorString())};
    return QString::fromUtf8(file.readAll()).trimmed();
}

Status SecretFile::write(const QString& path, const QString& secret)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("disk_write_failed"),
                     Text::tr("The secret file %1 cannot be written (%2).").arg(path, file.errorString())};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(secret.toUtf8() + '\n');
    if (!file.commit())
        return Error{QStringLiteral("disk_write_failed"),
                     Text::tr("The secret file %1 cannot be written (%2).").arg(path, file.errorString())};
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

Result<QString> SecretFile::readPasswordFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("password_file_unreadable"),
                     Text::tr("The password file %1 cannot be read (%2).").arg(path, file.errorString())};
    const QString text = QString::fromUtf8(file.readAll());
    QString secret = text.section(QLatin1Char('\n'), 0, 0);
    while (!secret.isEmpty() && secret.back().isSpace())
        secret.chop(1);
    if (secret.isEmpty())
        return Error{QStringLiteral("password_file_empty"),
                     Text::tr("The password file %1 is empty. Put the site's secret on its first line.").arg(path)};
    return secret;
}

} // namespace syncsites
