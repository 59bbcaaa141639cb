list(APPEND CORE_SOURCES
    webhooks/payloads.h webhooks/payloads.cpp
    webhooks/signature.h webhooks/signature.cpp
    webhooks/backoff.h webhooks/backoff.cpp
    webhooks/outbox.h webhooks/outbox.cpp)
