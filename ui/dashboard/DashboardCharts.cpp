#include "DashboardCharts.h"

#include "OutcomeStyle.h"
#include "OutcomeText.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QEvent>
#include <QGraphicsScene>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QPainter>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace syncsites::ui {

namespace {

const QColor kPushed(0x4c, 0x8b, 0xf5);
const QColor kPulled(0x1a, 0xa5, 0x9a);

QChart* newChart(const QString& title)
{
    auto* chart = new QChart();
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

void clearChart(QChart* chart)
{
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

// Axes with whole numbers and a small head room, so a chart of zeros still has a scale.
QValueAxis* countAxis(double max)
{
    auto* axis = new QValueAxis();
    axis->setRange(0, qMax(1.0, max * 1.1));
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->applyNiceNumbers();
    return axis;
}

/// One category per day (distinct, as a category axis needs). The labels are hidden: Qt Charts cut even two digits
/// under a bar to "…" at ordinary window sizes; the chart's title names the range instead.
QStringList dayLabels(const QVector<DailyTotals>& days)
{
    QStringList labels;
    for (const DailyTotals& d : days)
        labels << d.date.toString(Qt::ISODate);
    return labels;
}

/// The days the charts cover, for their titles: "13 Nov – 26 Nov".
QString dayRange(const QVector<DailyTotals>& days)
{
    if (days.isEmpty())
        return QString();
    const QString format = QStringLiteral("d MMM");
    return QStringLiteral("%1 – %2").arg(QLocale().toString(days.first().date, format),
                                         QLocale().toString(days.last().date, format));
}

} // namespace

DashboardCharts::DashboardCharts(QWidget* parent)
    : QWidget(parent), m_sessions(newChart(tr("Sessions per day"))), m_records(newChart(tr("Records moved per day"))),
      m_durations(newChart(tr("Session durations")))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const QList<QPair<QChart*, QString>> charts{{m_sessions, QStringLiteral("sessionsChart")},
                                                {m_records, QStringLiteral("recordsChart")},
                                                {m_durations, QStringLiteral("durationsChart")}};
    for (const auto& [chart, name] : charts) {
        auto* view = new QChartView(chart, this);
        view->setObjectName(name);
        view->setAccessibleName(chart->title());
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(200, 170); // three side by side on a 1024x600 screen, under the table
        layout->addWidget(view);
        m_views.append(view);
    }
    applyThemes();
    rebuildDaily();
    rebuildDurations();
}

void DashboardCharts::setDailyTotals(const QVector<DailyTotals>& days)
{
    m_days = days;
    rebuildDaily();
}

void DashboardCharts::setDurations(const QVector<qint64>& milliseconds, const QString& subject)
{
    m_durationValues = milliseconds;
    m_durationSubject = subject;
    rebuildDurations();
}

QVector<qint64> DashboardCharts::durationBucketBounds()
{
    return {1000, 5000, 15000, 60000, 300000, -1};
}

void DashboardCharts::rebuildDaily()
{
    const QStringList labels = dayLabels(m_days);

    clearChart(m_sessions);
    auto* stacked = new QStackedBarSeries();
    double maxSessions = 0;
    for (const QString& outcome : OutcomeStyle::outcomes()) {
        auto* set = new QBarSet(OutcomeText::label(outcome));
        set->setObjectName(outcome);
        set->setColor(OutcomeStyle::color(outcome));
        set->setBorderColor(OutcomeStyle::color(outcome));
        for (const DailyTotals& d : m_days) {
            const int n = outcome == QLatin1String("success")   ? d.success
                          : outcome == QLatin1String("partial") ? d.partial
                          : outcome == QLatin1String("failed")  ? d.failed
                                                                : d.cancelled;
            set->append(n);
        }
        stacked->append(set);
    }
    for (const DailyTotals& d : m_days)
        maxSessions = qMax(maxSessions, double(d.sessions()));
    m_sessions->addSeries(stacked);
    auto* sessionDays = new QBarCategoryAxis();
    sessionDays->append(labels);
    sessionDays->setLabelsVisible(false);
    m_sessions->setTitle(tr("Sessions per day, %1").arg(dayRange(m_days)));
    m_sessions->addAxis(sessionDays, Qt::AlignBottom);
    stacked->attachAxis(sessionDays);
    QValueAxis* sessionCount = countAxis(maxSessions);
    m_sessions->addAxis(sessionCount, Qt::AlignLeft);
    stacked->attachAxis(sessionCount);

    clearChart(m_records);
    auto* bars = new QBarSeries();
    auto* pushed = new QBarSet(tr("Pushed"));
    auto* pulled = new QBarSet(tr("Pulled"));
    pushed->setObjectName(QStringLiteral("pushed"));
    pulled->setObjectName(QStringLiteral("pulled"));
    double maxRecords = 0;
    for (const DailyTotals& d : m_days) {
        pushed->append(double(d.pushed));
        pulled->append(double(d.pulled));
        maxRecords = qMax(maxRecords, double(qMax(d.pushed, d.pulled)));
    }
    pushed->setColor(kPushed);
    pushed->setBorderColor(kPushed);
    pulled->setColor(kPulled);
    pulled->setBorderColor(kPulled);
    bars->append(pushed);
    bars->append(pulled);
    m_records->addSeries(bars);
    auto* recordDays = new QBarCategoryAxis();
    recordDays->append(labels);
    recordDays->setLabelsVisible(false);
    m_records->setTitle(tr("Records moved per day, %1").arg(dayRange(m_days)));
    m_records->addAxis(recordDays, Qt::AlignBottom);
    bars->attachAxis(recordDays);
    QValueAxis* recordCount = countAxis(maxRecords);
    m_records->addAxis(recordCount, Qt::AlignLeft);
    bars->attachAxis(recordCount);

    applyTheme(m_sessions);
    applyTheme(m_records);
}

void DashboardCharts::rebuildDurations()
{
    clearChart(m_durations);
    m_durations->setTitle(m_durationSubject.isEmpty() ? tr("Session durations")
                                                      : tr("Session durations: %1").arg(m_durationSubject));
    const QVector<qint64> bounds = durationBucketBounds();
    const QStringList labels{tr("<1s"), tr("1–5s"), tr("5–15s"), tr("15–60s"), tr("1–5m"), tr(">5m")};
    QVector<int> counts(bounds.size(), 0);
    for (qint64 ms : m_durationValues) {
        if (ms < 0)
            continue;
        int bucket = 0;
        while (bounds.at(bucket) >= 0 && ms >= bounds.at(bucket))
            ++bucket;
        ++counts[bucket];
    }
    // Horizontal bars: the bucket names get the chart's height to themselves (under vertical bars they were cut).
    auto* series = new QHorizontalBarSeries();
    auto* set = new QBarSet(tr("Sessions"));
    set->setObjectName(QStringLiteral("durations"));
    int max = 0;
    for (int c : counts) {
        set->append(c);
        max = qMax(max, c);
    }
    set->setColor(kPushed);
    set->setBorderColor(kPushed);
    series->append(set);
    m_durations->addSeries(series);
    auto* axis = new QBarCategoryAxis();
    for (const QString& label : labels)
        axis->append(label.toHtmlEscaped()); // the axis reads rich text: "<1s" would be a tag
    m_durations->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    QValueAxis* count = countAxis(max);
    m_durations->addAxis(count, Qt::AlignBottom);
    series->attachAxis(count);
    m_durations->legend()->setVisible(false);
    applyTheme(m_durations);
}

void DashboardCharts::applyTheme(QChart* chart) const
{
    applyTheme(chart, palette());
}

void DashboardCharts::applyTheme(QChart* chart, const QPalette& pal) const
{
    // The theme sets fonts and grid colours for the palette's lightness; the backgrounds and texts then follow the
    // palette itself, and the series keep their meaning colours.
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    QHash<QBarSet*, QColor> colours;
    const auto series = chart->series();
    for (QAbstractSeries* s : series)
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(s))
            for (QBarSet* set : bars->barSets())
                colours.insert(set, set->color());
    const QString title = chart->title();
    const bool legend = chart->legend()->isVisible();
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setTitle(title);
    chart->legend()->setVisible(legend);
    for (auto it = colours.constBegin(); it != colours.constEnd(); ++it) {
        it.key()->setColor(it.value());
        it.key()->setBorderColor(it.value());
    }
    chart->setBackgroundBrush(pal.color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setTitleBrush(pal.color(QPalette::Text));
    chart->legend()->setLabelColor(pal.color(QPalette::Text));
    QFont titleFont = font();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    const auto axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        axis->setLabelsColor(pal.color(QPalette::Text));
        axis->setLabelsFont(font());
    }
}

