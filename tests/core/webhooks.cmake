# Tests of app/core/webhooks: payloads, signatures and backoff; the outbox SQL; the dispatcher
# against real local receivers.
wamulti_add_test(NAME tst_core_webhookpayloads SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/webhooks/tst_webhookpayloads.cpp LIBS core)
wamulti_add_test(NAME tst_core_outbox SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/webhooks/tst_outbox.cpp LIBS core)
wamulti_add_test(NAME tst_core_dispatcher SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/webhooks/tst_dispatcher.cpp LIBS core_test_support)
wamulti_add_test(NAME tst_core_httpresponseparser SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/webhooks/tst_httpresponseparser.cpp LIBS core)
wamulti_add_test(NAME tst_core_httpsender SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/webhooks/tst_httpsender.cpp LIBS core)
