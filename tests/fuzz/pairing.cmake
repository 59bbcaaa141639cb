# Fuzz target for the pair-success parser and checks (app/wa/client), both roles.
wamulti_add_fuzzer(NAME fuzz_pairing_success
    SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/pairing_success.cpp
    LIBS wa wa_proto
    CORPUS ${CMAKE_CURRENT_SOURCE_DIR}/corpus/pairing_success)
