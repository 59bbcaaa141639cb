list(APPEND CORE_SOURCES
    store/database.h store/database.cpp
    store/migrations.h store/migrations.cpp
    store/dbwriter.h store/dbwriter.cpp
    store/records.h store/sqlhelpers.h
    store/userrepository.h store/userrepository.cpp
    store/instancerepository.h store/instancerepository.cpp
    store/activityrepository.h store/activityrepository.cpp
    store/statsrepository.h store/statsrepository.cpp
    store/secretrepository.h store/secretrepository.cpp
    store/messagerepository.h store/messagerepository.cpp
    store/contactrepository.h store/contactrepository.cpp)
list(APPEND CORE_SOURCES
    store/sqlkeystore.h store/sqlkeystore.cpp store/sqlkeystore_signal.cpp)
