#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QTextStream>

namespace syncsites::cli {

/// A one-line progress bar with rate and time left, redrawn in place on a terminal; on a pipe or file it
/// prints nothing until finish(), so logs stay readable.
class ProgressBar
{
public:
    ProgressBar(QTextStream& stream, QString unit);

    void update(qint64 done, qint64 total);
    void finish();

private:
    QTextStream& m_stream;
    QString m_unit;
    QElapsedTimer m_timer;
    qint64 m_lastDrawMs = -1000;
    bool m_terminal;
    bool m_drawn = false;
};

} // namespace syncsites::cli
