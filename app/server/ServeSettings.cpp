#include "ServeSettings.h"

#include "HttpServer.h"
#include "HubState.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

#include <functional>

namespace syncsites {

namespace {

const QString kDefaultConfig = QStringLiteral("/etc/syncsites/hub.conf");
const QString kSection = QStringLiteral("serve");

enum class Kind
{
    Text,
    Path,   ///< from a configuration file: relative to the file's folder
    Listen, ///< HOST:PORT
    Number, ///< a whole number, `minimum` or more
};

struct Spec
{
    const char* name;
    const char* valueName;
    Kind kind;
    int minimum;
    const char* what; ///< "a number of seconds", "a whole number", ...
    QString description;
};

int wholeSeconds(std::chrono::milliseconds ms)
{
    return int(std::chrono::duration_cast<std::chrono::seconds>(ms).count());
}

// Every setting of serve, in the order of its help. The defaults come from HubConfig and HttpServerConfig.
const QVector<Spec>& specs()
{
    static const QVector<Spec> all = [] {
        const HubConfig hub;
        const HttpServerConfig http;
        const char* seconds = "a number of seconds";
        const char* days = "a number of days";
        const char* number = "a whole number";
        return QVector<Spec>{
            {"db", "FILE", Kind::Path, 0, "",
             QStringLiteral("The database to serve (required): a hub's, or a remote server's replica.")},
            {"listen", "HOST:PORT", Kind::Listen, 0, "",
             QStringLiteral("Where to listen (required): a loopback address (127.0.0.1, ::1) and a port; port 0 "
                            "picks a free one.")},
            {"port-file", "FILE", Kind::Path, 0, "",
             QStringLiteral("Writes the port listened on to FILE once listening.")},
            {"tls-cert", "FILE", Kind::Path, 0, "",
             QStringLiteral("With --tls-key: HTTPS only, with this certificate (PEM).")},
            {"tls-key", "FILE", Kind::Path, 0, "", QStringLiteral("The private key of --tls-cert (PEM).")},
            {"public-url", "URL", Kind::Text, 0, "",
             QStringLiteral("The URL sites reach this server at, when a proxy is in front (default: the address "
                            "served on).")},
            {"workers", "N", Kind::Number, 1, number,
             QStringLiteral("HTTP worker threads: requests answered at once (default %1).").arg(http.workerThreads)},
            {"sync-interval", "S", Kind::Number, 1, seconds,
             QStringLiteral("A remote server only: seconds between its sessions with its hubs (default: the "
                            "replica's interval).")},
            {"check-seconds", "S", Kind::Number, 0, seconds,
             QStringLiteral("Before serving, check the database for damage for at most S seconds (default %1; 0 "
                            "skips the check).")
                 .arg(ServeSettings::kCheckSeconds)},
            {"metrics-token-file", "FILE", Kind::Path, 0, "",
             QStringLiteral("/metrics answers only 'Authorization: Bearer' with the token on FILE's first line; "
                            "without it /metrics is off.")},
            {"header-timeout", "S", Kind::Number, 1, seconds,
             QStringLiteral("A request's headers must arrive within S seconds (default %1).")
                 .arg(wholeSeconds(http.headerTimeout))},
            {"min-rate", "B", Kind::Number, 0, number,
             QStringLiteral("Bodies and answers must move at B bytes a second or more (default %1).")
                 .arg(qint64(http.minBodyBytesPerSecond))},
            {"slow-grace", "S", Kind::Number, 1, seconds,
             QStringLiteral("A body or answer slower than --min-rate is cut after S seconds (default %1).")
                 .arg(wholeSeconds(http.slowGrace))},
            {"max-connections-per-address", "N", Kind::Number, 1, number,
             QStringLiteral("Connections one client address may hold at once (default %1).")
                 .arg(http.maxConnectionsPerAddress)},
            {"report-retention-days", "D", Kind::Number, 1, days,
             QStringLiteral("Sites' sync reports (the dashboard's history) are kept D days (default %1).")
                 .arg(hub.reportRetentionDays)},
            {"push-answer-retention-days", "D", Kind::Number, 1, days,
             QStringLiteral("The answers to push batches, kept for replays, are kept D days (default %1).")
                 .arg(hub.pushAnswerRetentionDays)},
            {"site-sync-interval", "S", Kind::Number, 1, seconds,
             QStringLiteral("The sites' sync interval, as the dashboard shows it (default %1).")
                 .arg(hub.syncInterval.count())},
            {"late-after", "S", Kind::Number, 1, seconds,
             QStringLiteral("A site is late when its last successful sync is older than S seconds (default %1, or "
                            "twice --site-sync-interval when that is given).")
                 .arg(hub.lateAfter.count())},
            {"stale-after", "S", Kind::Number, 1, seconds,
             QStringLiteral("A site is stale when its last successful sync is older than S seconds (default %1); at "
                            "least --late-after.")
                 .arg(hub.staleAfter.count())},
        };
    }();
    return all;
}

/// A value given for a setting, and where: on the command line (`--name`) or in the configuration file.
struct Given
{
    QString name;
    QString value;
    bool fromFile = false;
};

class Sources
{
public:
    Sources(const OptionValues& commandLine, QString file, QHash<QString, QString> values)
        : m_commandLine(commandLine), m_file(std::move(file)), m_values(std::move(values))
    {}

