#include "ItemsTab.h"

#include "ItemEditDialog.h"
#include "ItemImportDialog.h"
#include "ItemTableModel.h"
#include "MessageLine.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace syncsites::ui {

namespace {

// A catalogue file larger than this is surely not one (the hub's request limit is smaller still).
constexpr qint64 kMaxImportBytes = 8 * 1024 * 1024;

} // namespace

ItemsTab::ItemsTab(HubApiClient& api, QWidget* parent)
    : QWidget(parent), m_items(api), m_model(new ItemTableModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_filter(new QLineEdit(this)), m_table(new QTableView(this)), m_message(new MessageLine(this)),
      m_add(new QPushButton(tr("&Add item…"), this)), m_edit(new QPushButton(tr("&Edit…"), this)),
      m_toggle(new QPushButton(tr("&Deactivate"), this)), m_import(new QPushButton(tr("&Import CSV…"), this)),
      m_reload(new QPushButton(tr("Re&load"), this))
{
    setObjectName(QStringLiteral("itemsTab"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setObjectName(QStringLiteral("itemFilter"));
    m_filter->setPlaceholderText(tr("Filter by code, name or unit"));
    m_filter->setAccessibleName(tr("Filter items by code, name or unit"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(260);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        updateButtons();
    });

    m_table->setObjectName(QStringLiteral("itemsTable"));
    m_table->setAccessibleName(tr("Items of the network"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ItemTableModel::CodeColumn, Qt::AscendingOrder);
    m_table->setFocusPolicy(Qt::StrongFocus);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ItemTableModel::NameColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(ItemTableModel::CodeColumn, 130);
    connect(m_table, &QTableView::activated, this, [this] {
        if (m_edit->isEnabled())
            editItem();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ItemsTab::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ItemsTab::updateButtons);

    m_message->setObjectName(QStringLiteral("itemsMessage"));

    m_add->setObjectName(QStringLiteral("addItemButton"));
    m_edit->setObjectName(QStringLiteral("editItemButton"));
    m_edit->setToolTip(tr("Change the name, unit or pack size of the selected item (Enter)"));
    m_toggle->setObjectName(QStringLiteral("toggleItemButton"));
    m_import->setObjectName(QStringLiteral("importItemsButton"));
    m_import->setToolTip(tr("Add or update items from a CSV file: a header line naming code, name and optionally "
                            "unit, pack_size, active. You see what it would do before anything changes."));
    m_reload->setObjectName(QStringLiteral("reloadItemsButton"));
    connect(m_add, &QPushButton::clicked, this, &ItemsTab::addItem);
    connect(m_edit, &QPushButton::clicked, this, &ItemsTab::editItem);
    connect(m_toggle, &QPushButton::clicked, this, &ItemsTab::toggleActive);
    connect(m_import, &QPushButton::clicked, this, &ItemsTab::chooseImportFile);
    connect(m_reload, &QPushButton::clicked, this, &ItemsTab::reload);

    auto* filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_filter);
    auto* tools = new QHBoxLayout;
    tools->addWidget(filterLabel);
    tools->addWidget(m_filter);
    tools->addWidget(m_add);
    tools->addWidget(m_edit);
    tools->addWidget(m_toggle);
    tools->addWidget(m_import);
    tools->addStretch();
    tools->addWidget(m_reload);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(tools);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    setFocusProxy(m_table);
    updateButtons();
}

void ItemsTab::reload()
{
    begin();
    m_items.list(this, [this](Result<QVector<ItemRecord>> items) {
        end();
        if (!items) {
            showError(items.error().message);
            return;
        }
        const QString selected = selectedCode();
        m_model->setItems(std::move(*items));
        select(selected.isEmpty() && m_proxy->rowCount() > 0 ? m_proxy->index(0, 0).data(Qt::UserRole).toString()
                                                             : selected);
        updateButtons();
    });
}

QString ItemsTab::selectedCode() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(Qt::UserRole).toString() : QString();
}

void ItemsTab::select(const QString& code)
{
    const int row = m_model->row(code);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return; // filtered out
    m_table->setCurrentIndex(index);
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void ItemsTab::addItem()
{
    auto* dialog = new ItemEditDialog(ItemEditDialog::Mode::Add, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ItemEditDialog::submitted, this, [this, dialog] {
        dialog->setBusy(true);
        begin();
        QPointer<ItemEditDialog> guard(dialog);
        m_items.add(dialog->item(), this, [this, guard](Result<ItemRecord> item) {
            end();
            if (guard)
                guard->setBusy(false);
            if (!item) {
                if (guard)
                    guard->showError(item.error().message);
                else
                    showError(item.error().message);
                return;
            }
            if (guard)
                guard->accept();
            m_filter->clear();
            m_model->update(*item);
            select(item->code);
            showInfo(tr("Added the item %1 (%2).").arg(item->code, item->name));
            emit itemsChanged();
        });
    });
    dialog->open();
}

void ItemsTab::editItem()
{
    const int row = m_model->row(selectedCode());
    if (row < 0)
        return;
    const ItemRecord before = m_model->item(row);
    auto* dialog = new ItemEditDialog(ItemEditDialog::Mode::Edit, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setItem(before);
    connect(dialog, &ItemEditDialog::submitted, this, [this, dialog, before] {
        const ItemRecord after = dialog->item();
        if (after.name == before.name && after.unit == before.unit && after.packSize == before.packSize &&
            after.active == before.active) {
            dialog->accept();
            return;
        }
        dialog->setBusy(true);
        begin();
        QPointer<ItemEditDialog> guard(dialog);
        m_items.edit(after, this, [this, guard](Result<ItemRecord> item) {
            end();
            if (guard)
                guard->setBusy(false);
            if (!item) {
                if (guard)
                    guard->showError(item.error().message);
                else
                    showError(item.error().message);
                return;
            }
            if (guard)
                guard->accept();
            m_model->update(*item);
            showInfo(tr("Saved the changes to %1.").arg(item->code));
            emit itemsChanged();
        });
    });
    dialog->open();
}

void ItemsTab::toggleActive()
{
    const int row = m_model->row(selectedCode());
    if (row < 0)
        return;
    ItemRecord item = m_model->item(row);
    item.active = !item.active;
    begin();
    m_items.edit(item, this, [this](Result<ItemRecord> changed) {
        end();
        if (!changed) {
            showError(changed.error().message);
            return;
        }
        m_model->update(*changed);
        showInfo(
            changed->active
                ? tr("Reactivated %1: it can be chosen again.").arg(changed->code)
                : tr("Deactivated %1: records that name it keep it, new ones cannot choose it.").arg(changed->code));
        emit itemsChanged();
    });
}

void ItemsTab::chooseImportFile()
{
    auto* chooser = new QFileDialog(this, tr("Import items from a CSV file"), QString(),
                                    tr("CSV files (*.csv);;Text files (*.txt);;All files (*)"));
    chooser->setObjectName(QStringLiteral("importFileDialog"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setFileMode(QFileDialog::ExistingFile);
    chooser->setAcceptMode(QFileDialog::AcceptOpen);
    connect(chooser, &QFileDialog::fileSelected, this, &ItemsTab::importFile);
    chooser->open();
}

void ItemsTab::importFile(const QString& path)
{
    QFile file(path);
    if (file.size() > kMaxImportBytes) {
        showError(tr("%1 is larger than 8 MB; a catalogue file is much smaller. Check that you chose the right file.")
                      .arg(QFileInfo(path).fileName()));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("%1 could not be read: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return;
    }
    QString csv = QString::fromUtf8(file.readAll());
    if (csv.startsWith(QChar(0xFEFF)))
        csv.remove(0, 1); // the byte order mark some spreadsheets write
    auto* dialog = new ItemImportDialog(m_items, csv, QFileInfo(path).fileName(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ItemImportDialog::applied, this, [this] {
        showInfo(tr("Imported the file; the list shows the items as they are now."));
        emit itemsChanged();
        reload();
    });
    dialog->open();
}

void ItemsTab::begin()
{
    ++m_running;
    updateButtons();
}

void ItemsTab::end()
{
    --m_running;
    updateButtons();
}

void ItemsTab::updateButtons()
{
    const bool idle = m_running == 0;
    const int row = m_model->row(selectedCode());
    const bool selected = row >= 0;
    m_add->setEnabled(idle);
    m_import->setEnabled(idle);
    m_reload->setEnabled(idle);
    m_edit->setEnabled(idle && selected);
    m_toggle->setEnabled(idle && selected);
    const bool active = !selected || m_model->item(row).active;
    m_toggle->setText(active ? tr("&Deactivate") : tr("&Reactivate"));
    m_toggle->setToolTip(active ? tr("Deactivate the selected item: records keep it, new ones cannot choose it")
                                : tr("Make the selected item available again"));
}

void ItemsTab::showInfo(const QString& text)
{
    m_message->showInfo(text);
}

void ItemsTab::showError(const QString& text)
{
    m_message->showError(tr("Not done: %1").arg(text));
}

} // namespace syncsites::ui
