# core_auth: password hashing, JWT, API keys, login rate limiting. Paths are relative to app/core.
add_library(core_auth STATIC
    auth/sodiuminit.h auth/sodiuminit.cpp
    auth/passwordhasher.h auth/passwordhasher.cpp
    auth/jwt.h auth/jwt.cpp
    auth/duration.h auth/duration.cpp
    auth/apikeys.h auth/apikeys.cpp
    auth/ratelimiter.h auth/ratelimiter.cpp)
target_include_directories(core_auth PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/..)
target_link_libraries(core_auth PUBLIC Qt6::Core PRIVATE PkgConfig::SODIUM)
wamulti_set_warnings(core_auth)
