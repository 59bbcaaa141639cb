# wa::message: content <-> Message protobuf, padding, ids, media encryption.
foreach(test content media)
    wamulti_add_test(NAME tst_wa_message_${test}
        SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/message/tst_${test}.cpp
        LIBS wa wa_proto)
endforeach()
