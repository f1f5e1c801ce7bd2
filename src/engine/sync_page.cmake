# Read-only views of a replica's sync state for the desktop app's Sync page (ui/sync).
target_sources(syncsites_engine PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/SyncHistory.cpp)
