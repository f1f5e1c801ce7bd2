#pragma once

#include <QLoggingCategory>

namespace syncsites {

/// Authentication: hashing, tokens, throttling (`syncsites.server.auth`: the name operators already filter on).
Q_DECLARE_LOGGING_CATEGORY(lcAuth)

} // namespace syncsites
