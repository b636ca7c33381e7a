#pragma once
// PdfLayout: the first of PdfRenderer's two passes — lays a filled document out into pages of
// drawing operations (text lines, rules, signature boxes) in the paint device's units, so the
// second pass can paint them knowing the page count. Internal to PdfRenderer.

#include "pdfrenderer.h"
#include "templatetypes.h"

#include <QFont>
#include <QJsonObject>
#include <QLineF>
#include <QList>
#include <QRectF>
#include <QString>

class QPaintDevice;

struct PdfOp {
    enum class Kind { Text, Line, Signature };
    enum Font { Body, Bold, Title, TitleLong, Agency, Small, SmallBold };
    Kind kind = Kind::Text;
    QRectF rect;                 // Text: the line's box; Signature: the box strokes are scaled into
    QLineF line;
    QString text;
    Font font = Body;
    int align = 0;               // Qt::Alignment for Text
    QJsonObject signature;       // Signature: the field's value
};

struct PdfPage {
    QList<PdfOp> ops;
};

class PdfLayout
{
public:
    PdfLayout(QPaintDevice *device, const QString &family);

    QFont font(PdfOp::Font role) const;
    double mm(double millimetres) const { return millimetres * m_dotsPerMm; }
    double width() const { return m_width; }
    double height() const { return m_height; }

    // The height kept free at the foot of every page: the page footer, and the signature strip
    // when the template asks for one.
    double footerHeight() const { return mm(8); }
    double stripHeight(const DocumentTemplate &tpl) const;

    QList<PdfPage> layout(const DocumentTemplate &tpl, const QJsonObject &values, const RenderInfo &info);

    // Breaks text into lines no wider than width (CJK breaks anywhere, Latin at word boundaries).
    QStringList wrap(const QString &text, PdfOp::Font role, double width) const;
    double lineHeight(PdfOp::Font role) const;
    double textWidth(const QString &text, PdfOp::Font role) const;

private:
    void newPage();
    void ensure(double h);
    void addText(const QString &text, PdfOp::Font role, double x, double w, int align);
    void addParagraph(const QString &text, PdfOp::Font role, double indent, const QString &firstLinePrefix = QString());
    void addLabelled(const QString &label, const QString &value, double indent);
    void addField(const TemplateField &field, const QJsonValue &value, const QString &path, double indent);
    void addRepeat(const TemplateField &group, const QJsonArray &items, const QString &path);
    void addSignatures(const QList<QPair<const TemplateField *, QJsonObject>> &signatures);
    void gap(double millimetres);
    bool relevant(const TemplateField &field, const QJsonValue &value, const QString &path) const;

    QPaintDevice *m_device;
    QString m_family;
    double m_dotsPerMm;
    double m_width;
    double m_height;
    double m_bottom = 0;   // content stops here on every page
    double m_y = 0;
    QList<PdfPage> m_pages;
    RenderInfo m_info;
};
