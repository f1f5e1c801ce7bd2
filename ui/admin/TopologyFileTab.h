#pragma once

#include "RevisedTopology.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace syncsites {
class HubApiClient;
}

namespace syncsites::ui {

class MessageLine;

class ReviewDialog;

/// The Administration page's Topology tab: the whole network as a file (docs/topology-format.md). Export saves the
/// hub's network; Import reads a file, checks it with the validator (each broken rule listed, nothing sent), then
/// shows the hub's preview of what replacing the network would do (ReviewDialog) before applying it against the
/// revision it was read at (a stale revision is said in words and the tab reloads). Nothing blocks the GUI thread.
class TopologyFileTab : public QWidget
{
    Q_OBJECT

public:
    /// `api` must outlive the tab.
    explicit TopologyFileTab(HubApiClient& api, QWidget* parent = nullptr);

    /// Reads the hub's network (its revision is what an import is applied against).
    void reload();
    /// What the buttons do once a file is chosen (tests call them directly).
    void exportTo(const QString& path);
    void importFrom(const QString& path);

    QString message() const;
    /// The import's report: one line per broken rule, or per change the file makes.
    QStringList report() const;
    ReviewDialog* review() const { return m_review; }

signals:
    /// The hub accepted an imported network.
    void networkChanged();

private:
    void showMessage(const QString& text, bool error);
    void setBusy(bool busy);
    void reviewImport(const Topology& imported, const QString& path);
    void apply(const Topology& imported);

    HubApiClient& m_api;
    QLabel* m_summary;
    QPushButton* m_export;
    QPushButton* m_import;
    QListWidget* m_report;
    MessageLine* m_message;
    QPointer<ReviewDialog> m_review;
    RevisedTopology m_latest;
    bool m_loaded = false;
    int m_generation = 0;
};

} // namespace syncsites::ui
