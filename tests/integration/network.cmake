# A network built from nothing with the real programs: syncsites-server init (no items) and serve, the
# administrators' API, three sites set up and synced with syncsites-cli, a shipment and a requisition.
if(TARGET syncsites-cli AND TARGET syncsites-server AND TARGET syncsites_hub_test_support)
    syncsites_add_test(TestNetworkFromNothing LABEL integration TIMEOUT 300
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestNetworkFromNothing.cpp ${CMAKE_CURRENT_LIST_DIR}/TestHubAdminClient.h
        LIBS syncsites_hub_test_support PkgConfig::HTTPLIB)
    target_compile_definitions(TestNetworkFromNothing PRIVATE
        SYNCSITES_CLI="$<TARGET_FILE:syncsites-cli>" SYNCSITES_SERVER="$<TARGET_FILE:syncsites-server>")
    add_dependencies(TestNetworkFromNothing syncsites-cli syncsites-server)
endif()
