# The OpenAPI document (resources/openapi.json, compiled into core) against the live route table.
wamulti_add_test(NAME tst_core_openapi SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/openapi/tst_openapi.cpp LIBS core)
