# syncsites-cli run as a real process on committed fixture files (tests/fixtures/topology).
syncsites_add_test(TestCliTopology LABEL integration
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestCliTopology.cpp
    LIBS syncsites_core)
target_compile_definitions(TestCliTopology PRIVATE SYNCSITES_CLI="$<TARGET_FILE:syncsites-cli>")
add_dependencies(TestCliTopology syncsites-cli)

# The demo data (DemoDataWriter) written into a real SQLite file and read back through the storage API.
syncsites_add_test(TestDemoData LABEL integration
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestDemoData.cpp
    LIBS syncsites_demo)

# `syncsites-cli demo` run as a real process.
syncsites_add_test(TestCliDemo LABEL integration
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestCliDemo.cpp
    LIBS syncsites_demo)
target_compile_definitions(TestCliDemo PRIVATE SYNCSITES_CLI="$<TARGET_FILE:syncsites-cli>")
add_dependencies(TestCliDemo syncsites-cli)
