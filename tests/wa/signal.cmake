# wa::signal unit tests: fixed-key sessions, sender-key groups, hostile ciphertexts.
# Registered only when the parts it needs are built (WAMULTI_WA_PARTS).
if(NOT "signal" IN_LIST WAMULTI_WA_PARTS OR NOT "store" IN_LIST WAMULTI_WA_PARTS)
    return()
endif()
# The crypto provider test calls libsignal directly, so it links the library itself.
wamulti_add_test(NAME tst_wa_signal_cryptoprovider
    SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/signal/tst_cryptoprovider.cpp
    LIBS wa PkgConfig::SIGNAL)
foreach(test session group garbage)
    wamulti_add_test(NAME tst_wa_signal_${test}
        SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/signal/tst_${test}.cpp ${CMAKE_CURRENT_SOURCE_DIR}/signal/signaltestpeer.h
        LIBS wa)
endforeach()
