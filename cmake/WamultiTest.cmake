# One QtTest executable per test class, registered with ctest:
#   wamulti_add_test(NAME name SOURCES a.cpp ... LIBS core ... [LABELS l ...] [TIMEOUT s])
function(wamulti_add_test)
    cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test ${T_LIBS})
    wamulti_set_warnings(${T_NAME})
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    set_tests_properties(${T_NAME} PROPERTIES TIMEOUT ${T_TIMEOUT}
        LABELS "${T_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;WAMULTI_KEYCHAIN=off;WAMULTI_SOURCE_DIR=${PROJECT_SOURCE_DIR};WAMULTI_BINARY_DIR=${PROJECT_BINARY_DIR}")
endfunction()
