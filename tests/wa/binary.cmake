# Unit tests of the binary node codec (app/wa/binary).
foreach(test node jid encoder decoder malformed)
    wamulti_add_test(NAME tst_wa_binary_${test}
        SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/binary/tst_${test}.cpp
        LIBS wa ZLIB::ZLIB)
endforeach()
