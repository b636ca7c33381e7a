#include "appoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

bool parseAppOptions(const QStringList &arguments, AppOptions *out, QString *error, bool *exitNow)
{
    *exitNow = false;
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("AppOptions", "执法终端：执法记录仪、现场取证与文书"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
        QCoreApplication::translate("AppOptions", "数据目录（默认 $XDG_DATA_HOME/fieldterm）"), QStringLiteral("DIR"));
    const QCommandLineOption profile(QStringLiteral("profile"),
        QCoreApplication::translate("AppOptions", "设备配置文件（默认 数据目录/profile.json，没有则用模拟设备）"), QStringLiteral("FILE"));
    const QCommandLineOption simulated(QStringLiteral("simulated"),
        QCoreApplication::translate("AppOptions", "使用内置模拟设备（测试摄像头与麦克风），忽略 profile.json"));
    const QCommandLineOption prerecord(QStringLiteral("prerecord"),
        QCoreApplication::translate("AppOptions", "预录秒数（0–120），覆盖设备配置"), QStringLiteral("S"));
    const QCommandLineOption lang(QStringLiteral("lang"),
        QCoreApplication::translate("AppOptions", "界面语言：zh_CN（默认）或 en"), QStringLiteral("LANG"), QStringLiteral("zh_CN"));
    const QCommandLineOption shot(QStringLiteral("screenshot"),
        QCoreApplication::translate("AppOptions", "把窗口截图保存为 PNG"), QStringLiteral("FILE"));
    const QCommandLineOption shotAfter(QStringLiteral("shot-after"),
        QCoreApplication::translate("AppOptions", "启动后多少秒截图（默认退出前）"), QStringLiteral("S"));
    const QCommandLineOption recordAfter(QStringLiteral("record-after"),
        QCoreApplication::translate("AppOptions", "启动后多少秒按下录像键"), QStringLiteral("S"));
    const QCommandLineOption quitAfter(QStringLiteral("quit-after"),
        QCoreApplication::translate("AppOptions", "启动后多少秒退出"), QStringLiteral("S"));
    const QCommandLineOption signIn(QStringLiteral("sign-in"),
        QCoreApplication::translate("AppOptions", "仅模拟设备：启动后以该演示执法人员登录（用于演示和截图）"), QStringLiteral("NO"));
    const QCommandLineOption show(QStringLiteral("show"),
        QCoreApplication::translate("AppOptions", "启动 3 秒后打开页面（用于截图）：cases、case（最新案件）、document（最新案件的询问笔录）、settings、sync、lock、review（录像回看）、player（回放最新录像）"), QStringLiteral("PAGE"));
    parser.addOptions({dataDir, profile, simulated, prerecord, lang, shot, shotAfter, recordAfter, quitAfter, signIn, show});

    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        parser.showHelp(0);   // exits
    }
    if (parser.isSet(QStringLiteral("version"))) {
        parser.showVersion();
    }

    AppOptions o;
    o.paths = DataPaths(parser.value(dataDir));
    o.profile = DeviceProfile::simulatedDefault();
    const QString profilePath = parser.isSet(profile) ? parser.value(profile) : o.paths.profile();
    if (!parser.isSet(simulated) && (parser.isSet(profile) || QFileInfo::exists(profilePath))) {
        if (!DeviceProfile::fromFile(profilePath, &o.profile, error))
            return false;
    }
    auto seconds = [&](const QCommandLineOption &opt, double *value) {
        if (!parser.isSet(opt))
            return true;
        bool ok = false;
        *value = parser.value(opt).toDouble(&ok);
        if (!ok || *value < 0) {
            *error = QCoreApplication::translate("AppOptions", "选项 --%1 应为非负秒数").arg(opt.names().constFirst());
            return false;
        }
        return true;
    };
    if (parser.isSet(prerecord)) {
        bool ok = false;
        o.profile.policy.prerecordSeconds = parser.value(prerecord).toInt(&ok);
        const QString invalid = o.profile.validate();
        if (!ok || !invalid.isEmpty()) {
            *error = QCoreApplication::translate("AppOptions", "选项 --prerecord 无效：应为 0–120 的整数秒");
            return false;
        }
    }
    o.language = parser.value(lang);
    if (o.language != QLatin1String("zh_CN") && o.language != QLatin1String("en")) {
        *error = QCoreApplication::translate("AppOptions", "选项 --lang 只能是 zh_CN 或 en");
        return false;
    }
    o.screenshot.path = parser.value(shot);
    if (!seconds(shotAfter, &o.screenshot.shotAfter) || !seconds(recordAfter, &o.screenshot.recordAfter)
        || !seconds(quitAfter, &o.screenshot.quitAfter))
        return false;
    o.screenshot.show = parser.value(show);
    if (!o.screenshot.show.isEmpty()
        && !QStringList{QStringLiteral("cases"), QStringLiteral("case"), QStringLiteral("document"), QStringLiteral("settings"),
                        QStringLiteral("sync"), QStringLiteral("lock"), QStringLiteral("review"), QStringLiteral("player")}
                .contains(o.screenshot.show)) {
        *error = QCoreApplication::translate("AppOptions", "选项 --show 只能是 cases、case、document、settings、sync、lock、review 或 player");
        return false;
    }
    o.demoSignIn = parser.value(signIn);
    if (!o.demoSignIn.isEmpty() && !o.profile.simulated) {
        *error = QCoreApplication::translate("AppOptions", "选项 --sign-in 只能用于模拟设备（--simulated）");
        return false;
    }
    *out = o;
    return true;
}
