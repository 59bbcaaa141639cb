# Fuzz targets for wa::socket: the frame decoder, the responder receiving client bytes, and
# the initiator receiving ServerHello bytes (including the certificate chain parser).
foreach(target frames responder initiator)
    wamulti_add_fuzzer(NAME fuzz_socket_${target}
        SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/socket_${target}.cpp
        LIBS wa wa_proto
        CORPUS ${CMAKE_CURRENT_SOURCE_DIR}/corpus/socket_${target})
endforeach()
