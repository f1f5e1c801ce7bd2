#pragma once

#include <QLoggingCategory>

namespace syncsites {

/// The HTTP layer: listening, limits, failures (`syncsites.server.http`).
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
/// One structured line per answered request (`syncsites.server.http.access`), kept apart from lcHttp so that
/// operators (and tests) can turn the access log off on its own: `syncsites.server.http.access.info=false`.
Q_DECLARE_LOGGING_CATEGORY(lcHttpAccess)

} // namespace syncsites
