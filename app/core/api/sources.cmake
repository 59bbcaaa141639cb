list(APPEND CORE_SOURCES
    api/apierror.h api/router.h api/router.cpp api/jsonwriter.h api/jsonwriter.cpp
    api/httpguard.h api/httpguard.cpp api/httpserver.h api/httpserver.cpp
    api/requestinput.h api/requestinput.cpp api/webhookinput.h api/webhookinput.cpp
    api/apiservices.h api/apiviews.h api/apiviews.cpp api/apiserver.h api/apiserver.cpp
    api/authroutes.cpp api/userroutes.cpp api/instanceroutes.cpp api/statsroutes.cpp api/systemroutes.cpp
    api/messageviews.h api/messageviews.cpp api/recipient.h api/recipient.cpp
    api/multipart.h api/multipart.cpp api/urlfetch.h api/urlfetch.cpp api/outgoing.h api/outgoing.cpp
    api/whatsapproutes.cpp api/contactroutes.cpp api/chatroutes.cpp api/legacyroutes.cpp
    api/webhookroutes.cpp)
