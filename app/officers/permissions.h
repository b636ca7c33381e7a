#pragma once
// Roles and permissions: who may do what, decided in C++ (never in QML). One table in
// permissions.cpp holds the whole role × action matrix, least privilege: an inspector records
// and sees their own recordings; a squad leader also sees the squad's, reviews, exports and
// checks the audit trail; an admin manages the device and its officers but does not record or
// view evidence. An officer holding several roles gets the union.
//
// Keys are stable English (stored in officers.roles, used by QML's Session.can()); labels are
// Chinese, translated.

#include <QList>
#include <QString>

#include <optional>

enum class Role { Inspector, SquadLeader, Admin };

enum class Permission {
    Record,
    ViewOwnRecordings,
    ViewOthersRecordings,
    ReviewApprove,
    Export,
    ChangeSettings,
    ManageOfficers,
    VerifyAudit,
};

namespace Permissions {

QList<Role> allRoles();
QList<Permission> allPermissions();

QString roleKey(Role role);                 // inspector | squad_leader | admin
QString roleLabel(Role role);               // 执法人员 | 中队长 | 管理员
std::optional<Role> roleFromKey(const QString &key);

QString permissionKey(Permission permission);   // record, view_own, view_others, review, export,
                                                // settings, manage_officers, verify_audit
std::optional<Permission> permissionFromKey(const QString &key);

bool roleHas(Role role, Permission permission);
bool can(const QList<Role> &roles, Permission permission);
// Unknown permission keys are refused (false), never guessed.
bool can(const QList<Role> &roles, const QString &permissionKey);

// Roles in canonical order without duplicates (inspector, squad_leader, admin).
QList<Role> normalized(const QList<Role> &roles);
QStringList roleKeys(const QList<Role> &roles);
// Labels joined for display: "中队长、管理员".
QString roleText(const QList<Role> &roles);

} // namespace Permissions
