#pragma once
// The JSON shape of an evidence file in `list --json` and `record --json` — the contract
// tests and field tools read: path (absolute), hash, algorithm, duration (s), size (bytes),
// kind, status, recordingId, segmentIndex, startWall, endWall, markers of its recording.

#include "evidencerecord.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

QJsonObject evidenceToJson(const EvidenceRecord &record, const QList<MarkerRecord> &markers);
QJsonArray markersToJson(const QList<MarkerRecord> &markers);
