# Shared test support: an in-process runtime on 127.0.0.1:0 and a synchronous HTTP client.
add_library(core_test_support STATIC ${CMAKE_CURRENT_SOURCE_DIR}/support/testserver.h
    ${CMAKE_CURRENT_SOURCE_DIR}/support/testserver.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/support/webhookreceiver.h ${CMAKE_CURRENT_SOURCE_DIR}/support/webhookreceiver.cpp)
target_include_directories(core_test_support PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/support)
target_link_libraries(core_test_support PUBLIC core Qt6::Network Qt6::HttpServer)
wamulti_set_warnings(core_test_support)
