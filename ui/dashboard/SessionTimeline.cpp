#include "SessionTimeline.h"

#include "LinkFiguresModel.h"
#include "OutcomeStyle.h"
#include "OutcomeText.h"
#include "SyncFailure.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace syncsites::ui {

namespace {

QDateTime startOf(const SessionRecord& s)
{
    return s.startedAt.isValid() ? s.startedAt : s.finishedAt.addMSecs(-s.durationMs);
}

} // namespace

SessionTimeline::SessionTimeline(QWidget* parent) : QWidget(parent), m_emptyText(tr("No sessions reported."))
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QSize SessionTimeline::sizeHint() const
{
    return QSize(600, 160);
}

QSize SessionTimeline::minimumSizeHint() const
{
    return QSize(240, 110);
}

void SessionTimeline::setEmptyText(const QString& text)
{
    m_emptyText = text;
    update();
}

void SessionTimeline::setSessions(const QVector<SessionRecord>& sessions, const QDateTime& now)
{
    m_sessions = sessions;
    m_byTime.resize(sessions.size());
    for (int i = 0; i < sessions.size(); ++i)
        m_byTime[i] = i;
    std::stable_sort(m_byTime.begin(), m_byTime.end(),
                     [&](int a, int b) { return startOf(sessions.at(a)) < startOf(sessions.at(b)); });
    m_to = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    m_from = m_to.addSecs(-3600);
    for (const SessionRecord& s : sessions) {
        const QDateTime start = startOf(s);
        if (start.isValid() && start < m_from)
            m_from = start;
        if (s.finishedAt.isValid() && s.finishedAt > m_to)
            m_to = s.finishedAt;
    }
    // A little room before the first bar.
    m_from = m_from.addSecs(-qMax<qint64>(60, m_from.secsTo(m_to) / 40));
    m_selected = sessions.isEmpty() ? -1 : 0;
    update();
    emit sessionSelected(m_selected);
}

void SessionTimeline::setSelectedIndex(int index)
{
    if (index < -1 || index >= m_sessions.size() || index == m_selected)
        return;
    m_selected = index;
    update();
    emit sessionSelected(index);
}

QRect SessionTimeline::plotRect() const
{
    const QFontMetrics fm(font());
    const int left = fm.horizontalAdvance(QStringLiteral("00 min 00 s")) + 8;
    return rect().adjusted(left, fm.height() / 2 + 4, -12, -(fm.height() + 8));
}

qint64 SessionTimeline::maxDurationMs() const
{
    qint64 max = 1000;
    for (const SessionRecord& s : m_sessions)
        max = qMax(max, s.durationMs);
    return max;
}

QRect SessionTimeline::barRect(int index) const
{
    if (index < 0 || index >= m_sessions.size())
        return QRect();
    const QRect plot = plotRect();
    const SessionRecord& s = m_sessions.at(index);
    const qint64 span = qMax<qint64>(1, m_from.msecsTo(m_to));
    const double x = plot.left() + double(m_from.msecsTo(startOf(s))) / double(span) * plot.width();
    const int width = std::clamp(int(plot.width() / qMax(1, int(m_sessions.size())) * 0.6), 3, 14);
    const int height = qMax(3, int(double(s.durationMs) / double(maxDurationMs()) * plot.height()));
    return QRect(int(x) - width / 2, plot.bottom() - height + 1, width, height);
}

int SessionTimeline::sessionAt(const QPoint& pos) const
{
    // The nearest bar within a few pixels horizontally, anywhere in the plot's height.
    int best = -1;
    int bestDistance = 6;
    for (int i = 0; i < m_sessions.size(); ++i) {
        const QRect bar = barRect(i);
        const int distance = pos.x() < bar.left() ? bar.left() - pos.x() : qMax(0, pos.x() - bar.right());
        if (distance <= bestDistance && pos.y() >= plotRect().top() - 4 && pos.y() <= plotRect().bottom() + 4) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

QString SessionTimeline::describe(int index) const
{
    if (index < 0 || index >= m_sessions.size())
        return QString();
    const SessionRecord& s = m_sessions.at(index);
    const QLocale locale;
    QString text = tr("<b>%1</b><br>Started %2, took %3<br>Pushed %4, pulled %5, rejected %6, waiting %7")
                       .arg(OutcomeText::label(s.outcome).toHtmlEscaped(),
                            locale.toString(startOf(s).toLocalTime(), QLocale::ShortFormat).toHtmlEscaped(),
                            LinkFiguresModel::formatDuration(s.durationMs).toHtmlEscaped(), locale.toString(s.pushed),
                            locale.toString(s.pulled), locale.toString(s.rejected), locale.toString(s.waiting));
    if (!s.errorMessage.isEmpty() || !s.errorCode.isEmpty())
        text += tr("<br>Error: %1 (%2)")
                    .arg(SyncFailure::seenFromElsewhere(s.errorCode, s.errorMessage).toHtmlEscaped(),
                         s.errorCode.toHtmlEscaped());
    return text;
}

void SessionTimeline::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    if (m_sessions.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        return;
    }
    const QRect plot = plotRect();
    const QFontMetrics fm(font());
    QColor grid = pal.color(QPalette::Text);
    grid.setAlpha(50);

    // Duration scale on the left: 0, half, max.
    const qint64 max = maxDurationMs();
    p.setPen(pal.color(QPalette::Text));
    for (int i = 0; i <= 2; ++i) {
        const int y = plot.bottom() - plot.height() * i / 2;
        p.setPen(grid);
        p.drawLine(plot.left(), y, plot.right(), y);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(0, y - fm.height() / 2, plot.left() - 6, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                   LinkFiguresModel::formatDuration(max * i / 2));
    }

    // Time labels along the bottom: start, middle, end.
    const QLocale locale;
    for (int i = 0; i <= 2; ++i) {
        const QDateTime at = m_from.addMSecs(m_from.msecsTo(m_to) * i / 2).toLocalTime();
        const QString label = locale.toString(at, QLocale::ShortFormat);
        const int x = plot.left() + plot.width() * i / 2;
        const int w = fm.horizontalAdvance(label);
        const int left = i == 0 ? x : (i == 1 ? x - w / 2 : x - w);
        p.drawText(QRect(left, plot.bottom() + 4, w + 2, fm.height()), Qt::AlignLeft, label);
    }

    for (int i : std::as_const(m_byTime)) {
        const QRect bar = barRect(i);
        p.fillRect(bar, OutcomeStyle::color(m_sessions.at(i).outcome));
    }
    if (m_selected >= 0) {
        p.setPen(QPen(pal.color(QPalette::Highlight), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(barRect(m_selected).adjusted(-2, -2, 2, 2));
    }
    if (hasFocus()) {
        p.setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DotLine));
        p.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

bool SessionTimeline::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int index = sessionAt(help->pos());
        if (index >= 0)
            QToolTip::showText(help->globalPos(), describe(index), this, barRect(index));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void SessionTimeline::mousePressEvent(QMouseEvent* event)
{
    const int index = sessionAt(event->position().toPoint());
    if (index >= 0)
        setSelectedIndex(index);
    QWidget::mousePressEvent(event);
}

void SessionTimeline::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Left || event->key() == Qt::Key_Right) && !m_byTime.isEmpty()) {
        const int position = int(m_byTime.indexOf(m_selected));
        int next = event->key() == Qt::Key_Left ? position - 1 : position + 1;
        if (position < 0)
            next = int(m_byTime.size()) - 1;
        next = std::clamp(next, 0, int(m_byTime.size()) - 1);
        setSelectedIndex(m_byTime.at(next));
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace syncsites::ui
