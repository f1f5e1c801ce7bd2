# Storage fault tests (label fault): SQLite writes made to fail under the hub or the site by a FaultyVfs (a full
# disk, an I/O error, the Nth write), damaged and emptied database files.
if(TARGET syncsites_engine_test_support)
    if(NOT TARGET syncsites_faulty_vfs)
        add_library(syncsites_faulty_vfs STATIC
            ${CMAKE_CURRENT_LIST_DIR}/../support/FaultyVfs.cpp
            ${CMAKE_CURRENT_LIST_DIR}/../support/FaultyVfs.h)
        target_include_directories(syncsites_faulty_vfs PUBLIC ${CMAKE_CURRENT_LIST_DIR}/../support)
        target_link_libraries(syncsites_faulty_vfs PUBLIC Qt6::Core syncsites_storage syncsites_options)
    endif()

    syncsites_add_test(TestHubStorageFaults LABEL fault TIMEOUT 180
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestHubStorageFaults.cpp
        LIBS syncsites_engine_test_support syncsites_faulty_vfs)

    # The Nth-operation failure harness: every SQLite write of a whole session failed in turn, at the hub and at the
    # site; both sides end as an unfailed run does.
    syncsites_add_test(TestNthWriteFailure LABEL fault TIMEOUT 900
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestNthWriteFailure.cpp
        LIBS syncsites_engine_test_support syncsites_faulty_vfs)

    # A full disk at a site is called a full disk (opening, syncing).
    syncsites_add_test(TestSiteDiskFull LABEL fault TIMEOUT 180
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestSiteDiskFull.cpp
        LIBS syncsites_engine_test_support syncsites_faulty_vfs)
endif()

# Push batches within the hub's (or a proxy's) request limit.
if(TARGET syncsites_engine_test_support AND TARGET syncsites_fault_proxy)
    syncsites_add_test(TestPushBatchLimits LABEL fault TIMEOUT 180
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestPushBatchLimits.cpp
        LIBS syncsites_engine_test_support syncsites_fault_proxy)
endif()

# A pull whose cursor is damaged on the way is refused, never served.
if(TARGET syncsites_engine_test_support AND TARGET syncsites_fault_proxy)
    syncsites_add_test(TestPullCursorIntegrity LABEL fault TIMEOUT 180
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestPullCursorIntegrity.cpp
        LIBS syncsites_engine_test_support syncsites_fault_proxy)
endif()

# Edits made while a replica is pulled again from the start.
if(TARGET syncsites_engine_test_support)
    syncsites_add_test(TestReinitKeepsEdits LABEL fault TIMEOUT 180
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestReinitKeepsEdits.cpp
        LIBS syncsites_engine_test_support)
endif()

# Only init creates a replica: an emptied or missing file is refused by every other command.
if(TARGET syncsites-cli)
    syncsites_add_test(TestEmptiedReplica LABEL fault TIMEOUT 120
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestEmptiedReplica.cpp
        LIBS syncsites_test_support)
    target_compile_definitions(TestEmptiedReplica PRIVATE SYNCSITES_CLI="$<TARGET_FILE:syncsites-cli>")
    add_dependencies(TestEmptiedReplica syncsites-cli)
endif()

# A damaged hub database is refused by serve and found by check (the real syncsites-server).
if(TARGET syncsites-server)
    syncsites_add_test(TestDamagedHub LABEL fault TIMEOUT 300
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestDamagedHub.cpp
        LIBS syncsites_storage syncsites_test_support)
    target_compile_definitions(TestDamagedHub PRIVATE SYNCSITES_SERVER="$<TARGET_FILE:syncsites-server>")
    add_dependencies(TestDamagedHub syncsites-server)
endif()

# A damaged replica does not sync; check finds it, reinit sets it up again keeping the changes not yet pushed.
if(TARGET syncsites_engine_test_support AND TARGET syncsites-cli)
    syncsites_add_test(TestDamagedReplica LABEL fault TIMEOUT 300
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestDamagedReplica.cpp
        LIBS syncsites_engine_test_support)
    target_compile_definitions(TestDamagedReplica PRIVATE SYNCSITES_CLI="$<TARGET_FILE:syncsites-cli>")
    add_dependencies(TestDamagedReplica syncsites-cli)
endif()
