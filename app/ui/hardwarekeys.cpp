#include "hardwarekeys.h"

#include "keyslogging.h"

HardwareKeys::HardwareKeys(const KeysProfile &profile, QObject *parent)
    : QObject(parent)
    , m_reader(profile.devices, profile.grab)
    , m_mapper(profile)
{
    connect(&m_reader, &EvdevReader::keyEvent, &m_mapper, &KeyMapper::onKey);
    connect(&m_reader, &EvdevReader::keyLost, &m_mapper, &KeyMapper::forget);
    connect(&m_mapper, &KeyMapper::triggered, this, [this](KeyAction action) { dispatch(action); });
}

const char *HardwareKeys::windowFunction(KeyAction action)
{
    switch (action) {
    case KeyAction::Record:
        return "recordKey";
    case KeyAction::RecordAudio:
        return "recordAudioKey";
    case KeyAction::Photo:
        return "photoKey";
    case KeyAction::Mark:
        return "markKey";
    case KeyAction::Sos:
        return "sosKey";
    case KeyAction::None:
        break;
    }
    return nullptr;
}

void HardwareKeys::dispatch(KeyAction action)
{
    const char *function = windowFunction(action);
    if (!function)
        return;
    if (action == KeyAction::Sos)
        emit sosTriggered();
    if (!m_window) {
        qCWarning(lcKeys) << "key action" << keyActionName(action) << "dropped: no window yet";
        return;
    }
    if (!QMetaObject::invokeMethod(m_window, function))
        qCWarning(lcKeys) << "the window has no function" << function;
}
