# wa::crypto: hashing, HKDF, AES, Curve25519/XEdDSA and the injectable random source.
list(APPEND WA_SOURCES
    crypto/aes.h crypto/aes.cpp
    crypto/curve25519.h crypto/curve25519.cpp
    crypto/digest.h crypto/digest.cpp
    crypto/hkdf.h crypto/hkdf.cpp
    crypto/randomsource.h crypto/randomsource.cpp
    crypto/xeddsa.h crypto/xeddsa.cpp)
