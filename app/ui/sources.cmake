list(APPEND UI_SOURCES instancelistmodel.h instancelistmodel.cpp mainwindow.h mainwindow.cpp)
