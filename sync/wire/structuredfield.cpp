#include "structuredfield.h"

#include "base64strict.h"

namespace StructuredField {

namespace {

constexpr qint64 maxInteger = 999999999999999LL;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isLcAlpha(char c)
{
    return c >= 'a' && c <= 'z';
}

bool isAlpha(char c)
{
    return isLcAlpha(c) || (c >= 'A' && c <= 'Z');
}

// RFC 9110 tchar.
bool isTchar(char c)
{
    if (isAlpha(c) || isDigit(c))
        return true;
    switch (c) {
    case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+': case '-':
    case '.': case '^': case '_': case '`': case '|': case '~':
        return true;
    default:
        return false;
    }
}

bool isKeyChar(char c)
{
    return isLcAlpha(c) || isDigit(c) || c == '_' || c == '-' || c == '.' || c == '*';
}

bool isValidToken(const QByteArray &token)
{
    if (token.isEmpty() || !(isAlpha(token.at(0)) || token.at(0) == '*'))
        return false;
    for (int i = 1; i < token.size(); ++i) {
        const char c = token.at(i);
        if (!(isTchar(c) || c == ':' || c == '/'))
            return false;
    }
    return true;
}

bool isValidString(const QByteArray &s)
{
    for (const char c : s) {
        if (c < 0x20 || c > 0x7e)
            return false;
    }
    return true;
}

// A strict RFC 8941 §4.2 parser over one field value. Every parse* step either consumes its
// construct or fails with m_error naming the offset.
class Parser
{
public:
    explicit Parser(const QByteArray &input) : m_in(input) {}

    bool parseDictionary(Dictionary *out)
    {
        skipSp();
        while (!atEnd()) {
            QByteArray key;
            if (!parseKey(&key))
                return false;
            Member member;
            if (peek() == '=') {
                ++m_pos;
                if (!parseItemOrInnerList(&member))
                    return false;
            } else {
                member.item.type = Item::Type::Boolean;
                member.item.boolean = true;
                if (!parseParameters(&member.parameters))
                    return false;
            }
            bool replaced = false;
            for (auto &existing : *out) {
                if (existing.first == key) {   // RFC 8941: a later value overwrites, in place
                    existing.second = member;
                    replaced = true;
                }
            }
            if (!replaced)
                out->append({key, member});
            skipOws();
            if (atEnd())
                break;
            if (peek() != ',')
                return fail("expected ',' between dictionary members");
            ++m_pos;
            skipOws();
            if (atEnd())
                return fail("trailing ',' in dictionary");
        }
        return finish();
    }

    bool parseTopItem(Item *item, Parameters *parameters)
    {
        skipSp();
        if (!parseBareItem(item) || !parseParameters(parameters))
            return false;
        return finish();
    }

    QByteArray error() const { return m_error; }

private:
    bool atEnd() const { return m_pos >= m_in.size(); }
    char peek() const { return atEnd() ? '\0' : m_in.at(m_pos); }

    bool fail(const char *what)
    {
        m_error = QByteArray(what) + " at offset " + QByteArray::number(m_pos);
        return false;
    }

    void skipSp()
    {
        while (!atEnd() && m_in.at(m_pos) == ' ')
            ++m_pos;
    }

    void skipOws()
    {
        while (!atEnd() && (m_in.at(m_pos) == ' ' || m_in.at(m_pos) == '\t'))
            ++m_pos;
    }

    bool finish()
    {
        skipSp();
        if (!atEnd())
            return fail("unexpected trailing characters");
        return true;
    }

    bool parseKey(QByteArray *key)
    {
        if (!(isLcAlpha(peek()) || peek() == '*'))
            return fail("expected a key (lower-case letter or '*')");
        const int start = m_pos;
        while (!atEnd() && isKeyChar(m_in.at(m_pos)))
            ++m_pos;
        *key = m_in.mid(start, m_pos - start);
        return true;
    }

    bool parseParameters(Parameters *parameters)
    {
        while (peek() == ';') {
            ++m_pos;
            skipSp();
            QByteArray key;
            if (!parseKey(&key))
                return false;
            Item value;
            value.type = Item::Type::Boolean;
            value.boolean = true;
            if (peek() == '=') {
                ++m_pos;
                if (!parseBareItem(&value))
                    return false;
            }
            bool replaced = false;
            for (auto &existing : *parameters) {
                if (existing.first == key) {
                    existing.second = value;
                    replaced = true;
                }
            }
            if (!replaced)
                parameters->append({key, value});
        }
        return true;
    }

    bool parseItemOrInnerList(Member *member)
    {
        if (peek() == '(') {
            member->isInnerList = true;
            return parseInnerList(member);
        }
        return parseBareItem(&member->item) && parseParameters(&member->parameters);
    }

