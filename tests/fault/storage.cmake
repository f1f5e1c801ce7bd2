# Storage fault tests (label fault): a writer killed in the middle of a large transaction.
if(NOT TARGET syncsites_storage_test_support)
    add_library(syncsites_storage_test_support STATIC ${CMAKE_CURRENT_LIST_DIR}/../support/StorageTestData.cpp)
    target_include_directories(syncsites_storage_test_support PUBLIC ${CMAKE_CURRENT_LIST_DIR}/../support)
    target_link_libraries(syncsites_storage_test_support PUBLIC syncsites_storage syncsites_test_support Qt6::Test)
endif()

syncsites_add_test(TestStorageCrash LABEL fault TIMEOUT 120
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestStorageCrash.cpp
    LIBS syncsites_storage syncsites_storage_test_support)
