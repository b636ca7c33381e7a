#pragma once
// PowerCatalogue: the power list (权力清单) an officer picks the exercised power item from —
// code, name, category (行政处罚 / 行政检查 / 行政强制), legal basis, discretion standard (裁量基准)
// and whether the summary procedure may apply. Shipped embedded (:/catalogue/power-items.json,
// {"version": "...", "items": [...]}); later replaced by the platform's downlink.
//
// Loading validates every item and refuses the whole file when one is wrong, naming the item
// by its code (or position), so a bad downlink never leaves a half catalogue. Searching is a
// linear case-insensitive substring scan over pre-folded text: ~50 items today, a few thousand
// at most on a device, well under a millisecond each.

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

struct PowerItem {
    QString code;           // e.g. "330217001000"
    QString name;           // 对…的处罚 / …的监督检查 / …的查封、扣押
    QString category;       // 行政处罚 | 行政检查 | 行政强制
    QString legalBasis;     // 《中华人民共和国食品安全法》第一百二十二条 …
    QString discretion;     // 裁量基准: fine ranges by circumstance
    bool summaryAllowed = false;   // 简易程序 may apply (行政处罚法 第五十一条 limits)
};

class PowerCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(PowerCatalogue)
public:
    static QString embeddedPath();   // ":/catalogue/power-items.json"

    // Replace the catalogue with the given JSON; on failure the previous content stays and
    // *error (Chinese) names the item and the missing/invalid field.
    bool loadJson(const QByteArray &json, QString *error);
    bool loadFile(const QString &path, QString *error);
    bool loadEmbedded(QString *error) { return loadFile(embeddedPath(), error); }

    QString version() const { return m_version; }
    const QList<PowerItem> &items() const { return m_items; }
    bool isEmpty() const { return m_items.isEmpty(); }

    // nullptr when unknown.
    const PowerItem *find(const QString &code) const;
    // Items whose code, name or legal basis contains query (case-insensitive), catalogue
    // order, at most limit. An empty query lists the first limit items.
    QList<PowerItem> search(const QString &query, int limit = 50) const;

private:
    QString m_version;
    QList<PowerItem> m_items;
    QList<QString> m_folded;     // per item: code + name + legal basis, case-folded
};
