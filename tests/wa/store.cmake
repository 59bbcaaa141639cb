# wa::store unit tests: the memory store's contracts and key generation.
if(NOT "store" IN_LIST WAMULTI_WA_PARTS)
    return()
endif()
foreach(test memorystore keygen)
    wamulti_add_test(NAME tst_wa_store_${test}
        SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/store/tst_${test}.cpp
        LIBS wa)
endforeach()
