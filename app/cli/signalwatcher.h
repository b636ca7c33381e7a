#pragma once
// SignalWatcher: turns SIGINT/SIGTERM into a Qt signal on the main thread (signalfd), so a
// recording interrupted from the terminal or by a service manager is still stopped cleanly and
// its files finalised and registered.
//
// blockTerminationSignals() must run first thing in main(), before any thread exists, so that
// every thread (store, recorder, GStreamer's own) inherits the blocked mask and the signals
// reach only the signalfd.

#include <QObject>

class QSocketNotifier;

class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    static void blockTerminationSignals();

    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    int received() const { return m_received; }   // last signal number, 0 = none

signals:
    void terminationRequested(int signalNumber);

private:
    void readSignal();

    int m_fd = -1;
    int m_received = 0;
    QSocketNotifier *m_notifier = nullptr;
};
