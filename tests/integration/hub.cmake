# The hub's sync protocol (handshake, push, pull, report) over real HTTP on 127.0.0.1, port 0: an in-process
# HubServer over a demo hub database in a temporary directory (tests/support/HubTestHarness), and the real
# syncsites-server binary run as a process. Label: integration.
if(TARGET syncsites_hub AND TARGET syncsites_demo)
    if(NOT TARGET syncsites_hub_test_support)
        # The harness includes httplib.h, so it links PkgConfig::HTTPLIB for the same CPPHTTPLIB_* defines as the
        # server library.
        add_library(syncsites_hub_test_support STATIC
            ${CMAKE_CURRENT_LIST_DIR}/../support/HubTestHarness.cpp
            ${CMAKE_CURRENT_LIST_DIR}/../support/HubTestHarness.h)
        target_include_directories(syncsites_hub_test_support PUBLIC ${CMAKE_CURRENT_LIST_DIR}/../support)
        target_link_libraries(syncsites_hub_test_support
            PUBLIC syncsites_hub syncsites_demo syncsites_storage syncsites_test_support syncsites_options Qt6::Test
            PRIVATE PkgConfig::HTTPLIB)
    endif()

    # In-process hub: routing against core's rules, handshake and report, push, pull and visibility changes, many
    # sites at once.
    foreach(test_name TestHubRouting TestHubHandshake TestHubPush TestHubPull TestHubConcurrency)
        syncsites_add_test(${test_name} LABEL integration TIMEOUT 180
            SOURCES ${CMAKE_CURRENT_LIST_DIR}/${test_name}.cpp
            LIBS syncsites_hub_test_support)
    endforeach()

    # Slow clients (issue 13): 1,000 slow connections from other loopback addresses against a harness hub, and each
    # limit of HttpServer on its own (header and body deadlines, write rate, connections per address).
    syncsites_add_test(TestSlowClients LABEL integration TIMEOUT 180
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestSlowClients.cpp
        LIBS syncsites_hub_test_support PkgConfig::HTTPLIB)

    # The real programs: syncsites-server demo/serve/init (and syncsites-cli for the demo topology), and the curl
    # walkthrough tests/sync-walkthrough.sh run with the built server.
    if(TARGET syncsites-server AND TARGET syncsites-cli)
        syncsites_add_test(TestHubBinaries LABEL integration TIMEOUT 180
            SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestHubBinaries.cpp
            LIBS syncsites_hub_test_support)
        target_compile_definitions(TestHubBinaries PRIVATE
            SYNCSITES_SERVER="$<TARGET_FILE:syncsites-server>" SYNCSITES_CLI="$<TARGET_FILE:syncsites-cli>")
        add_dependencies(TestHubBinaries syncsites-server syncsites-cli)

        syncsites_add_test(TestHubWalkthrough LABEL integration TIMEOUT 120
            SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestHubWalkthrough.cpp
            LIBS Qt6::Core)
        target_compile_definitions(TestHubWalkthrough PRIVATE
            SYNCSITES_SERVER="$<TARGET_FILE:syncsites-server>"
            SYNCSITES_WALKTHROUGH="${CMAKE_CURRENT_LIST_DIR}/../sync-walkthrough.sh")
        add_dependencies(TestHubWalkthrough syncsites-server)
    endif()
endif()
