#include "pdfrenderer.h"

#include "pdflayout.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QJsonArray>
#include <QPainter>
#include <QPainterPath>
#include <QHash>
#include <QHashSeed>
#include <QPdfWriter>
#include <QRawFont>
#include <QSaveFile>
#include <QScopeGuard>

namespace {

const QColor ink(0, 0, 0);
const QColor strokeInk(0x10, 0x20, 0x60);   // signatures in blue-black, as signed with a pen

// The strokes ([[[x,y],…],…] in a width×height canvas) scaled uniformly into box, centred.
void paintStrokes(QPainter &p, const QRectF &box, const QJsonObject &sig, double penWidth)
{
    const QJsonArray strokes = sig.value(QStringLiteral("strokes")).toArray();
    double w = sig.value(QStringLiteral("width")).toDouble();
    double h = sig.value(QStringLiteral("height")).toDouble();
    if (w <= 0 || h <= 0) {   // no canvas size: use the strokes' own extent
        for (const QJsonValue &s : strokes) {
            for (const QJsonValue &pt : s.toArray()) {
                w = qMax(w, pt.toArray().at(0).toDouble());
                h = qMax(h, pt.toArray().at(1).toDouble());
            }
        }
    }
    if (w <= 0 || h <= 0)
        return;
    const double scale = qMin(box.width() / w, box.height() / h);
    const QPointF origin(box.x() + (box.width() - w * scale) / 2, box.y() + (box.height() - h * scale) / 2);
    QPen pen(strokeInk, penWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    for (const QJsonValue &s : strokes) {
        const QJsonArray pts = s.toArray();
        if (pts.isEmpty())
            continue;
        QPainterPath path;
        for (int i = 0; i < pts.size(); ++i) {
            const QJsonArray pt = pts.at(i).toArray();
            const QPointF q = origin + QPointF(pt.at(0).toDouble(), pt.at(1).toDouble()) * scale;
            if (i == 0)
                path.moveTo(q);
            else
                path.lineTo(q);
        }
        if (pts.size() == 1)
            p.drawPoint(path.currentPosition());
        else
            p.drawPath(path);
    }
}

QString refusalText(const QJsonObject &sig)
{
    return QCoreApplication::translate("PdfRenderer", "当事人拒绝签名：%1").arg(sig.value(QStringLiteral("refusalReason")).toString());
}

void paintSignature(QPainter &p, const PdfLayout &layout, const PdfOp &op)
{
    const QJsonObject &sig = op.signature;
    if (sig.value(QStringLiteral("refused")).toBool()) {
        p.setFont(layout.font(PdfOp::Body));
        p.setPen(ink);
        p.drawText(op.rect.adjusted(layout.mm(2), 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, refusalText(sig));
    } else {
        paintStrokes(p, op.rect.adjusted(layout.mm(2), layout.mm(1), -layout.mm(2), -layout.mm(1)), sig, layout.mm(0.5));
    }
    p.setPen(QPen(ink, layout.mm(0.15)));
    p.drawLine(QLineF(op.rect.bottomLeft(), op.rect.bottomRight()));
}

// The signature strip at the foot of every page (询问笔录: the person signs each page).
void paintStrip(QPainter &p, const PdfLayout &layout, const DocumentTemplate &tpl, const QJsonObject &values)
{
    const double h = layout.stripHeight(tpl);
    if (h <= 0)
        return;
    const double top = layout.height() - layout.footerHeight() - h;
    p.setPen(QPen(ink, layout.mm(0.15)));
    p.drawLine(QLineF(0, top + layout.mm(1), layout.width(), top + layout.mm(1)));
    const int n = int(tpl.signatureFieldsOnEveryPage.size());
    const double slotW = layout.width() / n;
    for (int i = 0; i < n; ++i) {
        const QString id = tpl.signatureFieldsOnEveryPage.at(i);
        const TemplateField *f = tpl.field(id);
        const QJsonObject sig = values.value(id).toObject();
        const QString label = (f ? f->label : id) + QStringLiteral("：");
        const double x = i * slotW;
        const QRectF labelRect(x, top + layout.mm(2), layout.textWidth(label, PdfOp::SmallBold) + layout.mm(1), h - layout.mm(3));
        p.setFont(layout.font(PdfOp::SmallBold));
        p.setPen(ink);
        p.drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter, label);
        const QRectF box(labelRect.right(), top + layout.mm(3), qMin(layout.mm(45), slotW - labelRect.width() - layout.mm(2)), h - layout.mm(5));
        if (sig.value(QStringLiteral("refused")).toBool()) {
            p.setFont(layout.font(PdfOp::Small));
            p.drawText(box, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, refusalText(sig));
        } else {
            paintStrokes(p, box, sig, layout.mm(0.35));
        }
        p.setPen(QPen(ink, layout.mm(0.1)));
        p.drawLine(QLineF(box.bottomLeft(), box.bottomRight()));
    }
}

void paintFooter(QPainter &p, const PdfLayout &layout, int page, int total)
{
    p.setFont(layout.font(PdfOp::Small));
    p.setPen(ink);
    const QRectF r(0, layout.height() - layout.footerHeight(), layout.width(), layout.footerHeight());
    p.drawText(r, Qt::AlignHCenter | Qt::AlignVCenter, QCoreApplication::translate("PdfRenderer", "第 %1 页 共 %2 页").arg(page).arg(total));
}

// QPdfWriter stamps the wall-clock time into /CreationDate (and the XMP packet). The same
// input must give the same bytes, so the stamp is replaced by generatedAt in place — same
// length, so the cross-reference offsets stay valid.
void fixTimestamps(QByteArray *pdf, const QDateTime &at)
{
    const QDateTime utc = (at.isValid() ? at : QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC)).toUTC();
    const QByteArray key = "/CreationDate (D:";
    int i = pdf->indexOf(key);
    if (i >= 0) {
        i += key.size();
        const int end = pdf->indexOf(')', i);
        if (end > i) {
            QByteArray stamp = utc.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1();
            stamp += "Z";
            stamp = stamp.leftJustified(end - i, ' ', true);   // trailing blanks are legal
            pdf->replace(i, end - i, stamp);
        }
    }
    // XMP dates ("xmp:CreateDate>2026-…<"): replace the text between the tags, same length.
    for (const QByteArray &tag : {QByteArray("xmp:CreateDate>"), QByteArray("xmp:ModifyDate>"), QByteArray("xmp:MetadataDate>")}) {
        int from = 0;
        while ((from = pdf->indexOf(tag, from)) >= 0) {
            const int s = from + tag.size();
            const int e = pdf->indexOf('<', s);
            if (e > s && pdf->at(s) != '<') {
                const QByteArray iso = utc.toString(Qt::ISODate).toLatin1();
                pdf->replace(s, e - s, iso.leftJustified(e - s, ' ', true));
            }
            from = s;
        }
    }
}

// Qt 6.4 writes each glyph's ToUnicode entry as the LOWEST code point that maps to it. Noto CJK
// shares glyphs between the Kangxi / supplementary radicals (U+2E80–U+2FDF) and the ideographs,
// so 人 came out as ⼈ (U+2F08) and 页 as ⻚ (U+2EDA): copy, search and pdftotext got the wrong
// characters. This maps each radical to the ideograph with the same glyph in our font.
QHash<uint, uint> radicalToIdeograph(const QString &family)
{
    QHash<uint, uint> map;
    const QRawFont raw = QRawFont::fromFont(QFont(family));
    if (!raw.isValid())
        return map;
    QString ideographs;
    for (uint c = 0x4E00; c <= 0x9FFF; ++c)
        ideographs += QChar(c);
    const QList<quint32> glyphs = raw.glyphIndexesForString(ideographs);
    QHash<quint32, uint> byGlyph;
    for (int i = 0; i < glyphs.size(); ++i) {
        if (glyphs.at(i) && !byGlyph.contains(glyphs.at(i)))
            byGlyph.insert(glyphs.at(i), 0x4E00 + uint(i));
    }
    QString radicals;
    for (uint c = 0x2E80; c <= 0x2FDF; ++c)
        radicals += QChar(c);
    const QList<quint32> rg = raw.glyphIndexesForString(radicals);
    for (int i = 0; i < rg.size(); ++i) {
        if (rg.at(i) && byGlyph.contains(rg.at(i)))
            map.insert(0x2E80 + uint(i), byGlyph.value(rg.at(i)));
    }
    return map;
}

// Rewrites the destination code points of the ToUnicode CMaps in place (same length: every
// entry is four hex digits), so the file's cross-reference offsets stay valid.
void fixToUnicode(QByteArray *pdf, const QString &family)
{
    static thread_local QHash<QString, QHash<uint, uint>> cache;
    if (!cache.contains(family))
        cache.insert(family, radicalToIdeograph(family));
    const QHash<uint, uint> &map = cache[family];
    if (map.isEmpty())
        return;
    const auto fixToken = [&](int at) {   // pdf->mid(at, 6) == "<XXXX>"
        bool ok = false;
        const uint code = pdf->mid(at + 1, 4).toUInt(&ok, 16);
        if (ok && map.contains(code))
            pdf->replace(at + 1, 4, QByteArray::number(map.value(code), 16).toUpper().rightJustified(4, '0'));
    };
    for (const QByteArray &section : {QByteArray("bfrange"), QByteArray("bfchar")}) {
        const QByteArray begin = "begin" + section;
        const QByteArray end = "end" + section;
        int from = 0;
        while ((from = pdf->indexOf(begin, from)) >= 0) {
            const int stop = pdf->indexOf(end, from);
            if (stop < 0)
                break;
            int line = pdf->indexOf('\n', from) + 1;
            while (line > 0 && line < stop) {
                const int eol = qMin(pdf->indexOf('\n', line) < 0 ? stop : pdf->indexOf('\n', line), stop);
                // bfrange "<lo> <hi> [<u>…]" or "<lo> <hi> <u>": destinations after two tokens;
                // bfchar "<cid> <u>": after one.
                int skip = section == "bfrange" ? 2 : 1;
                for (int i = line; i + 6 <= eol; ++i) {
                    if (pdf->at(i) != '<' || pdf->at(i + 5) != '>')
                        continue;
                    if (skip > 0)
                        --skip;
                    else
                        fixToken(i);
                    i += 5;
                }
                line = eol + 1;
            }
            from = stop;
        }
    }
}

} // namespace

