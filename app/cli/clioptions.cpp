#include "clioptions.h"

#include "markerlabels.h"

#include <QCoreApplication>

namespace {

// "--name=value" or "--name value"; advances i past the value.
bool takeValue(const QStringList &args, int *i, const QString &name, QString *value, QString *error)
{
    const QString arg = args.at(*i);
    if (arg.startsWith(name + QLatin1Char('='))) {
        *value = arg.mid(name.size() + 1);
        return true;
    }
    if (*i + 1 >= args.size()) {
        *error = QCoreApplication::translate("fieldterm-cli", "选项 %1 缺少取值").arg(name);
        return false;
    }
    *value = args.at(++*i);
    return true;
}

bool toInt(const QString &name, const QString &text, qint64 lo, qint64 hi, qint64 *out, QString *error)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < lo || v > hi) {
        *error = QCoreApplication::translate("fieldterm-cli", "选项 %1 需要 %2–%3 之间的整数，收到“%4”").arg(name).arg(lo).arg(hi).arg(text);
        return false;
    }
    *out = v;
    return true;
}

bool parseMark(const QString &text, MarkRequest *out, QString *error)
{
    const int colon = int(text.indexOf(QLatin1Char(':')));
    bool ok = false;
    const double seconds = colon > 0 ? text.left(colon).toDouble(&ok) : 0;
    if (colon <= 0 || !ok || seconds < 0 || seconds > 86400) {
        *error = QCoreApplication::translate("fieldterm-cli", "选项 --mark 的格式应为 秒数:类型（例如 2:告知 或 2.5:notify），收到“%1”").arg(text);
        return false;
    }
    if (!MarkerLabels::keyFromText(text.mid(colon + 1), &out->key)) {
        QStringList names;
        for (const auto &pair : MarkerLabels::all())
            names << pair.first + QLatin1Char('/') + pair.second;
        *error = QCoreApplication::translate("fieldterm-cli", "选项 --mark 的标记类型“%1”无效，可用：%2").arg(text.mid(colon + 1), names.join(QLatin1String(", ")));
        return false;
    }
    out->offsetMs = qint64(seconds * 1000.0 + 0.5);
    return true;
}

} // namespace

