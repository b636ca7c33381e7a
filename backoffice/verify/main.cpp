// fieldterm-verify PACKAGE.zip [--json]: checks an exported evidence package offline.
// Exit 0 when every check passes, 1 when any fails (each failure named), 2 when the package
// cannot be read.

#include "packagereader.h"
#include "packageverifier.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {

void print(const QString &text, FILE *stream = stdout)
{
    std::fputs(text.toUtf8().constData(), stream);
    std::fputc('\n', stream);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fieldterm-verify"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("fieldterm-verify", "离线核验执法案件证据包（签名、文件哈希、审计链、回执）"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("package"), QCoreApplication::translate("fieldterm-verify", "证据包 .zip 文件"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QCoreApplication::translate("fieldterm-verify", "以 JSON 输出结果"));
    parser.addOption(jsonOption);
    parser.process(app);
    if (parser.positionalArguments().size() != 1) {
        print(QCoreApplication::translate("fieldterm-verify", "用法：fieldterm-verify 证据包.zip [--json]"), stderr);
        return 2;
    }
    const bool json = parser.isSet(jsonOption);

    PackageContents contents;
    QString error;
    VerifyReport report;
    if (!PackageReader::read(parser.positionalArguments().constFirst(), &contents, &error))
        report.readError = error;
    else
        report = PackageVerifier::verify(contents);

    if (json) {
        QJsonArray checks;
        for (const VerifyReport::Check &c : report.checks)
            checks.append(QJsonObject{{QStringLiteral("check"), c.code}, {QStringLiteral("ok"), c.ok},
                                      {QStringLiteral("message"), c.message}});
        QJsonObject out{{QStringLiteral("ok"), report.allOk()},
                        {QStringLiteral("readable"), report.readable},
                        {QStringLiteral("deviceId"), report.deviceId},
                        {QStringLiteral("deviceAlgorithm"), report.deviceAlgorithm},
                        {QStringLiteral("deviceFingerprint"), report.deviceFingerprint},
                        {QStringLiteral("manifestId"), report.manifestId},
                        {QStringLiteral("caseNo"), report.caseNo},
                        {QStringLiteral("checks"), checks}};
        if (!report.readable)
            out.insert(QStringLiteral("error"), report.readError);
        print(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented)));
    } else if (!report.readable) {
        print(QCoreApplication::translate("fieldterm-verify", "无法读取证据包：%1").arg(report.readError), stderr);
    } else {
        print(QCoreApplication::translate("fieldterm-verify", "案件编号：%1").arg(report.caseNo));
        print(QCoreApplication::translate("fieldterm-verify", "设备：%1（%2）").arg(report.deviceId, report.deviceAlgorithm));
        print(QCoreApplication::translate("fieldterm-verify", "设备公钥指纹（DER 的 SHA-256，请与设备登记表核对）：%1")
                  .arg(report.deviceFingerprint));
        int failures = 0;
        for (const VerifyReport::Check &c : report.checks) {
            print((c.ok ? QCoreApplication::translate("fieldterm-verify", "  通过  ")
                          : QCoreApplication::translate("fieldterm-verify", "  失败  ")) + c.message);
            failures += c.ok ? 0 : 1;
        }
        if (failures == 0)
            print(QCoreApplication::translate("fieldterm-verify", "结论：全部 %1 项核验通过").arg(report.checks.size()));
        else
            print(QCoreApplication::translate("fieldterm-verify", "结论：%1 项核验未通过").arg(failures));
    }
    if (!report.readable)
        return 2;
    return report.allOk() ? 0 : 1;
}
