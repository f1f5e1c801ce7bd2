#pragma once

namespace syncsites {

/// Log lines for where they go. Under systemd (its journal holds the standard error: JOURNAL_STREAM is set) each
/// line starts with its syslog priority, "<3>" for an error, "<4>" a warning, "<6>" information, "<7>" debug,
/// which journald takes as the entry's priority (journalctl -p warning shows warnings and worse) and strips;
/// the journal adds the time. A QT_MESSAGE_PATTERN the operator set is kept as it is.
class JournalLog
{
public:
    /// Sets Qt's message pattern when the process runs under systemd; returns whether it did.
    static bool useWhenUnderSystemd();
    /// The pattern it sets.
    static const char* pattern();
};

} // namespace syncsites
