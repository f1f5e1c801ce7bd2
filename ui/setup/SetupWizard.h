#pragma once

#include "SetupChoice.h"

#include <QWizard>

class QLabel;

namespace syncsites {
class HubApiClient;
}

namespace syncsites::ui {

class AppSettings;
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

    /// Starts the wizard from what was chosen last ("Set up again", or a set-up left unfinished): the mode, the
    /// server, its certificate authority and proxy, the site, its data file and user.username. The secret and the
    /// password are never taken: they are typed again, and everything is tested again.
    void prefill(const SetupChoice& last);
    /// What the app's settings keep of the last set-up, for prefill() (the user is only a username).
    static SetupChoice lastUsed(const AppSettings& settings);

    SetupIdentityPage* identityPage() const { return m_identityPage; }

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
