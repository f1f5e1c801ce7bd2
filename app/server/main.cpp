#include "JournalLog.h"
#include "ServerProgram.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("syncsites-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SYNCSITES_VERSION));
    syncsites::JournalLog::useWhenUnderSystemd(); // syncsites-server.service: priorities for journalctl -p
    return syncsites::ServerProgram::run(app.arguments().mid(1));
}
