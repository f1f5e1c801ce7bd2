# The Data page's reads of a replica (ui/data): stores by sync type, paged records, shipments to receive.
target_sources(syncsites_engine PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/ReplicaBrowser.cpp)
