# wa::socket unit tests: framing, Noise handshake, certificate chain, sockets on loopback.
foreach(test framedecoder noisehandshake certchain framesocket)
    wamulti_add_test(NAME tst_wa_socket_${test}
        SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/socket/tst_${test}.cpp
        LIBS wa wa_proto)
endforeach()
