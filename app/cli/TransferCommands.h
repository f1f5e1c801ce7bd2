#pragma once

#include "CliContext.h"

namespace syncsites::cli {

/// The store actions of field staff on the replica named by --replica (docs/cli.md):
/// `transfer --from CODE --to CODE --item CODE --packs N`, `receive --invoice ID`,
/// `requisition --from CODE --to CODE --item CODE --packs N`, `respond --requisition ID`.
class TransferCommands
{
public:
    /// `command` is the command word (transfer, receive, requisition, respond); `arguments` follow it.
    static int run(CliContext& context, const QString& command, const QStringList& arguments);
};

} // namespace syncsites::cli
