#pragma once
// Shared by the document store / PDF tests: a small hand-built template (so these tests do not
// depend on the shipped ones), filled values with signatures, and the independent witnesses —
// sha256sum, openssl, sqlite3, pdftotext, pdftoppm, pdffonts, pdfinfo.

#include "templatetypes.h"

#include <cmath>

#include <QImage>

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace OutputKit {

inline TemplateField field(const QString &id, FieldType type, const QString &label, bool required = false)
{
    TemplateField f;
    f.id = id;
    f.type = type;
    f.label = label;
    f.required = required;
    return f;
}

// An inquiry-like template: a few fields, a Q/A repeat, three signatures, a strip on each page.
inline DocumentTemplate inquiryTemplate(const QString &id = QStringLiteral("test_inquiry"))
{
    DocumentTemplate t;
    t.id = id;
    t.version = 1;
    t.title = QStringLiteral("询问笔录");
    t.numbering.prefix = QStringLiteral("{agency}询");
    t.numbering.pattern = QStringLiteral("{prefix}〔{year}〕{seq}号");
    t.signatureEveryPage = true;
    t.signatureFieldsOnEveryPage = {QStringLiteral("personSignature")};
    t.footerText = QStringLiteral("以上笔录共页，经被询问人核对无误。");
    t.fields << field(QStringLiteral("startAt"), FieldType::DateTime, QStringLiteral("询问时间"), true)
             << field(QStringLiteral("place"), FieldType::Address, QStringLiteral("询问地点"), true)
             << field(QStringLiteral("person"), FieldType::Person, QStringLiteral("被询问人"), true)
             << field(QStringLiteral("note"), FieldType::Text, QStringLiteral("备注"));
    TemplateField relation = field(QStringLiteral("relation"), FieldType::Choice, QStringLiteral("与案件关系"));
    relation.options = {{QStringLiteral("party"), QStringLiteral("当事人")}, {QStringLiteral("witness"), QStringLiteral("证人")}};
    t.fields << relation;
    TemplateField qa = field(QStringLiteral("qa"), FieldType::Repeat, QStringLiteral("询问记录"), true);
    qa.itemLabel = QStringLiteral("第 %1 问");
    qa.fields << field(QStringLiteral("q"), FieldType::LongText, QStringLiteral("问"), true)
              << field(QStringLiteral("a"), FieldType::LongText, QStringLiteral("答"), true);
    t.fields << qa;
    t.fields << field(QStringLiteral("statement"), FieldType::LongText, QStringLiteral("核对意见"));
    TemplateField s1 = field(QStringLiteral("personSignature"), FieldType::Signature, QStringLiteral("被询问人签名"), true);
    s1.signer = QStringLiteral("party");
    TemplateField s2 = field(QStringLiteral("askerSignature"), FieldType::Signature, QStringLiteral("询问人签名"), true);
    s2.signer = QStringLiteral("inspector1");
    TemplateField s3 = field(QStringLiteral("recorderSignature"), FieldType::Signature, QStringLiteral("记录人签名"), true);
    s3.signer = QStringLiteral("inspector2");
    t.fields << s1 << s2 << s3;
    return t;
}

// A signature value: a zig-zag "name" and a loop, in a 600×200 canvas.
inline QJsonObject signature(const QString &signer, const QString &at = QStringLiteral("2026-11-20T10:31"))
{
    QJsonArray zig;
    for (int i = 0; i <= 12; ++i)
        zig.append(QJsonArray{40 + i * 40, i % 2 ? 60 : 150});
    QJsonArray loop;
    for (int i = 0; i <= 24; ++i)
        loop.append(QJsonArray{300 + 200 * std::cos(i * 0.2618) / 2, 100 + 70 * std::sin(i * 0.2618)});
    return QJsonObject{{QStringLiteral("strokes"), QJsonArray{zig, loop}},
                       {QStringLiteral("width"), 600},
                       {QStringLiteral("height"), 200},
                       {QStringLiteral("signedAt"), at},
                       {QStringLiteral("signerName"), signer},
                       {QStringLiteral("refused"), false}};
}

inline QJsonObject qaItem(int n, int answerChars = 80)
{
    QString answer = QStringLiteral("第%1问的回答：").arg(n);
    while (answer.size() < answerChars)
        answer += QStringLiteral("我店自二〇二六年三月起经营预包装食品，营业执照上的经营范围不含食品销售。");
    answer.truncate(answerChars);
    return QJsonObject{{QStringLiteral("q"), QStringLiteral("请问你店经营预包装食品是否取得食品经营许可证？（第%1问）").arg(n)},
                       {QStringLiteral("a"), answer}};
}

inline QJsonObject inquiryValues(int pairs = 3, int answerChars = 80)
{
    QJsonArray qa;
    for (int i = 1; i <= pairs; ++i)
        qa.append(qaItem(i, answerChars));
    return QJsonObject{
        {QStringLiteral("startAt"), QStringLiteral("2026-11-20T09:30")},
        {QStringLiteral("place"), QStringLiteral("上海市浦东新区世纪大道 100 号 1 楼")},
        {QStringLiteral("person"), QJsonObject{{QStringLiteral("name"), QStringLiteral("李四")},
                                               {QStringLiteral("idNo"), QStringLiteral("310101198511224569")},
                                               {QStringLiteral("phone"), QStringLiteral("13800000000")}}},
        {QStringLiteral("relation"), QStringLiteral("party")},
        {QStringLiteral("qa"), qa},
        {QStringLiteral("statement"), QStringLiteral("以上笔录我已看过，与我所说的一致。")},
        {QStringLiteral("personSignature"), signature(QStringLiteral("李四"))},
        {QStringLiteral("askerSignature"), signature(QStringLiteral("张明"))},
        {QStringLiteral("recorderSignature"), signature(QStringLiteral("王芳"))},
    };
}

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline Run run(const QString &program, const QStringList &args, int timeoutMs = 60000)
{
    QProcess p;
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// sha256sum's (or openssl dgst -sm3's) lower-case hex digest of a file.
inline QString fileDigest(const QString &path, const QString &algorithm = QStringLiteral("sha256"))
{
    const Run r = algorithm == QLatin1String("sm3")
        ? run(QStringLiteral("openssl"), {QStringLiteral("dgst"), QStringLiteral("-sm3"), QStringLiteral("-r"), path})
        : run(QStringLiteral("sha256sum"), {path});
    return QString::fromLatin1(r.out).section(QLatin1Char(' '), 0, 0).trimmed();
}

inline QString sqlite(const QString &db, const QString &sql)
{
    const Run r = run(QStringLiteral("sqlite3"), {db, sql});
    return r.exitCode == 0 ? QString::fromUtf8(r.out).trimmed() : QStringLiteral("<sqlite3 failed: %1>").arg(QString::fromUtf8(r.err));
}

inline QString pdfText(const QString &pdf)
{
    return QString::fromUtf8(run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}).out);
}

inline int pdfPages(const QString &pdf)
{
    const QString info = QString::fromUtf8(run(QStringLiteral("pdfinfo"), {pdf}).out);
    for (const QString &line : info.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    }
    return -1;
}

// pdftoppm -png -r 50 of one page; returns the PNG path ("" on failure).
inline QString pageToPng(const QString &pdf, int page, const QString &outPrefix)
{
    const Run r = run(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("50"),
                                                   QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                                   QString::number(page), QStringLiteral("-singlefile"), pdf, outPrefix});
    return r.exitCode == 0 ? outPrefix + QStringLiteral(".png") : QString();
}

inline double inkFraction(const QString &png)
{
    const QImage img(png);
    if (img.isNull())
        return -1;
    qint64 ink = 0;
    for (int y = 0; y < img.height(); ++y) {
        for (int x = 0; x < img.width(); ++x) {
            if (qGray(img.pixel(x, y)) < 200)
                ++ink;
        }
    }
    return double(ink) / (qint64(img.width()) * img.height());
}

} // namespace OutputKit
