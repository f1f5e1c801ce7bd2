#include "DebugArchive.h"

#include "Redaction.h"
#include "ZipWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

#include <memory>
#include <optional>

namespace syncsites::app {

namespace {

QString valueText(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        return QStringLiteral("(binary, %1 bytes)").arg(value.toByteArray().size());
    case QMetaType::QVariantMap:
        return QString::fromUtf8(
            QJsonDocument(QJsonObject::fromVariantMap(value.toMap())).toJson(QJsonDocument::Compact));
    case QMetaType::QStringList:
        return value.toStringList().join(QLatin1String(", "));
    default:
        return value.toString();
    }
}

} // namespace

QString DebugArchive::settingsText(const QSettings& settings)
{
    QStringList keys = settings.allKeys();
    keys.sort();
    QString text =
        QStringLiteral("; %1, secret-like keys left out\n").arg(QDir::toNativeSeparators(settings.fileName()));
    std::optional<QString> section;
    for (const QString& key : keys) {
        if (Redaction::isSecretKey(key))
            continue;
        const qsizetype slash = key.indexOf(QLatin1Char('/'));
        const QString group = slash < 0 ? QStringLiteral("General") : key.left(slash);
        if (group != section) {
            section = group;
            text += QStringLiteral("\n[%1]\n").arg(group);
        }
        QString value = valueText(settings.value(key));
        value.replace(QLatin1Char('\n'), QLatin1String("\\n"));
        text += key.mid(slash + 1) + QLatin1Char('=') + Redaction::maskCredentials(value) + QLatin1Char('\n');
    }
    return text;
}

Status DebugArchive::write(const QString& file, const Contents& contents)
{
    // Everything in one folder named after the archive: unpacked, it does not spill over the folder it lands in.
    const QString folder = QFileInfo(file).completeBaseName() + QLatin1Char('/');
    ZipWriter zip;
    zip.add(folder + QStringLiteral("diagnostics.txt"), contents.diagnostics.toUtf8());
    {
        const std::unique_ptr<QSettings> settings =
            contents.settingsFile.isEmpty() ? std::make_unique<QSettings>()
                                            : std::make_unique<QSettings>(contents.settingsFile, QSettings::IniFormat);
        zip.add(folder + QStringLiteral("settings.ini"), settingsText(*settings).toUtf8());
    }
    for (const QString& log : contents.logFiles) {
        QFile in(log);
        if (!in.open(QIODevice::ReadOnly))
            return Error{QStringLiteral("file_read_failed"),
                         tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(log), in.errorString())};
        zip.add(folder + QStringLiteral("logs/") + QFileInfo(log).fileName(), in.readAll(),
                QFileInfo(log).lastModified());
    }
    return zip.write(file);
}

} // namespace syncsites::app
