#pragma once

#include "Result.h"

#include <QString>

namespace syncsites::test {

/// One page of an SQLite file damaged as failing storage damages it.
struct DamagedPage
{
    int page = 0; ///< 1-based page number
    int type = 0; ///< the b-tree page type it had: 0x0D table leaf, 0x05 table interior, 0x0A/0x02 index
    int pageSize = 0;
};

/// Overwrites the cell pointer array of the first b-tree page of `type` at or after `fraction` of the file with
/// 0xFF bytes (every cell then points outside the page), leaving every other byte alone. The file must be closed
/// and checkpointed (no -wal content): Database::close() of the last connection does that. SQLite's quick check
/// reports such a page, and reading the rows on it fails with SQLITE_CORRUPT.
/// Errors: `file_unreadable`, `not_sqlite`, `no_such_page` (no page of that type after `fraction`).
Result<DamagedPage> damageBtreePage(const QString& path, double fraction = 0.5, int type = 0x0D);

/// The same damage to the last leaf of the b-tree rooted at `rootPage` (sqlite_master.rootpage of a table or an
/// index): for a table, the page holding its newest rows. Errors as above, and `not_btree`.
Result<DamagedPage> damageLastLeaf(const QString& path, int rootPage);

} // namespace syncsites::test
