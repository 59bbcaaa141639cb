list(APPEND CORE_SOURCES logging/logging.h logging/logging.cpp)
