#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QString>
#include <QVector>

class QAbstractItemModel;
class QIODevice;

namespace syncsites::ui {

/// The dashboard's exports, without dialogs: the table as CSV (RFC 4180), and a PDF report.
class DashboardExport
{
    Q_DECLARE_TR_FUNCTIONS(DashboardExport)

public:
    /// One field as RFC 4180 writes it: quoted (quotes doubled) when it holds a comma, quote, CR or LF.
    static QString csvField(const QString& text);
    /// The model's header and rows, CRLF-terminated, UTF-8. A cell's `exportRole` value is used when valid,
    /// otherwise its display text.
    static bool writeCsv(const QAbstractItemModel& model, QIODevice& out, int exportRole);
    /// The same in `file`, after a UTF-8 byte order mark (spreadsheets on Windows read accents right with it).
    static bool writeCsv(const QAbstractItemModel& model, const QString& file, int exportRole, QString* error);

    /// What the PDF report holds.
    struct Report
    {
        QString title;
        QDateTime generatedAt;
        QString subtitle;                          ///< e.g. the hub and the filter in force
        QVector<QPair<QString, int>> healthCounts; ///< label, count
        QVector<QColor> healthColours;             ///< one per count
        const QAbstractItemModel* table = nullptr; ///< every row of it
        int colourRole = -1;                       ///< a role giving a row's colour dot in the first column
        QVector<QImage> charts;
    };
    /// A4 landscape: title, date, health counts and charts on the first page, then the table on as many pages
    /// as it needs, its header repeated, pages numbered.
    static bool writePdf(const Report& report, const QString& file, QString* error);
};

} // namespace syncsites::ui
