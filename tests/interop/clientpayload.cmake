add_executable(clientpayload_tool ${CMAKE_CURRENT_SOURCE_DIR}/clientpayload_tool.cpp)
target_link_libraries(clientpayload_tool PRIVATE wa)
wamulti_set_warnings(clientpayload_tool)
add_test(NAME interop_clientpayload
    COMMAND ${NODE_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/clientpayload-agreement.mjs $<TARGET_FILE:clientpayload_tool>
    WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR})
set_tests_properties(interop_clientpayload PROPERTIES TIMEOUT 120 LABELS interop)
