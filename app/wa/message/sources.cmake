# wa::message: what a message says (content <-> Message protobuf), padding, message ids and
# media encryption. Pure functions; public headers never include *.pb.h.
list(APPEND WA_SOURCES
    message/mediacrypto.h message/mediacrypto.cpp
    message/messagecontent.h message/messagecontent.cpp message/messagecontent_p.h
    message/messageid.h message/messageid.cpp
    message/padding.h message/padding.cpp)
