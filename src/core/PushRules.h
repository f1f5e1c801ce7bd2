#pragma once

#include "RecordRef.h"
#include "Topology.h"

namespace syncsites {

/// The answer to "may this site push this record?", with a stable code and a sentence when it may not.
struct PushDecision
{
    bool allowed = true;
    QString code;    ///< empty when allowed; else e.g. "store_not_active", "partner_not_visible"
    QString message; ///< a sentence for the person whose record was refused

    static PushDecision allow() { return {}; }
};

/// What a site may send (spec, "Pushing"). Pure; the server applies it to every pushed record.
class PushRules
{
public:
    /// `site`: the pushing site. Rejections never block the other records of a batch: check each one.
    static PushDecision check(const Topology& topology, const QString& site, const RecordRef& record);
};

} // namespace syncsites
