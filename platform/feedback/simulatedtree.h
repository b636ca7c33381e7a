#pragma once
// The simulated device's LEDs and vibrator: a sysfs-shaped tree under the data folder
// (<data>/simulated-sysfs/leds/<name>/…), so the simulated terminal drives the same code as a
// device and what it did can be read back from the files (tests, the demo).
//   <name>/brightness 0, max_brightness 255, trigger "[none] timer transient"
//   vibrator/{brightness,max_brightness,trigger,activate,duration,state}
// The kernel would add delay_on/delay_off when "timer" is chosen; a fake tree has none, so a
// simulated LED blinks in software.

#include <QString>
#include <QStringList>

namespace SimulatedFeedbackTree {

// Creates (or resets) the LED folders and a "vibrator" folder under ledsRoot.
bool create(const QString &ledsRoot, const QStringList &ledNames, QString *error);

} // namespace SimulatedFeedbackTree
