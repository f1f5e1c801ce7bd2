# The hub's status API (the supervisors' dashboard) and data API (client kinds) over real HTTP on 127.0.0.1, port 0:
# an in-process HubServer over a demo hub database (tests/support/HubTestHarness). Label: integration.
if(TARGET syncsites_hub AND TARGET syncsites_demo)
    if(NOT TARGET syncsites_hub_test_support)
        # As in hub.cmake (whichever file comes first defines it): the harness includes httplib.h, so it links
        # PkgConfig::HTTPLIB for the same CPPHTTPLIB_* defines as the server library.
        add_library(syncsites_hub_test_support STATIC
            ${CMAKE_CURRENT_LIST_DIR}/../support/HubTestHarness.cpp
            ${CMAKE_CURRENT_LIST_DIR}/../support/HubTestHarness.h)
        target_include_directories(syncsites_hub_test_support PUBLIC ${CMAKE_CURRENT_LIST_DIR}/../support)
        target_link_libraries(syncsites_hub_test_support
            PUBLIC syncsites_hub syncsites_demo syncsites_storage syncsites_test_support syncsites_options Qt6::Test
            PRIVATE PkgConfig::HTTPLIB)
    endif()

    foreach(test_name TestHubStatus TestHubData TestHubDataActions)
        syncsites_add_test(${test_name} LABEL integration TIMEOUT 120
            SOURCES ${CMAKE_CURRENT_LIST_DIR}/${test_name}.cpp
            LIBS syncsites_hub_test_support PkgConfig::HTTPLIB)
    endforeach()
    # TestHubDataActions also serves a remote server's replica, made and synced by the engine (SiteReplica, defined
    # in engine.cmake).
    if(TARGET syncsites_engine)
        target_link_libraries(TestHubDataActions PRIVATE syncsites_engine_test_support)
    endif()
endif()