bool parseCommandLine(const QStringList &args, CliOptions *o, QString *error)
{
    static const QStringList commands{QStringLiteral("record"), QStringLiteral("photo"), QStringLiteral("list"),
                                      QStringLiteral("verify"), QStringLiteral("audit"), QStringLiteral("officers"),
                                      QStringLiteral("document"), QStringLiteral("identity"),
                                      QStringLiteral("upload"), QStringLiteral("enroll"), QStringLiteral("sync")};
    // Commands that take words after them (subcommand, file); the others take none.
    static const QStringList withPositional{QStringLiteral("audit"), QStringLiteral("officers"), QStringLiteral("document"),
                                            QStringLiteral("upload")};
    QStringList documentOnly;
    QStringList syncOnly;   // upload / enroll / sync
    QStringList recordOnly;
    bool sawSeconds = false;
    bool sawJson = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString arg = args.at(i);
        const QString name = arg.section(QLatin1Char('='), 0, 0);
        QString value;
        qint64 n = 0;
        auto intOption = [&](qint64 lo, qint64 hi) { return takeValue(args, &i, name, &value, error) && toInt(name, value, lo, hi, &n, error); };

        if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            o->help = true;
        } else if (arg == QLatin1String("-v") || arg == QLatin1String("--verbose")) {
            o->verbose = true;
        } else if (name == QLatin1String("--data-dir")) {
            if (!takeValue(args, &i, name, &o->dataDir, error))
                return false;
        } else if (name == QLatin1String("--profile")) {
            if (!takeValue(args, &i, name, &o->profilePath, error))
                return false;
        } else if (name == QLatin1String("--width")) {
            if (!intOption(1, 100000))
                return false;
            o->width = int(n);
        } else if (name == QLatin1String("--height")) {
            if (!intOption(1, 100000))
                return false;
            o->height = int(n);
        } else if (name == QLatin1String("--fps")) {
            if (!intOption(1, 1000))
                return false;
            o->fps = int(n);
        } else if (name == QLatin1String("--bitrate-kbps")) {
            if (!intOption(1, 1000000))
                return false;
            o->bitrateKbps = int(n);
        } else if (name == QLatin1String("--segment-seconds")) {
            if (!intOption(1, 1000000))
                return false;
            o->segmentSeconds = int(n);
        } else if (name == QLatin1String("--postrecord")) {
            if (!intOption(0, 1000000))
                return false;
            o->postrecordSeconds = int(n);
        } else if (name == QLatin1String("--reserve-mb")) {
            if (!intOption(0, 1'000'000'000'000))
                return false;
            o->reserveMB = n;
        } else if (name == QLatin1String("--preset")) {
            if (!takeValue(args, &i, name, &value, error))
                return false;
            o->preset = value;
        } else if (name == QLatin1String("--crypto")) {
            if (!takeValue(args, &i, name, &value, error))
                return false;
            if (value != QLatin1String("intl") && value != QLatin1String("gm")) {
                *error = QCoreApplication::translate("fieldterm-cli", "选项 --crypto 只能是 intl（SHA-256）或 gm（SM3），收到“%1”").arg(value);
                return false;
            }
            o->crypto = value;
        } else if (arg == QLatin1String("--no-audio-prerecord")) {
            o->noAudioPrerecord = true;
        } else if (name == QLatin1String("--seconds")) {
            if (!intOption(1, 24 * 3600))
                return false;
            o->seconds = int(n);
            sawSeconds = true;
            recordOnly << name;
        } else if (name == QLatin1String("--prerecord")) {
            if (!intOption(0, 1000000))
                return false;
            o->prerecordSeconds = int(n);
            recordOnly << name;
        } else if (name == QLatin1String("--mark")) {
            MarkRequest m;
            if (!takeValue(args, &i, name, &value, error) || !parseMark(value, &m, error))
                return false;
            o->marks << m;
            recordOnly << name;
        } else if (arg == QLatin1String("--audio-only")) {
            o->audioOnly = true;
            recordOnly << arg;
        } else if (arg == QLatin1String("--json")) {
            o->json = true;
            sawJson = true;
        } else if (name == QLatin1String("--template")) {
            if (!takeValue(args, &i, name, &o->templateId, error))
                return false;
            documentOnly << name;
        } else if (arg == QLatin1String("--sample")) {
            o->sample = true;
            documentOnly << arg;
        } else if (name == QLatin1String("--data")) {
            if (!takeValue(args, &i, name, &o->dataFile, error))
                return false;
            documentOnly << name;
        } else if (name == QLatin1String("--out")) {
            if (!takeValue(args, &i, name, &o->outFile, error))
                return false;
            documentOnly << name;
        } else if (name == QLatin1String("--number")) {
            if (!takeValue(args, &i, name, &o->number, error))
                return false;
            documentOnly << name;
        } else if (name == QLatin1String("--endpoint")) {
            if (!takeValue(args, &i, name, &o->endpoint, error))
                return false;
            syncOnly << name;
        } else if (name == QLatin1String("--server")) {
            if (!takeValue(args, &i, name, &o->server, error))
                return false;
            syncOnly << name;
        } else if (name == QLatin1String("--code")) {
            if (!takeValue(args, &i, name, &o->code, error))
                return false;
            syncOnly << name;
        } else if (name == QLatin1String("--ca-bundle") || name == QLatin1String("--client-cert")
                   || name == QLatin1String("--client-key") || name == QLatin1String("--pin")) {
            QString v;
            if (!takeValue(args, &i, name, &v, error))
                return false;
            if (name == QLatin1String("--pin") && !v.startsWith(QLatin1String("sha256//"))) {
                *error = QCoreApplication::translate("fieldterm-cli", "选项 --pin 的格式应为 sha256//BASE64（平台公钥的 SHA-256）");
                return false;
            }
            if (name == QLatin1String("--ca-bundle"))
                o->caBundle = v;
            else if (name == QLatin1String("--client-cert"))
                o->clientCert = v;
            else if (name == QLatin1String("--client-key"))
                o->clientKey = v;
            else
                o->pins << v;
            syncOnly << name;
        } else if (name == QLatin1String("--chunk-kib")) {
            if (!intOption(64, 64 * 1024))
                return false;
            o->chunkBytes = n * 1024;
            syncOnly << name;
        } else if (name == QLatin1String("--attempts")) {
            if (!intOption(1, 1000))
                return false;
            o->attempts = int(n);
            syncOnly << name;
        } else if (name == QLatin1String("--admin")) {
            if (!takeValue(args, &i, name, &o->admin, error))
                return false;
        } else if (arg.startsWith(QLatin1Char('-'))) {
            *error = QCoreApplication::translate("fieldterm-cli", "未知选项 %1。使用 --help 查看用法。").arg(arg);
            return false;
        } else if (o->command.isEmpty()) {
            if (!commands.contains(arg)) {
                *error = QCoreApplication::translate("fieldterm-cli", "未知命令 %1。可用命令：record、photo、list、verify、audit、officers、document、identity、upload、enroll、sync。").arg(arg);
                return false;
            }
            o->command = arg;
        } else if (withPositional.contains(o->command)) {
            o->positional << arg;
        } else {
            *error = QCoreApplication::translate("fieldterm-cli", "多余的参数 %1。使用 --help 查看用法。").arg(arg);
            return false;
        }
    }
    if (o->help)
        return true;
    if (o->command.isEmpty()) {
        *error = QCoreApplication::translate("fieldterm-cli", "缺少命令（record、photo、list、verify、audit、officers、document、identity、upload、enroll 或 sync）。使用 --help 查看用法。");
        return false;
    }
    if (o->command != QLatin1String("record") && !recordOnly.isEmpty()) {
        *error = QCoreApplication::translate("fieldterm-cli", "选项 %1 只能用于 record 命令").arg(recordOnly.first());
        return false;
    }
    if (sawJson && o->command != QLatin1String("record") && o->command != QLatin1String("list") && o->command != QLatin1String("identity")
        && !withPositional.contains(o->command)) {
        *error = QCoreApplication::translate("fieldterm-cli", "选项 --json 只能用于 record、list、audit、officers、document 和 identity 命令");
        return false;
    }
    if (!documentOnly.isEmpty() && o->command != QLatin1String("document")) {
        *error = QCoreApplication::translate("fieldterm-cli", "选项 %1 只能用于 document 命令").arg(documentOnly.first());
        return false;
    }
    const bool syncCommand = o->command == QLatin1String("upload") || o->command == QLatin1String("enroll")
                             || o->command == QLatin1String("sync");
    if (!syncOnly.isEmpty() && !syncCommand) {
        *error = QCoreApplication::translate("fieldterm-cli", "选项 %1 只能用于 upload、enroll 和 sync 命令").arg(syncOnly.first());
        return false;
    }
    if (o->command == QLatin1String("upload") && (o->endpoint.isEmpty() || o->positional.size() != 1)) {
        *error = QCoreApplication::translate("fieldterm-cli", "upload 命令需要 --endpoint URL 和一个文件：upload --endpoint URL FILE");
        return false;
    }
    if (o->command == QLatin1String("enroll") && (o->server.isEmpty() || o->code.isEmpty())) {
        *error = QCoreApplication::translate("fieldterm-cli", "enroll 命令需要 --server URL 和 --code 注册码");
        return false;
    }
    if (!o->admin.isEmpty() && o->command != QLatin1String("officers")) {
        *error = QCoreApplication::translate("fieldterm-cli", "选项 --admin 只能用于 officers 命令");
        return false;
    }
    if (o->command == QLatin1String("record")) {
        if (!sawSeconds) {
            *error = QCoreApplication::translate("fieldterm-cli", "record 命令需要 --seconds N（录像秒数）");
            return false;
        }
        for (const MarkRequest &m : std::as_const(o->marks)) {
            if (m.offsetMs >= qint64(o->seconds) * 1000) {
                *error = QCoreApplication::translate("fieldterm-cli", "选项 --mark 的时间 %1 秒不在录像时长 %2 秒之内").arg(double(m.offsetMs) / 1000.0).arg(o->seconds);
                return false;
            }
        }
    }
    return true;
}

