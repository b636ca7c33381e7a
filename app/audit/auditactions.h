#pragma once
// The audit trail's action vocabulary: one key per kind of event, stored in audit_log.action.
// Keys are stable (they are hashed into the chain and synced); labels live in auditlabels.

namespace AuditAction {
// Sessions and officers
inline constexpr char SignIn[] = "sign_in";
inline constexpr char SignInFailed[] = "sign_in_failed";
inline constexpr char Lockout[] = "lockout";
inline constexpr char SignOut[] = "sign_out";
inline constexpr char ScreenLock[] = "screen_lock";
inline constexpr char ScreenUnlock[] = "screen_unlock";
inline constexpr char OfficersImported[] = "officers_imported";
inline constexpr char OfficerAdd[] = "officer_add";
inline constexpr char OfficerUpdate[] = "officer_update";
inline constexpr char OfficerPinReset[] = "officer_pin_reset";
// Evidence
inline constexpr char RecordStart[] = "record_start";
inline constexpr char RecordStop[] = "record_stop";
inline constexpr char Marker[] = "marker";
inline constexpr char Photo[] = "photo";
inline constexpr char EvidenceRegistered[] = "evidence_registered";   // a segment's file hashed and stored
inline constexpr char EvidenceView[] = "evidence_view";
inline constexpr char EvidenceVerify[] = "evidence_verify";
inline constexpr char Export[] = "export";
inline constexpr char PlaybackStart[] = "playback_start";   // a recording played on the device (position)
inline constexpr char PlaybackStop[] = "playback_stop";     // … and stopped: ranges watched, total ms, rates
inline constexpr char PhotoView[] = "photo_view";           // a photo opened on the device
inline constexpr char PhotoThumbnails[] = "photo_thumbnails";   // photos shown small (a case's timeline, the player's strip)
inline constexpr char RecordingThumbnail[] = "recording_thumbnail";   // a recording's still shown in a list (review, home)
// Cases
inline constexpr char CaseCreate[] = "case_create";
inline constexpr char CaseStep[] = "case_step";
inline constexpr char CaseLink[] = "case_link";
inline constexpr char CaseView[] = "case_view";
inline constexpr char CaseReview[] = "case_review";   // a squad leader approved or returned a case
// Documents (文书)
inline constexpr char DocumentCreate[] = "document_create";
inline constexpr char DocumentLock[] = "document_lock";         // numbered, PDF stored, hashes frozen
inline constexpr char DocumentVersion[] = "document_version";   // a new draft superseding a locked one
// Device
inline constexpr char SettingsChange[] = "settings_change";
inline constexpr char AuditVerify[] = "audit_verify";
inline constexpr char DeviceKeyCreated[] = "device_key_created";
inline constexpr char ClockCheck[] = "clock_check";   // the device clock measured against the receiver's
inline constexpr char Sos[] = "sos";                   // the SOS key: position, whether a recording ran
// Sync (docs/PROTOCOL.md)
inline constexpr char SyncEnroll[] = "sync_enroll";       // registered with a receiver
inline constexpr char SyncManifest[] = "sync_manifest";   // a case manifest signed and queued
inline constexpr char SyncUpload[] = "sync_upload";       // a file fully acknowledged by the receiver
inline constexpr char SyncReceipt[] = "sync_receipt";     // a signed receipt verified and stored
} // namespace AuditAction
