# HttpServer over real HTTP on 127.0.0.1 (port 0), driven by cpp-httplib's client: routes, limits, gzip, errors,
# request ids, metrics, graceful stop, TLS. The tests include httplib.h, so they link PkgConfig::HTTPLIB for the
# same CPPHTTPLIB_* defines as the library.
if(TARGET syncsites_http)
    # OpenSSL::SSL: the TLS test sets the suites its client offers.
    find_package(OpenSSL REQUIRED COMPONENTS SSL)
    foreach(test_name TestHttpServer TestHttpBodies)
        syncsites_add_test(${test_name} LABEL integration
            SOURCES ${CMAKE_CURRENT_LIST_DIR}/${test_name}.cpp
            LIBS syncsites_http PkgConfig::HTTPLIB OpenSSL::SSL Qt6::Network)
    endforeach()
endif()
