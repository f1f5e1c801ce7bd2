# One INTERFACE target carries the language standard, warnings and strict Qt defines.
# Every library, program and test links it.
add_library(syncsites_options INTERFACE)
target_compile_features(syncsites_options INTERFACE cxx_std_17)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_options(syncsites_options INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic>
    $<$<AND:$<BOOL:${SYNCSITES_WERROR}>,$<CXX_COMPILER_ID:GNU,Clang>>:-Werror>)
target_compile_definitions(syncsites_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
