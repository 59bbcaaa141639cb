# The conversation view with a long history (not a test): bench_ui_messages seeds 100,000
# messages in one chat and measures our lazy MessageModel + ConversationView against a naive peer
# in the same run, a QStandardItemModel that loads every row (docs/benchmarks.md).
if(TARGET ui)
    add_executable(bench_ui_messages ${CMAKE_CURRENT_SOURCE_DIR}/ui_messages_bench.cpp)
    target_link_libraries(bench_ui_messages PRIVATE ui)
    wamulti_set_warnings(bench_ui_messages)
endif()