QString PdfRenderer::fontFamily()
{
    const QStringList families = QFontDatabase::families();
    for (const QString &candidate : {QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Noto Sans CJK SC")}) {
        if (families.contains(candidate))
            return candidate;
    }
    return QString();
}

QByteArray PdfRenderer::renderToBytes(const DocumentTemplate &tpl, const QJsonObject &values, const RenderInfo &info,
                                      QString *error, int *pageCount)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        *error = QCoreApplication::translate("PdfRenderer", "无法生成 PDF：程序未以图形模式启动（需要字体）。请联系技术支持。");
        return QByteArray();
    }
    const QString family = fontFamily();
    if (family.isEmpty()) {
        *error = QCoreApplication::translate("PdfRenderer", "无法生成 PDF：未安装中文字体（Noto Serif/Sans CJK SC）。请安装 fonts-noto-cjk 后重试。");
        return QByteArray();
    }
    // QPdfEngine keeps its fonts in a QHash and writes them in hash order; with the per-process
    // random seed two runs ordered the font objects differently. A fixed seed while the writer
    // exists makes the bytes a function of the input only (reprints hash the same).
    QHashSeed::setDeterministicGlobalSeed();
    const auto restoreSeed = qScopeGuard([] { QHashSeed::resetRandomGlobalSeed(); });
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(25, 22, 22, 15), QPageLayout::Millimeter);   // binding edge left
        writer.setCreator(QStringLiteral("fieldterm"));
        writer.setTitle(info.number.isEmpty() ? tpl.title : tpl.title + QLatin1Char(' ') + info.number);

        PdfLayout layout(&writer, family);
        const QList<PdfPage> pages = layout.layout(tpl, values, info);
        QPainter p;
        if (!p.begin(&writer)) {
            *error = QCoreApplication::translate("PdfRenderer", "无法生成 PDF：绘图设备打开失败。请重试；如仍失败，请联系技术支持。");
            return QByteArray();
        }
        for (int i = 0; i < pages.size(); ++i) {
            if (i > 0)
                writer.newPage();
            for (const PdfOp &op : pages.at(i).ops) {
                switch (op.kind) {
                case PdfOp::Kind::Text:
                    p.setFont(layout.font(op.font));
                    p.setPen(ink);
                    p.drawText(op.rect, op.align | Qt::TextSingleLine, op.text);
                    break;
                case PdfOp::Kind::Line:
                    p.setPen(QPen(ink, layout.mm(0.2)));
                    p.drawLine(op.line);
                    break;
                case PdfOp::Kind::Signature:
                    paintSignature(p, layout, op);
                    break;
                }
            }
            paintStrip(p, layout, tpl, values);
            paintFooter(p, layout, i + 1, int(pages.size()));
        }
        p.end();
        if (pageCount)
            *pageCount = int(pages.size());
    }
    buffer.close();
    fixTimestamps(&bytes, info.generatedAt);
    fixToUnicode(&bytes, family);
    return bytes;
}

bool PdfRenderer::renderToFile(const DocumentTemplate &tpl, const QJsonObject &values, const RenderInfo &info,
                               const QString &path, QString *error, int *pageCount)
{
    const QByteArray pdf = renderToBytes(tpl, values, info, error, pageCount);
    if (pdf.isEmpty())
        return false;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(pdf) != pdf.size() || !f.commit()) {
        *error = QCoreApplication::translate("PdfRenderer", "无法写入 PDF 文件 %1：%2。请检查路径和权限后重试。").arg(path, f.errorString());
        return false;
    }
    return true;
}
