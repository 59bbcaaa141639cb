# Fuzz target for wa::signal: pkmsg, msg, skmsg and sender key distribution bytes from
# untrusted peers, decrypted against a receiver with a real session and group key.
# Registered only when the parts it needs are built (WAMULTI_WA_PARTS).
if(NOT "signal" IN_LIST WAMULTI_WA_PARTS OR NOT "store" IN_LIST WAMULTI_WA_PARTS)
    return()
endif()
wamulti_add_fuzzer(NAME fuzz_signal_decrypt
    SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/signal_decrypt.cpp
    LIBS wa
    CORPUS ${CMAKE_CURRENT_SOURCE_DIR}/corpus/signal_decrypt)