    bool parseInnerList(Member *member)
    {
        ++m_pos;   // '('
        while (!atEnd()) {
            skipSp();
            if (peek() == ')') {
                ++m_pos;
                return parseParameters(&member->parameters);
            }
            Item item;
            Parameters itemParameters;
            if (!parseBareItem(&item) || !parseParameters(&itemParameters))
                return false;
            member->innerList.append(item);
            member->innerListParameters.append(itemParameters);
            if (peek() != ' ' && peek() != ')')
                return fail("expected ' ' or ')' in inner list");
        }
        return fail("unterminated inner list");
    }

    bool parseBareItem(Item *item)
    {
        const char c = peek();
        if (c == '-' || isDigit(c))
            return parseInteger(item);
        if (c == '"')
            return parseString(item);
        if (c == ':')
            return parseByteSequence(item);
        if (c == '?')
            return parseBoolean(item);
        if (isAlpha(c) || c == '*')
            return parseToken(item);
        return fail("expected an item");
    }

    bool parseInteger(Item *item)
    {
        bool negative = false;
        if (peek() == '-') {
            negative = true;
            ++m_pos;
        }
        if (!isDigit(peek()))
            return fail("expected a digit");
        const int start = m_pos;
        while (!atEnd() && isDigit(m_in.at(m_pos))) {
            ++m_pos;
            if (m_pos - start > 15)
                return fail("integer longer than 15 digits");
        }
        if (peek() == '.')
            return fail("decimals are not supported");
        qint64 value = 0;
        for (int i = start; i < m_pos; ++i)
            value = value * 10 + (m_in.at(i) - '0');
        item->type = Item::Type::Integer;
        item->integer = negative ? -value : value;
        return true;
    }

    bool parseString(Item *item)
    {
        ++m_pos;   // '"'
        QByteArray value;
        while (!atEnd()) {
            const char c = m_in.at(m_pos++);
            if (c == '\\') {
                if (atEnd())
                    return fail("unterminated escape in string");
                const char next = m_in.at(m_pos++);
                if (next != '"' && next != '\\')
                    return fail("invalid escape in string");
                value.append(next);
            } else if (c == '"') {
                item->type = Item::Type::String;
                item->text = value;
                return true;
            } else if (c < 0x20 || c > 0x7e) {
                --m_pos;
                return fail("invalid character in string");
            } else {
                value.append(c);
            }
        }
        return fail("unterminated string");
    }

    bool parseToken(Item *item)
    {
        const int start = m_pos;
        ++m_pos;
        while (!atEnd() && (isTchar(m_in.at(m_pos)) || m_in.at(m_pos) == ':' || m_in.at(m_pos) == '/'))
            ++m_pos;
        item->type = Item::Type::Token;
        item->text = m_in.mid(start, m_pos - start);
        return true;
    }

    bool parseByteSequence(Item *item)
    {
        ++m_pos;   // ':'
        const int end = m_in.indexOf(':', m_pos);
        if (end < 0)
            return fail("unterminated byte sequence");
        QByteArray decoded;
        // RFC 8941 §4.2.7: parsers SHOULD NOT fail when the "=" padding is missing.
        if (!Base64Strict::decode(m_in.mid(m_pos, end - m_pos), &decoded, Base64Strict::Padding::Optional))
            return fail("invalid base64 in byte sequence");
        m_pos = end + 1;
        item->type = Item::Type::ByteSequence;
        item->text = decoded;
        return true;
    }

    bool parseBoolean(Item *item)
    {
        ++m_pos;   // '?'
        if (peek() != '0' && peek() != '1')
            return fail("expected ?0 or ?1");
        item->type = Item::Type::Boolean;
        item->boolean = peek() == '1';
        ++m_pos;
        return true;
    }

