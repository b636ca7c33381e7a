#include "auditcanonical.h"

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

} // namespace AuditCanonical
