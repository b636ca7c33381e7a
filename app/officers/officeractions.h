#pragma once
// Audit actions for changes to officers made one at a time (OfficerStore). They belong in
// app/audit/auditactions.h with the rest of the vocabulary; kept here until the lead moves them
// (auditactions.h is outside this library's folder). Keys are stable: they are hashed into the
// chain.

namespace OfficerAuditAction {
inline constexpr char Add[] = "officer_add";
inline constexpr char Update[] = "officer_update";
inline constexpr char PinReset[] = "officer_pin_reset";
} // namespace OfficerAuditAction
