# The sources whose strings the desktop app's translations cover (translations/README.md): its pages (ui/), its
# wiring (app/desktop) and the libraries whose messages reach people through the app: hub errors (src/hubapi),
# sync failures and their remedies (src/engine, src/protocol), store actions' refusals (src/replica), the site's
# use cases (src/site) and the shared vocabulary (src/core). The hub's own messages (src/hub) are the server's.
#
# Sets syncsites_translation_sources (absolute paths), syncsites_translation_include_dirs, the .ts files and
# lupdate's options.
set(syncsites_translation_dir ${CMAKE_CURRENT_LIST_DIR})
get_filename_component(syncsites_translation_root ${CMAKE_CURRENT_LIST_DIR} DIRECTORY)
set(syncsites_translation_globs)
foreach(dir ui app/desktop src/core src/engine src/hubapi src/protocol src/replica src/site)
    list(APPEND syncsites_translation_globs ${syncsites_translation_root}/${dir}/*.cpp
         ${syncsites_translation_root}/${dir}/*.h ${syncsites_translation_root}/${dir}/*.ui)
endforeach()
file(GLOB_RECURSE syncsites_translation_sources CONFIGURE_DEPENDS ${syncsites_translation_globs})
list(SORT syncsites_translation_sources)
# The folders of those sources, where lupdate finds the headers they include (the classes of their contexts).
set(syncsites_translation_include_dirs)
foreach(source IN LISTS syncsites_translation_sources)
    get_filename_component(dir ${source} DIRECTORY)
    list(APPEND syncsites_translation_include_dirs ${dir})
endforeach()
list(REMOVE_DUPLICATES syncsites_translation_include_dirs)

# Every language but English, translated in full; syncsites_en.ts holds only the English plural forms (%n).
set(syncsites_translation_ts_files ${syncsites_translation_dir}/syncsites_es.ts ${syncsites_translation_dir}/syncsites_fr.ts
    ${syncsites_translation_dir}/syncsites_pt.ts)
set(syncsites_translation_plurals_ts ${syncsites_translation_dir}/syncsites_en.ts)
# lupdate's options, the same for the update targets and for TestTranslations.
set(syncsites_lupdate_options -locations none -no-obsolete)
