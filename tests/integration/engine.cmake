# The sync engine against a real hub: an in-process HubServer on 127.0.0.1 (port 0) over a demo hub database, and
# site replicas synced by the real SyncSession. Label: integration.
if(TARGET syncsites_hub_test_support AND TARGET syncsites_engine)
    if(NOT TARGET syncsites_engine_test_support)
        add_library(syncsites_engine_test_support STATIC
            ${CMAKE_CURRENT_LIST_DIR}/../support/SiteReplica.cpp
            ${CMAKE_CURRENT_LIST_DIR}/../support/SiteReplica.h)
        target_include_directories(syncsites_engine_test_support PUBLIC ${CMAKE_CURRENT_LIST_DIR}/../support)
        target_link_libraries(syncsites_engine_test_support
            PUBLIC syncsites_hub_test_support syncsites_engine syncsites_test_support syncsites_options Qt6::Test)
    endif()

    foreach(test_name TestSyncEndToEnd TestRemoteServer)
        syncsites_add_test(${test_name} LABEL integration TIMEOUT 300
            SOURCES ${CMAKE_CURRENT_LIST_DIR}/${test_name}.cpp
            LIBS syncsites_engine_test_support PkgConfig::HTTPLIB)
    endforeach()
endif()

# syncsites-cli init/sync/status/log/quarantine and `syncsites-server serve --db REPLICA` as real processes.
if(TARGET syncsites-cli AND TARGET syncsites-server)
    syncsites_add_test(TestCliSync LABEL integration TIMEOUT 300
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestCliSync.cpp
        LIBS syncsites_storage Qt6::Network)
    target_compile_definitions(TestCliSync PRIVATE
        SYNCSITES_CLI="$<TARGET_FILE:syncsites-cli>" SYNCSITES_SERVER="$<TARGET_FILE:syncsites-server>")
    add_dependencies(TestCliSync syncsites-cli syncsites-server)
endif()
