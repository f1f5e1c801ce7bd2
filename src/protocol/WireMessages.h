#pragma once

#include "DataCategory.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include <optional>

namespace syncsites {

/// The messages of protocol v1 (docs/protocol.md, docs/openapi.yaml) as the engine reads and writes them. Parsing
/// checks the shape and refuses a malformed answer with `bad_response` naming the field, so that a corrupted body
/// is a transient failure, never a crash or a silently wrong cursor.
namespace wire {

inline constexpr int kProtocolMin = 1;
inline constexpr int kProtocolMax = 1;

struct HandshakeRequest
{
    QString site;
    QString secret;
    QString installationId;
    QString appVersion;
    int protocolMin = kProtocolMin;
    int protocolMax = kProtocolMax;

    QJsonObject toJson() const;
};

/// One upstream link of the site: the hub of a data category and where to reach it.
struct Link
{
    Category category = Category::Core;
    QString hub; ///< the hub site's name
    QString url; ///< where it is served
    /// Pull only: a hub on a server of its own taking over the category's history from the msupply_central's
    /// process (Site::takesHistoryOf). Records it holds already are kept as they are.
    bool history = false;
};

struct HandshakeAnswer
{
    int protocolVersion = 0;
    QString serverId; ///< the hub's database: cursors belong to it
    QString token;
    QDateTime expiresAt;
    QDateTime serverTime;
    QString siteId;
    QString siteName;
    QString siteKind;
    QVector<Link> links;
    int pullBatchMax = 1000;
    int pushBatchMax = 1000;
    /// The largest request body the hub takes, decoded (limits.max_request_bytes); 0 when the hub did not say.
    qint64 maxRequestBytes = 0;

    static Result<HandshakeAnswer> fromJson(const QJsonObject& json);
};

/// One record refused by the hub, with its reason.
struct Rejection
{
    QString table;
    QString id;
    QString code;
    QString message;
    QString field;
    /// What the site holds live instead of its refused change: the hub's copy (an object) where the site may hold
    /// the record, or null when it holds none. Absent (nullopt) when the hub did not say (an older hub, or a record
    /// refused before the hub looked it up): the site then leaves its live row as it is.
    std::optional<QJsonValue> current = std::nullopt;
};

struct PushAnswer
{
    QString batchId;
    int accepted = 0;
    QVector<Rejection> rejected;
    bool replayed = false; ///< the hub had this batch already and gave its first answer

    static Result<PushAnswer> fromJson(const QJsonObject& json);
};

/// One record of a pull page: upsert with the whole record, or delete.
struct PulledRecord
{
    qint64 cursor = 0;
    QString table;
    QString id;
    bool deleted = false;
    QJsonObject data; ///< empty for a delete
};

/// A change of this site's own sync type for a store, to apply with the page that carried it.
struct Instruction
{
    enum class Kind
    {
        Backfill,
        Purge,
        HandOver,
    };
    Kind kind = Kind::Backfill;
    QString store; ///< the store's code
    QString syncType;
    QString home;
    qint64 upTo = 0;
};
QString instructionKindId(Instruction::Kind kind);

struct PullPage
{
    QVector<PulledRecord> records;
    qint64 nextCursor = 0;
    qint64 remaining = 0; ///< 0: the end of the stream
    QVector<Instruction> instructions;

    static Result<PullPage> fromJson(const QJsonObject& json);
};

/// Which stream a pull reads: the site's own, or one store's history up to a cursor (a backfill).
struct PullRequest
{
    Category category = Category::Core;
    qint64 cursor = 0;
    int limit = 1000;
    QString backfillStore; ///< empty: the site's own stream
    qint64 backfillUpTo = 0;
};

} // namespace wire

} // namespace syncsites
