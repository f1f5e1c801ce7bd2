#include "StoreEditDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace syncsites::ui {

StoreEditDialog::StoreEditDialog(Mode mode, const Topology& topology, const Store* store, QWidget* parent)
    : QDialog(parent), m_mode(mode), m_topology(topology), m_code(new QLineEdit(this)), m_name(new QLineEdit(this)),
      m_home(new QComboBox(this)), m_keep(new QCheckBox(this)), m_hint(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_code->setObjectName(QStringLiteral("code"));
    m_name->setObjectName(QStringLiteral("name"));
    m_home->setObjectName(QStringLiteral("home"));
    m_keep->setObjectName(QStringLiteral("keepCollector"));
    m_hint->setObjectName(QStringLiteral("hint"));
    m_hint->setWordWrap(true);
    m_code->setPlaceholderText(tr("e.g. LIR-PHA"));
    m_name->setPlaceholderText(tr("e.g. Lira Pharmacy"));
    for (const Site& s : topology.sites()) {
        if (s.holdsData())
            m_home->addItem(s.name, s.name);
    }
    if (store && mode != Mode::Add) {
        m_oldHome = store->home;
        m_oldName = store->name;
        m_code->setText(store->code);
        m_name->setText(store->name);
        m_home->setCurrentIndex(m_home->findData(store->home));
    }

    auto* form = new QFormLayout;
    form->addRow(tr("C&ode:"), m_code);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(mode == Mode::MoveHome ? tr("&New home site:") : tr("&Home site:"), m_home);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_keep);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);

    m_code->setReadOnly(mode != Mode::Add);
    m_name->setReadOnly(mode == Mode::MoveHome);
    m_home->setEnabled(mode != Mode::Rename);
    m_keep->setVisible(mode == Mode::MoveHome);
    m_keep->setText(tr("&Keep a read-only (Collector) copy at %1").arg(m_oldHome));
    m_keep->setChecked(true);
    QString title;
    QString ok;
    switch (mode) {
    case Mode::Add:
        title = tr("Add a store");
        ok = tr("&Add");
        break;
    case Mode::Rename:
        title = tr("Rename %1").arg(m_code->text());
        ok = tr("&Rename");
        break;
    case Mode::MoveHome:
        title = tr("Move the home of %1").arg(m_code->text());
        ok = tr("&Review…");
        break;
    }
    setWindowTitle(title);
    m_buttons->button(QDialogButtonBox::Ok)->setText(ok);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_code, &QLineEdit::textChanged, this, &StoreEditDialog::validate);
    connect(m_name, &QLineEdit::textChanged, this, &StoreEditDialog::validate);
    connect(m_home, &QComboBox::currentIndexChanged, this, &StoreEditDialog::validate);
    validate();
    resize(460, sizeHint().height());
}

QString StoreEditDialog::code() const
{
    return m_code->text().trimmed();
}

QString StoreEditDialog::name() const
{
    return m_name->text().trimmed();
}

QString StoreEditDialog::home() const
{
    return m_home->currentData().toString();
}

bool StoreEditDialog::keepCollectorAtOldHome() const
{
    return m_mode == Mode::MoveHome && m_keep->isChecked();
}

void StoreEditDialog::setCode(const QString& code)
{
    if (m_mode == Mode::Add)
        m_code->setText(code);
}

void StoreEditDialog::setName(const QString& name)
{
    if (m_mode != Mode::MoveHome)
        m_name->setText(name);
}

void StoreEditDialog::setHome(const QString& site)
{
    m_home->setCurrentIndex(m_home->findData(site));
}

void StoreEditDialog::validate()
{
    QString problem;
    switch (m_mode) {
    case Mode::Add:
        if (code().isEmpty())
            problem = tr("Give the store a code.");
        else if (m_topology.store(code()))
            problem = tr("There is already a store with the code %1.").arg(code());
        else if (name().isEmpty())
            problem = tr("Give the store a name.");
        else if (home().isEmpty())
            problem = tr("Choose the site where the store's data is kept and edited (its home).");
        break;
    case Mode::Rename:
        if (name().isEmpty())
            problem = tr("Give the store a name.");
        else if (name() == m_oldName)
            problem = tr("Type the store's new name.");
        break;
    case Mode::MoveHome:
        if (home().isEmpty() || home() == m_oldHome)
            problem = tr("Choose the site that will keep and edit the store's data from now on.");
        break;
    }
    if (problem.isEmpty() && m_mode == Mode::MoveHome)
        m_hint->setText(tr("The store becomes Active on %1 and read-only everywhere else. Before anything is "
                           "changed you will see what the hand-over does: which sites receive or drop its data.")
                            .arg(home()));
    else if (problem.isEmpty() && m_mode == Mode::Add)
        m_hint->setText(tr("The store is Active on %1. Other sites see it once you give them a sync type on the Stores "
                           "page.")
                            .arg(home()));
    else
        m_hint->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    // The central server holds every store it is not home to as Collector, always.
    const Site* oldHome = m_topology.site(m_oldHome);
    const bool central = oldHome && oldHome->kind == SiteKind::MsupplyCentral;
    if (central)
        m_keep->setChecked(true);
    m_keep->setEnabled(m_mode == Mode::MoveHome && !central && !home().isEmpty() && home() != m_oldHome);
}

} // namespace syncsites::ui
