#include "pdflayout.h"

#include "documenttext.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QJsonArray>
#include <QPaintDevice>
#include <QTextLayout>
#include <QTextOption>

namespace {

// A Q/A repeat prints its question and answer fields as 问：… / 答：… (询问笔录 convention).
QString qaPrefix(const TemplateField &f)
{
    const QString id = f.id.toLower();
    if (id == QLatin1String("q") || id == QLatin1String("question") || f.label.startsWith(QStringLiteral("问")))
        return QStringLiteral("问：");
    if (id == QLatin1String("a") || id == QLatin1String("answer") || f.label.startsWith(QStringLiteral("答")))
        return QStringLiteral("答：");
    return QString();
}

bool isQaGroup(const TemplateField &group)
{
    bool q = false, a = false;
    for (const TemplateField &f : group.fields) {
        const QString p = qaPrefix(f);
        q = q || p == QStringLiteral("问：");
        a = a || p == QStringLiteral("答：");
    }
    return q && a;
}

// Long or multi-line values print as a paragraph under their label, short ones beside it.
bool isParagraph(const TemplateField &f, const QString &text)
{
    return f.type == FieldType::LongText || text.contains(QLatin1Char('\n')) || text.size() > 60;
}

} // namespace

PdfLayout::PdfLayout(QPaintDevice *device, const QString &family)
    : m_device(device)
    , m_family(family)
    , m_dotsPerMm(device->logicalDpiX() / 25.4)
    , m_width(device->width())
    , m_height(device->height())
{
}

QFont PdfLayout::font(PdfOp::Font role) const
{
    QFont f(m_family);
    // No shaping: HarfBuzz substituted glyphs (Latin digits after a Latin letter) that have no
    // cmap entry, so Qt wrote no ToUnicode entry and pdftotext lost "0001" in "SIM0001".
    f.setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::PreferNoShaping));
    switch (role) {
    case PdfOp::Body: f.setPointSizeF(12); break;                         // 小四
    case PdfOp::Bold: f.setPointSizeF(12); f.setBold(true); break;
    case PdfOp::Title: f.setPointSizeF(22); f.setBold(true); f.setLetterSpacing(QFont::AbsoluteSpacing, mm(1.5)); break;   // 二号
    case PdfOp::TitleLong: f.setPointSizeF(20); f.setBold(true); break;
    case PdfOp::Agency: f.setPointSizeF(16); f.setBold(true); break;     // 三号
    case PdfOp::Small: f.setPointSizeF(9.5); break;
    case PdfOp::SmallBold: f.setPointSizeF(9.5); f.setBold(true); break;
    }
    return f;
}

double PdfLayout::lineHeight(PdfOp::Font role) const
{
    return QFontMetricsF(font(role), m_device).height() * 1.35;
}

double PdfLayout::textWidth(const QString &text, PdfOp::Font role) const
{
    return QFontMetricsF(font(role), m_device).horizontalAdvance(text);
}

double PdfLayout::stripHeight(const DocumentTemplate &tpl) const
{
    return tpl.signatureEveryPage && !tpl.signatureFieldsOnEveryPage.isEmpty() ? mm(17) : 0;
}

QStringList PdfLayout::wrap(const QString &text, PdfOp::Font role, double width) const
{
    QStringList out;
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (const QString &para : paragraphs) {
        if (para.isEmpty()) {
            out << QString();
            continue;
        }
        QTextLayout tl(para, font(role), m_device);
        QTextOption opt;
        opt.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        tl.setTextOption(opt);
        tl.beginLayout();
        for (QTextLine line = tl.createLine(); line.isValid(); line = tl.createLine()) {
            line.setLineWidth(width);
            out << para.mid(line.textStart(), line.textLength());
        }
        tl.endLayout();
    }
    return out;
}

void PdfLayout::newPage()
{
    m_pages.append(PdfPage());
    m_y = 0;
}

void PdfLayout::ensure(double h)
{
    if (m_y + h > m_bottom && m_y > 0)
        newPage();
}

void PdfLayout::gap(double millimetres)
{
    if (m_y > 0)
        m_y += mm(millimetres);
}

void PdfLayout::addText(const QString &text, PdfOp::Font role, double x, double w, int align)
{
    const double h = lineHeight(role);
    ensure(h);
    PdfOp op;
    op.kind = PdfOp::Kind::Text;
    op.rect = QRectF(x, m_y, w, h);
    op.text = text;
    op.font = role;
    op.align = align;
    m_pages.last().ops << op;
    m_y += h;
}

