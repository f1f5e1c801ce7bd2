#pragma once

#include "AppMode.h"

#include <QWizardPage>

#include <memory>

class QButtonGroup;

namespace syncsites::ui {

namespace Ui {
class SetupModePage;
}

/// The set-up wizard's first page: how this computer works with the network (a standalone site, a client of a
/// server, a console on the central hub), one radio button each. The form is SetupModePage.ui.
class SetupModePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SetupModePage(QWidget* parent = nullptr);
    ~SetupModePage() override;

    AppMode mode() const;
    void setMode(AppMode mode);

private:
    const std::unique_ptr<Ui::SetupModePage> m_ui;
    QButtonGroup* m_modes;
};

} // namespace syncsites::ui
