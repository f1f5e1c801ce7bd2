#include "TopologyPage.h"

#include "KindIcons.h"
#include "SiteDetailsPanel.h"
#include "SiteNodeItem.h"
#include "TopologyLegend.h"
#include "TopologyScene.h"
#include "TopologyView.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QSplitter>
#include <QStringListModel>
#include <QSvgGenerator>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace syncsites::ui {

namespace {

// Zoom a search result is shown at, at least: where names and chips can be read.
constexpr qreal kFocusZoom = 0.9;
constexpr qreal kZoomStep = 1.25;
// The longest side of an exported PNG, in pixels.
constexpr qreal kMaxPngSide = 8000;

QToolButton* toolButton(const QString& objectName, const QString& text, const QString& toolTip, QAction* action)
{
    auto* button = new QToolButton;
    button->setObjectName(objectName);
    button->setDefaultAction(action);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAccessibleName(toolTip);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

QAction* shortcutAction(QWidget* owner, const QString& text, const QList<QKeySequence>& keys)
{
    auto* action = new QAction(text, owner);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WindowShortcut); // only the visible page's actions are live
    owner->addAction(action);
    return action;
}

QIcon healthIcon(SyncHealth health)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(syncHealthColor(health), 3));
    painter.drawEllipse(QRectF(2.5, 2.5, 11, 11));
    return QIcon(pixmap);
}

} // namespace

