#pragma once

#include "DataCategory.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace syncsites {

/// The messages of protocol v1 (docs/protocol.md, docs/openapi.yaml), both halves of each: the site writes a request
/// (toJson) that the hub reads (fromJson), the hub writes an answer (toJson) that the site reads (fromJson), so that
/// every field name is spelled here once.
///
/// Reading an answer checks its shape and refuses a malformed one with `bad_response` naming the field, so that a
/// corrupted body is a transient failure for the site, never a crash or a silently wrong cursor. Reading a request
/// refuses a malformed one with `invalid_field` naming the field (details.field), the hub's 400 answer.
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
    /// Refuses the first of protocol (min >= 1, max >= min), site, secret, installation_id (a UUID) that is missing
    /// or malformed.
    static Result<HandshakeRequest> fromJson(const QJsonObject& json);
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

    QJsonObject toJson() const; ///< `history` only when true
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
    /// Per category, the site changelog position up to which this hub holds the site's pushes (`pushed_through`:
    /// the highest PushRequest::through it applied). A category is absent where the hub has none: an older hub, or
    /// one that never got a push of it from this site. A site whose own push position is beyond it sends the
    /// changes above it again (a hub restored from a backup).
    QMap<Category, qint64> pushedThrough;

    QJsonObject toJson() const; ///< `pushed_through` only when it names a category
    /// Reads `pushed_through` leniently about categories (an unknown one is skipped) and strictly about positions
    /// (a position that is not a whole number >= 0 is a damaged answer).
    static Result<HandshakeAnswer> fromJson(const QJsonObject& json);
};

/// One record of a push batch: an upsert with the whole record (every field the site holds), or a delete.
struct PushedRecord
{
    QString table;
    QString id;
    QString action;   ///< "upsert" or "delete" as sent; the hub refuses anything else
    QJsonObject data; ///< the record; empty for a delete

    bool isDelete() const { return action == QLatin1String("delete"); }
    bool isUpsert() const { return action == QLatin1String("upsert"); }

    static PushedRecord upsert(const QString& table, const QString& id, const QJsonObject& data);
    static PushedRecord remove(const QString& table, const QString& id);
    QJsonObject toJson() const; ///< `data` only for an upsert
    /// Reads the fields as sent, unchecked: the hub refuses a bad record on its own (a Rejection), not the batch.
    static PushedRecord fromJson(const QJsonObject& json);
};

/// A batch of a site's changes for one category. The records stay JSON (PushedRecord objects) as they travel: a
/// batch of thousands is neither copied into values nor out of them.
struct PushRequest
{
    Category category = Category::Core;
    QString batchId; ///< chosen by the site; a replayed id gets the first answer
    QJsonArray records;
    /// The site changelog position this batch completes (its cursor range's end): once the hub has applied the
    /// batch it holds everything the site pushed up to there. Absent from an older site and from a quarantine retry
    /// (records sent again outside the site's push order).
    std::optional<qint64> through = std::nullopt;

    QJsonObject toJson() const; ///< `through` only when set
    /// Refuses the first of category, batch_id (1 to 100 characters) and records (a list) that is malformed.
    /// `through` is optional: one that is not a whole number >= 0 is read as absent (throughMalformed() says so),
    /// so that it never costs the site its batch.
    static Result<PushRequest> fromJson(const QJsonObject& json);
    /// The request carries a `through` that fromJson() did not take.
    static bool throughMalformed(const QJsonObject& json, const PushRequest& read);
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

    QJsonObject toJson() const; ///< `field` only when set, `current` only when said
    /// As toJson(), with `table` and `id` echoed as the refused record sent them (absent where it had none): the
    /// hub's answer.
    QJsonObject toJson(const QJsonObject& sentRecord) const;
};

struct PushAnswer
{
    QString batchId;
    int accepted = 0;
    QVector<Rejection> rejected;
    bool replayed = false; ///< the hub had this batch already and gave its first answer (a header, not JSON)

    QJsonObject toJson() const;
    /// The answer as the hub writes it, its rejections already JSON (Rejection::toJson(sentRecord)).
    static QJsonObject toJson(const QString& batchId, int accepted, const QJsonArray& rejected);
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

