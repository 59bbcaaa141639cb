list(APPEND CORE_SOURCES stats/statsrecorder.h stats/statsrecorder.cpp)
