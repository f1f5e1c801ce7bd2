#include "SetupModePage.h"

#include "ui_SetupModePage.h"

#include <QAbstractButton>
#include <QButtonGroup>

namespace syncsites::ui {

SetupModePage::SetupModePage(QWidget* parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::SetupModePage>()), m_modes(new QButtonGroup(this))
{
    m_ui->setupUi(this);
    const struct
    {
        AppMode mode;
        QRadioButton* button;
        QLabel* explanation;
    } modes[] = {
        {AppMode::Standalone, m_ui->mode_standalone, m_ui->explanation_standalone},
        {AppMode::Client, m_ui->mode_client, m_ui->explanation_client},
        {AppMode::Console, m_ui->mode_console, m_ui->explanation_console},
    };
    for (const auto& m : modes) {
        m_modes->addButton(m.button, int(m.mode));
        m.explanation->setForegroundRole(QPalette::PlaceholderText);
    }
    m_ui->mode_standalone->setChecked(true);
}

SetupModePage::~SetupModePage() = default;

AppMode SetupModePage::mode() const
{
    return AppMode(m_modes->checkedId());
}

void SetupModePage::setMode(AppMode mode)
{
    if (QAbstractButton* button = m_modes->button(int(mode)))
        button->setChecked(true);
}

} // namespace syncsites::ui
