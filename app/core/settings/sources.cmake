list(APPEND CORE_SOURCES settings/appconfig.h settings/appconfig.cpp)
