# Noise transport and XEdDSA interop against the reference peer (Baileys, pinned in
# package.json). noise_tool is our side; the .mjs scripts drive Baileys / node:crypto.
add_executable(noise_tool ${CMAKE_CURRENT_SOURCE_DIR}/noise_tool.cpp)
target_link_libraries(noise_tool PRIVATE wa Qt6::Core)
wamulti_set_warnings(noise_tool)

foreach(script noise-baileys-initiator noise-node-responder xeddsa-interop)
    add_test(NAME interop_${script}
        COMMAND ${NODE_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/${script}.mjs $<TARGET_FILE:noise_tool>
        WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR})
    set_tests_properties(interop_${script} PROPERTIES TIMEOUT 90 LABELS interop)
endforeach()
