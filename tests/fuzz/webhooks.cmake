# Fuzz target for the parser of webhook receivers' answers (app/core/webhooks). Built from the
# parser's source alone: it needs only QtCore, not the whole core library.
wamulti_add_fuzzer(NAME fuzz_webhooks_response
    SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/webhooks_response.cpp ${PROJECT_SOURCE_DIR}/app/core/webhooks/httpresponseparser.cpp
    LIBS Qt6::Core
    CORPUS ${CMAKE_CURRENT_SOURCE_DIR}/corpus/webhooks_response)
target_include_directories(fuzz_webhooks_response PRIVATE ${PROJECT_SOURCE_DIR}/app)
