# Fuzz target for the binary node decoder and frame inflation (app/wa/binary).
wamulti_add_fuzzer(NAME fuzz_binary_decoder
    SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/binary_decoder.cpp
    LIBS wa
    CORPUS ${CMAKE_CURRENT_SOURCE_DIR}/corpus/binary)
