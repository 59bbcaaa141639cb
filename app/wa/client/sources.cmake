# wa::client: the pairing cryptography (QR payload and rotation, pair-success verification,
# pairing code), as pure functions the connection logic calls. Public headers never include
# *.pb.h (pairingproto_p.h is private).
list(APPEND WA_SOURCES
    client/pairingcode.h client/pairingcode.cpp
    client/pairingcodeexchange.h client/pairingcodeexchange.cpp
    client/pairingprimary.h client/pairingprimary.cpp
    client/pairingproto_p.h
    client/pairingqr.h client/pairingqr.cpp
    client/pairingqrrotation.h client/pairingqrrotation.cpp
    client/pairingresult.h client/pairingresult.cpp
    client/pairingsuccess.h client/pairingsuccess.cpp
    client/client.h client/client.cpp)
