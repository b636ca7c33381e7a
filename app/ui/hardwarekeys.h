#pragma once
// HardwareKeys: the device's buttons (evdev, platform/input) acting through the QML window's
// key functions — recordKey, recordAudioKey, photoKey, markKey, sosKey in qml/Main.qml — so a
// button obeys every rule F1–F3 obey (signed out, locked screen, stop-reason sheet, marker
// picker) and works on any page. SOS also asks for its audit row (sosTriggered, wired in main).

#include "evdevreader.h"
#include "keymapper.h"

#include <QObject>
#include <QPointer>

class HardwareKeys : public QObject
{
    Q_OBJECT
public:
    explicit HardwareKeys(const KeysProfile &profile, QObject *parent = nullptr);

    // The window whose key functions are called; calls before it is set are dropped (logged).
    void setWindow(QObject *window) { m_window = window; }
    void start() { m_reader.start(); }
    EvdevReader &reader() { return m_reader; }

    // The QML function an action calls ("recordKey", …).
    static const char *windowFunction(KeyAction action);

signals:
    void sosTriggered();

private:
    void dispatch(KeyAction action);

    EvdevReader m_reader;
    KeyMapper m_mapper;
    QPointer<QObject> m_window;
};
