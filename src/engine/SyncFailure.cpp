#include "SyncFailure.h"

#include <QCoreApplication>

namespace syncsites {

namespace {

// Its sentences, in the translation context "SyncFailure" (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SyncFailure)
};

} // namespace

SyncFailure SyncFailure::classify(const Error& error)
{
    SyncFailure f;
    f.code = error.code;
    f.message = error.message;
    f.detail = error.message;
    const QVariantMap details = error.details.toMap();
    f.retryAfterSeconds = details.value(QStringLiteral("retry_after")).toInt();
    f.httpStatus = details.value(QStringLiteral("status")).toInt();
    const QString& c = error.code;

    if (c == QLatin1String("cancelled")) {
        f.kind = Kind::Cancelled;
        f.message = Text::tr("The sync was cancelled.");
        f.remedy = Text::tr("Start it again when you are ready; it resumes where it stopped.");
    } else if (c == QLatin1String("no_network")) {
        f.kind = Kind::NoNetwork;
        f.transient = true;
        f.message = Text::tr("This computer is not connected to a network.");
        f.remedy = Text::tr("Connect to the internet (Wi-Fi, cable or mobile data), then sync again.");
    } else if (c == QLatin1String("server_unreachable")) {
        f.kind = Kind::ServerUnreachable;
        f.transient = true;
        f.remedy =
            Text::tr("Check the server address in the settings and that the server is running. If other websites "
                     "work, ask your administrator whether the server is down.");
    } else if (c == QLatin1String("timeout")) {
        f.kind = Kind::Timeout;
        f.transient = true;
        f.remedy =
            Text::tr("The connection is slow or the server is overloaded. Sync again later; nothing was lost, the "
                     "next sync resumes where this one stopped.");
    } else if (c == QLatin1String("connection_lost") || c == QLatin1String("bad_response") ||
               c == QLatin1String("body_damaged") || c == QLatin1String("body_unreadable") ||
               c == QLatin1String("request_damaged")) {
        f.kind = Kind::ServerUnreachable;
        f.transient = true;
        f.remedy =
            Text::tr("The connection is unreliable. Sync again; nothing was lost, the next sync resumes where this "
                     "one stopped.");
    } else if (c == QLatin1String("tls_error")) {
        // The TLS handshake itself failed: most often an https:// address for a server that speaks plain http.
        f.kind = Kind::Tls;
        f.remedy = Text::tr("Check the server address in the settings: use http:// if your administrator gave one, "
                            "and the port they gave.");
    } else if (c == QLatin1String("tls_certificate")) {
        f.kind = Kind::Tls;
        f.remedy = Text::tr("The server's certificate is not trusted by this computer. Ask your administrator for the "
                            "certificate authority file and set it in the settings (or check the computer's date and "
                            "time).");
    } else if (c == QLatin1String("wrong_credentials") || c == QLatin1String("too_many_attempts") ||
               c == QLatin1String("account_disabled")) {
        f.kind = Kind::Credentials;
        f.message = c == QLatin1String("too_many_attempts")
                        ? Text::tr("The server refuses this site for a while after too many wrong attempts.")
                        : Text::tr("The server did not accept this site's name or secret.");
        f.remedy =
            c == QLatin1String("too_many_attempts")
                ? Text::tr("Wait %1 seconds, then check the site name and secret with your administrator.")
                      .arg(std::max(1, f.retryAfterSeconds))
                : Text::tr("Check the site name and its secret with your administrator. If they gave the site a "
                           "new secret, enter it in Settings (New secret; with syncsites-cli, run init again), then "
                           "sync again.");
    } else if (c == QLatin1String("installation_mismatch")) {
        f.kind = Kind::Bound;
        f.message = Text::tr("This site is registered to another computer or device.");
        f.remedy =
            Text::tr("If this computer replaces the other one, ask an administrator to release the site's binding on "
                     "the server, then sync again.");
    } else if (c == QLatin1String("protocol_incompatible")) {
        f.kind = Kind::Incompatible;
        f.message = Text::tr("This SyncSites and the server's have no protocol version in common.");
        f.remedy = details.value(QStringLiteral("upgrade")).toString() == QLatin1String("server")
                       ? Text::tr("Ask your administrator to upgrade SyncSites on the server.")
                       : Text::tr("Upgrade SyncSites on this computer.");
    } else if (c.startsWith(QLatin1String("secret_")) || c.startsWith(QLatin1String("password_file_"))) {
        // This computer's copy of the site's secret is missing or unreadable: nothing the server did.
        f.kind = Kind::Credentials;
        f.remedy = Text::tr("Set the site's secret again (syncsites-cli init with the site's password file, or the "
                            "desktop app's settings).");
    } else if (c == QLatin1String("site_not_data_holding") || c == QLatin1String("replica_other_site")) {
        f.kind = Kind::Credentials;
        f.remedy = Text::tr("Check which site this computer should be with your administrator.");
    } else if (c == QLatin1String("server_storage")) {
        // The hub's own disk or database (an answer from the server): retried, nothing here is at fault.
        f.kind = Kind::ServerError;
        f.transient = true;
        if (f.message.isEmpty())
            f.message = Text::tr("The server cannot store or read data right now.");
        f.remedy = Text::tr("Nothing on this computer was lost; the sync is retried. If it keeps failing, tell your "
                            "administrator: the server's disk or database needs attention (see the server's log).");
    } else if (c == QLatin1String("target_digest_required")) {
        // Every request of this engine carries the header: something on the way removes it.
        f.kind = Kind::ServerError;
        f.remedy = Text::tr("A proxy or firewall between this computer and the server removes the Target-Digest header "
                            "from requests. Ask your administrator to let it through (see docs/protocol.md, "
                            "\"Integrity\").");
    } else if (c == QLatin1String("replica_damaged")) {
        f.kind = Kind::LocalStorage;
        f.remedy =
            Text::tr("Set this site up again from the server with `syncsites-cli reinit --replica FILE`: it exports "
                     "the changes not yet sent first and sends them after the new copy is pulled. Ask your "
                     "administrator if you do not use the command line. Check the disk too.");
    } else if (f.httpStatus == 0 && (c.startsWith(QLatin1String("database_")) ||
                                     c == QLatin1String("migration_failed") || c.startsWith(QLatin1String("disk_")))) {
        f.kind = Kind::LocalStorage;
        f.remedy =
            c == QLatin1String("disk_full")
                ? Text::tr("The disk of this computer is full. Free some space, then sync again; nothing was lost.")
                : Text::tr("The local database cannot be written. Check the disk; if the file is damaged, restore "
                           "it from a backup or set the site up again.");
        f.transient = c == QLatin1String("database_busy");
    } else {
        // The server answered with an error of its own: busy, failing, or refusing this request.
        f.kind = Kind::ServerError;
        f.transient = f.httpStatus >= 500 || f.httpStatus == 429 || c == QLatin1String("server_busy") ||
                      c == QLatin1String("shutting_down") || c == QLatin1String("rate_limited");
        if (f.message.isEmpty())
            f.message = Text::tr("The server failed to answer the request.");
        f.remedy = f.transient
                       ? Text::tr("The server has a problem or is busy. Sync again in a few minutes; if it keeps "
                                  "failing, tell your administrator.")
                       : Text::tr("The server refused the request. Tell your administrator (error code %1).").arg(c);
    }
    return f;
}