void PdfLayout::addParagraph(const QString &text, PdfOp::Font role, double indent, const QString &firstLinePrefix)
{
    // First-line indent of two full-width spaces, as official prose is set.
    const QString body = firstLinePrefix.isEmpty() ? QStringLiteral("　　") + QString(text).replace(QLatin1Char('\n'), QStringLiteral("\n　　"))
                                                   : firstLinePrefix + text;
    for (const QString &line : wrap(body, role, m_width - indent))
        addText(line, role, indent, m_width - indent, Qt::AlignLeft | Qt::AlignVCenter);
}

void PdfLayout::addLabelled(const QString &label, const QString &value, double indent)
{
    // "label：value" with the value hanging under itself when it wraps.
    const QString head = label + QStringLiteral("：");
    const double labelW = textWidth(head, PdfOp::Bold);
    const double avail = m_width - indent - labelW;
    if (avail < m_width * 0.45) {
        addText(head, PdfOp::Bold, indent, m_width - indent, Qt::AlignLeft | Qt::AlignVCenter);
        addParagraph(value, PdfOp::Body, indent);
        return;
    }
    const QStringList lines = value.isEmpty() ? QStringList{QString()} : wrap(value, PdfOp::Body, avail);
    const double h = lineHeight(PdfOp::Body);
    for (int i = 0; i < lines.size(); ++i) {
        ensure(h);
        if (i == 0 || m_y == 0) {
            PdfOp l;
            l.rect = QRectF(indent, m_y, labelW, h);
            l.text = i == 0 ? head : QString();
            l.font = PdfOp::Bold;
            l.align = Qt::AlignLeft | Qt::AlignVCenter;
            if (!l.text.isEmpty())
                m_pages.last().ops << l;
        }
        PdfOp v;
        v.rect = QRectF(indent + labelW, m_y, avail, h);
        v.text = lines.at(i);
        v.align = Qt::AlignLeft | Qt::AlignVCenter;
        m_pages.last().ops << v;
        if (value.isEmpty()) {   // a blank to fill in by hand
            PdfOp u;
            u.kind = PdfOp::Kind::Line;
            u.line = QLineF(indent + labelW, m_y + h * 0.85, m_width, m_y + h * 0.85);
            m_pages.last().ops << u;
        }
        m_y += h;
    }
}

bool PdfLayout::relevant(const TemplateField &field, const QJsonValue &value, const QString &path) const
{
    if (m_info.isRelevant)
        return m_info.isRelevant(path);
    return field.required || !DocumentText::isEmpty(value);
}

void PdfLayout::addField(const TemplateField &field, const QJsonValue &value, const QString &path, double indent)
{
    if (!relevant(field, value, path))
        return;
    if (field.type == FieldType::Repeat) {
        addRepeat(field, value.toArray(), path);
        return;
    }
    const QString text = DocumentText::display(field, value);
    if (isParagraph(field, text)) {
        gap(1);
        addText(field.label + QStringLiteral("："), PdfOp::Bold, indent, m_width - indent, Qt::AlignLeft | Qt::AlignVCenter);
        if (text.isEmpty())
            addText(QString(), PdfOp::Body, indent, m_width - indent, Qt::AlignLeft);
        else
            addParagraph(text, PdfOp::Body, indent);
        return;
    }
    addLabelled(field.label, text, indent);
}

void PdfLayout::addRepeat(const TemplateField &group, const QJsonArray &items, const QString &path)
{
    gap(2);
    addText(group.label, PdfOp::Bold, 0, m_width, Qt::AlignLeft | Qt::AlignVCenter);
    const bool qa = isQaGroup(group);
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        const QString itemPath = QStringLiteral("%1[%2]").arg(path).arg(i);
        if (!qa) {
            gap(1);
            const QString head = group.itemLabel.contains(QStringLiteral("%1")) ? group.itemLabel.arg(i + 1)
                                                                               : QStringLiteral("（%1）%2").arg(i + 1).arg(group.itemLabel);
            addText(head, PdfOp::Bold, mm(4), m_width - mm(4), Qt::AlignLeft | Qt::AlignVCenter);
        }
        for (const TemplateField &f : group.fields) {
            const QJsonValue v = item.value(f.id);
            const QString p = itemPath + QLatin1Char('.') + f.id;
            const QString prefix = qa ? qaPrefix(f) : QString();
            if (!prefix.isEmpty()) {
                if (relevant(f, v, p))
                    addParagraph(DocumentText::display(f, v), PdfOp::Body, 0, prefix);
                continue;
            }
            addField(f, v, p, mm(8));
        }
    }
}

