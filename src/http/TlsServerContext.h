#pragma once

#include <string>

using SSL_CTX = struct ssl_ctx_st;

namespace syncsites {

/// The server side of HttpServer's TLS: certificate chain and key from PEM files, and Mozilla's "intermediate"
/// profile: TLS 1.2 and 1.3, and on 1.2 only forward-secret AEAD suites (ECDHE with AES-GCM or ChaCha20-Poly1305);
/// TLS 1.3's suites all are. No renegotiation, no compression.
///
/// Threading: load() once, then context() is shared by every connection (OpenSSL locks it itself).
/// Portability: OpenSSL (see ClientConnection.h).
class TlsServerContext
{
public:
    TlsServerContext() = default;
    ~TlsServerContext();
    TlsServerContext(const TlsServerContext&) = delete;
    TlsServerContext& operator=(const TlsServerContext&) = delete;

    /// False when the files cannot be read or do not match.
    bool load(const std::string& certificateFile, const std::string& privateKeyFile);
    SSL_CTX* context() const { return m_context; }

private:
    SSL_CTX* m_context = nullptr;
};

} // namespace syncsites
