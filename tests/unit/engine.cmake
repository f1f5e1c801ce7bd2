# Engine tests on a real replica file (label unit). Included from tests/unit/CMakeLists.txt.
if(TARGET syncsites_engine AND TARGET syncsites_demo)
    # Replicas of demo-network sites and a stand-in for sync, shared by the engine tests.
    add_library(syncsites_engine_test_replica STATIC ${CMAKE_CURRENT_LIST_DIR}/TestEngineReplica.cpp)
    target_include_directories(syncsites_engine_test_replica PUBLIC ${CMAKE_CURRENT_LIST_DIR})
    target_link_libraries(syncsites_engine_test_replica PUBLIC syncsites_engine syncsites_demo syncsites_storage
        syncsites_test_support Qt6::Test syncsites_options)

    foreach(test TestEngineTransfers TestEngineStoreActions)
        syncsites_add_test(${test} LABEL unit
            SOURCES ${CMAKE_CURRENT_LIST_DIR}/${test}.cpp
            LIBS syncsites_engine_test_replica syncsites_engine syncsites_demo syncsites_storage)
    endforeach()
endif()
