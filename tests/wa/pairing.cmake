# wa::client pairing cryptography: QR payload and rotation, pair-success (both roles), pairing code.
foreach(test qr success code)
    wamulti_add_test(NAME tst_wa_pairing_${test}
        SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/pairing/tst_${test}.cpp
        LIBS wa wa_proto)
endforeach()
