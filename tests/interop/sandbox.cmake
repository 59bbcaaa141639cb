if(TARGET wamulti-sandbox)
    add_test(NAME interop_sandbox_baileys_qr
        COMMAND ${NODE_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/sandbox-baileys-qr.mjs $<TARGET_FILE:wamulti-sandbox>
        WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR})
    set_tests_properties(interop_sandbox_baileys_qr PROPERTIES TIMEOUT 90 LABELS interop)
endif()
if(TARGET wamulti-sandbox)
    add_test(NAME interop_sandbox_baileys_link
        COMMAND ${NODE_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/sandbox-baileys-link.mjs $<TARGET_FILE:wamulti-sandbox>
        WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR})
    set_tests_properties(interop_sandbox_baileys_link PROPERTIES TIMEOUT 120 LABELS interop)
endif()
if(TARGET wamulti-sandbox)
    add_test(NAME interop_sandbox_baileys_messaging
        COMMAND ${NODE_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/sandbox-baileys-messaging.mjs $<TARGET_FILE:wamulti-sandbox>
        WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR})
    set_tests_properties(interop_sandbox_baileys_messaging PROPERTIES TIMEOUT 200 LABELS interop)
endif()
