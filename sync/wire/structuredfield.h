#pragma once
// StructuredField: the subset of RFC 8941 (Structured Field Values for HTTP) that the sync
// protocol needs — dictionaries whose members are items or inner lists with parameters; items
// of type integer, string, token, byte sequence and boolean. Parsing is strict: anything the
// RFC does not allow makes parse*() fail with *error naming the offset.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QVariant>

namespace StructuredField {

struct Item
{
    enum class Type { Integer, String, Token, ByteSequence, Boolean };
    Type type = Type::Token;
    QByteArray text;        // String / Token: the value; ByteSequence: the decoded bytes
    qint64 integer = 0;     // Integer
    bool boolean = false;   // Boolean

    static Item fromInteger(qint64 v);
    static Item fromString(const QByteArray &v);
    static Item fromToken(const QByteArray &v);
    static Item fromBytes(const QByteArray &v);
    bool operator==(const Item &o) const;
};

using Parameters = QList<QPair<QByteArray, Item>>;   // ordered, as on the wire

struct Member
{
    bool isInnerList = false;
    Item item;                    // when !isInnerList
    QList<Item> innerList;        // when isInnerList (each item's parameters: innerListParameters)
    Parameters parameters;
    // Added: the parameters of each inner-list item, parallel to innerList, as parsed (empty
    // lists when the items had none; may be left empty altogether when building a member).
    // serializeMember() writes them, so parse → serialize round-trips every member.
    QList<Parameters> innerListParameters;
};

using Dictionary = QList<QPair<QByteArray, Member>>;   // ordered, keys lower-case

bool parseDictionary(const QByteArray &input, Dictionary *out, QByteArray *error);
// Added: a top-level item (RFC 8941 §4.2 with field type "item"), e.g. `:<base64>:`.
bool parseItem(const QByteArray &input, Item *item, Parameters *parameters, QByteArray *error);
// Added: whether a value can be serialized (RFC 8941 §4.1 would fail otherwise): integers within
// ±999,999,999,999,999, strings of printable ASCII, tokens and keys of the allowed characters.
// The serialize*() functions return an empty QByteArray for values that are not serializable.
bool isSerializable(const Item &item);
bool isValidKey(const QByteArray &key);
QByteArray serializeItem(const Item &item);
QByteArray serializeParameters(const Parameters &parameters);
QByteArray serializeInnerList(const QList<Item> &items, const Parameters &parameters);
QByteArray serializeMember(const Member &member);
QByteArray serializeDictionary(const Dictionary &dictionary);

// Looks a parameter up by key; nullptr when absent.
const Item *parameter(const Parameters &parameters, const QByteArray &key);

} // namespace StructuredField
