# The hub's sign-in and administrators' API (AuthApi, AdminApi) over real HTTP on 127.0.0.1, port 0: an
# in-process HubServer over the demo hub of tests/support/HubTestHarness. Label: integration.
if(TARGET syncsites_hub AND TARGET syncsites_demo)
    if(NOT TARGET syncsites_hub_test_support)
        # Defined by hub.cmake when it is included first; the same definition here keeps this file standalone.
        add_library(syncsites_hub_test_support STATIC
            ${CMAKE_CURRENT_LIST_DIR}/../support/HubTestHarness.cpp
            ${CMAKE_CURRENT_LIST_DIR}/../support/HubTestHarness.h)
        target_include_directories(syncsites_hub_test_support PUBLIC ${CMAKE_CURRENT_LIST_DIR}/../support)
        target_link_libraries(syncsites_hub_test_support
            PUBLIC syncsites_hub syncsites_demo syncsites_storage syncsites_test_support syncsites_options Qt6::Test
            PRIVATE PkgConfig::HTTPLIB)
    endif()

    # TestHubAdminClient.h includes httplib.h: PkgConfig::HTTPLIB gives the same CPPHTTPLIB_* defines as the server.
    foreach(test_name TestHubAuth TestHubAdminRoles TestHubAdminTopology TestHubAdminSites TestHubAdminUsers
            TestHubAdminItems)
        syncsites_add_test(${test_name} LABEL integration TIMEOUT 120
            SOURCES ${CMAKE_CURRENT_LIST_DIR}/${test_name}.cpp ${CMAKE_CURRENT_LIST_DIR}/TestHubAdminClient.h
            LIBS syncsites_hub_test_support PkgConfig::HTTPLIB)
    endforeach()
endif()
