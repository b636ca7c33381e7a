#include "evidencerecord.h"

#include <QCoreApplication>

QString evidenceKindKey(EvidenceKind kind)
{
    switch (kind) {
    case EvidenceKind::Video: return QStringLiteral("video");
    case EvidenceKind::Audio: return QStringLiteral("audio");
    case EvidenceKind::Photo: return QStringLiteral("photo");
    }
    return QString();
}

bool evidenceKindFromKey(const QString &key, EvidenceKind *out)
{
    for (EvidenceKind k : {EvidenceKind::Video, EvidenceKind::Audio, EvidenceKind::Photo}) {
        if (evidenceKindKey(k) == key) {
            *out = k;
            return true;
        }
    }
    return false;
}

QString evidenceStatusKey(EvidenceStatus status)
{
    switch (status) {
    case EvidenceStatus::Open: return QStringLiteral("open");
    case EvidenceStatus::Ok: return QStringLiteral("ok");
    case EvidenceStatus::Recovered: return QStringLiteral("recovered");
    case EvidenceStatus::Missing: return QStringLiteral("missing");
    }
    return QString();
}

bool evidenceStatusFromKey(const QString &key, EvidenceStatus *out)
{
    for (EvidenceStatus s : {EvidenceStatus::Open, EvidenceStatus::Ok, EvidenceStatus::Recovered, EvidenceStatus::Missing}) {
        if (evidenceStatusKey(s) == key) {
            *out = s;
            return true;
        }
    }
    return false;
}

QString evidenceStatusLabel(EvidenceStatus status)
{
    switch (status) {
    case EvidenceStatus::Open: return QCoreApplication::translate("Evidence", "录制中");
    case EvidenceStatus::Ok: return QCoreApplication::translate("Evidence", "正常");
    case EvidenceStatus::Recovered: return QCoreApplication::translate("Evidence", "已恢复");
    case EvidenceStatus::Missing: return QCoreApplication::translate("Evidence", "文件缺失");
    }
    return QString();
}

QString recordingStatusKey(RecordingStatus status)
{
    switch (status) {
    case RecordingStatus::Recording: return QStringLiteral("recording");
    case RecordingStatus::Closed: return QStringLiteral("closed");
    case RecordingStatus::Interrupted: return QStringLiteral("interrupted");
    }
    return QString();
}

bool recordingStatusFromKey(const QString &key, RecordingStatus *out)
{
    for (RecordingStatus s : {RecordingStatus::Recording, RecordingStatus::Closed, RecordingStatus::Interrupted}) {
        if (recordingStatusKey(s) == key) {
            *out = s;
            return true;
        }
    }
    return false;
}

void registerEvidenceMetaTypes()
{
    qRegisterMetaType<EvidenceRecord>();
    qRegisterMetaType<MarkerRecord>();
    qRegisterMetaType<RecordingSummary>();
}
