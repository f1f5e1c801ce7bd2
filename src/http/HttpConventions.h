#pragma once

#include "HttpMethod.h"
#include "HttpResponse.h"

#include <QByteArray>
#include <QList>

namespace syncsites {

/// The small rules HttpServer applies to every exchange, as pure functions (no sockets, no httplib), so that
/// they can be tested and reused by the protocol layer.
namespace HttpConventions {

/// A client's X-Request-Id is kept when it is 1 to 128 characters of [A-Za-z0-9._:-].
bool isSaneRequestId(const QByteArray& id);
/// 128 random bits as 32 lower-case hex digits.
QByteArray newRequestId();
/// Whether a response of this Content-Type is worth gzipping: text/*, JSON, XML, JavaScript, CBOR.
bool isCompressible(const QByteArray& contentType);
/// `GET, HEAD, POST` for an Allow header (GET implies HEAD).
QByteArray allowHeader(const QList<HttpMethod>& methods);
/// For log lines: printable ASCII only (others become `?`), at most 200 bytes, `-` when empty.
QByteArray loggable(const QByteArray& raw);
/// The methods HttpServer answers at all: GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS.
bool isKnownMethod(const QByteArray& method);
/// The error for a status that cpp-httplib set on its own, before any route saw the request (malformed HTTP,
/// a request line too long, ...). `wellFormedRequestLine`: the method was the only problem (→ 405).
HttpResponse errorForTransportStatus(int status, const QByteArray& method, bool wellFormedRequestLine);

} // namespace HttpConventions

} // namespace syncsites
