#include "auditcanonical.h"

#include <QJsonDocument>

#include "hasher.h"

namespace AuditCanonical {

namespace {

void appendNetstring(QByteArray *out, const QString &field)
{
    const QByteArray utf8 = field.toUtf8();
    out->append(QByteArray::number(utf8.size()));
    out->append(':');
    out->append(utf8);
    out->append(',');
}

} // namespace

QString genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QByteArray bytes(const AuditRowFields &row)
{
    QByteArray out("fieldterm-audit-v1");
    out.reserve(256 + row.details.size());
    appendNetstring(&out, QString::number(row.seq));
    appendNetstring(&out, row.at);
    appendNetstring(&out, row.officerNo);
    appendNetstring(&out, row.deviceId);
    appendNetstring(&out, row.action);
    appendNetstring(&out, row.objectType);
    appendNetstring(&out, row.objectId);
    appendNetstring(&out, row.details);
    appendNetstring(&out, row.prevHash);
    appendNetstring(&out, row.hashAlgorithm);
    return out;
}

QString hashHex(const AuditRowFields &row)
{
    if (!Hasher::isSupported(row.hashAlgorithm))
        return QString();
    return QString::fromLatin1(Hasher::hash(row.hashAlgorithm, bytes(row)).toHex());
}

QJsonObject toJson(const AuditRowFields &row, const QString &hash)
{
    return {{QStringLiteral("seq"), row.seq},           {QStringLiteral("at"), row.at},
            {QStringLiteral("officerNo"), row.officerNo}, {QStringLiteral("deviceId"), row.deviceId},
            {QStringLiteral("action"), row.action},       {QStringLiteral("objectType"), row.objectType},
            {QStringLiteral("objectId"), row.objectId},   {QStringLiteral("details"), row.details},
            {QStringLiteral("prevHash"), row.prevHash},   {QStringLiteral("hash"), hash},
            {QStringLiteral("hashAlg"), row.hashAlgorithm}};
}

AuditRowFields fromJson(const QJsonObject &o, QString *hash)
{
    AuditRowFields row;
    row.seq = qint64(o.value(QStringLiteral("seq")).toDouble(-1));
    row.at = o.value(QStringLiteral("at")).toString();
    row.officerNo = o.value(QStringLiteral("officerNo")).toString();
    row.deviceId = o.value(QStringLiteral("deviceId")).toString();
    row.action = o.value(QStringLiteral("action")).toString();
    row.objectType = o.value(QStringLiteral("objectType")).toString();
    row.objectId = o.value(QStringLiteral("objectId")).toString();
    const QJsonValue details = o.value(QStringLiteral("details"));
    row.details = details.isString() ? details.toString()
                                     : QString::fromUtf8(QJsonDocument(details.toObject()).toJson(QJsonDocument::Compact));
    row.prevHash = o.value(QStringLiteral("prevHash")).toString();
    row.hashAlgorithm = o.value(QStringLiteral("hashAlg")).toString();
    if (hash)
        *hash = o.value(QStringLiteral("hash")).toString();
    return row;
}

} // namespace AuditCanonical
