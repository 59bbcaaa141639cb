# Signal interop against the reference peer: sessions with libsignal-node (npm `libsignal`,
# Baileys' dependency) and sender-key groups with Baileys' own group cipher, both directions.
# signal_tool is our side; the .mjs scripts drive the reference over stdin/stdout pipes.
# Registered only when the parts it needs are built (WAMULTI_WA_PARTS).
if(NOT "signal" IN_LIST WAMULTI_WA_PARTS OR NOT "store" IN_LIST WAMULTI_WA_PARTS)
    return()
endif()
add_executable(signal_tool ${CMAKE_CURRENT_SOURCE_DIR}/signal_tool.cpp)
target_link_libraries(signal_tool PRIVATE wa Qt6::Core)
wamulti_set_warnings(signal_tool)

foreach(script signal-session signal-group)
    add_test(NAME interop_${script}
        COMMAND ${NODE_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/${script}.mjs $<TARGET_FILE:signal_tool>
        WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR})
    set_tests_properties(interop_${script} PROPERTIES TIMEOUT 120 LABELS interop)
endforeach()
