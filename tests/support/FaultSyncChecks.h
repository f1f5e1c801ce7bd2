#pragma once

// Checks shared by the sync engine's fault tests (tests/fault/TestSyncFaults.cpp, TestSyncKills.cpp): what a site
// changed itself, whether the hub holds those changes exactly once, whether transfers were answered twice, and
// whether a database file is sound. They read databases on the calling thread's connection.

#include "Result.h"
#include "SyncSummary.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace syncsites {
class Database;
}

namespace syncsites::test {

class FaultSyncChecks
{
public:
    /// The first column of the first row of `statement`, or -1 when it fails.
    static qint64 scalar(Database& database, const QString& statement, const QVariantList& values = {});

    /// "ok" when `PRAGMA integrity_check` and `PRAGMA foreign_key_check` find nothing, else what they found.
    static QString integrity(Database& database);

    /// One site's own writes: "table/id" → its changelog rows written here (received = 0), and the last action.
    struct LocalChange
    {
        int rows = 0;
        bool deleted = false; ///< the last of them is a delete
    };
    static QHash<QString, LocalChange> localChanges(Database& replica);

    /// The hub's changelog rows after cursor `after` that came from `siteId`, per "table/id".
    static QHash<QString, int> rowsFromSite(Database& hub, const QString& siteId, qint64 after);

    /// What is wrong with the hub's copy of a site's own changes: each change must be on the hub as the site holds
    /// it now (or gone from both when deleted last), and the hub must have logged it (after cursor `hubAfter`, where
    /// the test began: the demo data's history is labelled with the stores' home sites) at most as often as the site
    /// did (a batch applied twice with a change between would log more), and at least once unless it was deleted.
    /// At most `limit` lines.
    static QStringList changesMissingOnHub(Database& replica, Database& hub, const QString& siteId, qint64 hubAfter,
                                           int limit = 5);

    /// Transfers answered twice: linked_invoice_id / linked_requisition_id values that more than one record names.
    static QStringList duplicateAnswers(Database& database);

    /// The quarantine, one line per entry ("table id: code reason").
    static QStringList quarantine(Database& replica);

    /// A session's outcome in a line, for failure messages.
    static QString describe(const SyncSummary& summary);

    /// Empty when `summary` is an acceptable outcome of a session run under network faults: a success, or a failure
    /// classified as a transient network or server problem with a message and a remedy. Otherwise what is wrong.
    static QString faultOutcomeProblem(const SyncSummary& summary);
};

} // namespace syncsites::test
