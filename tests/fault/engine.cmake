# The sync engine's fault tests (label fault): the real SyncSession through a FaultProxy in front of an in-process
# hub (cut connections, lost acknowledgements, 500s, damaged bodies, delays, cancels, expiring tokens), and the real
# syncsites-cli and syncsites-server processes killed (SIGKILL) in the middle of sessions. SYNCSITES_SOAK=1 runs
# more rounds.
if(TARGET syncsites_engine_test_support AND TARGET syncsites_fault_proxy)
    if(NOT TARGET syncsites_fault_sync_checks)
        add_library(syncsites_fault_sync_checks STATIC
            ${CMAKE_CURRENT_LIST_DIR}/../support/FaultSyncChecks.cpp
            ${CMAKE_CURRENT_LIST_DIR}/../support/FaultSyncChecks.h)
        target_include_directories(syncsites_fault_sync_checks PUBLIC ${CMAKE_CURRENT_LIST_DIR}/../support)
        target_link_libraries(syncsites_fault_sync_checks PUBLIC syncsites_engine syncsites_options Qt6::Core Qt6::Sql)
    endif()

    syncsites_add_test(TestSyncFaults LABEL fault TIMEOUT 180
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestSyncFaults.cpp
        LIBS syncsites_engine_test_support syncsites_fault_proxy syncsites_fault_sync_checks PkgConfig::HTTPLIB)

    if(TARGET syncsites-cli AND TARGET syncsites-server)
        syncsites_add_test(TestSyncKills LABEL fault TIMEOUT 180
            SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestSyncKills.cpp
            LIBS syncsites_engine_test_support syncsites_fault_sync_checks PkgConfig::HTTPLIB)
        target_compile_definitions(TestSyncKills PRIVATE SYNCSITES_CLI="$<TARGET_FILE:syncsites-cli>"
                                                         SYNCSITES_SERVER="$<TARGET_FILE:syncsites-server>")
        add_dependencies(TestSyncKills syncsites-cli syncsites-server)
    endif()
endif()
