# Pairing interop against the reference peer (Baileys, pinned in package.json): pairing_tool is
# our side; each pairing-*.mjs drives Baileys (and libsignal for strict signature checks).
add_executable(pairing_tool ${CMAKE_CURRENT_SOURCE_DIR}/pairing_tool.cpp)
target_link_libraries(pairing_tool PRIVATE wa Qt6::Core)
wamulti_set_warnings(pairing_tool)

foreach(script pairing-success pairing-qr pairing-code)
    add_test(NAME interop_${script}
        COMMAND ${NODE_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/${script}.mjs $<TARGET_FILE:pairing_tool>
        WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR})
    set_tests_properties(interop_${script} PROPERTIES TIMEOUT 120 LABELS interop)
endforeach()
