#include "keymapper.h"

#include "keyslogging.h"

#include <QTimer>

KeyMapper::KeyMapper(const KeysProfile &profile, QObject *parent)
    : QObject(parent)
    , m_map(profile.map)
    , m_longPressMs(profile.longPressMs)
{
}

KeyMapper::~KeyMapper() = default;

void KeyMapper::onKey(int code, bool pressed)
{
    const auto binding = m_map.constFind(code);
    if (binding == m_map.constEnd()) {
        qCDebug(lcKeys) << "key" << keyCodeName(code) << (pressed ? "pressed" : "released") << "— not mapped";
        return;
    }
    const KeyBinding b = binding.value();
    if (pressed) {
        if (m_held.contains(code))
            return;
        auto held = std::make_shared<Held>();
        m_held.insert(code, held);
        if (b.longAction == KeyAction::None) {
            qCInfo(lcKeys).noquote() << keyCodeName(code) << "→" << keyActionName(b.shortAction);
            emit triggered(b.shortAction, code, false);
            return;
        }
        held->longTimer = std::make_unique<QTimer>();
        held->longTimer->setSingleShot(true);
        held->longTimer->setInterval(m_longPressMs);
        Held *raw = held.get();
        connect(held->longTimer.get(), &QTimer::timeout, this, [this, code, raw, b] {
            raw->longFired = true;
            qCInfo(lcKeys).noquote() << keyCodeName(code) << "held →" << keyActionName(b.longAction);
            emit triggered(b.longAction, code, true);
        });
        held->longTimer->start();
        return;
    }
    const std::shared_ptr<Held> held = m_held.take(code);
    if (!held || !held->longTimer)
        return;   // acted on press already, or a release without a press
    held->longTimer->stop();
    if (!held->longFired && b.shortAction != KeyAction::None) {
        qCInfo(lcKeys).noquote() << keyCodeName(code) << "→" << keyActionName(b.shortAction);
        emit triggered(b.shortAction, code, false);
    }
}

void KeyMapper::forget(int code)
{
    m_held.remove(code);
}
