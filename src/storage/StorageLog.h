#pragma once

#include <QLoggingCategory>

namespace syncsites {

/// The storage layer's logging category, `syncsites.storage`.
Q_DECLARE_LOGGING_CATEGORY(lcStorage)

} // namespace syncsites
