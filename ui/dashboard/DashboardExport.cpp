#include "DashboardExport.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>

namespace syncsites::ui {

namespace {

QString cellText(const QAbstractItemModel& model, int row, int column, int exportRole)
{
    const QModelIndex index = model.index(row, column);
    const QVariant value = exportRole >= 0 ? model.data(index, exportRole) : QVariant();
    return value.isValid() ? value.toString() : model.data(index, Qt::DisplayRole).toString();
}

} // namespace

QString DashboardExport::csvField(const QString& text)
{
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
                       text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n'));
    if (!quote)
        return text;
    QString escaped = text;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

bool DashboardExport::writeCsv(const QAbstractItemModel& model, QIODevice& out, int exportRole)
{
    const int columns = model.columnCount();
    QStringList fields;
    fields.reserve(columns);
    for (int c = 0; c < columns; ++c)
        fields << csvField(model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
    if (out.write((fields.join(QLatin1Char(',')) + QLatin1String("\r\n")).toUtf8()) < 0)
        return false;
    for (int r = 0; r < model.rowCount(); ++r) {
        fields.clear();
        for (int c = 0; c < columns; ++c)
            fields << csvField(cellText(model, r, c, exportRole));
        if (out.write((fields.join(QLatin1Char(',')) + QLatin1String("\r\n")).toUtf8()) < 0)
            return false;
    }
    return true;
}

bool DashboardExport::writeCsv(const QAbstractItemModel& model, const QString& file, int exportRole, QString* error)
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Could not write %1: %2").arg(file, out.errorString());
        return false;
    }
    // A byte order mark first: spreadsheet programs on Windows read a CSV without one in the system's code page
    // and garble accented names ("Hôpital").
    const bool bom = out.write("\xEF\xBB\xBF", 3) == 3;
    if (!bom || !writeCsv(model, out, exportRole) || !out.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(file, out.errorString());
        return false;
    }
    return true;
}

bool DashboardExport::writePdf(const Report& report, const QString& file, QString* error)
{
    {
        // QPdfWriter does not tell when it cannot open its file: find out first.
        QFile probe(file);
        if (!probe.open(QIODevice::WriteOnly)) {
            if (error)
                *error = tr("Could not write %1: %2").arg(file, probe.errorString());
            return false;
        }
    }
    QPdfWriter pdf(file);
    pdf.setResolution(150);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12),
                                  QPageLayout::Millimeter));
    pdf.setTitle(report.title);
    pdf.setCreator(QCoreApplication::applicationName());

    QPainter p;
    if (!p.begin(&pdf)) {
        if (error)
            *error = tr("Could not write %1.").arg(file);
        return false;
    }
    const QRect page(0, 0, pdf.width(), pdf.height());
    QFont body(QStringLiteral("Sans Serif"));
    body.setPointSizeF(9);
    QFont bold = body;
    bold.setBold(true);
    QFont title = body;
    title.setPointSizeF(18);
    title.setBold(true);
    const QLocale locale;
    int pageNumber = 1;

    auto footer = [&] {
        p.setFont(body);
        p.setPen(Qt::darkGray);
        const QFontMetrics fm(body, &pdf);
        p.drawText(QRect(page.left(), page.bottom() - fm.height(), page.width(), fm.height()), Qt::AlignRight,
                   tr("Page %1").arg(pageNumber));
    };

    // Title, date, counts.
    int y = 0;
    p.setPen(Qt::black);
    p.setFont(title);
    const QFontMetrics titleMetrics(title, &pdf);
    p.drawText(QRect(0, y, page.width(), titleMetrics.height()), Qt::AlignLeft, report.title);
    y += titleMetrics.height();
    p.setFont(body);
    const QFontMetrics fm(body, &pdf);
    const int line = fm.height();
    QString when = tr("Generated %1").arg(locale.toString(report.generatedAt.toLocalTime(), QLocale::LongFormat));
    if (!report.subtitle.isEmpty())
        when += QStringLiteral(" — ") + report.subtitle;
    p.drawText(QRect(0, y, page.width(), line), Qt::AlignLeft, when);
    y += line * 2;
    int x = 0;
    for (int i = 0; i < report.healthCounts.size(); ++i) {
        const QColor colour = report.healthColours.value(i, Qt::gray);
        p.fillRect(QRect(x, y + line / 4, line / 2, line / 2), colour);
        x += line;
        const QString text =
            QStringLiteral("%1: %2").arg(report.healthCounts.at(i).first).arg(report.healthCounts.at(i).second);
        p.setFont(bold);
        p.drawText(QRect(x, y, page.width() - x, line), Qt::AlignLeft, text);
        x += QFontMetrics(bold, &pdf).horizontalAdvance(text) + line * 2;
    }
    y += line * 2;

    // Charts side by side, keeping their proportions.
    if (!report.charts.isEmpty()) {
        const int gap = line;
        const int count = int(report.charts.size());
        const int w = (page.width() - gap * (count - 1)) / count;
        int tallest = 0;
        for (int i = 0; i < count; ++i) {
            const QImage& image = report.charts.at(i);
            const int h = image.isNull() ? 0 : w * image.height() / qMax(1, image.width());
            p.drawImage(QRect(i * (w + gap), y, w, h), image);
            tallest = qMax(tallest, h);
        }
        y += tallest + line;
    }

    // The table, its header repeated on each page.
    if (report.table) {
        const QAbstractItemModel& model = *report.table;
        const int columns = model.columnCount();
        const int rowHeight = line + line / 3;
        // Widths from the longest text of each column (header and a sample of rows), scaled to the page.
        QVector<double> widths(columns, 0);
        const int sample = qMin(model.rowCount(), 500);
        for (int c = 0; c < columns; ++c) {
            widths[c] = QFontMetrics(bold, &pdf).horizontalAdvance(model.headerData(c, Qt::Horizontal).toString());
            for (int r = 0; r < sample; ++r)
                widths[c] = qMax(widths[c], double(fm.horizontalAdvance(cellText(model, r, c, -1))));
            widths[c] = qMin(widths[c] + line, page.width() / 3.0);
        }
        // Too wide for the page: take it from the widest column first (the errors), down to an eighth of the page,
        // then shrink all alike.
        double total = 0;
        for (double w : widths)
            total += w;
        while (total > page.width()) {
            const auto widest = std::max_element(widths.begin(), widths.end());
            const double spare = *widest - page.width() / 8.0;
            if (spare <= 1)
                break;
            const double cut = qMin(spare, total - page.width());
            *widest -= cut;
            total -= cut;
        }
        const double scale = total > 0 ? page.width() / total : 1;
        auto drawHeader = [&] {
            p.setFont(bold);
            p.fillRect(QRect(0, y, page.width(), rowHeight), QColor(0xe8, 0xea, 0xee));
            double cx = 0;
            for (int c = 0; c < columns; ++c) {
                const int cw = int(widths[c] * scale);
                p.drawText(QRect(int(cx) + line / 4, y, cw - line / 2, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                           model.headerData(c, Qt::Horizontal).toString());
                cx += cw;
            }
            y += rowHeight;
            p.setFont(body);
        };
        p.setPen(Qt::black);
        drawHeader();
        const int bottom = page.bottom() - line * 2;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (y + rowHeight > bottom) {
                footer();
                if (!pdf.newPage())
                    break;
                ++pageNumber;
                y = 0;
                p.setPen(Qt::black);
                drawHeader();
            }
            if (r % 2 == 1)
                p.fillRect(QRect(0, y, page.width(), rowHeight), QColor(0xf5, 0xf6, 0xf8));
            double cx = 0;
            for (int c = 0; c < columns; ++c) {
                const int cw = int(widths[c] * scale);
                QRect cell(int(cx) + line / 4, y, cw - line / 2, rowHeight);
                if (c == 0 && report.colourRole >= 0) {
                    const QVariant colour = model.data(model.index(r, 0), report.colourRole);
                    if (colour.isValid())
                        p.fillRect(QRect(cell.left(), y + rowHeight / 2 - line / 4, line / 2, line / 2),
                                   colour.value<QColor>());
                    cell.setLeft(cell.left() + line);
                }
                p.setPen(Qt::black);
                p.drawText(cell, Qt::AlignLeft | Qt::AlignVCenter,
                           fm.elidedText(cellText(model, r, c, -1), Qt::ElideRight, cell.width()));
                cx += cw;
            }
            y += rowHeight;
        }
    }
    footer();
    if (!p.end()) {
        if (error)
            *error = tr("Could not write %1.").arg(file);
        return false;
    }
    return true;
}

} // namespace syncsites::ui
