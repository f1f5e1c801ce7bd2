#pragma once

#include "SetupChoice.h"

#include <QWizard>

class QLabel;

namespace syncsites {
class HubApiClient;
}

namespace syncsites::ui {

class SetupIdentityPage;
class SetupModePage;
class SetupServerPage;

/// The first-run wizard: how this computer works with the network (a standalone site with its own data, a client
/// of a server, or a console on the central hub), the server's address (tested before going on, with any failure
/// explained), then the site's secret or the user's credentials (checked by signing in). One page class each.
class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        ModePage,
        ServerPage,
        IdentityPage,
    };

    SetupWizard(HubApiClient& api, const QString& defaultReplicaPath, QWidget* parent = nullptr);

    SetupChoice choice() const;

    /// The result line of the last connection or sign-in test (for tests).
    QString testResult() const;

    /// Shows a test's result under a page's form, in red when it is a failure.
    static void showResult(QLabel* label, const QString& text, bool good);

protected:
    void initializePage(int id) override;

private:
    SetupModePage* m_modePage = nullptr;
    SetupServerPage* m_serverPage = nullptr;
    SetupIdentityPage* m_identityPage = nullptr;
};

} // namespace syncsites::ui
