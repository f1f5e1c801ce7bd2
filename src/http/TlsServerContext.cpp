// OpenSSL: see ClientConnection.h on portability.
#include "TlsServerContext.h"

#include <openssl/err.h>
#include <openssl/ssl.h>

namespace syncsites {

TlsServerContext::~TlsServerContext()
{
    SSL_CTX_free(m_context);
}

bool TlsServerContext::load(const std::string& certificateFile, const std::string& privateKeyFile)
{
    SSL_CTX_free(m_context);
    m_context = SSL_CTX_new(TLS_server_method());
    if (!m_context)
        return false;
    SSL_CTX_set_min_proto_version(m_context, TLS1_2_VERSION);
    SSL_CTX_set_cipher_list(m_context, "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
                                       "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
                                       "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305");
    SSL_CTX_set_options(m_context, SSL_OP_NO_RENEGOTIATION | SSL_OP_NO_COMPRESSION);
    const bool loaded = SSL_CTX_use_certificate_chain_file(m_context, certificateFile.c_str()) == 1 &&
                        SSL_CTX_use_PrivateKey_file(m_context, privateKeyFile.c_str(), SSL_FILETYPE_PEM) == 1 &&
                        SSL_CTX_check_private_key(m_context) == 1;
    if (!loaded) {
        ERR_clear_error();
        SSL_CTX_free(m_context);
        m_context = nullptr;
    }
    return loaded;
}

} // namespace syncsites
