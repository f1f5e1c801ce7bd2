# FaultProxy (tests/support): a fault-injecting HTTP/1.1 proxy that the sync engine's fault tests put between the
# engine and a hub, and its own test against an in-process HttpServer (label fault).
if(NOT TARGET syncsites_fault_proxy)
    add_library(syncsites_fault_proxy STATIC
        ${CMAKE_CURRENT_LIST_DIR}/../support/FaultProxy.cpp
        ${CMAKE_CURRENT_LIST_DIR}/../support/FaultProxy.h
        ${CMAKE_CURRENT_LIST_DIR}/../support/FaultProxyConnection.cpp
        ${CMAKE_CURRENT_LIST_DIR}/../support/FaultProxyConnection.h)
    target_include_directories(syncsites_fault_proxy PUBLIC ${CMAKE_CURRENT_LIST_DIR}/../support)
    # syncsites_core for Result and SplitMix64.
    target_link_libraries(syncsites_fault_proxy PUBLIC syncsites_core syncsites_test_support syncsites_options Qt6::Core)
endif()

if(TARGET syncsites_http)
    # The test includes HttpTestHelpers.h (httplib.h): PkgConfig::HTTPLIB for the same CPPHTTPLIB_* defines as the
    # server library.
    syncsites_add_test(TestFaultProxy LABEL fault TIMEOUT 120
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestFaultProxy.cpp
        LIBS syncsites_fault_proxy syncsites_http PkgConfig::HTTPLIB)
endif()
