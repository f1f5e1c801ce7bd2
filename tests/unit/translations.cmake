# The translations (translations/*.ts) against the sources, with the same lupdate and options as the
# update_translations target: out of date or unfinished entries fail. Built with the desktop app only.
if(SYNCSITES_BUILD_GUI)
    find_package(Qt6 REQUIRED COMPONENTS LinguistTools)
    include(${PROJECT_SOURCE_DIR}/translations/sources.cmake)
    set(list_file ${CMAKE_CURRENT_BINARY_DIR}/TestTranslations.sources)
    set(lines ${syncsites_translation_sources})
    foreach(dir IN LISTS syncsites_translation_include_dirs)
        list(APPEND lines -I${dir})
    endforeach()
    string(REPLACE ";" "\n" lines "${lines}")
    file(WRITE ${list_file} "${lines}\n")
    # Lists are passed joined by "|" (a ";" would split the definitions).
    string(REPLACE ";" "|" ts_files "${syncsites_translation_ts_files}")
    string(REPLACE ";" "|" lupdate_options "${syncsites_lupdate_options}")
    syncsites_add_test(TestTranslations LABEL unit TIMEOUT 180 SOURCES TestTranslations.cpp)
    target_compile_definitions(TestTranslations PRIVATE
        SYNCSITES_LUPDATE="$<TARGET_FILE:Qt6::lupdate>"
        SYNCSITES_TRANSLATION_SOURCES="${list_file}"
        SYNCSITES_TS_FILES="${ts_files}"
        SYNCSITES_PLURALS_TS="${syncsites_translation_plurals_ts}"
        SYNCSITES_LUPDATE_OPTIONS="${lupdate_options}")
endif()
