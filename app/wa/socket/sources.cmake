# wa::socket: frame socket over QWebSocket, Noise XX handshake (both roles), transport
# encryption and the server certificate chain. Public headers here never include *.pb.h.
list(APPEND WA_SOURCES
    socket/certchain.h socket/certchain.cpp
    socket/framedecoder.h socket/framedecoder.cpp
    socket/frameencoder.h socket/frameencoder.cpp
    socket/framesocket.h socket/framesocket.cpp
    socket/framing.h
    socket/handshakeproto_p.h
    socket/noiseinitiator.h socket/noiseinitiator.cpp
    socket/noiseresponder.h socket/noiseresponder.cpp
    socket/noisesocket.h socket/noisesocket.cpp
    socket/noisestate.h socket/noisestate.cpp
    socket/result.h socket/result.cpp
    socket/transportcipher.h socket/transportcipher.cpp)
