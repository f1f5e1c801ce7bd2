#pragma once

#include "ReplicaConfig.h"
#include "ReplicaReinit.h"

class QWidget;

namespace syncsites::app {

/// Runs ReplicaReinit on a worker thread while a progress dialog shows its sentences, and waits for it (the app
/// has nothing else open at that point: it runs before the replica is opened at start). The sessions reach the
/// server the app is set to now (`server`: its URL, CA file and proxy), not the one the old replica remembers.
class ReinitProgress
{
public:
    static Result<ReplicaReinit::Report> run(QWidget* parent, const QString& replicaPath, const QString& secret,
                                             const ReplicaConfig& server);
};

} // namespace syncsites::app
