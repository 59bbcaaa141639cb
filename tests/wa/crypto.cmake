# wa::crypto unit tests: published vectors and deterministic signatures.
foreach(test digest aes curve25519 xeddsa)
    wamulti_add_test(NAME tst_wa_crypto_${test}
        SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/crypto/tst_${test}.cpp
        LIBS wa wa_proto)
endforeach()
