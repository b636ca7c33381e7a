#include "permissions.h"

#include <QCoreApplication>

namespace {

constexpr int kRoles = 3;
constexpr int kPermissions = 8;

// The role × action matrix. Rows follow enum Role, columns enum Permission.
constexpr bool kMatrix[kRoles][kPermissions] = {
    //              record view_own view_others review export settings manage_officers verify_audit
    /* inspector */ {true, true, false, false, false, false, false, false},
    /* squad_ldr */ {true, true, true, true, true, false, false, true},
    /* admin     */ {false, false, false, false, false, true, true, true},
};

const char *const kRoleKeys[kRoles] = {"inspector", "squad_leader", "admin"};
const char *const kPermissionKeys[kPermissions] = {"record", "view_own", "view_others", "review",
                                                   "export", "settings", "manage_officers", "verify_audit"};

} // namespace

namespace Permissions {

QList<Role> allRoles()
{
    return {Role::Inspector, Role::SquadLeader, Role::Admin};
}

QList<Permission> allPermissions()
{
    QList<Permission> out;
    for (int i = 0; i < kPermissions; ++i)
        out << Permission(i);
    return out;
}

QString roleKey(Role role)
{
    return QLatin1String(kRoleKeys[int(role)]);
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::Inspector: return QCoreApplication::translate("Permissions", "执法人员");
    case Role::SquadLeader: return QCoreApplication::translate("Permissions", "中队长");
    case Role::Admin: return QCoreApplication::translate("Permissions", "管理员");
    }
    return QString();
}

std::optional<Role> roleFromKey(const QString &key)
{
    for (int i = 0; i < kRoles; ++i) {
        if (key == QLatin1String(kRoleKeys[i]))
            return Role(i);
    }
    return std::nullopt;
}

QString permissionKey(Permission permission)
{
    return QLatin1String(kPermissionKeys[int(permission)]);
}

std::optional<Permission> permissionFromKey(const QString &key)
{
    for (int i = 0; i < kPermissions; ++i) {
        if (key == QLatin1String(kPermissionKeys[i]))
            return Permission(i);
    }
    return std::nullopt;
}

bool roleHas(Role role, Permission permission)
{
    return kMatrix[int(role)][int(permission)];
}

bool can(const QList<Role> &roles, Permission permission)
{
    for (Role r : roles) {
        if (roleHas(r, permission))
            return true;
    }
    return false;
}

bool can(const QList<Role> &roles, const QString &key)
{
    const std::optional<Permission> p = permissionFromKey(key);
    return p && can(roles, *p);
}

QList<Role> normalized(const QList<Role> &roles)
{
    QList<Role> out;
    for (Role r : allRoles()) {
        if (roles.contains(r))
            out << r;
    }
    return out;
}

QStringList roleKeys(const QList<Role> &roles)
{
    QStringList out;
    for (Role r : normalized(roles))
        out << roleKey(r);
    return out;
}

QString roleText(const QList<Role> &roles)
{
    QStringList labels;
    for (Role r : normalized(roles))
        labels << roleLabel(r);
    return labels.join(QCoreApplication::translate("Permissions", "、"));
}

} // namespace Permissions