SyncFailure SyncFailure::rejected(qint64 count, const QString& examples)
{
    SyncFailure f;
    f.kind = Kind::Rejected;
    f.code = QStringLiteral("records_rejected");
    f.message = QCoreApplication::translate("SyncFailure",
                                            "%n record(s) could not be synced and are kept in the quarantine: %1",
                                            nullptr, int(count))
                    .arg(examples);
    f.remedy =
        Text::tr("Open the quarantine to see why each record was refused. Correct them, or ask your administrator; "
                 "then retry them.");
    return f;
}

QString SyncFailure::kindId() const
{
    switch (kind) {
    case Kind::NoNetwork:
        return QStringLiteral("no_network");
    case Kind::ServerUnreachable:
        return QStringLiteral("server_unreachable");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Credentials:
        return QStringLiteral("credentials");
    case Kind::Bound:
        return QStringLiteral("bound");
    case Kind::Incompatible:
        return QStringLiteral("incompatible");
    case Kind::ServerError:
        return QStringLiteral("server_error");
    case Kind::Rejected:
        return QStringLiteral("rejected");
    case Kind::LocalStorage:
        return QStringLiteral("local_storage");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

QString SyncFailure::text() const
{
    return remedy.isEmpty() ? message : message + QLatin1Char(' ') + remedy;
}

QString SyncFailure::seenFromElsewhere(const QString& code, const QString& siteMessage)
{
    // The site wrote its message for the person at it ("This computer is not connected..."), in its own language:
    // someone elsewhere reads what happened to that site, in theirs. Failures whose words are the server's or the
    // records' keep the site's message, which names them.
    const SyncFailure f = classify(Error(code, siteMessage));
    switch (f.kind) {
    case Kind::NoNetwork:
        return Text::tr("The site had no network connection.");
    case Kind::ServerUnreachable:
        return Text::tr("The site could not reach its server.");
    case Kind::Timeout:
        return Text::tr("The site's server did not answer in time.");
    case Kind::Tls:
        return Text::tr("The site could not make a secure connection to its server.");
    case Kind::Credentials:
        return Text::tr("The server did not accept the site's name or secret.");
    case Kind::Bound:
        return Text::tr("The site is registered to another computer or device.");
    case Kind::Incompatible:
        return Text::tr("The site's SyncSites and its server's have no protocol version in common.");
    case Kind::LocalStorage:
        return Text::tr("The site could not read or write its own data (its disk or database file).");
    case Kind::Cancelled:
        return Text::tr("The sync was cancelled at the site.");
    case Kind::ServerError:
    case Kind::Rejected:
        break;
    }
    return siteMessage.isEmpty() ? Text::tr("The sync failed; the site sent no explanation.") : siteMessage;
}

} // namespace syncsites
