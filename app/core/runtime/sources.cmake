list(APPEND CORE_SOURCES runtime/appruntime.h runtime/appruntime.cpp runtime/signalwatcher.h runtime/signalwatcher.cpp)
list(APPEND CORE_SOURCES runtime/banner.h runtime/banner.cpp)
