# Unit tests of src/protocol: both halves of each wire message (what one side writes the other reads back exactly),
# and the values the hub's user APIs share (AuditEntry, UserRole). Included from tests/unit/CMakeLists.txt.
syncsites_add_test(TestProtocolRoundTrip LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestProtocolRoundTrip.cpp
    LIBS syncsites_protocol syncsites_core)
# The words both ends share, spelled once: session outcomes (core), the signed-in user (core), pushed records.
syncsites_add_test(TestWireVocabulary LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestWireVocabulary.cpp
    LIBS syncsites_protocol syncsites_core)
