# WhatsApp binary node codec (dictionary version 3); see docs/protocol-binary.md.
list(APPEND WA_SOURCES
    binary/tags.h
    binary/result.h binary/result.cpp
    binary/node.h binary/node.cpp
    binary/jid.h binary/jid.cpp
    binary/tokens.h binary/tokens.cpp binary/tokendata.cpp
    binary/wirejid.h binary/wirejid.cpp
    binary/encoder.h binary/encoder.cpp
    binary/decoder.h binary/decoder.cpp
    binary/frame.h binary/frame.cpp)
