# Real responses of a hub, recorded and checked against docs/openapi.yaml by a real OpenAPI validator from the
# npm registry (tests/openapi: `npm ci` there first; scripts/test.sh does it).
syncsites_add_test(TestOpenApi LABEL integration
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestOpenApi.cpp
    LIBS syncsites_hub syncsites_demo PkgConfig::HTTPLIB)
target_compile_definitions(TestOpenApi PRIVATE SYNCSITES_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
