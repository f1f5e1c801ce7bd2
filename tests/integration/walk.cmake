# The visibility walk (issue 11): a seeded random walk of edits, transfers, hand-overs, Collector and Transfer
# changes, offline periods, an oms hub move and sync sessions over a demo hub and eight replicas, each step checked
# against an oracle written from the spec (TestVisibilityWalk.h, WalkOracle.h). Label integration in CI; the long
# run is labelled soak (SYNCSITES_SOAK=1), kept out of CI. SYNCSITES_TEST_SEED repeats a run.
if(TARGET syncsites_engine_test_support)
    syncsites_add_test(TestVisibilityWalk LABEL integration TIMEOUT 300
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestVisibilityWalk.cpp ${CMAKE_CURRENT_LIST_DIR}/TestVisibilityWalk.h
            ${CMAKE_CURRENT_LIST_DIR}/TestVisibilityWalkActions.cpp ${CMAKE_CURRENT_LIST_DIR}/WalkOracle.cpp
        LIBS syncsites_engine_test_support PkgConfig::HTTPLIB)
    add_test(NAME TestVisibilityWalkSoak COMMAND TestVisibilityWalk)
    set_tests_properties(TestVisibilityWalkSoak PROPERTIES
        LABELS soak
        TIMEOUT 3600
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;SYNCSITES_SOAK=1")
endif()
