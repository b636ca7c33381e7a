#pragma once
// CaseGaps: what a reviewer should look at in a received case, computed from the manifest JSON
// and what actually arrived:
//   decision_without_video  a summary/general case with a decision document (template id
//                           containing "decision" or "penalty", e.g. onsite_penalty_decision)
//                           but no video evidence at all;
//   step_without_evidence   a step that must be witnessed (CaseLifecycle::requiredCoverage:
//                           general investigating/notified/served, summary notified/decided/
//                           served, inspection investigating) with no video/audio/photo evidence
//                           between its time and the next step's;
//   evidence_not_received   evidence (or a document PDF) the manifest lists that has not arrived
//                           verified;
//   manifest_chain_broken   previousManifestHash does not chain to the device's previous manifest.

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>

namespace CaseGaps {

// Each flag: {"code": "...", "message": "<Chinese>"}.
QJsonArray flags(const QJsonObject &manifest, const QSet<QString> &verifiedEvidenceIds, bool chainOk);

} // namespace CaseGaps
