# Byte-for-byte agreement of our binary codec with the reference encoder/decoder
# (@whiskeysockets/baileys): codec_tool is the C++ side, codec-agreement.mjs drives both.
add_executable(codec_tool ${CMAKE_CURRENT_SOURCE_DIR}/codec_tool.cpp)
target_link_libraries(codec_tool PRIVATE wa)
wamulti_set_warnings(codec_tool)

add_test(NAME interop_codec
    COMMAND ${NODE_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/codec-agreement.mjs $<TARGET_FILE:codec_tool>
    WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR})
set_tests_properties(interop_codec PROPERTIES TIMEOUT 300 LABELS interop)
