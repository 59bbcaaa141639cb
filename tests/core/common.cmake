wamulti_add_test(NAME tst_core_timeutil SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/common/tst_timeutil.cpp LIBS core)