    const QByteArray &m_in;
    int m_pos = 0;
    QByteArray m_error;
};

} // namespace

Item Item::fromInteger(qint64 v)
{
    Item i;
    i.type = Type::Integer;
    i.integer = v;
    return i;
}

Item Item::fromString(const QByteArray &v)
{
    Item i;
    i.type = Type::String;
    i.text = v;
    return i;
}

Item Item::fromToken(const QByteArray &v)
{
    Item i;
    i.type = Type::Token;
    i.text = v;
    return i;
}

Item Item::fromBytes(const QByteArray &v)
{
    Item i;
    i.type = Type::ByteSequence;
    i.text = v;
    return i;
}

bool Item::operator==(const Item &o) const
{
    if (type != o.type)
        return false;
    switch (type) {
    case Type::Integer:
        return integer == o.integer;
    case Type::Boolean:
        return boolean == o.boolean;
    default:
        return text == o.text;
    }
}

bool parseDictionary(const QByteArray &input, Dictionary *out, QByteArray *error)
{
    out->clear();
    Parser parser(input);
    if (parser.parseDictionary(out))
        return true;
    out->clear();
    if (error)
        *error = parser.error();
    return false;
}

bool parseItem(const QByteArray &input, Item *item, Parameters *parameters, QByteArray *error)
{
    Parameters local;
    Parser parser(input);
    if (parser.parseTopItem(item, parameters ? parameters : &local))
        return true;
    if (error)
        *error = parser.error();
    return false;
}

bool isValidKey(const QByteArray &key)
{
    if (key.isEmpty() || !(isLcAlpha(key.at(0)) || key.at(0) == '*'))
        return false;
    for (const char c : key) {
        if (!isKeyChar(c))
            return false;
    }
    return true;
}

bool isSerializable(const Item &item)
{
    switch (item.type) {
    case Item::Type::Integer:
        return item.integer >= -maxInteger && item.integer <= maxInteger;
    case Item::Type::String:
        return isValidString(item.text);
    case Item::Type::Token:
        return isValidToken(item.text);
    case Item::Type::ByteSequence:
    case Item::Type::Boolean:
        return true;
    }
    return false;
}

QByteArray serializeItem(const Item &item)
{
    if (!isSerializable(item))
        return QByteArray();
    switch (item.type) {
    case Item::Type::Integer:
        return QByteArray::number(item.integer);
    case Item::Type::String: {
        QByteArray out("\"");
        for (const char c : item.text) {
            if (c == '"' || c == '\\')
                out.append('\\');
            out.append(c);
        }
        out.append('"');
        return out;
    }
    case Item::Type::Token:
        return item.text;
    case Item::Type::ByteSequence:
        return ':' + item.text.toBase64() + ':';
    case Item::Type::Boolean:
        return item.boolean ? QByteArrayLiteral("?1") : QByteArrayLiteral("?0");
    }
    return QByteArray();
}

QByteArray serializeParameters(const Parameters &parameters)
{
    QByteArray out;
    for (const auto &p : parameters) {
        if (!isValidKey(p.first))
            return QByteArray();
        out.append(';');
        out.append(p.first);
        if (p.second.type == Item::Type::Boolean && p.second.boolean)
            continue;
        const QByteArray value = serializeItem(p.second);
        if (value.isEmpty())
            return QByteArray();
        out.append('=');
        out.append(value);
    }
    return out;
}

namespace {

// Parameters serialize to "" legitimately, so validity is checked separately.
bool parametersSerializable(const Parameters &parameters)
{
    for (const auto &p : parameters) {
        if (!isValidKey(p.first) || !isSerializable(p.second))
            return false;
    }
    return true;
}

QByteArray innerList(const QList<Item> &items, const QList<Parameters> &itemParameters, const Parameters &parameters)
{
    if (!parametersSerializable(parameters))
        return QByteArray();
    QByteArray out("(");
    for (int i = 0; i < items.size(); ++i) {
        if (i > 0)
            out.append(' ');
        const QByteArray value = serializeItem(items.at(i));
        if (value.isEmpty())
            return QByteArray();
        out.append(value);
        if (i < itemParameters.size()) {
            if (!parametersSerializable(itemParameters.at(i)))
                return QByteArray();
            out.append(serializeParameters(itemParameters.at(i)));
        }
    }
    out.append(')');
    out.append(serializeParameters(parameters));
    return out;
}

} // namespace

QByteArray serializeInnerList(const QList<Item> &items, const Parameters &parameters)
{
    return innerList(items, {}, parameters);
}

QByteArray serializeMember(const Member &member)
{
    if (member.isInnerList)
        return innerList(member.innerList, member.innerListParameters, member.parameters);
    if (!parametersSerializable(member.parameters))
        return QByteArray();
    const QByteArray value = serializeItem(member.item);
    if (value.isEmpty())
        return QByteArray();
    return value + serializeParameters(member.parameters);
}

QByteArray serializeDictionary(const Dictionary &dictionary)
{
    QByteArray out;
    for (const auto &entry : dictionary) {
        if (!isValidKey(entry.first))
            return QByteArray();
        if (!out.isEmpty())
            out.append(", ");
        out.append(entry.first);
        const Member &m = entry.second;
        if (!m.isInnerList && m.item.type == Item::Type::Boolean && m.item.boolean) {
            if (!parametersSerializable(m.parameters))
                return QByteArray();
            out.append(serializeParameters(m.parameters));
            continue;
        }
        const QByteArray value = serializeMember(m);
        if (value.isEmpty())
            return QByteArray();
        out.append('=');
        out.append(value);
    }
    return out;
}

const Item *parameter(const Parameters &parameters, const QByteArray &key)
{
    for (const auto &p : parameters) {
        if (p.first == key)
            return &p.second;
    }
    return nullptr;
}

} // namespace StructuredField
