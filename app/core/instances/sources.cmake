list(APPEND CORE_SOURCES instances/instancebackend.h instances/instancemanager.h instances/instancemanager.cpp
    instances/wabackend.h instances/wabackend.cpp)
