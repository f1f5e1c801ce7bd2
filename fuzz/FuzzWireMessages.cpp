// The wire messages of protocol v1 as a site reads the hub's answers (src/protocol/WireMessages): the handshake
// answer, the push answer and the pull page (the pull's answer, which carries the cursor), each parsed from the
// same JSON object. A parser either refuses with `bad_response` naming a field or returns a value that keeps the
// promises the engine relies on.

#include "FuzzSupport.h"

#include "WireMessages.h"

#include <QJsonDocument>

using namespace syncsites;

namespace {

void checkRefusal(const Error& error)
{
    FUZZ_CHECK(error.code == QLatin1String("bad_response"), "a refusal is bad_response");
    FUZZ_CHECK(!error.details.toMap().value(QStringLiteral("field")).toString().isEmpty(), "it names the field");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::quietLogging();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(fuzz::bytes(data, size));
    const QJsonObject json = document.object();

    if (const Result<wire::HandshakeAnswer> handshake = wire::HandshakeAnswer::fromJson(json); !handshake) {
        checkRefusal(handshake.error());
    } else {
        FUZZ_CHECK(handshake->protocolVersion >= 1, "a protocol version");
        FUZZ_CHECK(!handshake->token.isEmpty(), "a token");
        FUZZ_CHECK(!handshake->siteId.isEmpty() && !handshake->siteName.isEmpty(), "the site");
        FUZZ_CHECK(handshake->pullBatchMax >= 1 && handshake->pushBatchMax >= 1, "batch limits of 1 or more");
        FUZZ_CHECK(handshake->maxRequestBytes >= 0, "a body limit of 0 or more");
    }

    if (const Result<wire::PushAnswer> push = wire::PushAnswer::fromJson(json); !push) {
        checkRefusal(push.error());
    } else {
        FUZZ_CHECK(!push->batchId.isEmpty(), "a batch id");
        for (const wire::Rejection& rejection : push->rejected) {
            FUZZ_CHECK(!rejection.id.isEmpty() && !rejection.code.isEmpty(), "a rejection names record and code");
            FUZZ_CHECK(!rejection.current || rejection.current->isNull() || rejection.current->isObject(),
                       "current is null or an object");
        }
    }

    if (const Result<wire::PullPage> page = wire::PullPage::fromJson(json); !page) {
        checkRefusal(page.error());
    } else {
        for (const wire::PulledRecord& record : page->records) {
            FUZZ_CHECK(!record.table.isEmpty() && !record.id.isEmpty(), "a record names table and id");
            FUZZ_CHECK(record.cursor <= page->nextCursor, "no record beyond the next cursor");
            FUZZ_CHECK(record.deleted || record.data.value(QStringLiteral("id")).toString() == record.id,
                       "an upsert's data carries its id");
            FUZZ_CHECK(!record.deleted || record.data.isEmpty(), "a delete carries no data");
        }
        for (const wire::Instruction& instruction : page->instructions) {
            FUZZ_CHECK(!instruction.store.isEmpty(), "an instruction names its store");
            FUZZ_CHECK(!wire::instructionKindId(instruction.kind).isEmpty(), "a known kind");
        }
    }
    return 0;
}
