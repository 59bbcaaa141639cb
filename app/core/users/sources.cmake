list(APPEND CORE_SOURCES users/userservice.h users/userservice.cpp users/usagelimits.h users/usagelimits.cpp)
