# `syncsites-server backup` and `restore` with the real programs: a served hub of 20 sites pushing through the real
# SyncSession while it is backed up, the backup restored and served, damaged backups refused; and the server's
# command line: --help and --version of every command, the configuration file of `serve`. Label: integration.
if(TARGET syncsites-server AND TARGET syncsites_engine_test_support)
    syncsites_add_test(TestServerBackup LABEL integration TIMEOUT 180
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestServerBackup.cpp ${CMAKE_CURRENT_LIST_DIR}/TestHubAdminClient.h
        LIBS syncsites_engine_test_support PkgConfig::HTTPLIB)
    target_compile_definitions(TestServerBackup PRIVATE SYNCSITES_SERVER="$<TARGET_FILE:syncsites-server>")
    add_dependencies(TestServerBackup syncsites-server)
endif()
if(TARGET syncsites-server AND TARGET syncsites_hub_test_support)
    syncsites_add_test(TestServerCommandLine LABEL integration TIMEOUT 120
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestServerCommandLine.cpp ${CMAKE_CURRENT_LIST_DIR}/TestHubAdminClient.h
        LIBS syncsites_hub_test_support PkgConfig::HTTPLIB)
    target_compile_definitions(TestServerCommandLine PRIVATE SYNCSITES_SERVER="$<TARGET_FILE:syncsites-server>"
        SYNCSITES_HUB_CONF_EXAMPLE="${PROJECT_SOURCE_DIR}/docs/hub.conf.example")
    add_dependencies(TestServerCommandLine syncsites-server)
endif()
