wamulti_add_fuzzer(NAME fuzz_connection_clientpayload SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/connection_clientpayload.cpp
    LIBS wa CORPUS ${CMAKE_CURRENT_SOURCE_DIR}/corpus/connection_clientpayload)