    std::optional<Given> get(const QString& name) const
    {
        const QString flag = QStringLiteral("--") + name;
        if (m_commandLine.contains(flag))
            return Given{name, m_commandLine.value(flag), false};
        if (m_values.contains(name))
            return Given{name, m_values.value(name), true};
        return std::nullopt;
    }

    /// `expected` says what would do: "a number of seconds, 0 or more".
    Error invalid(const Given& given, const QString& expected) const
    {
        if (given.fromFile)
            return Error{QStringLiteral("config_invalid"),
                         QStringLiteral("%1: the value of %2 in [%3], \"%4\", is not valid: expected %5.")
                             .arg(m_file, given.name, kSection, given.value, expected)};
        return Error{QStringLiteral("usage"), QStringLiteral("--%1 takes %2").arg(given.name, expected)};
    }

    /// Where a setting came from, for messages: "--late-after", "late-after in hub.conf", "the default".
    QString origin(const QString& name) const
    {
        const std::optional<Given> given = get(name);
        if (!given)
            return QStringLiteral("the default");
        return given->fromFile ? QStringLiteral("%1 in %2").arg(name, m_file) : QStringLiteral("--") + name;
    }

    /// A path of the file is relative to its folder.
    QString path(const Given& given) const
    {
        if (!given.fromFile || given.value.isEmpty())
            return given.value;
        return QDir::cleanPath(QDir(QFileInfo(m_file).absolutePath()).absoluteFilePath(given.value));
    }

    const QString& file() const { return m_file; }

private:
    const OptionValues& m_commandLine;
    QString m_file;
    QHash<QString, QString> m_values;
};

// The configuration file's [serve] settings, by key. Unknown keys and keys outside [serve] are errors (a typo must
// not be silently ignored); an empty value counts as not given.
Result<QHash<QString, QString>> readConfig(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("config_invalid"),
                     QStringLiteral("cannot read the configuration file %1: %2").arg(path, file.errorString())};
    file.close();
    QSettings settings(path, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError)
        return Error{QStringLiteral("config_invalid"),
                     QStringLiteral("%1 cannot be read as an INI file (a line that is neither [section], key = value "
                                    "nor a comment?)")
                         .arg(path)};
    const QStringList known = ServeSettings::configKeys();
    QHash<QString, QString> values;
    const QStringList keys = settings.allKeys();
    for (const QString& key : keys) {
        const qsizetype slash = key.indexOf(QLatin1Char('/'));
        const QString section = slash < 0 ? QString() : key.left(slash);
        const QString name = slash < 0 ? key : key.mid(slash + 1);
        if (section != kSection)
            return Error{QStringLiteral("config_invalid"),
                         QStringLiteral("%1: the key %2 is %3; every setting goes in the section [%4]")
                             .arg(path, name,
                                  section.isEmpty() ? QStringLiteral("before any section")
                                                    : QStringLiteral("in the section [%1]").arg(section),
                                  kSection)};
        if (!known.contains(name))
            return Error{QStringLiteral("config_invalid"),
                         QStringLiteral("%1: unknown key %2 in [%3]; the keys are %4")
                             .arg(path, name, kSection, known.join(QLatin1String(", ")))};
        const QVariant value = settings.value(key);
        // QSettings reads an unquoted value with commas as a list.
        const QString text = value.metaType().id() == QMetaType::QStringList
                                 ? value.toStringList().join(QLatin1Char(','))
                                 : value.toString();
        if (!text.trimmed().isEmpty())
            values.insert(name, text.trimmed());
    }
    return values;
}

// The configuration file to read: --config, else the default one when it exists (none with --no-config).
Result<QString> configPath(const OptionValues& values)
{
    const bool none = values.contains(QStringLiteral("--no-config"));
    if (values.contains(QStringLiteral("--config"))) {
        if (none)
            return Error{QStringLiteral("usage"), QStringLiteral("--config and --no-config cannot go together")};
        const QString path = values.value(QStringLiteral("--config"));
        if (!QFileInfo(path).isFile())
            return Error{QStringLiteral("config_invalid"),
                         QStringLiteral("cannot read the configuration file %1: there is no such file").arg(path)};
        return path;
    }
    if (none)
        return QString();
    const QString path = qEnvironmentVariableIsSet("SYNCSITES_SERVER_CONFIG")
                             ? qEnvironmentVariable("SYNCSITES_SERVER_CONFIG")
                             : kDefaultConfig;
    return !path.isEmpty() && QFileInfo::exists(path) ? path : QString();
}

} // namespace

