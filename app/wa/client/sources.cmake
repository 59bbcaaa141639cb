# wa::client: the pairing cryptography (QR payload and rotation, pair-success verification,
# pairing code) as pure functions, and the Client that links, logs in, stays connected and
# exchanges messages (sender, receiver, media, groups). Public headers never include *.pb.h
# (pairingproto_p.h is private).
list(APPEND WA_SOURCES
    client/pairingcode.h client/pairingcode.cpp
    client/pairingcodeexchange.h client/pairingcodeexchange.cpp
    client/pairingcodeflow.h client/pairingcodeflow.cpp
    client/pairingprimary.h client/pairingprimary.cpp
    client/pairingproto_p.h
    client/pairingqr.h client/pairingqr.cpp
    client/pairingqrrotation.h client/pairingqrrotation.cpp
    client/pairingresult.h client/pairingresult.cpp
    client/pairingsuccess.h client/pairingsuccess.cpp
    client/messaging.h client/clientstores.h
    client/usync.h client/usync.cpp
    client/keybundles.h client/keybundles.cpp
    client/stanzas.h client/stanzas.cpp
    client/devicecache.h client/devicecache.cpp
    client/groups.h client/groups.cpp
    client/sender.h client/sender.cpp
    client/receiver.h client/receiver.cpp
    client/mediatransfer.h client/mediatransfer.cpp
    client/client.h client/client.cpp client/clientpairing.cpp client/clientmessaging.cpp)
