#include "ReinitProgress.h"

#include "SyncSession.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>

#include <optional>
#include <thread>

namespace syncsites::app {

Result<ReplicaReinit::Report> ReinitProgress::run(QWidget* parent, const QString& replicaPath, const QString& secret,
                                                  const ReplicaConfig& server)
{
    QProgressDialog progress(parent);
    progress.setObjectName(QStringLiteral("reinitProgress"));
    progress.setWindowTitle(QCoreApplication::translate("ReinitProgress", "Setting up %1 again").arg(server.siteName));
    progress.setLabelText(QCoreApplication::translate("ReinitProgress",
                                                      "Saving the changes not yet sent, then copying the site's data "
                                                      "from the server again…"));
    progress.setRange(0, 0); // no count to show: a busy bar
    progress.setCancelButton(nullptr);
    progress.setMinimumDuration(0);
    progress.setMinimumWidth(480);
    progress.show();

    std::optional<Result<ReplicaReinit::Report>> outcome;
    QEventLoop loop;
    std::thread worker([&] {
        Result<ReplicaReinit::Report> result = ReplicaReinit::run(
            replicaPath, QString(),
            [&secret, &server](Database& replica, const ReplicaConfig& stored) {
                ReplicaConfig config = stored;
                config.serverUrl = server.serverUrl;
                config.caCertificatePath = server.caCertificatePath;
                config.proxyUrl = server.proxyUrl;
                SessionOptions options;
                options.appVersion = QCoreApplication::applicationVersion();
                SyncSession session(replica, config, secret, options);
                return session.run();
            },
            [&progress](const QString& sentence) {
                QMetaObject::invokeMethod(
                    &progress, [&progress, sentence] { progress.setLabelText(sentence); }, Qt::QueuedConnection);
            });
        outcome.emplace(std::move(result));
        // Queued after every label change: they have all run when the loop quits.
        QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
    });
    loop.exec();
    worker.join();
    return std::move(*outcome);
}

} // namespace syncsites::app
