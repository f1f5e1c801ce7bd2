# Storage tests (label unit). Included from tests/unit/CMakeLists.txt.
if(NOT TARGET syncsites_storage_test_support)
    add_library(syncsites_storage_test_support STATIC ${CMAKE_CURRENT_LIST_DIR}/../support/StorageTestData.cpp)
    target_include_directories(syncsites_storage_test_support PUBLIC ${CMAKE_CURRENT_LIST_DIR}/../support)
    target_link_libraries(syncsites_storage_test_support PUBLIC syncsites_storage syncsites_test_support Qt6::Test)
endif()

foreach(test TestStorageDatabase TestStorageRecords TestStorageSyncState TestChangelog TestMigrations)
    syncsites_add_test(${test} LABEL unit
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/${test}.cpp
        LIBS syncsites_storage syncsites_storage_test_support)
endforeach()
