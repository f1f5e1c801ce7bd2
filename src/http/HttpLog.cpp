#include "HttpLog.h"

namespace syncsites {

Q_LOGGING_CATEGORY(lcHttp, "syncsites.server.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHttpAccess, "syncsites.server.http.access", QtInfoMsg)

} // namespace syncsites
