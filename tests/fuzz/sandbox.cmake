# Fuzz target for the sandbox's handling of whatever nodes a logged-in device sends (IQs,
# messages, receipts, acks, chat states, presence): app/sandbox behind the node decoder.
if(TARGET sandbox)
    wamulti_add_fuzzer(NAME fuzz_sandbox_nodes
        SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/sandbox_nodes.cpp
        LIBS sandbox
        CORPUS ${CMAKE_CURRENT_SOURCE_DIR}/corpus/sandbox_nodes)
endif()