void DashboardCharts::applyThemes()
{
    for (QChartView* view : std::as_const(m_views))
        view->setBackgroundBrush(palette().color(QPalette::Base));
    applyTheme(m_sessions);
    applyTheme(m_records);
    applyTheme(m_durations);
}

void DashboardCharts::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        applyThemes();
    QWidget::changeEvent(event);
}

QVector<QImage> DashboardCharts::renderImages(const QSize& size) const
{
    // Paper is white: the report's charts are drawn in light colours whatever the screen's palette.
    QPalette paper;
    paper.setColor(QPalette::Window, Qt::white);
    paper.setColor(QPalette::Base, Qt::white);
    paper.setColor(QPalette::Text, Qt::black);
    QVector<QImage> images;
    for (QChartView* view : m_views) {
        QChart* chart = view->chart();
        // Lay the chart out at the picture's size, draw it, and give it back its place in the view.
        const QRectF before = chart->geometry();
        QImage image(size, QImage::Format_ARGB32);
        image.fill(Qt::white);
        applyTheme(chart, paper);
        chart->resize(size);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            view->scene()->render(&painter, QRectF(QPointF(0, 0), size), QRectF(chart->pos(), size));
        }
        chart->setGeometry(before);
        applyTheme(chart);
        images.append(image);
    }
    return images;
}

} // namespace syncsites::ui
