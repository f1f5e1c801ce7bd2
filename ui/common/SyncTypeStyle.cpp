#include "SyncTypeStyle.h"

#include <QCoreApplication>

namespace syncsites::ui {

namespace {

// Its words, in the translation context "SyncTypeStyle" (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SyncTypeStyle)
};

} // namespace

QColor SyncTypeStyle::background(SyncType type)
{
    switch (type) {
    case SyncType::Active:
        return QColor(0x2e, 0x7d, 0x32); // green: edited here
    case SyncType::Collector:
        return QColor(0x15, 0x65, 0xc0); // blue: read-only copy
    case SyncType::Transfer:
        return QColor(0xef, 0x8f, 0x00); // amber: partner only
    case SyncType::None:
        break;
    }
    return QColor(Qt::transparent);
}

QColor SyncTypeStyle::foreground(SyncType type)
{
    return type == SyncType::Transfer ? QColor(Qt::black) : QColor(Qt::white);
}

QString SyncTypeStyle::label(SyncType type)
{
    switch (type) {
    case SyncType::Active:
        return Text::tr("Active");
    case SyncType::Collector:
        return Text::tr("Collector");
    case SyncType::Transfer:
        return Text::tr("Transfer");
    case SyncType::None:
        break;
    }
    return QString();
}

QString SyncTypeStyle::explanation(SyncType type)
{
    switch (type) {
    case SyncType::Active:
        return Text::tr("Active: the store's data is added, edited and deleted on this site.");
    case SyncType::Collector:
        return Text::tr("Collector: a read-only copy of all the store's data, for viewing and reports.");
    case SyncType::Transfer:
        return Text::tr("Transfer: known here only as a partner for stock transfers and requisitions.");
    case SyncType::None:
        break;
    }
    return Text::tr("Not visible on this site.");
}

} // namespace syncsites::ui
