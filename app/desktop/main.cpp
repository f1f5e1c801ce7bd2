#include "Database.h"
#include "DemoDataWriter.h"
#include "MainWindow.h"
#include "TopologyRepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>

using namespace syncsites;

namespace {

// Opens (and for --demo first creates) the database and reads the network from it.
Result<Topology> loadNetwork(const QString& path, bool createDemo)
{
    const bool fresh = !QFileInfo::exists(path);
    if (!createDemo && fresh)
        return Error{QStringLiteral("database_missing"),
                     QCoreApplication::translate("main", "There is no database at %1.").arg(path),
                     {}};
    Result<std::unique_ptr<Database>> db = Database::open(path);
    if (!db)
        return db.error();
    if (createDemo && fresh) {
        const DemoNetwork network = DemoNetwork::generate();
        DemoDataWriter writer(**db);
        if (Status s = writer.writeNetwork(network); !s)
            return s.error();
        if (auto stats = writer.writeRecords(network, DemoNetwork::defaultSeed, 20000); !stats)
            return stats.error();
    }
    return TopologyRepository(**db).load();
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("SyncSites"));
    QApplication::setOrganizationName(QStringLiteral("SyncSites"));
    QApplication::setApplicationVersion(QStringLiteral(SYNCSITES_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Sync sites for health supply networks."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QCoreApplication::translate("main", "Open this database."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Open the demo database FILE, creating it first if it does not exist."),
        QStringLiteral("FILE"));
    parser.addOption(dbOption);
    parser.addOption(demoOption);
    parser.process(app);

    const bool demo = parser.isSet(demoOption);
    const QString path = demo ? parser.value(demoOption) : parser.value(dbOption);
    if (path.isEmpty())
        parser.showHelp(64);

    const Result<Topology> network = loadNetwork(path, demo);
    if (!network) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "SyncSites cannot start"),
                              network.error().message);
        return 9;
    }
    ui::MainWindow window;
    window.setNetwork(*network, QFileInfo(path).fileName());
    window.show();
    return app.exec();
}
