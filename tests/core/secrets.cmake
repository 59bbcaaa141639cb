# Tests of core_secrets (app/core/secrets): one executable per class.
wamulti_add_test(NAME tst_core_secretbox SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/secrets/tst_secretbox.cpp
    LIBS core_secrets PkgConfig::SODIUM)
wamulti_add_test(NAME tst_core_masterkeystore SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/secrets/tst_masterkeystore.cpp
    LIBS core_secrets)
# The keychain enabled but broken: no bus, then a bus that never answers (the test sets
# WAMULTI_KEYCHAIN=on and its own DBUS_SESSION_BUS_ADDRESS).
wamulti_add_test(NAME tst_core_keychain_timeout SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/secrets/tst_keychain_timeout.cpp
    LIBS core_secrets Qt6::Network TIMEOUT 60)

# The real keychain, only where a private session bus and gnome-keyring can be started.
find_program(WAMULTI_DBUS_RUN_SESSION dbus-run-session)
find_program(WAMULTI_GNOME_KEYRING_DAEMON gnome-keyring-daemon)
add_executable(tst_core_keychain_real ${CMAKE_CURRENT_SOURCE_DIR}/secrets/tst_keychain_real.cpp)
target_link_libraries(tst_core_keychain_real PRIVATE Qt6::Test core_secrets)
wamulti_set_warnings(tst_core_keychain_real)
if(WAMULTI_DBUS_RUN_SESSION AND WAMULTI_GNOME_KEYRING_DAEMON)
    add_test(NAME tst_core_keychain_real
        COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/secrets/run_keychain_real.sh $<TARGET_FILE:tst_core_keychain_real>)
    set_tests_properties(tst_core_keychain_real PROPERTIES TIMEOUT 60
        ENVIRONMENT "WAMULTI_KEYCHAIN=on;QT_QPA_PLATFORM=offscreen")
else()
    message(STATUS "tst_core_keychain_real not registered: needs dbus-run-session and gnome-keyring-daemon")
endif()
