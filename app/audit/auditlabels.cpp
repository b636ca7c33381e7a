#include "auditlabels.h"

#include "auditactions.h"

#include <QCoreApplication>

namespace AuditLabels {

QString action(const QString &key)
{
    struct Label {
        const char *key;
        const char *text;
    };
    static const Label labels[] = {
        {AuditAction::SignIn, QT_TRANSLATE_NOOP("AuditLabels", "登录")},
        {AuditAction::SignInFailed, QT_TRANSLATE_NOOP("AuditLabels", "登录失败")},
        {AuditAction::Lockout, QT_TRANSLATE_NOOP("AuditLabels", "账号锁定")},
        {AuditAction::SignOut, QT_TRANSLATE_NOOP("AuditLabels", "交班退出")},
        {AuditAction::ScreenLock, QT_TRANSLATE_NOOP("AuditLabels", "锁屏")},
        {AuditAction::ScreenUnlock, QT_TRANSLATE_NOOP("AuditLabels", "解锁")},
        {AuditAction::OfficersImported, QT_TRANSLATE_NOOP("AuditLabels", "导入执法人员")},
        {AuditAction::OfficerAdd, QT_TRANSLATE_NOOP("AuditLabels", "添加执法人员")},
        {AuditAction::OfficerUpdate, QT_TRANSLATE_NOOP("AuditLabels", "修改执法人员")},
        {AuditAction::OfficerPinReset, QT_TRANSLATE_NOOP("AuditLabels", "重置 PIN")},
        {AuditAction::RecordStart, QT_TRANSLATE_NOOP("AuditLabels", "开始录像")},
        {AuditAction::RecordStop, QT_TRANSLATE_NOOP("AuditLabels", "停止录像")},
        {AuditAction::Marker, QT_TRANSLATE_NOOP("AuditLabels", "添加标记")},
        {AuditAction::Photo, QT_TRANSLATE_NOOP("AuditLabels", "拍照")},
        {AuditAction::EvidenceRegistered, QT_TRANSLATE_NOOP("AuditLabels", "登记录像文件")},
        {AuditAction::EvidenceView, QT_TRANSLATE_NOOP("AuditLabels", "查看证据")},
        {AuditAction::EvidenceVerify, QT_TRANSLATE_NOOP("AuditLabels", "校验证据")},
        {AuditAction::Export, QT_TRANSLATE_NOOP("AuditLabels", "导出")},
        {AuditAction::PlaybackStart, QT_TRANSLATE_NOOP("AuditLabels", "开始回放")},
        {AuditAction::PlaybackStop, QT_TRANSLATE_NOOP("AuditLabels", "结束回放")},
        {AuditAction::PhotoView, QT_TRANSLATE_NOOP("AuditLabels", "查看照片")},
        {AuditAction::PhotoThumbnails, QT_TRANSLATE_NOOP("AuditLabels", "显示照片缩略图")},
        {AuditAction::RecordingThumbnail, QT_TRANSLATE_NOOP("AuditLabels", "显示录像缩略图")},
        {AuditAction::CaseCreate, QT_TRANSLATE_NOOP("AuditLabels", "新建案件")},
        {AuditAction::CaseStep, QT_TRANSLATE_NOOP("AuditLabels", "案件环节变更")},
        {AuditAction::CaseLink, QT_TRANSLATE_NOOP("AuditLabels", "关联案件")},
        {AuditAction::CaseView, QT_TRANSLATE_NOOP("AuditLabels", "查看案件")},
        {AuditAction::CaseReview, QT_TRANSLATE_NOOP("AuditLabels", "审核案件")},
        {AuditAction::DocumentCreate, QT_TRANSLATE_NOOP("AuditLabels", "新建文书")},
        {AuditAction::DocumentLock, QT_TRANSLATE_NOOP("AuditLabels", "文书锁定归档")},
        {AuditAction::DocumentVersion, QT_TRANSLATE_NOOP("AuditLabels", "文书新版本")},
        {AuditAction::SettingsChange, QT_TRANSLATE_NOOP("AuditLabels", "修改设置")},
        {AuditAction::ClockCheck, QT_TRANSLATE_NOOP("AuditLabels", "核对时钟")},
        {AuditAction::Sos, QT_TRANSLATE_NOOP("AuditLabels", "SOS 求助")},
        {AuditAction::AuditVerify, QT_TRANSLATE_NOOP("AuditLabels", "核对审计记录")},
        {AuditAction::DeviceKeyCreated, QT_TRANSLATE_NOOP("AuditLabels", "生成设备密钥")},
        {AuditAction::SyncEnroll, QT_TRANSLATE_NOOP("AuditLabels", "登记到监督平台")},
        {AuditAction::SyncManifest, QT_TRANSLATE_NOOP("AuditLabels", "生成案件同步清单")},
        {AuditAction::SyncUpload, QT_TRANSLATE_NOOP("AuditLabels", "上传证据文件")},
        {AuditAction::SyncReceipt, QT_TRANSLATE_NOOP("AuditLabels", "收到平台回执")},
    };
    for (const Label &l : labels) {
        if (key == QLatin1String(l.key))
            return QCoreApplication::translate("AuditLabels", l.text);
    }
    return key;
}

} // namespace AuditLabels