TopologyPage::TopologyPage(QWidget* parent)
    : QWidget(parent), m_scene(new TopologyScene(this)), m_view(new TopologyView), m_details(new SiteDetailsPanel),
      m_search(new QLineEdit), m_siteNames(new QStringListModel(this)), m_kindFilter(new QComboBox),
      m_healthFilter(new QComboBox), m_message(new QLabel)
{
    setObjectName(QStringLiteral("topologyPage"));
    setAccessibleName(tr("Topology"));
    m_view->setObjectName(QStringLiteral("topologyView"));
    m_view->setAccessibleName(tr("Network drawing"));
    m_view->setTopologyScene(m_scene);

    m_search->setObjectName(QStringLiteral("siteSearch"));
    m_search->setAccessibleName(tr("Find a site"));
    m_search->setPlaceholderText(tr("Find a site by name\u2026"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(160);
    auto* completer = new QCompleter(m_siteNames, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_search->setCompleter(completer);

    m_kindFilter->setObjectName(QStringLiteral("kindFilter"));
    m_kindFilter->setAccessibleName(tr("Show sites of kind"));
    m_kindFilter->setToolTip(tr("Dim the sites of other kinds"));
    m_kindFilter->addItem(tr("All kinds"), -1);
    const QColor iconColor = palette().color(QPalette::Text);
    for (const SiteKindInfo& info : allSiteKinds())
        m_kindFilter->addItem(KindIcons::icon(info.kind, iconColor),
                              QCoreApplication::translate("SiteKind", info.displayName), int(info.kind));
    m_healthFilter->setObjectName(QStringLiteral("healthFilter"));
    m_healthFilter->setAccessibleName(tr("Show sites with sync health"));
    m_healthFilter->setToolTip(tr("Dim the sites in another state of sync health"));
    m_healthFilter->addItem(tr("Any health"), -1);
    for (SyncHealth health : allSyncHealths)
        m_healthFilter->addItem(healthIcon(health), syncHealthLabel(health), int(health));

    QAction* zoomIn = shortcutAction(this, tr("Zoom in"), {QKeySequence::ZoomIn, QKeySequence(tr("Ctrl+="))});
    QAction* zoomOut = shortcutAction(this, tr("Zoom out"), {QKeySequence::ZoomOut});
    QAction* fit = shortcutAction(this, tr("Fit to window"), {QKeySequence(tr("Ctrl+0"))});
    QAction* find = shortcutAction(this, tr("Find a site"), {QKeySequence::Find});
    QAction* png = new QAction(tr("Export &PNG\u2026"), this);
    QAction* svg = new QAction(tr("Export &SVG\u2026"), this);
    connect(zoomIn, &QAction::triggered, this, [this] { m_view->zoomBy(kZoomStep); });
    connect(zoomOut, &QAction::triggered, this, [this] { m_view->zoomBy(1 / kZoomStep); });
    connect(fit, &QAction::triggered, m_view, &TopologyView::fitToWindow);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(png, &QAction::triggered, this, [this] { exportWithDialog(false); });
    connect(svg, &QAction::triggered, this, [this] { exportWithDialog(true); });

    auto* tools = new QHBoxLayout;
    tools->addWidget(m_search);
    tools->addWidget(m_kindFilter);
    tools->addWidget(m_healthFilter);
    tools->addSpacing(12);
    tools->addWidget(toolButton(QStringLiteral("zoomOut"), QStringLiteral("\u2212"), tr("Zoom out (Ctrl+-)"), zoomOut));
    tools->addWidget(toolButton(QStringLiteral("zoomIn"), QStringLiteral("+"), tr("Zoom in (Ctrl+=)"), zoomIn));
    tools->addWidget(toolButton(QStringLiteral("fitToWindow"), tr("Fit"), tr("Fit to window (Ctrl+0)"), fit));
    tools->addStretch(1);
    // The exports, lesser actions, share one button and its menu: the row fits a 1024x600 screen.
    png->setToolTip(tr("Export the drawing as a PNG image"));
    svg->setToolTip(tr("Export the drawing as an SVG file"));
    auto* exports = new QMenu(this);
    exports->setObjectName(QStringLiteral("exportMenu"));
    exports->setToolTipsVisible(true);
    exports->addAction(png);
    exports->addAction(svg);
    auto* exportButton = new QToolButton;
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setText(tr("&Export"));
    exportButton->setToolTip(tr("Export the drawing as a PNG image or an SVG file"));
    exportButton->setAccessibleName(exportButton->toolTip());
    exportButton->setMenu(exports);
    exportButton->setPopupMode(QToolButton::InstantPopup);
    exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addWidget(exportButton);

    m_message->setObjectName(QStringLiteral("topologyMessage"));
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_message->setWordWrap(true); // a long hint (in some languages) wraps rather than widening the window
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(0, false);
    m_details->setMinimumWidth(320);
    splitter->setSizes({880, 440});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(tools);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    layout->addWidget(new TopologyLegend);

    connect(m_search, &QLineEdit::returnPressed, this, [this] { findSite(m_search->text()); });
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this, &TopologyPage::findSite);
    connect(m_kindFilter, qOverload<int>(&QComboBox::currentIndexChanged), this, &TopologyPage::applyFilters);
    connect(m_healthFilter, qOverload<int>(&QComboBox::currentIndexChanged), this, &TopologyPage::applyFilters);
    connect(m_view, &TopologyView::siteClicked, m_scene, &TopologyScene::selectSite);
    connect(m_view, &TopologyView::siteActivated, this, &TopologyPage::showSite);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &TopologyPage::showSelection);
    describeSelection();
}

void TopologyPage::setHubApi(HubApiClient* api)
{
    m_details->setHubApi(api);
}

QHash<QString, SyncHealth> TopologyPage::healthBySite() const
{
    QHash<QString, SyncHealth> health;
    for (auto it = m_statuses.constBegin(); it != m_statuses.constEnd(); ++it)
        health.insert(it.key(), it.value().health);
    return health;
}

void TopologyPage::setNetwork(const Topology& topology)
{
    m_topology = topology;
    m_scene->setNetwork(topology, healthBySite()); // keeps the selected site when it is still there
    QStringList names;
    names.reserve(topology.sites().size());
    for (const Site& site : topology.sites())
        names.append(site.name);
    names.sort(Qt::CaseInsensitive);
    // A refreshed network with the same sites keeps the user's zoom and position; a new one is fitted.
    if (names != m_siteNames->stringList())
        m_view->fitToWindow();
    m_siteNames->setStringList(names);
    applyFilters();
    if (!m_selected.isEmpty() && m_scene->selectedSite() == m_selected) {
        const auto it = m_statuses.constFind(m_selected);
        m_details->showSite(m_topology, m_selected,
                            it == m_statuses.constEnd() ? std::nullopt : std::optional<SiteStatus>(*it));
    } else {
        showSelection();
    }
    describeSelection(); // the count of sites, or the selected site's place, may have changed
}

void TopologyPage::setStatuses(const SiteStatusList& statuses)
{
    m_statuses.clear();
    for (const SiteStatus& status : statuses.sites)
        m_statuses.insert(status.name, status);
    m_scene->setHealth(healthBySite());
    applyFilters();
    if (!m_selected.isEmpty()) {
        const auto it = m_statuses.constFind(m_selected);
        m_details->updateStatus(it == m_statuses.constEnd() ? std::nullopt : std::optional<SiteStatus>(*it));
    }
    describeSelection();
}

void TopologyPage::applyFilters()
{
    const int kind = m_kindFilter->currentData().toInt();
    const int health = m_healthFilter->currentData().toInt();
    const int matching = m_scene->setFilter(kind < 0 ? std::nullopt : std::optional<SiteKind>(SiteKind(kind)),
                                            health < 0 ? std::nullopt : std::optional<SyncHealth>(SyncHealth(health)));
    const int total = int(m_topology.sites().size());
    if (kind < 0 && health < 0)
        showMessage(tr("Sites: %1. Drag to pan, use the wheel to zoom, click a site (or use the arrow keys) for its "
                       "details.")
                        .arg(total));
    else
        showMessage(tr("%1 of %2 sites match the filters; the others are dimmed.").arg(matching).arg(total));
}

void TopologyPage::showSelection()
{
    const QString site = m_scene->selectedSite();
    if (site == m_selected)
        return;
    m_selected = site;
    describeSelection();
    if (site.isEmpty()) {
        m_details->clear();
        return;
    }
    const auto it = m_statuses.constFind(site);
    m_details->showSite(m_topology, site, it == m_statuses.constEnd() ? std::nullopt : std::optional<SiteStatus>(*it));
    emit siteSelected(site);
}

bool TopologyPage::findSite(const QString& text)
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return false;
    QString found;
    for (const Site& site : m_topology.sites()) {
        if (site.name.compare(wanted, Qt::CaseInsensitive) == 0) {
            found = site.name;
            break;
        }
    }
    if (found.isEmpty()) {
        for (const QString& name : m_siteNames->stringList()) {
            if (name.contains(wanted, Qt::CaseInsensitive)) {
                found = name;
                break;
            }
        }
    }
    if (found.isEmpty()) {
        showMessage(tr("No site's name contains \u201c%1\u201d.").arg(wanted));
        return false;
    }
    m_search->completer()->popup()->hide(); // the answer is in the drawing now
    showSite(found);
    return true;
}

