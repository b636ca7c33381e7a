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
    QList<Item> innerList;        // when isInnerList (each item's own parameters are not needed)
    Parameters parameters;
};

using Dictionary = QList<QPair<QByteArray, Member>>;   // ordered, keys lower-case

bool parseDictionary(const QByteArray &input, Dictionary *out, QByteArray *error);
QByteArray serializeItem(const Item &item);
QByteArray serializeParameters(const Parameters &parameters);
QByteArray serializeInnerList(const QList<Item> &items, const Parameters &parameters);
QByteArray serializeMember(const Member &member);
QByteArray serializeDictionary(const Dictionary &dictionary);

// Looks a parameter up by key; nullptr when absent.
const Item *parameter(const Parameters &parameters, const QByteArray &key);

} // namespace StructuredField
