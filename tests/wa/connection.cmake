wamulti_add_test(NAME tst_wa_connection_policy SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/connection/tst_policy.cpp LIBS wa)
wamulti_add_test(NAME tst_wa_connection_node SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/connection/tst_nodeconnection.cpp LIBS wa Qt6::WebSockets)
wamulti_add_test(NAME tst_wa_connection_clientpayload SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/connection/tst_clientpayload.cpp LIBS wa)
