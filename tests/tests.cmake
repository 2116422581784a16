# tests.cmake -- registers the tests with ctest:
#   tests/unit/test_NAME.c   a program whose output is diffed against test_NAME.out
#   tests/golden/NNNN-name/  a CLI run (args, optional setup and stdin)
#                            diffed against expected.out
#   tests/sh/NAME.sh         a shell test that exits 0 on success
file(GLOB AG_UNIT_TESTS CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/unit/test_*.c)
foreach(src ${AG_UNIT_TESTS})
  get_filename_component(name ${src} NAME_WE)
  add_executable(${name} ${src})
  target_compile_options(${name} PRIVATE ${AG_WARNINGS})
  target_link_libraries(${name} PRIVATE armsgraph_lib)
  string(REGEX REPLACE "\\.c$" ".out" expected ${src})
  add_test(NAME unit/${name}
           COMMAND sh ${CMAKE_SOURCE_DIR}/tests/run-unit.sh $<TARGET_FILE:${name}> ${expected}
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}/tests/unit)
  set_tests_properties(unit/${name} PROPERTIES ENVIRONMENT "ARMSGRAPH_DATA=${CMAKE_SOURCE_DIR}/data")
endforeach()

file(GLOB AG_GOLDEN_TESTS CONFIGURE_DEPENDS LIST_DIRECTORIES true
     ${CMAKE_SOURCE_DIR}/tests/golden/[0-9][0-9][0-9][0-9]-*)
foreach(dir ${AG_GOLDEN_TESTS})
  if(IS_DIRECTORY ${dir})
    get_filename_component(name ${dir} NAME)
    add_test(NAME golden/${name}
             COMMAND sh ${CMAKE_SOURCE_DIR}/tests/golden/run.sh
                     $<TARGET_FILE:armsgraph> ${CMAKE_SOURCE_DIR} ${dir})
  endif()
endforeach()

file(GLOB AG_SH_TESTS CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/sh/*.sh)
foreach(script ${AG_SH_TESTS})
  get_filename_component(name ${script} NAME_WE)
  add_test(NAME sh/${name}
           COMMAND bash ${script} $<TARGET_FILE:armsgraph> ${CMAKE_SOURCE_DIR}
                   ${CMAKE_BINARY_DIR})
  set_tests_properties(sh/${name} PROPERTIES SKIP_RETURN_CODE 77)
endforeach()
