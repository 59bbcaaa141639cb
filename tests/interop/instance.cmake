# A WaMulti instance (the built wamulti-server over its REST API) against unmodified Baileys,
# through the sandbox.
if(TARGET wamulti-sandbox AND TARGET wamulti-server)
    add_test(NAME interop_instance_baileys
        COMMAND ${NODE_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/instance-baileys.mjs
            $<TARGET_FILE:wamulti-server> $<TARGET_FILE:wamulti-sandbox>
        WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR})
    set_tests_properties(interop_instance_baileys PROPERTIES TIMEOUT 200 LABELS interop)
endif()
