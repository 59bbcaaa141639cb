# Management API throughput (not a test): tests/bench/api-bench.sh loads wamulti-server's REST API
# with wrk and, in the same run, this minimal QHttpServer hello route, and prints our ratio to it
# (docs/benchmarks.md).
add_executable(bench_http_hello ${CMAKE_CURRENT_SOURCE_DIR}/http_hello.cpp)
target_link_libraries(bench_http_hello PRIVATE Qt6::HttpServer)
wamulti_set_warnings(bench_http_hello)
