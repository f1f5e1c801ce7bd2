# Unit tests of the sync engine's pieces (label unit): backoff, batch sizing, failure classification, the wire
# messages' parsing, and SyncEngine's scheduling against a socket that never answers. Included from
# tests/unit/CMakeLists.txt.
if(TARGET syncsites_engine)
    foreach(test_name
            TestEngineBackoff
            TestEngineBatchSizer
            TestEngineSyncFailure
            TestEngineWireMessages
            TestEngineSyncEngine)
        syncsites_add_test(${test_name} LABEL unit TIMEOUT 120
            SOURCES ${CMAKE_CURRENT_LIST_DIR}/${test_name}.cpp
            LIBS syncsites_engine syncsites_protocol)
    endforeach()
endif()
