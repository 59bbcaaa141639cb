list(APPEND CORE_SOURCES
    api/apierror.h api/router.h api/router.cpp api/jsonwriter.h api/jsonwriter.cpp
    api/httpguard.h api/httpguard.cpp api/httpserver.h api/httpserver.cpp
    api/requestinput.h api/requestinput.cpp api/webhookinput.h api/webhookinput.cpp
    api/apiservices.h api/apiviews.h api/apiviews.cpp api/apiserver.h api/apiserver.cpp
    api/authroutes.cpp api/userroutes.cpp api/instanceroutes.cpp api/statsroutes.cpp api/systemroutes.cpp
    api/webhookroutes.cpp)
