#include "templatetypes.h"

#include <iterator>

namespace {

struct TypeKey {
    FieldType type;
    const char *key;
};

// The one table of type keys as written in template JSON (README.md in resources/templates).
constexpr TypeKey kTypeKeys[] = {
    {FieldType::Text, "text"},
    {FieldType::LongText, "longtext"},
    {FieldType::Number, "number"},
    {FieldType::Money, "money"},
    {FieldType::Date, "date"},
    {FieldType::DateTime, "datetime"},
    {FieldType::Choice, "choice"},
    {FieldType::MultiChoice, "multichoice"},
    {FieldType::Person, "person"},
    {FieldType::Organisation, "organisation"},
    {FieldType::IdCard, "idcard"},
    {FieldType::CreditCode, "uscc"},
    {FieldType::Phone, "phone"},
    {FieldType::Address, "address"},
    {FieldType::Gps, "gps"},
    {FieldType::Evidence, "evidence"},
    {FieldType::Signature, "signature"},
    {FieldType::Repeat, "repeat"},
};

} // namespace

const TemplateField *DocumentTemplate::field(const QString &fieldId) const
{
    for (const TemplateField &f : fields) {
        if (f.id == fieldId)
            return &f;
    }
    return nullptr;
}

QString fieldTypeKey(FieldType type)
{
    for (const TypeKey &k : kTypeKeys) {
        if (k.type == type)
            return QString::fromLatin1(k.key);
    }
    return QString();
}

bool fieldTypeFromKey(const QString &key, FieldType *out)
{
    for (const TypeKey &k : kTypeKeys) {
        if (key == QLatin1String(k.key)) {
            if (out)
                *out = k.type;
            return true;
        }
    }
    return false;
}

QStringList allFieldTypeKeys()
{
    QStringList keys;
    keys.reserve(int(std::size(kTypeKeys)));
    for (const TypeKey &k : kTypeKeys)
        keys << QString::fromLatin1(k.key);
    return keys;
}
