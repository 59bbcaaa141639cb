# Tests of core_auth (app/core/auth): one executable per class.
foreach(name jwt passwordhasher duration apikeys ratelimiter)
    wamulti_add_test(NAME tst_core_${name} SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/auth/tst_${name}.cpp LIBS core_auth)
endforeach()
