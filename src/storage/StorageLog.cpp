#include "StorageLog.h"

namespace syncsites {

// Debug messages (connections opened, errors mapped) are off unless QT_LOGGING_RULES="syncsites.storage.debug=true".
Q_LOGGING_CATEGORY(lcStorage, "syncsites.storage", QtInfoMsg)

} // namespace syncsites
