#pragma once

#include <QWizardPage>

#include <memory>

namespace syncsites {
class HubApiClient;
}

namespace syncsites::ui {

namespace Ui {
class SetupServerPage;
}

/// The set-up wizard's server page: the server's address, its certificate authority and a proxy. The connection is
/// tested before the wizard goes on, any failure explained. The form is SetupServerPage.ui.
class SetupServerPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SetupServerPage(HubApiClient& api, QWidget* parent = nullptr);
    ~SetupServerPage() override;

    QString serverUrl() const; ///< as QUrl::fromUserInput reads what was typed
    QString caCertificateFile() const;
    QString proxyUrl() const;
    QString result() const; ///< the last test's result line

    bool validatePage() override;

private:
    void test(bool advanceOnSuccess);

    HubApiClient& m_api;
    const std::unique_ptr<Ui::SetupServerPage> m_ui;
    bool m_checked = false;
    QString m_checkedUrl;
};

} // namespace syncsites::ui
