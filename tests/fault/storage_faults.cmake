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
