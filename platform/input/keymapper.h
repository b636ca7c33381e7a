#pragma once
// KeyMapper: key presses and releases → the profile's actions. A key with no long meaning acts
// on press (no delay for REC). A key with one acts on release when let go before the
// threshold (short) or when the threshold passes while it is held (long; its release then
// does nothing). Unmapped keys are ignored.

#include "keysprofile.h"

#include <QHash>
#include <QObject>

#include <memory>

class QTimer;

class KeyMapper : public QObject
{
    Q_OBJECT
public:
    explicit KeyMapper(const KeysProfile &profile, QObject *parent = nullptr);
    ~KeyMapper() override;

    void onKey(int code, bool pressed);
    // The key's press is forgotten without acting (its device vanished).
    void forget(int code);

signals:
    void triggered(KeyAction action, int code, bool longPress);

private:
    struct Held {
        std::unique_ptr<QTimer> longTimer;   // null when the key has no long meaning
        bool longFired = false;
    };
    QMap<int, KeyBinding> m_map;
    int m_longPressMs;
    QHash<int, std::shared_ptr<Held>> m_held;
};
