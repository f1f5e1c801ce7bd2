#pragma once

#include "SessionRecord.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace syncsites::ui {

class LinkFiguresModel;
class SessionTimeline;

/// One site's recent sessions: the timeline, and the figures of the selected session per link.
class SiteDrillDown : public QWidget
{
    Q_OBJECT

public:
    explicit SiteDrillDown(QWidget* parent = nullptr);

    /// Clears the sessions and says they are being fetched.
    void showLoading(const QString& site);
    void setSessions(const QString& site, const QVector<SessionRecord>& sessions, int days, const QDateTime& now);
    /// Keeps what is shown and says why it could not be refreshed.
    void showError(const QString& site, const QString& message);

    QString site() const { return m_site; }
    SessionTimeline* timeline() const { return m_timeline; }
    LinkFiguresModel* linkModel() const { return m_links; }

private:
    void showSession(int index);

    QString m_site;
    QLabel* m_title;
    QLabel* m_status;
    SessionTimeline* m_timeline;
    QLabel* m_session;
    LinkFiguresModel* m_links;
    QTableView* m_linkView;
};

} // namespace syncsites::ui
