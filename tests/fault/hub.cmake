# Hub fault tests (label fault): the real syncsites-server killed while it applies a push batch, then the batch
# replayed after a restart.
if(TARGET syncsites-server AND TARGET syncsites_hub_test_support)
    syncsites_add_test(TestHubKillDuringPush LABEL fault TIMEOUT 180
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestHubKillDuringPush.cpp
        LIBS syncsites_hub_test_support)
    target_compile_definitions(TestHubKillDuringPush PRIVATE SYNCSITES_SERVER="$<TARGET_FILE:syncsites-server>")
    add_dependencies(TestHubKillDuringPush syncsites-server)
endif()
