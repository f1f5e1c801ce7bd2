#include "ClientDataPage.h"

#include "HubApiClient.h"
#include "JsonRecordsModel.h"
#include "SyncType.h"
#include "SyncTypeStyle.h"
#include "TableSchema.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace syncsites::ui {

namespace {
constexpr int kPageSize = 200;
}

ClientDataPage::ClientDataPage(HubApiClient& api, QString clientSite, QWidget* parent)
    : QWidget(parent), m_api(api), m_client(std::move(clientSite)), m_store(new QComboBox(this)),
      m_table(new QComboBox(this)), m_heading(new QLabel(this)), m_banner(new QLabel(this)), m_status(new QLabel(this)),
      m_problem(new QLabel(this)), m_view(new QTableView(this)), m_more(new QPushButton(tr("Load &more"), this)),
      m_records(new JsonRecordsModel(this))
{
    setObjectName(QStringLiteral("clientDataPage"));
    m_heading->setText(tr("<h2>Data</h2>"));
    m_store->setObjectName(QStringLiteral("clientStorePicker"));
    m_store->setAccessibleName(tr("Store"));
    m_table->setObjectName(QStringLiteral("clientTablePicker"));
    m_table->setAccessibleName(tr("Table"));
    for (const TableSchema& table : TableSchema::all())
        if (table.hasStore())
            m_table->addItem(QString(table.name()).replace(QLatin1Char('_'), QLatin1Char(' ')), QString(table.name()));
    m_banner->setObjectName(QStringLiteral("clientDataBanner"));
    m_banner->setWordWrap(true);
    m_banner->setText(tr("%1 keeps no data of its own: these records are read through its server, a page at a time. "
                         "They are read-only here; they are changed at the store's home site.")
                          .arg(m_client));
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: palette(alternate-base); padding: 6px 10px; }"));
    m_problem->setObjectName(QStringLiteral("clientDataProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #d63a3a;"));
    m_problem->hide();
    m_view->setObjectName(QStringLiteral("clientRecordView"));
    m_view->setAccessibleName(tr("Records"));
    m_view->setModel(m_records);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false); // ids stay on one line, elided
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_more->setObjectName(QStringLiteral("clientLoadMore"));
    m_more->setEnabled(false);

    auto* pickers = new QHBoxLayout;
    pickers->addWidget(new QLabel(tr("Store:"), this));
    pickers->addWidget(m_store, 2);
    pickers->addWidget(new QLabel(tr("Table:"), this));
    pickers->addWidget(m_table, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_more);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(pickers);
    layout->addWidget(m_banner);
    layout->addWidget(m_problem);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    connect(m_store, &QComboBox::currentIndexChanged, this, [this] { loadPage(true); });
    connect(m_table, &QComboBox::currentIndexChanged, this, [this] { loadPage(true); });
    connect(m_more, &QPushButton::clicked, this, [this] { loadPage(false); });
    const int stockLine = m_table->findData(QStringLiteral("stock_line"));
    m_table->setCurrentIndex(stockLine >= 0 ? stockLine : 0);
}

void ClientDataPage::reload()
{
    m_api.fetchDataStores(m_client, this, [this](Result<QJsonObject> answer) {
        if (!answer) {
            showProblem(answer.error().message);
            return;
        }
        showProblem(QString());
        const QString previous = m_store->currentData().toString();
        {
            const QSignalBlocker blocker(m_store);
            m_store->clear();
            for (const QJsonValue& v : answer->value(QLatin1String("stores")).toArray()) {
                const QJsonObject store = v.toObject();
                if (store.value(QLatin1String("access")).toString() == QLatin1String("none"))
                    continue; // a transfer partner: not browsable
                const SyncType type =
                    syncTypeFromId(store.value(QLatin1String("sync_type")).toString()).value_or(SyncType::None);
                m_store->addItem(tr("%1 – %2 (%3, home %4)")
                                     .arg(store.value(QLatin1String("code")).toString(),
                                          store.value(QLatin1String("name")).toString(), SyncTypeStyle::label(type),
                                          store.value(QLatin1String("home")).toString()),
                                 store.value(QLatin1String("code")).toString());
            }
            const int index = m_store->findData(previous);
            m_store->setCurrentIndex(index >= 0 ? index : 0);
        }
        m_heading->setText(
            tr("<h2>Data</h2>%1, through the server %2")
                .arg(m_client.toHtmlEscaped(), answer->value(QLatin1String("server")).toString().toHtmlEscaped()));
        loadPage(true);
    });
}

void ClientDataPage::loadPage(bool first)
{
    const QString store = m_store->currentData().toString();
    const QString table = m_table->currentData().toString();
    const int generation = first ? ++m_generation : m_generation;
    if (first) {
        m_records->setTable(table);
        m_nextAfter.clear();
    }
    m_more->setEnabled(false);
    if (store.isEmpty() || table.isEmpty()) {
        m_status->setText(tr("No store of %1 can be browsed.").arg(m_client));
        return;
    }
    m_status->setText(tr("Reading…"));
    m_api.fetchData(m_client, table, store, first ? QString() : m_nextAfter, kPageSize, this,
                    [this, generation](Result<QJsonObject> answer) {
                        if (generation != m_generation)
                            return; // the person chose another store or table meanwhile
                        if (!answer) {
                            showProblem(answer.error().message);
                            m_status->clear();
                            return;
                        }
                        showProblem(QString());
                        QVector<QJsonObject> rows;
                        for (const QJsonValue& v : answer->value(QLatin1String("records")).toArray())
                            rows.append(v.toObject());
                        m_records->appendRecords(rows);
                        m_nextAfter = answer->value(QLatin1String("next_after")).toString();
                        m_more->setEnabled(!m_nextAfter.isEmpty());
                        const int shown = m_records->rowCount();
                        const QString count = shown == 1 ? tr("1 record") : tr("%1 records").arg(shown);
                        m_status->setText(m_nextAfter.isEmpty() ? tr("%1, all shown").arg(count)
                                                                : tr("%1 shown; more on the server").arg(count));
                    });
}

void ClientDataPage::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

} // namespace syncsites::ui
