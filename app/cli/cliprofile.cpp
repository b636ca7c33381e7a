#include "cliprofile.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <functional>

bool resolveProfile(const CliOptions &o, const DataPaths &paths, DeviceProfile *out, QString *error)
{
    DeviceProfile profile = DeviceProfile::simulatedDefault();
    const QString file = !o.profilePath.isEmpty() ? o.profilePath : (QFileInfo::exists(paths.profile()) ? paths.profile() : QString());
    if (!file.isEmpty() && !DeviceProfile::fromFile(file, &profile, error))
        return false;
    // The CLI's own default: no pre-record unless asked for, so a run does not wait 30 s for a
    // buffer it was not asked to fill.
    profile.policy.prerecordSeconds = 0;

    using Apply = std::function<void(DeviceProfile &)>;
    QList<QPair<QString, Apply>> overrides;
    if (o.width)
        overrides.append({QStringLiteral("--width"), [&](DeviceProfile &p) { p.video.width = *o.width; }});
    if (o.height)
        overrides.append({QStringLiteral("--height"), [&](DeviceProfile &p) { p.video.height = *o.height; }});
    if (o.fps)
        overrides.append({QStringLiteral("--fps"), [&](DeviceProfile &p) { p.video.fps = *o.fps; }});
    if (o.bitrateKbps)
        overrides.append({QStringLiteral("--bitrate-kbps"), [&](DeviceProfile &p) { p.video.bitrateKbps = *o.bitrateKbps; }});
    if (o.preset)
        overrides.append({QStringLiteral("--preset"), [&](DeviceProfile &p) { p.video.x264Preset = *o.preset; }});
    if (o.segmentSeconds)
        overrides.append({QStringLiteral("--segment-seconds"), [&](DeviceProfile &p) { p.policy.segmentSeconds = *o.segmentSeconds; }});
    if (o.reserveMB)
        overrides.append({QStringLiteral("--reserve-mb"), [&](DeviceProfile &p) { p.policy.storageReserveMB = *o.reserveMB; }});
    if (o.postrecordSeconds)
        overrides.append({QStringLiteral("--postrecord"), [&](DeviceProfile &p) { p.policy.postrecordSeconds = *o.postrecordSeconds; }});
    if (o.prerecordSeconds)
        overrides.append({QStringLiteral("--prerecord"), [&](DeviceProfile &p) { p.policy.prerecordSeconds = *o.prerecordSeconds; }});
    if (o.crypto)
        overrides.append({QStringLiteral("--crypto"), [&](DeviceProfile &p) { p.cryptoProfile = *o.crypto; }});
    if (o.noAudioPrerecord)
        overrides.append({QStringLiteral("--no-audio-prerecord"), [](DeviceProfile &p) { p.policy.prerecordAudio = false; }});

    for (const auto &[option, apply] : std::as_const(overrides)) {
        DeviceProfile alone = profile;
        apply(alone);
        const QString invalid = alone.validate();
        if (!invalid.isEmpty()) {
            *error = QCoreApplication::translate("fieldterm-cli", "选项 %1 无效：%2").arg(option, invalid);
            return false;
        }
    }
    for (const auto &[option, apply] : std::as_const(overrides))
        apply(profile);
    const QString invalid = profile.validate();
    if (!invalid.isEmpty()) {
        *error = invalid;
        return false;
    }
    *out = profile;
    return true;
}