void PdfLayout::addSignatures(const QList<QPair<const TemplateField *, QJsonObject>> &signatures)
{
    // Two columns of boxes: label, the strokes (or the refusal), then signer and time.
    const double colGap = mm(8);
    const double colW = (m_width - colGap) / 2;
    const double boxH = mm(20);
    const double labelH = lineHeight(PdfOp::Bold);
    const double infoH = lineHeight(PdfOp::Small);
    const double cellH = labelH + boxH + infoH + mm(3);
    gap(4);
    for (int i = 0; i < signatures.size(); i += 2) {
        ensure(cellH);
        for (int c = 0; c < 2 && i + c < signatures.size(); ++c) {
            const TemplateField *f = signatures.at(i + c).first;
            const QJsonObject sig = signatures.at(i + c).second;
            const double x = c * (colW + colGap);
            PdfOp label;
            label.rect = QRectF(x, m_y, colW, labelH);
            label.text = f->label + QStringLiteral("：");
            label.font = PdfOp::Bold;
            label.align = Qt::AlignLeft | Qt::AlignVCenter;
            m_pages.last().ops << label;

            PdfOp box;
            box.kind = PdfOp::Kind::Signature;
            box.rect = QRectF(x, m_y + labelH, colW, boxH);
            box.signature = sig;
            m_pages.last().ops << box;

            QString info;
            const QString when = sig.value(QStringLiteral("signedAt")).toString();
            if (!sig.value(QStringLiteral("refused")).toBool() && !sig.value(QStringLiteral("strokes")).toArray().isEmpty())
                info = QStringLiteral("%1　%2").arg(sig.value(QStringLiteral("signerName")).toString(),
                                                   when.isEmpty() ? QString() : DocumentText::dateTime(when));
            else if (sig.value(QStringLiteral("refused")).toBool() && !when.isEmpty())
                info = QCoreApplication::translate("PdfRenderer", "记录时间：%1").arg(DocumentText::dateTime(when));
            PdfOp line;
            line.rect = QRectF(x, m_y + labelH + boxH, colW, infoH);
            line.text = info.trimmed();
            line.font = PdfOp::Small;
            line.align = Qt::AlignLeft | Qt::AlignVCenter;
            m_pages.last().ops << line;
        }
        m_y += cellH;
    }
}

QList<PdfPage> PdfLayout::layout(const DocumentTemplate &tpl, const QJsonObject &values, const RenderInfo &info)
{
    m_info = info;
    m_pages.clear();
    m_bottom = m_height - footerHeight() - stripHeight(tpl) - mm(2);
    newPage();

    // Head: agency, title, subtitle, then case number left and 文号 right on one line.
    if (!info.agency.isEmpty())
        addText(info.agency, PdfOp::Agency, 0, m_width, Qt::AlignHCenter | Qt::AlignVCenter);
    gap(1);
    // Short titles are letter-spaced (询 问 笔 录); long ones set tight and wrapped if need be.
    const PdfOp::Font titleFont = tpl.title.size() <= 6 ? PdfOp::Title : PdfOp::TitleLong;
    for (const QString &line : wrap(tpl.title, titleFont, m_width))
        addText(line, titleFont, 0, m_width, Qt::AlignHCenter | Qt::AlignVCenter);
    if (!tpl.subtitle.isEmpty())
        addText(tpl.subtitle, PdfOp::Body, 0, m_width, Qt::AlignHCenter | Qt::AlignVCenter);
    gap(2);
    const double numberY = m_y;
    addText(info.number, PdfOp::Body, 0, m_width, Qt::AlignRight | Qt::AlignVCenter);
    if (!info.caseNo.isEmpty()) {
        PdfOp c;
        c.rect = QRectF(0, numberY, m_width / 2, lineHeight(PdfOp::Body));
        c.text = QCoreApplication::translate("PdfRenderer", "案件编号：%1").arg(info.caseNo);
        c.font = PdfOp::Small;
        c.align = Qt::AlignLeft | Qt::AlignVCenter;
        m_pages.last().ops << c;
    }
    PdfOp rule;
    rule.kind = PdfOp::Kind::Line;
    rule.line = QLineF(0, m_y + mm(1), m_width, m_y + mm(1));
    m_pages.last().ops << rule;
    m_y += mm(4);

    QList<QPair<const TemplateField *, QJsonObject>> signatures;
    for (const TemplateField &f : tpl.fields) {
        const QJsonValue v = values.value(f.id);
        if (f.type == FieldType::Signature) {
            if (relevant(f, v, f.id))
                signatures.append({&f, v.toObject()});
            continue;
        }
        addField(f, v, f.id, 0);
    }
    if (!tpl.footerText.isEmpty()) {
        gap(3);
        addParagraph(tpl.footerText, PdfOp::Small, 0);
    }
    if (!signatures.isEmpty())
        addSignatures(signatures);
    return m_pages;
}
