# More engine tests against a real hub (label integration): every failure class of a session, the convergence
# property test (random edits, transfers and syncs on many sites, then every replica equals what routing says) and
# the Collector changes it found going wrong, made deterministic; a hub that lost a site's last pushes getting them
# again (TestPushAgain). The convergence test also runs long under the `soak` label (SYNCSITES_SOAK=1), kept out of
# CI.
# syncsites_engine_test_support comes from engine.cmake; syncsites_fault_proxy from tests/fault/proxy.cmake (a
# target of another directory, resolved when the build is generated).
if(TARGET syncsites_engine_test_support)
    syncsites_add_test(TestSyncFailures LABEL integration TIMEOUT 120
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestSyncFailures.cpp
        LIBS syncsites_engine_test_support syncsites_fault_proxy PkgConfig::HTTPLIB Qt6::Network)

    syncsites_add_test(TestSyncCollectorChanges LABEL integration TIMEOUT 120
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestSyncCollectorChanges.cpp
        LIBS syncsites_engine_test_support PkgConfig::HTTPLIB)

    syncsites_add_test(TestHandOverTransfers LABEL integration TIMEOUT 120
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestHandOverTransfers.cpp
        LIBS syncsites_engine_test_support PkgConfig::HTTPLIB)

    syncsites_add_test(TestPushOrder LABEL integration TIMEOUT 120
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestPushOrder.cpp
        LIBS syncsites_engine_test_support PkgConfig::HTTPLIB)

    syncsites_add_test(TestPushAgain LABEL integration TIMEOUT 120
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestPushAgain.cpp
        LIBS syncsites_engine_test_support PkgConfig::HTTPLIB)

    syncsites_add_test(TestSyncConvergence LABEL integration TIMEOUT 120
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestSyncConvergence.cpp
        LIBS syncsites_engine_test_support PkgConfig::HTTPLIB)
    add_test(NAME TestSyncConvergenceSoak COMMAND TestSyncConvergence)
    set_tests_properties(TestSyncConvergenceSoak PROPERTIES
        LABELS soak
        TIMEOUT 3600
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;SYNCSITES_SOAK=1")
endif()