QString helpText()
{
    return QCoreApplication::translate("fieldterm-cli",
        "用法：fieldterm-cli [全局选项] 命令 [命令选项]\n"
        "\n"
        "执法终端的命令行控制：与终端程序使用同一个录像机和证据库，无界面。\n"
        "每个命令先打开证据库并执行启动检查（恢复中断的文件、登记无记录的文件、标记缺失的文件）。\n"
        "\n"
        "命令：\n"
        "  record --seconds N   录像 N 秒，等待所有分段计算校验值并登记后退出\n"
        "      --prerecord S        预录 S 秒（默认 0）：先等待预录缓冲存满 S 秒再开始\n"
        "      --mark T:类型        开始后第 T 秒添加标记，可重复。类型：亮证 告知 询问 陈述申辩\n"
        "                           签字 送达 其他（或 show_credentials notify question statement\n"
        "                           sign serve other）\n"
        "      --audio-only         仅录音\n"
        "      --json               在标准输出打印 JSON 摘要（录像编号、文件、按键到首帧延迟、预录时长）\n"
        "  photo                拍一张照片，登记后打印其路径\n"
        "  list [--json]        列出全部证据文件（路径、校验值、算法、时长、大小、状态、标记）\n"
        "  verify               重新计算全部文件的校验值并与登记值比对；不一致或缺失时返回非零\n"
        "  audit verify [--json]  逐条核对审计记录的校验链；完整时返回 0，否则返回 1 并指出第一条有问题的记录\n"
        "  officers list [--json]           列出执法人员（执法证号、姓名、单位、中队、角色、锁定状态）\n"
        "  officers import FILE --admin NO  由管理员导入执法人员（JSON 文件，格式见 README）；\n"
        "                                   管理员 PIN 从标准输入读取。文件有任何错误时不导入任何人员\n"
        "  identity [--json]    显示设备编号和设备签名公钥（PEM）；首次运行时生成密钥（intl：Ed25519，gm：SM2/SM3）\n"
        "  upload --endpoint URL FILE [--chunk-kib N]  用 tus 1.0 断点续传上传一个文件到任意 tus 服务器，显示进度；\n"
        "                                   中断后再次运行从服务器已收到的位置继续\n"
        "  enroll --server URL --code CODE  用监督平台管理页发放的一次性注册码登记本设备\n"
        "      [--ca-bundle PEM] [--pin sha256//BASE64 …] [--client-cert PEM --client-key PEM]\n"
        "                                   HTTPS 校验方式（自定义根证书、公钥固定（可给备用）、客户端证书），此后每次同步沿用\n"
        "  sync [--server URL]              同步一轮：上传待发送的案件清单、文书、照片和录像并取得回执；\n"
        "                                   全部取得回执时返回 0，否则返回 1\n"
        "  document templates [--json]      列出文书模板（编号、标题、版本）；模板有错误时指出模板和字段并返回 1\n"
        "  document render --template ID (--sample | --data FILE.json) --out FILE.pdf [--number 文号]\n"
        "                                   按模板生成 PDF（示例数据或给定数据），不写入证据库\n"
        "\n"
        "全局选项：\n"
        "  --data-dir DIR       数据目录（默认 $XDG_DATA_HOME/fieldterm，与终端程序相同）\n"
        "  --profile FILE.json  设备配置文件（默认 DIR/profile.json，不存在时用内置模拟设备）\n"
        "  -v, --verbose        输出详细日志\n"
        "  --lang zh_CN|en      界面语言（默认 zh_CN）\n"
        "  -h, --help           显示本帮助\n"
        "\n"
        "设备配置覆盖（用于测试和性能评估）：\n"
        "  --width W --height H --fps F   视频分辨率和帧率\n"
        "  --bitrate-kbps K               视频码率\n"
        "  --preset P                     x264 预设（ultrafast superfast veryfast faster fast medium）\n"
        "  --segment-seconds S            分段时长（秒）\n"
        "  --reserve-mb M                 存储保留空间（MB），低于此值不开始录像\n"
        "  --postrecord S                 停止后继续录像的秒数\n"
        "  --crypto intl|gm               校验算法：intl = SHA-256，gm = SM3\n"
        "  --no-audio-prerecord           预录部分不保留声音\n"
        "\n"
        "退出码：0 成功；1 失败（如校验不一致）；2 命令行或配置错误；3 存储空间不足；\n"
        "        4 摄像头/麦克风/编码器错误；5 证据库错误；128+信号 被 SIGINT/SIGTERM 中止（文件已保存）\n");
}
