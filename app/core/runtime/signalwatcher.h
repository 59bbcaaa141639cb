#pragma once
// Turns SIGINT/SIGTERM into a Qt signal on the main thread (self-pipe), so shutdown runs in the
// event loop: stop accepting requests, flush writers, close the database.
#include <QObject>

namespace core::runtime {

class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
Q_SIGNALS:
    void terminationRequested(int signalNumber);
};

} // namespace core::runtime
