#pragma once
// The document template model (文书模板) as loaded from resources/templates/*.json — plain data
// shared by the loader/engine (DocumentForm), the PDF renderer and the store. The JSON format is
// described in resources/templates/README.md; TemplateLoader turns JSON into these types and
// refuses anything it cannot prove sound (unknown type, missing field, cyclic computation, bad
// expression), naming the template and the field.
//
// Values of a filled document are one JSON object keyed by field id (see FieldType for each
// type's value shape); a repeat group's value is an array of such objects.

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

enum class FieldType {
    Text,           // "text"          string
    LongText,       // "longtext"      string (multi-line)
    Number,         // "number"        number
    Money,          // "money"         number, yuan with 2 decimals
    Date,           // "date"          "yyyy-MM-dd"
    DateTime,       // "datetime"      "yyyy-MM-ddTHH:mm" (local time)
    Choice,         // "choice"        option value (string)
    MultiChoice,    // "multichoice"   array of option values
    Person,         // "person"        {name, idNo, phone}
    Organisation,   // "organisation"  {name, creditCode, representative}
    IdCard,         // "idcard"        string, 身份证号 (GB 11643 check digit)
    CreditCode,     // "uscc"          string, 统一社会信用代码 (GB 32100 check character)
    Phone,          // "phone"         string
    Address,        // "address"       string
    Gps,            // "gps"           {latitude, longitude}
    Evidence,       // "evidence"      {kind: "photo"|"recording", evidenceId, recordingId, offsetMs, label}
    Signature,      // "signature"     {strokes: [[[x, y], …], …], width, height, signedAt, signerName,
                    //                  refused: bool, refusalReason, recordingId, offsetMs}
    Repeat,         // "repeat"        array of objects keyed by the group's own field ids
};

struct ChoiceOption {
    QString value;
    QString label;
};

struct TemplateField {
    QString id;               // unique within its level; [A-Za-z_][A-Za-z0-9_]*
    FieldType type = FieldType::Text;
    QString label;            // Chinese, as printed
    QString hint;             // placeholder / help text
    bool required = false;
    bool readOnly = false;
    QString relevant;         // JS expression → bool: shown (and validated) only when true
    QString constraint;       // JS expression → bool: the value is acceptable
    QString constraintMessage;// Chinese message when the constraint fails
    QString computed;         // JS expression → value: computed, read-only
    QString defaultExpr;      // JS expression → initial value (sees `ctx`: case, officers, now)
    int maxLength = 0;        // text types; 0 = the type's default
    double minimum = 0;       // number/money
    double maximum = 0;       // number/money; 0 = no limit
    bool hasMinimum = false;
    bool hasMaximum = false;
    QList<ChoiceOption> options;      // choice / multichoice
    QString signer;                   // signature: "party" | "inspector1" | "inspector2" | other role text
    QList<TemplateField> fields;      // repeat: the fields of one item
    int minItems = 0;                 // repeat
    int maxItems = 0;                 // repeat; 0 = no limit
    QString itemLabel;                // repeat: e.g. "第 %1 问"
};

struct NumberingRule {
    QString prefix;           // e.g. "市监询" (agency short name + document kind); may use {agency}
    QString pattern;          // e.g. "{prefix}〔{year}〕{seq}号"
    int sequenceWidth = 0;    // zero-padding of {seq}; 0 = none
};

struct DocumentTemplate {
    QString id;               // e.g. "inquiry_record"
    int version = 1;
    QString title;            // e.g. "询问笔录"
    QString subtitle;         // optional line under the title (e.g. agency)
    NumberingRule numbering;
    bool signatureEveryPage = false;   // 询问笔录: a signature line on every page
    QStringList signatureFieldsOnEveryPage;   // which signature fields that line shows
    QString footerText;       // e.g. remedy rights text, printed at the end
    QList<TemplateField> fields;
    QString sourcePath;       // where it was loaded from (for messages)

    const TemplateField *field(const QString &id) const;   // top level only
};

// Keys as written in JSON; fieldTypeFromKey returns false for an unknown key.
QString fieldTypeKey(FieldType type);
bool fieldTypeFromKey(const QString &key, FieldType *out);
QStringList allFieldTypeKeys();
