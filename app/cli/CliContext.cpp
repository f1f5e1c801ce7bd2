#include "CliContext.h"

#include "Database.h"
#include "ExitCode.h"
#include "SiteService.h"

#include <QCoreApplication>

#include <cstdio>

namespace syncsites::cli {

CliContext::CliContext(QStringList arguments) : m_out(stdout), m_err(stderr)
{
    // --replica is global: accepted before or after the command word.
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (a == QLatin1String("--replica") && i + 1 < arguments.size()) {
            m_replica = arguments[++i];
        } else if (a.startsWith(QLatin1String("--replica="))) {
            m_replica = a.mid(10);
        } else {
            m_arguments.append(a);
        }
    }
}

int CliContext::fail(int code, const QString& message)
{
    m_err << "syncsites-cli: " << message << Qt::endl;
    return code;
}

int CliContext::openReplica(const QString& command, std::unique_ptr<SiteService>* site, Needs needs)
{
    if (m_replica.isEmpty())
        return fail(Usage,
                    QCoreApplication::translate("CliContext", "%1: --replica FILE is required: name the site's replica "
                                                              "database.")
                        .arg(command));
    DatabaseOptions options;
    options.createIfMissing = false;
    Result<std::unique_ptr<SiteService>> opened = SiteService::open(m_replica, options);
    if (!opened)
        return fail(LocalStorage, opened.error().message);
    if (needs == Needs::Server) {
        const Result<ReplicaConfig> config = (*opened)->config();
        if (!config)
            return fail(LocalStorage, config.error().message);
        if (!config->isRegistered())
            return fail(Usage, QCoreApplication::translate("CliContext", "%1: %2 is not set up for a site yet; run "
                                                                         "\"syncsites-cli init\" first")
                                   .arg(command, m_replica));
    } else {
        const Result<bool> registered = (*opened)->isRegistered();
        if (!registered)
            return fail(LocalStorage, registered.error().message);
        if (!*registered)
            return fail(Usage, QCoreApplication::translate("CliContext", "The database %1 is not registered to a "
                                                                         "site; run syncsites-cli init first.")
                                   .arg(m_replica));
    }
    *site = std::move(opened).value();
    return Success;
}

} // namespace syncsites::cli
