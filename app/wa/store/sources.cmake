# wa::store: persistence interfaces, the in-memory implementation and key generation.
list(APPEND WA_SOURCES
    store/appstatekeystore.h
    store/credentialstore.h
    store/devicecredentials.h
    store/identitystore.h
    store/keygen.h store/keygen.cpp
    store/memorystore.h store/memorystore.cpp
    store/prekeystore.h
    store/protocoladdress.h
    store/senderkeystore.h
    store/sessionstore.h
    store/signedprekeystore.h
    store/transactional.h)
