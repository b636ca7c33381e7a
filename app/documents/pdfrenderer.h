#pragma once
// PdfRenderer: one filled document → a PDF in the official layout (docspec): A4, CJK font
// embedded (QPdfWriter embeds the subset it uses), title centred, number right-aligned, fields
// as labelled blocks, repeat groups as numbered blocks (Q/A as 问：/答：), signatures drawn from
// their stroke vectors, "第 X 页 共 Y 页" on every page and, for templates with
// signatureEveryPage, a signature strip at the foot of every page.
//
// Two passes: PdfLayout lays the whole document out into pages first, then the pages are
// painted knowing the total. The output is deterministic for the same input: the PDF's
// creation date comes from RenderInfo::generatedAt, so hashes of a re-rendered document match.
//
// Needs a QGuiApplication (fonts); a headless program sets QT_QPA_PLATFORM=offscreen.

#include "templatetypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <functional>

struct RenderInfo {
    QString number;          // 文号, printed right-aligned under the title
    QString agency;          // issuing agency, printed above the title
    QString agencyShort;     // its short name in document numbers (文号); empty = agency
    QString caseNo;          // printed small on the number line
    QDateTime generatedAt;   // the PDF's creation date; invalid = 2000-01-01 (still deterministic)
    // Which field paths ("fieldId", "group[2].fieldId") are relevant (DocumentForm decides).
    // Empty = print every field that has a value, plus every required one.
    std::function<bool(const QString &path)> isRelevant;

    QString numberingAgency() const { return agencyShort.isEmpty() ? agency : agencyShort; }
};

class PdfRenderer
{
public:
    // The PDF bytes, or empty with *error set (Chinese). *pageCount (optional) gets the pages.
    static QByteArray renderToBytes(const DocumentTemplate &tpl, const QJsonObject &values, const RenderInfo &info,
                                    QString *error, int *pageCount = nullptr);
    // Renders and writes path plainly (CLI, reprints); the store writes durably itself.
    static bool renderToFile(const DocumentTemplate &tpl, const QJsonObject &values, const RenderInfo &info,
                             const QString &path, QString *error, int *pageCount = nullptr);

    // The CJK family the renderer uses ("Noto Serif CJK SC" or "Noto Sans CJK SC"); empty when
    // fontconfig has neither.
    static QString fontFamily();
};
