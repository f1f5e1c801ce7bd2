#include "ServerLog.h"

namespace syncsites::server {

Q_LOGGING_CATEGORY(lcHttp, "syncsites.server.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHttpAccess, "syncsites.server.http.access", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "syncsites.server.auth", QtInfoMsg)

} // namespace syncsites::server
