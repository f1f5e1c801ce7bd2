# Unit tests of src/server without sockets: routing, messages, gzip, metrics and the authentication primitives.
if(TARGET syncsites_server)
    foreach(test_name
            TestServerRouter
            TestServerHttpMessages
            TestProtocolGzip
            TestServerMetrics
            TestServerPasswordHasher
            TestServerSecretHasher
            TestServerTokenStore
            TestServerLoginThrottle)
        syncsites_add_test(${test_name} LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/${test_name}.cpp
            LIBS syncsites_server)
    endforeach()
endif()
