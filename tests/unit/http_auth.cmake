# Unit tests of src/http and src/auth without sockets: routing, messages, gzip, metrics and the authentication primitives.
if(TARGET syncsites_http)
    foreach(test_name
            TestHttpRouter
            TestHttpMessages
            TestProtocolGzip
            TestHttpMetrics
            TestAuthPasswordHasher
            TestAuthSecretHasher
            TestAuthTokenStore
            TestAuthLoginThrottle)
        syncsites_add_test(${test_name} LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/${test_name}.cpp
            LIBS syncsites_http syncsites_auth)
    endforeach()
endif()