void TopologyPage::showSite(const QString& site)
{
    m_scene->selectSite(site);
    if (SiteNodeItem* node = m_scene->node(site))
        m_view->focusOn(node->sceneBoundingRect().center(), kFocusZoom);
}

void TopologyPage::describeSelection()
{
    const QVector<SiteNodeItem*>& order = m_scene->readingOrder();
    const SiteNodeItem* node = m_scene->node(m_selected);
    QString text;
    if (!node) {
        text = tr("No site selected (sites: %1). The arrow keys choose a site, Enter centres it.").arg(order.size());
    } else {
        // The node's words (name, kind, health), then how long ago it synced, as the side panel says it.
        const int place = int(order.indexOf(node)) + 1;
        const auto it = m_statuses.constFind(m_selected);
        if (it != m_statuses.constEnd() && it->lastSuccess.isValid())
            text = tr("%1, last success %2. Site %3 of %4.")
                       .arg(node->accessibleText(), SiteDetailsPanel::ageText(it->lastSuccess))
                       .arg(place)
                       .arg(order.size());
        else
            text = tr("%1. Site %2 of %3.").arg(node->accessibleText()).arg(place).arg(order.size());
    }
    // Sends DescriptionChanged, which a screen reader says for the focused drawing: only when the words change.
    if (text != m_view->accessibleDescription())
        m_view->setAccessibleDescription(text);
}

bool TopologyPage::exportPng(const QString& file)
{
    const QRectF source = m_scene->drawingRect();
    const qreal scale = std::min(2.0, kMaxPngSide / std::max(source.width(), source.height()));
    QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return false;
    image.fill(palette().color(QPalette::Window));
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    m_scene->renderDrawing(&painter, QRectF(QPointF(0, 0), QSizeF(image.size())));
    painter.end();
    return image.save(file, "PNG");
}

bool TopologyPage::exportSvg(const QString& file)
{
    const QRectF source = m_scene->drawingRect();
    QSvgGenerator generator;
    generator.setFileName(file);
    generator.setSize(source.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), source.size()));
    generator.setTitle(tr("SyncSites network"));
    generator.setDescription(tr("The sites of the network, their links and their stores' sync types."));
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    painter.fillRect(QRectF(QPointF(0, 0), source.size()), palette().color(QPalette::Window));
    m_scene->renderDrawing(&painter, QRectF(QPointF(0, 0), source.size()));
    if (!painter.end())
        return false;
    const QFileInfo info(file);
    return info.exists() && info.size() > 0;
}

void TopologyPage::exportWithDialog(bool svg)
{
    const QString file = svg ? QFileDialog::getSaveFileName(this, tr("Export the drawing as SVG"),
                                                            QStringLiteral("network.svg"), tr("SVG files (*.svg)"))
                             : QFileDialog::getSaveFileName(this, tr("Export the drawing as PNG"),
                                                            QStringLiteral("network.png"), tr("PNG images (*.png)"));
    if (file.isEmpty())
        return;
    const bool ok = svg ? exportSvg(file) : exportPng(file);
    showMessage(ok ? tr("Saved the drawing to %1.").arg(QDir::toNativeSeparators(file))
                   : tr("Could not write %1: check that the folder exists and is writable.")
                         .arg(QDir::toNativeSeparators(file)));
}

void TopologyPage::showMessage(const QString& text)
{
    m_message->setText(text);
}

} // namespace syncsites::ui
