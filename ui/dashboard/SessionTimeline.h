#pragma once

#include "SessionRecord.h"

#include <QDateTime>
#include <QVector>
#include <QWidget>

namespace syncsites::ui {

/// A site's recent sessions along time: one bar per session at its start, as tall as it lasted, coloured by its
/// outcome; the tooltip gives its figures and error. Click or the arrow keys select a session.
class SessionTimeline : public QWidget
{
    Q_OBJECT

public:
    explicit SessionTimeline(QWidget* parent = nullptr);

    /// Sessions in any order; the time axis ends at `now`.
    void setSessions(const QVector<SessionRecord>& sessions, const QDateTime& now);
    const QVector<SessionRecord>& sessions() const { return m_sessions; }
    /// Index into sessions(), -1 for none.
    int selectedIndex() const { return m_selected; }
    void setSelectedIndex(int index);
    void setEmptyText(const QString& text);

    /// Where session `index` is drawn (for tests and tooltips).
    QRect barRect(int index) const;
    /// The session under a point, or -1.
    int sessionAt(const QPoint& pos) const;
    /// The tooltip text of a session.
    QString describe(int index) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void sessionSelected(int index);

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QRect plotRect() const;
    qint64 maxDurationMs() const;

    QVector<SessionRecord> m_sessions;
    QVector<int> m_byTime; ///< indices into m_sessions, oldest first
    QDateTime m_from;
    QDateTime m_to;
    int m_selected = -1;
    QString m_emptyText;
};

} // namespace syncsites::ui
