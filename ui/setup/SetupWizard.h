#pragma once

#include "SetupChoice.h"

#include <QWizard>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace syncsites {
class HubApi;
}

namespace syncsites::ui {

class CertificateFileField;

/// The first-run wizard: how this computer works with the network (a standalone site with its own data, a client
/// of a server, or a console on the central hub), the server's address (tested before going on, with any failure
/// explained), then the site's secret or the user's credentials (checked by signing in).
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

    SetupWizard(HubApi& api, const QString& defaultReplicaPath, QWidget* parent = nullptr);

    SetupChoice choice() const;

    /// The result line of the last connection or sign-in test (for tests).
    QString testResult() const;

protected:
    bool validateCurrentPage() override;
    void initializePage(int id) override;

private:
    QWizardPage* makeModePage();
    QWizardPage* makeServerPage();
    QWizardPage* makeIdentityPage();
    AppMode selectedMode() const;
    void testServer(bool advanceOnSuccess);
    void testIdentity();
    void showResult(QLabel* label, const QString& text, bool good);

    HubApi& m_api;
    QButtonGroup* m_modes = nullptr;
    QLineEdit* m_server = nullptr;
    CertificateFileField* m_caFile = nullptr;
    QLineEdit* m_proxy = nullptr;
    QLabel* m_serverResult = nullptr;
    bool m_serverChecked = false;
    QString m_checkedUrl;
    QLineEdit* m_siteName = nullptr;
    QLineEdit* m_secret = nullptr;
    QLineEdit* m_replica = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_identityResult = nullptr;
    bool m_identityChecked = false;
    SignedInUser m_user;
};

} // namespace syncsites::ui
