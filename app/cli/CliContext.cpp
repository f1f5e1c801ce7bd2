#include "CliContext.h"

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

} // namespace syncsites::cli