    QJsonObject toJson() const;
};
QString instructionKindId(Instruction::Kind kind); ///< "backfill", "purge", "hand_over"
std::optional<Instruction::Kind> instructionKindFromId(QStringView id);

struct PullPage
{
    QVector<PulledRecord> records;
    qint64 nextCursor = 0;
    qint64 remaining = 0; ///< 0: the end of the stream
    QVector<Instruction> instructions;

    static Result<PullPage> fromJson(const QJsonObject& json);
};

/// Writes a pull page (what PullPage::fromJson reads) as JSON text straight from the hub's rows: building a
/// QJsonObject for each of thousands of records a page was most of the hub's work in a first sync.
class PullPageWriter
{
public:
    /// `expectedRecords` reserves room (about 400 bytes a record).
    explicit PullPageWriter(qsizetype expectedRecords);

    void addDelete(qint64 cursor, const QString& table, const QString& id);
    /// Starts an upsert: append the record's data, a JSON object, to the buffer returned, then call endUpsert(), or
    /// dropUpsert() when the record turned out to be gone (its delete row comes later).
    QByteArray& beginUpsert(qint64 cursor, const QString& table, const QString& id);
    void endUpsert();
    void dropUpsert();
    void addInstruction(const Instruction& instruction);

    qint64 recordCount() const { return m_count; }
    /// The page's body; the writer is spent.
    QByteArray finish(qint64 nextCursor, qint64 remaining);

private:
    void beginRecord(qint64 cursor, const QString& table, const QString& id);

    QByteArray m_out;
    qsizetype m_recordStart = 0;
    qint64 m_count = 0;
    QJsonArray m_instructions;
};

/// Which stream a pull reads: the site's own, or one store's history up to a cursor (a backfill).
struct PullRequest
{
    Category category = Category::Core;
    qint64 cursor = 0;
    int limit = 1000;
    QString backfillStore; ///< empty: the site's own stream
    qint64 backfillUpTo = 0;

    /// "/api/v1/sync/pull?category=core&cursor=N&limit=L[&store=CODE&up_to=M]", the target the site sends.
    QString target() const;
};

/// A pull's query (PullRequest::target) as the hub reads it: the decoded items, the first of a name counting. One
/// field at a time, so that the hub answers the first problem in its own order; each error is `invalid_field`
/// naming the field.
class PullQuery
{
public:
    explicit PullQuery(QList<QPair<QString, QString>> items) : m_items(std::move(items)) {}

    Result<Category> category() const;
    Result<qint64> cursor() const; ///< 0 when absent
    Result<int> limit(int defaultLimit, int maxLimit) const;
    QString backfillStore() const; ///< empty: the site's own stream
    Result<qint64> backfillUpTo() const;

private:
    std::optional<QString> value(QLatin1String key) const;

    QList<QPair<QString, QString>> m_items;
};

/// The outcomes a session report may carry.
QStringList reportOutcomes(); ///< success, partial, failed, cancelled: core's finishedSyncOutcomeIds()

/// A session's outcome as a site reports it (POST /api/v1/sync/report). The hub bounds the texts and links it keeps.
struct SessionReport
{
    QDateTime startedAt;
    QDateTime finishedAt;
    QString outcome; ///< one of reportOutcomes()
    QString errorCode;
    QString errorMessage;
    qint64 pushed = 0;
    qint64 pulled = 0;
    qint64 rejected = 0;
    qint64 waiting = 0;
    QString appVersion;
    int protocolVersion = 0;
    std::optional<QJsonArray> links = std::nullopt; ///< per-link figures (objects of plain values), when sent

    QJsonObject toJson() const; ///< `error` only with a code or message
    /// Refuses a report without both times (ISO 8601) or with an unknown outcome.
    static Result<SessionReport> fromJson(const QJsonObject& json);
};

/// The hub's answer to a report: the stored session's id (201).
struct ReportAnswer
{
    qint64 id = 0;

    QJsonObject toJson() const;
};

} // namespace wire

} // namespace syncsites
