# fuzz.cmake -- libFuzzer targets (tests/fuzz/fuzz_*.c), built when the top
# CMakeLists.txt is configured with -DAG_FUZZ=ON and clang:
#
#   cmake -S . -B build-fuzz -DCMAKE_C_COMPILER=clang -DAG_FUZZ=ON
#   cmake --build build-fuzz --target fuzz_targets
#
# The sources of common/, ingest/ and the knowledge model (graph/model.c)
# are compiled a second time, into
# armsgraph_fuzzlib, with -fsanitize=fuzzer-no-link,address,undefined so
# libFuzzer sees their coverage; each target links with -fsanitize=fuzzer. See docs/reliability.md
# and tests/sh/fuzz-short.sh (`./build.sh fuzz SECONDS`).
if(NOT CMAKE_C_COMPILER_ID MATCHES "Clang")
  message(FATAL_ERROR "AG_FUZZ=ON needs clang: -DCMAKE_C_COMPILER=clang")
endif()

set(AG_FUZZ_FLAGS -fsanitize=address,undefined -fno-omit-frame-pointer
                  -fno-sanitize-recover=undefined -g)

# the targets exercise common/, the model and ingest/ only: compile just those
file(GLOB AG_FUZZ_LIB_SOURCES CONFIGURE_DEPENDS
     ${CMAKE_SOURCE_DIR}/common/*.c ${CMAKE_SOURCE_DIR}/ingest/*.c)
add_library(armsgraph_fuzzlib STATIC ${AG_FUZZ_LIB_SOURCES} ${CMAKE_SOURCE_DIR}/graph/model.c)
target_include_directories(armsgraph_fuzzlib PUBLIC
  ${CMAKE_SOURCE_DIR}/common ${CMAKE_SOURCE_DIR}/graph ${CMAKE_SOURCE_DIR}/ingest)
# warnings, but no -Werror: clang may warn where gcc does not, and the fuzz
# build must not break on that.
target_compile_options(armsgraph_fuzzlib PRIVATE -Wall -Wextra
  -fsanitize=fuzzer-no-link ${AG_FUZZ_FLAGS})
target_compile_definitions(armsgraph_fuzzlib PRIVATE ${AG_DATA_DEFINITIONS})
target_link_libraries(armsgraph_fuzzlib PUBLIC PkgConfig::CJSON PkgConfig::NETTLE PkgConfig::UTF8PROC m)

add_custom_target(fuzz_targets)
file(GLOB AG_FUZZ_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/fuzz/fuzz_*.c)
foreach(src ${AG_FUZZ_SOURCES})
  get_filename_component(name ${src} NAME_WE)
  add_executable(${name} ${src} ${CMAKE_SOURCE_DIR}/tests/fuzz/util.c)
  target_compile_options(${name} PRIVATE -Wall -Wextra -fsanitize=fuzzer ${AG_FUZZ_FLAGS})
  target_link_options(${name} PRIVATE -fsanitize=fuzzer ${AG_FUZZ_FLAGS})
  target_link_libraries(${name} PRIVATE armsgraph_fuzzlib)
  add_dependencies(fuzz_targets ${name})
endforeach()