QVector<CommandOption> ServeSettings::options()
{
    QVector<CommandOption> options;
    for (const Spec& spec : specs())
        options.append({QLatin1String(spec.name), QLatin1String(spec.valueName), spec.description});
    options.append({QStringLiteral("config"), QStringLiteral("FILE"),
                    QStringLiteral("Read the settings from FILE (INI: the section [serve], a key per option, e.g. "
                                   "workers = 8). Default: %1 when it exists (or the file named by "
                                   "SYNCSITES_SERVER_CONFIG). Options given here win over the file.")
                        .arg(kDefaultConfig)});
    options.append(
        {QStringLiteral("no-config"), QString(), QStringLiteral("Read no configuration file, not even the default.")});
    return options;
}

QStringList ServeSettings::configKeys()
{
    QStringList keys;
    for (const Spec& spec : specs())
        keys.append(QLatin1String(spec.name));
    return keys;
}

Result<ServeSettings> ServeSettings::resolve(const OptionValues& values)
{
    Result<QString> file = configPath(values);
    if (!file)
        return file.error();
    QHash<QString, QString> fileValues;
    if (!file->isEmpty()) {
        Result<QHash<QString, QString>> read = readConfig(*file);
        if (!read)
            return read.error();
        fileValues = std::move(read).value();
    }
    const Sources sources(values, *file, fileValues);

    ServeSettings settings;
    settings.configFile = *file;
    const HubConfig hub;
    const HttpServerConfig http;
    settings.workers = http.workerThreads;
    settings.headerTimeoutSeconds = wholeSeconds(http.headerTimeout);
    settings.minRate = int(http.minBodyBytesPerSecond);
    settings.slowGraceSeconds = wholeSeconds(http.slowGrace);
    settings.maxConnectionsPerAddress = http.maxConnectionsPerAddress;
    settings.reportRetentionDays = hub.reportRetentionDays;
    settings.pushAnswerRetentionDays = hub.pushAnswerRetentionDays;
    settings.siteSyncInterval = int(hub.syncInterval.count());
    settings.lateAfter = int(hub.lateAfter.count());
    settings.staleAfter = int(hub.staleAfter.count());

    const QHash<QString, QString*> texts{
        {QStringLiteral("db"), &settings.db},
        {QStringLiteral("port-file"), &settings.portFile},
        {QStringLiteral("tls-cert"), &settings.tlsCertificate},
        {QStringLiteral("tls-key"), &settings.tlsKey},
        {QStringLiteral("public-url"), &settings.publicUrl},
        {QStringLiteral("metrics-token-file"), &settings.metricsTokenFile},
    };
    const QHash<QString, int*> numbers{
        {QStringLiteral("workers"), &settings.workers},
        {QStringLiteral("check-seconds"), &settings.checkSeconds},
        {QStringLiteral("header-timeout"), &settings.headerTimeoutSeconds},
        {QStringLiteral("min-rate"), &settings.minRate},
        {QStringLiteral("slow-grace"), &settings.slowGraceSeconds},
        {QStringLiteral("max-connections-per-address"), &settings.maxConnectionsPerAddress},
        {QStringLiteral("report-retention-days"), &settings.reportRetentionDays},
        {QStringLiteral("push-answer-retention-days"), &settings.pushAnswerRetentionDays},
        {QStringLiteral("site-sync-interval"), &settings.siteSyncInterval},
        {QStringLiteral("late-after"), &settings.lateAfter},
        {QStringLiteral("stale-after"), &settings.staleAfter},
    };
    for (const Spec& spec : specs()) {
        const QString name = QLatin1String(spec.name);
        const std::optional<Given> given = sources.get(name);
        if (!given)
            continue;
        switch (spec.kind) {
        case Kind::Text:
        case Kind::Path:
            *texts.value(name) = spec.kind == Kind::Path ? sources.path(*given) : given->value;
            break;
        case Kind::Listen: {
            const qsizetype colon = given->value.lastIndexOf(QLatin1Char(':'));
            bool ok = colon > 0;
            const int port = ok ? given->value.mid(colon + 1).toInt(&ok) : 0;
            if (!ok || port < 0 || port > 65535)
                return sources.invalid(*given,
                                       QStringLiteral("HOST:PORT, e.g. 127.0.0.1:8080 (port 0 picks a free one)"));
            settings.host = given->value.left(colon);
            settings.port = port;
            break;
        }
        case Kind::Number: {
            bool ok = false;
            const int value = given->value.toInt(&ok);
            if (!ok || value < spec.minimum)
                return sources.invalid(
                    *given, QStringLiteral("%1, %2 or more").arg(QLatin1String(spec.what)).arg(spec.minimum));
            if (name == QLatin1String("sync-interval"))
                settings.syncInterval = value;
            else
                *numbers.value(name) = value;
            break;
        }
        }
    }
    for (const char* required : {"db", "listen"}) {
        if (!sources.get(QLatin1String(required)))
            return Error{QStringLiteral("usage"), file->isEmpty()
                                                      ? QStringLiteral("--%1 is required").arg(QLatin1String(required))
                                                      : QStringLiteral("--%1 is required (or %1 in [%2] of %3)")
                                                            .arg(QLatin1String(required), kSection, *file)};
    }
    // The dashboard's thresholds: late by default after two of the sites' intervals.
    if (!sources.get(QStringLiteral("late-after")) && sources.get(QStringLiteral("site-sync-interval")))
        settings.lateAfter = 2 * settings.siteSyncInterval;
    if (settings.staleAfter < settings.lateAfter)
        return Error{sources.get(QStringLiteral("stale-after")).value_or(Given{}).fromFile ||
                             sources.get(QStringLiteral("late-after")).value_or(Given{}).fromFile
                         ? QStringLiteral("config_invalid")
                         : QStringLiteral("usage"),
                     QStringLiteral("a site cannot be stale before it is late: the stale threshold (%1 s, from %2) is "
                                    "shorter than the late one (%3 s, from %4)")
                         .arg(settings.staleAfter)
                         .arg(sources.origin(QStringLiteral("stale-after")))
                         .arg(settings.lateAfter)
                         .arg(sources.origin(QStringLiteral("late-after")))};
    return settings;
}

void ServeSettings::applyTo(HubConfig& hub, HttpServerConfig& http) const
{
    http.tlsCertificateFile = tlsCertificate;
    http.tlsPrivateKeyFile = tlsKey;
    http.workerThreads = workers;
    http.headerTimeout = std::chrono::seconds(headerTimeoutSeconds);
    http.minBodyBytesPerSecond = minRate;
    http.minWriteBytesPerSecond = minRate;
    http.slowGrace = std::chrono::seconds(slowGraceSeconds);
    http.maxConnectionsPerAddress = maxConnectionsPerAddress;
    hub.reportRetentionDays = reportRetentionDays;
    hub.pushAnswerRetentionDays = pushAnswerRetentionDays;
    hub.syncInterval = std::chrono::seconds(siteSyncInterval);
    hub.lateAfter = std::chrono::seconds(lateAfter);
    hub.staleAfter = std::chrono::seconds(staleAfter);
}

} // namespace syncsites
