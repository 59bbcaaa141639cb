# Fuzz target for the multipart/form-data parser of send-file (app/core/api/multipart.cpp). The
# parser is compiled in directly: it needs only QtCore, so the fuzz build does not build all of core.
wamulti_add_fuzzer(NAME fuzz_multipart
    SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/multipart.cpp ${PROJECT_SOURCE_DIR}/app/core/api/multipart.cpp
    LIBS Qt6::Core
    CORPUS ${CMAKE_CURRENT_SOURCE_DIR}/corpus/multipart)
target_include_directories(fuzz_multipart PRIVATE ${PROJECT_SOURCE_DIR}/app)
