#include "AuthLog.h"

namespace syncsites {

Q_LOGGING_CATEGORY(lcAuth, "syncsites.server.auth", QtInfoMsg)

} // namespace syncsites
