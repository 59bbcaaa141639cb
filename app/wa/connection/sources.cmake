# wa::connection: binary nodes over the Noise socket, IQ matching, keep-alive, typed disconnects.
list(APPEND WA_SOURCES
    connection/disconnect.h connection/disconnect.cpp
    connection/reconnectpolicy.h connection/reconnectpolicy.cpp
    connection/iqtracker.h connection/iqtracker.cpp
    connection/nodeconnection.h connection/nodeconnection.cpp
    connection/clientpayload.h connection/clientpayload.cpp)
