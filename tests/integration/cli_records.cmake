# `syncsites-cli records/transfer/receive/requisition/respond` run as real processes on a replica made in the test.
syncsites_add_test(TestCliRecords LABEL integration
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestCliRecords.cpp
    LIBS syncsites_demo syncsites_storage)
target_compile_definitions(TestCliRecords PRIVATE SYNCSITES_CLI="$<TARGET_FILE:syncsites-cli>")
add_dependencies(TestCliRecords syncsites-cli)
