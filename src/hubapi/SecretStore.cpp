#include "SecretStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QSaveFile>

#include <qt6keychain/keychain.h>

namespace syncsites {

namespace {

// Its sentences, in the translation context "SecretStore" (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)
};

/// Runs a keychain job to its end; true when it succeeded.
bool runJob(QKeychain::Job& job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    return job.error() == QKeychain::NoError;
}

} // namespace

SecretStore::SecretStore(QString service, QString fallbackDirectory)
    : m_service(std::move(service)), m_directory(std::move(fallbackDirectory))
{}

bool SecretStore::keychainEnabled() const
{
    return qEnvironmentVariableIntValue("SYNCSITES_NO_KEYCHAIN") == 0;
}

QString SecretStore::fallbackPath(const QString& key) const
{
    // The key names a site and a server; hashed so that any name makes a valid file name.
    const QByteArray digest = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return QDir(m_directory).filePath(QStringLiteral("secret-%1").arg(QString::fromLatin1(digest)));
}

Status SecretStore::write(const QString& key, const QString& secret)
{
    if (keychainEnabled()) {
        QKeychain::WritePasswordJob job(m_service);
        job.setKey(key);
        job.setTextData(secret);
        if (runJob(job)) {
            QFile::remove(fallbackPath(key)); // one place only
            m_lastBackend = QStringLiteral("keychain");
            return {};
        }
    }
    if (!QDir().mkpath(m_directory))
        return Error{QStringLiteral("secret_store"), Text::tr("Cannot create the folder %1 to keep the site's secret.")
                                                         .arg(QDir::toNativeSeparators(m_directory))};
    QSaveFile file(fallbackPath(key));
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(secret.toUtf8()) < 0 || !file.commit())
        return Error{QStringLiteral("secret_store"),
                     Text::tr("Cannot save the site's secret in %1 (%2). Check the disk has room and the folder is "
                              "writable.")
                         .arg(QDir::toNativeSeparators(m_directory), file.errorString())};
    m_lastBackend = QStringLiteral("file");
    return {};
}

Result<QString> SecretStore::read(const QString& key)
{
    if (keychainEnabled()) {
        QKeychain::ReadPasswordJob job(m_service);
        job.setKey(key);
        if (runJob(job))
            return job.textData();
    }
    QFile file(fallbackPath(key));
    if (file.open(QIODevice::ReadOnly))
        return QString::fromUtf8(file.readAll());
    return Error{QStringLiteral("not_found"),
                 Text::tr("This computer holds no secret for this site. The network administrator has it.")};
}

Status SecretStore::remove(const QString& key)
{
    if (keychainEnabled()) {
        QKeychain::DeletePasswordJob job(m_service);
        job.setKey(key);
        runJob(job);
    }
    QFile::remove(fallbackPath(key));
    return {};
}

} // namespace syncsites
