list(APPEND CORE_SOURCES
    webhooks/payloads.h webhooks/payloads.cpp
    webhooks/signature.h webhooks/signature.cpp
    webhooks/backoff.h webhooks/backoff.cpp
    webhooks/outbox.h webhooks/outbox.cpp
    webhooks/outboxqueue.h webhooks/outboxqueue.cpp
    webhooks/httpresponseparser.h webhooks/httpresponseparser.cpp
    webhooks/httpsender.h webhooks/httpsender.cpp
    webhooks/deliverylog.h webhooks/deliverylog.cpp
    webhooks/dispatcher.h webhooks/dispatcher.cpp
    webhooks/dispatcherworker.h webhooks/dispatcherworker.cpp webhooks/dispatcherworker_http.cpp)
