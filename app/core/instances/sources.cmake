list(APPEND CORE_SOURCES instances/instancebackend.h instances/instancemanager.h instances/instancemanager.cpp
    instances/wabackend.h instances/wabackend.cpp
    instances/wasession.h instances/wasession.cpp
    instances/historysink.h instances/historysink.cpp
    instances/sessionthreads.h instances/sessionthreads.cpp)
