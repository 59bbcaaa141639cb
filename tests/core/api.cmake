# API tests over real HTTP on 127.0.0.1:0 against temporary data directories.
wamulti_add_test(NAME tst_core_api SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/api/tst_api.cpp LIBS core_test_support)
wamulti_add_test(NAME tst_core_authmatrix SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/api/tst_authmatrix.cpp LIBS core_test_support)
wamulti_add_test(NAME tst_core_router SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/api/tst_router.cpp LIBS core)
wamulti_add_test(NAME tst_core_httpguard SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/api/tst_httpguard.cpp LIBS core)
wamulti_add_test(NAME tst_core_config SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/api/tst_config.cpp LIBS core)
wamulti_add_test(NAME tst_core_instancestates SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/api/tst_instancestates.cpp LIBS core_test_support)
wamulti_add_test(NAME tst_core_jsonwriter SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/api/tst_jsonwriter.cpp LIBS core)
wamulti_add_test(NAME tst_core_multipart SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/api/tst_multipart.cpp LIBS core)
