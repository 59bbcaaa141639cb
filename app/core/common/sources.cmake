list(APPEND CORE_SOURCES common/timeutil.h common/timeutil.cpp common/ids.h common/ids.cpp common/outcome.h)
