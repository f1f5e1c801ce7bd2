#pragma once

#include "AppMode.h"
#include "SignedInUser.h"

namespace syncsites::ui {

/// What the first-run wizard gathered.
struct SetupChoice
{
    AppMode mode = AppMode::Standalone;
    QString serverUrl;
    QString caCertificateFile;
    QString proxyUrl;    ///< empty: none
    QString siteName;    ///< standalone: the site this replica is; client: the client site
    QString siteSecret;  ///< standalone only: the site's secret from the administrator
    QString replicaPath; ///< standalone only
    SignedInUser user;   ///< client and console: the user who signed in while testing
};

} // namespace syncsites::ui
