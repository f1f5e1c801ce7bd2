# Unit tests of src/core: site kinds, topology rules, the file format, routing, push rules, visibility changes,
# the demo network and its records. Pure functions, no I/O: each runs in well under a second, but for
# TestCoreDemoRecords, whose memory check streams two million records (a few seconds).
foreach(test_name
        TestCoreSiteKind
        TestCoreValidator
        TestCoreTopologyJson
        TestCoreRouting
        TestCorePushRules
        TestCoreVisibilityPlanner
        TestCoreDemoNetwork
        TestCoreDemoRecords
        TestCoreItemCsv)
    syncsites_add_test(${test_name} LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/${test_name}.cpp LIBS syncsites_core)
endforeach()
