#pragma once

#include "ItemRecord.h"

#include <QAbstractTableModel>

namespace syncsites::ui {

/// The lines of a CSV import's report (line, code, outcome, reason), as the import dialog shows them; refused lines
/// stand out.
class ItemImportReportModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LineColumn,
        CodeColumn,
        OutcomeColumn,
        ReasonColumn,
        ColumnCount
    };

    explicit ItemImportReportModel(QObject* parent = nullptr);

    void setReport(const ItemImportReport& report);
    const ItemImportReport& report() const { return m_report; }

    /// The outcome in words: created, updated, unchanged, refused (translated); other words as they are.
    static QString outcomeLabel(const QString& outcome);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ItemImportReport m_report;
};

} // namespace syncsites::ui
