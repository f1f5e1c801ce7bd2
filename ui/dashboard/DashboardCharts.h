#pragma once

#include "DailyTotals.h"

#include <QImage>
#include <QVector>
#include <QWidget>

class QChart;
class QChartView;

namespace syncsites::ui {

/// The dashboard's three charts (Qt Charts): sessions per day stacked by outcome, records moved per day (pushed,
/// pulled), and a histogram of session durations. Themed from the widget's palette (dark or light), again when
/// the palette changes.
class DashboardCharts : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardCharts(QWidget* parent = nullptr);

    /// The hub's daily totals, oldest day first.
    void setDailyTotals(const QVector<DailyTotals>& days);
    /// The durations the histogram counts and what they are of (e.g. "Lira Health Centre, last 30 days").
    void setDurations(const QVector<qint64>& milliseconds, const QString& subject);

    QChart* sessionsChart() const { return m_sessions; }
    QChart* recordsChart() const { return m_records; }
    QChart* durationsChart() const { return m_durations; }
    const QVector<DailyTotals>& dailyTotals() const { return m_days; }

    /// The three charts as pictures of `size` each (for the PDF report), drawn whether or not they are shown.
    QVector<QImage> renderImages(const QSize& size) const;

    /// The histogram's buckets: upper bounds in ms (the last open) and their labels.
    static QVector<qint64> durationBucketBounds();

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuildDaily();
    void rebuildDurations();
    void applyTheme(QChart* chart) const;
    void applyTheme(QChart* chart, const QPalette& palette) const;
    void applyThemes();

    QChart* m_sessions;
    QChart* m_records;
    QChart* m_durations;
    QVector<QChartView*> m_views;
    QVector<DailyTotals> m_days;
    QVector<qint64> m_durationValues;
    QString m_durationSubject;
};

} // namespace syncsites::ui
