# wa::signal: adapter over libsignal-protocol-c (crypto provider, store bridge, sessions,
# sender keys).
list(APPEND WA_SOURCES
    signal/context.h signal/context.cpp
    signal/cryptoprovider_p.h signal/cryptoprovider.cpp
    signal/groupcipher.h signal/groupcipher.cpp
    signal/keyconversion_p.h signal/keyconversion.cpp
    signal/libraryaddress_p.h
    signal/messagetype.h signal/messagetype.cpp
    signal/prekeybundle.h
    signal/result.h signal/result.cpp
    signal/sessionbuilder.h signal/sessionbuilder.cpp
    signal/sessioncipher.h signal/sessioncipher.cpp
    signal/signalref_p.h
    signal/storebridge.h signal/storebridge.cpp)
