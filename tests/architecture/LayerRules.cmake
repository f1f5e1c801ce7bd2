cmake_minimum_required(VERSION 3.22)
# The layer rules of docs/architecture.md, checked on the source tree (cmake -P; no build needed):
#
#   - a file includes (with "...") only headers of its own layer or of the layers its layer may use;
#   - src/core includes from outside itself only Qt Core headers and the standard library, and links only Qt Core;
#   - a ui/ file includes no storage, protocol, auth, http or hub header, nor an engine or replica class that works
#     on a database: pages talk to the site layer (src/site) and the hub's API client (src/hubapi); the few engine
#     and replica headers they may include hold values only (UI_VALUE_HEADERS below);
#   - the ui libraries link no storage, protocol, auth, http or hub library themselves.
#
# Inputs (-D): SOURCE_DIR (the tree to check), QTCORE_INCLUDE_DIR, CORE_LINKS and UI_LINKS (the LINK_LIBRARIES of
# syncsites_core and of the ui libraries, comma-separated). Exits with an error listing every broken rule.

set(layers core storage protocol auth demo replica engine http hub hubapi site ui)
set(may_use_core core)
set(may_use_storage core storage)
set(may_use_protocol core protocol)
set(may_use_auth core auth)
set(may_use_demo core storage demo)
set(may_use_replica core storage replica)
set(may_use_engine core storage protocol replica engine)
set(may_use_http core protocol http)
set(may_use_hub core storage protocol auth replica http hub)
set(may_use_hubapi core hubapi)
set(may_use_site core storage protocol auth replica engine site)
set(may_use_ui core hubapi site ui)

# Engine and replica headers of plain values (no class that opens or holds a database), which pages may include.
# SyncEngine.h: the site's session runner, whose signals the Sync page and the tray follow (a Site owns it).
set(UI_VALUE_HEADERS ReplicaViews.h SyncSummary.h SyncFailure.h SyncOverview.h ClockSkew.h SyncEngine.h)

set(forbidden_ui_links syncsites_storage syncsites_protocol syncsites_auth syncsites_http syncsites_hub)

function(layer_of path out)
    if(path MATCHES "^src/([a-z]+)/")
        set(${out} ${CMAKE_MATCH_1} PARENT_SCOPE)
    elseif(path MATCHES "^ui/")
        set(${out} ui PARENT_SCOPE)
    else()
        set(${out} "" PARENT_SCOPE)
    endif()
endfunction()

set(problems "")

# Where each header lives (includes are by bare name: a name must belong to one layer).
file(GLOB_RECURSE headers RELATIVE ${SOURCE_DIR} ${SOURCE_DIR}/src/*.h ${SOURCE_DIR}/ui/*.h)
foreach(header IN LISTS headers)
    get_filename_component(name ${header} NAME)
    layer_of(${header} layer)
    string(MAKE_C_IDENTIFIER "${name}" key)
    if(DEFINED home_${key} AND NOT home_${key} STREQUAL layer)
        list(APPEND problems "${name} is a header of two layers (${home_${key}} and ${layer}): includes by name are ambiguous")
    endif()
    set(home_${key} ${layer})
endforeach()

file(GLOB_RECURSE sources RELATIVE ${SOURCE_DIR}
    ${SOURCE_DIR}/src/*.h ${SOURCE_DIR}/src/*.cpp ${SOURCE_DIR}/ui/*.h ${SOURCE_DIR}/ui/*.cpp)
list(LENGTH sources checked)
foreach(source IN LISTS sources)
    layer_of(${source} layer)
    if(NOT layer IN_LIST layers)
        list(APPEND problems "${source}: src/${layer} is not a layer of docs/architecture.md (add it to LayerRules.cmake)")
        continue()
    endif()
    file(STRINGS ${SOURCE_DIR}/${source} includes REGEX "^[ \t]*#[ \t]*include[ \t]*[\"<]")
    foreach(line IN LISTS includes)
        if(line MATCHES "#[ \t]*include[ \t]*\"([^\"]+)\"")
            get_filename_component(name "${CMAKE_MATCH_1}" NAME)
            string(MAKE_C_IDENTIFIER "${name}" key)
            if(NOT DEFINED home_${key})
                continue() # generated (ui_*.h, *.moc) or a test's
            endif()
            set(home ${home_${key}})
            if(home IN_LIST may_use_${layer})
                continue()
            endif()
            if(layer STREQUAL "ui" AND name IN_LIST UI_VALUE_HEADERS)
                continue()
            endif()
            string(REPLACE ";" ", " allowed "${may_use_${layer}}")
            list(APPEND problems "${source}: includes ${name} of src/${home}; ${layer} may use only ${allowed}")
        elseif(layer STREQUAL "core" AND line MATCHES "#[ \t]*include[ \t]*<([^>]+)>")
            set(header "${CMAKE_MATCH_1}")
            if(header MATCHES "^Q")
                if(NOT EXISTS "${QTCORE_INCLUDE_DIR}/${header}")
                    list(APPEND problems "${source}: includes <${header}>, which is not Qt Core")
                endif()
            elseif(header MATCHES "[./]")
                list(APPEND problems "${source}: includes <${header}>; src/core uses only Qt Core and the standard library")
            endif()
        endif()
    endforeach()
endforeach()

string(REPLACE "," ";" CORE_LINKS "${CORE_LINKS}")
string(REPLACE "," ";" UI_LINKS "${UI_LINKS}")
foreach(link IN LISTS CORE_LINKS)
    if(NOT link MATCHES "^(Qt6::Core|syncsites_options)$")
        list(APPEND problems "syncsites_core links ${link}; it may link only Qt6::Core")
    endif()
endforeach()
foreach(link IN LISTS UI_LINKS)
    if(link IN_LIST forbidden_ui_links)
        list(APPEND problems "a ui library links ${link}; pages reach data through syncsites_site and syncsites_hubapi")
    endif()
endforeach()

list(LENGTH problems count)
if(count GREATER 0)
    list(JOIN problems "\n  " text)
    message(FATAL_ERROR "${count} layer rule(s) broken:\n  ${text}")
endif()
message(STATUS "layer rules hold in ${checked} files")
