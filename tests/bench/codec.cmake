# Binary codec throughput (not a test): run tests/bench/codec-bench.sh, which measures this program
# and the reference client's encoder/decoder in the same run and prints the ratio.
add_executable(codec_bench ${CMAKE_CURRENT_SOURCE_DIR}/codec_bench.cpp)
target_link_libraries(codec_bench PRIVATE wa)
wamulti_set_warnings(codec_bench)
