wamulti_add_test(NAME tst_core_migrations SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/store/tst_migrations.cpp LIBS core)
wamulti_add_test(NAME tst_core_dbwriter SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/store/tst_dbwriter.cpp LIBS core)
wamulti_add_test(NAME tst_core_events SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/store/tst_events.cpp LIBS core)
wamulti_add_test(NAME tst_core_sqlkeystore SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/store/tst_sqlkeystore.cpp LIBS core)
