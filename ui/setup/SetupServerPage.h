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

    /// Fills the form with the values used last ("Set up again"); the test still has to pass.
    void prefill(const QString& serverUrl, const QString& caCertificateFile, const QString& proxyUrl);

    bool validatePage() override;

private:
    void test(bool advanceOnSuccess);
    /// Something the test depends on changed: its result no longer applies.
    void forgetTest();

    HubApiClient& m_api;
    const std::unique_ptr<Ui::SetupServerPage> m_ui;
    bool m_checked = false;
    QString m_checkedUrl;
    int m_attempt = 0; ///< a test's answer counts only while the form is as it was tested
};

} // namespace syncsites::ui
