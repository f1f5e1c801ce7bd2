# Faults of what sites and people send (label fault): a site whose clock is off (the hub's dashboard, the cli's
# status, the desktop status bar), and input the hub and the cli must refuse or bound (bytes that are not UTF-8,
# records too large for the command line, oversized sync reports). A real hub on 127.0.0.1 (HubTestHarness), real
# replicas, the real syncsites-cli.
if(TARGET syncsites_engine_test_support AND TARGET syncsites-cli)
    set(clock_skew_libs syncsites_engine_test_support PkgConfig::HTTPLIB)
    if(TARGET syncsites_ui AND TARGET syncsites_ui_sync)
        list(APPEND clock_skew_libs syncsites_ui syncsites_ui_sync)
    endif()
    syncsites_add_test(TestClockSkew LABEL fault TIMEOUT 180
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestClockSkew.cpp
        LIBS ${clock_skew_libs})
    target_compile_definitions(TestClockSkew PRIVATE SYNCSITES_CLI="$<TARGET_FILE:syncsites-cli>")
    if(TARGET syncsites_ui AND TARGET syncsites_ui_sync)
        target_compile_definitions(TestClockSkew PRIVATE SYNCSITES_TEST_STATUS_BAR=1)
    endif()
    add_dependencies(TestClockSkew syncsites-cli)
endif()

if(TARGET syncsites_hub_test_support AND TARGET syncsites-cli)
    syncsites_add_test(TestInputLimits LABEL fault TIMEOUT 180
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestInputLimits.cpp
        LIBS syncsites_hub_test_support syncsites_protocol PkgConfig::HTTPLIB)
    target_compile_definitions(TestInputLimits PRIVATE SYNCSITES_CLI="$<TARGET_FILE:syncsites-cli>")
    add_dependencies(TestInputLimits syncsites-cli)
endif()
