<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AppOptions</name>
    <message>
        <source>执法终端：执法记录仪、现场取证与文书</source>
        <translation>Field terminal: body camera, on-site evidence and enforcement documents</translation>
    </message>
    <message>
        <source>数据目录（默认 $XDG_DATA_HOME/fieldterm）</source>
        <translation>Data directory (default: $XDG_DATA_HOME/fieldterm)</translation>
    </message>
    <message>
        <source>设备配置文件（默认 数据目录/profile.json，没有则用模拟设备）</source>
        <translation>Device profile (default: DATA_DIR/profile.json; without one, the simulated device is used)</translation>
    </message>
    <message>
        <source>使用内置模拟设备（测试摄像头与麦克风），忽略 profile.json</source>
        <translation>Use the built-in simulated device (test camera and microphone) and ignore profile.json</translation>
    </message>
    <message>
        <source>预录秒数（0–120），覆盖设备配置</source>
        <translation>Pre-record seconds (0–120), overriding the device profile</translation>
    </message>
    <message>
        <source>界面语言：zh_CN（默认）或 en</source>
        <translation>Interface language: zh_CN (default) or en</translation>
    </message>
    <message>
        <source>把窗口截图保存为 PNG</source>
        <translation>Save a screenshot of the window as PNG</translation>
    </message>
    <message>
        <source>启动后多少秒截图（默认退出前）</source>
        <translation>Seconds after start-up to take the screenshot (default: just before quitting)</translation>
    </message>
    <message>
        <source>启动后多少秒按下录像键</source>
        <translation>Seconds after start-up to press the record key</translation>
    </message>
    <message>
        <source>启动后多少秒退出</source>
        <translation>Seconds after start-up to quit</translation>
    </message>
    <message>
        <source>选项 --%1 应为非负秒数</source>
        <translation>Option --%1 must be a non-negative number of seconds</translation>
    </message>
    <message>
        <source>选项 --prerecord 无效：应为 0–120 的整数秒</source>
        <translation>Invalid --prerecord: it must be a whole number of seconds from 0 to 120</translation>
    </message>
    <message>
        <source>选项 --lang 只能是 zh_CN 或 en</source>
        <translation>Option --lang must be zh_CN or en</translation>
    </message>
    <message>
        <source>仅模拟设备：启动后以该演示执法人员登录（用于演示和截图）</source>
        <translation>Simulated device only: sign in as this demo officer after start-up (for demos and screenshots)</translation>
    </message>
    <message>
        <source>选项 --sign-in 只能用于模拟设备（--simulated）</source>
        <translation>Option --sign-in can only be used with the simulated device (--simulated)</translation>
    </message>
    <message>
        <source>启动 3 秒后打开页面（用于截图）：cases、case（最新案件）、document（最新案件的询问笔录）、settings、lock</source>
        <translation>Page to open 3 seconds after start-up (for screenshots): cases, case (the latest case), document (the inquiry record of the latest case), settings, lock</translation>
    </message>
    <message>
        <source>选项 --show 只能是 cases、case、document、settings 或 lock</source>
        <translation>Option --show must be cases, case, document, settings or lock</translation>
    </message>
</context>
<context>
    <name>AuditController</name>
    <message>
        <source>当前账号无权核对审计记录（需要中队长或管理员）。</source>
        <translation>This account may not verify the audit trail (squad leader or admin required).</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>登录失败</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <source>账号锁定</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <source>交班退出</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>锁屏</source>
        <translation>Lock screen</translation>
    </message>
    <message>
        <source>解锁</source>
        <translation>Unlock screen</translation>
    </message>
    <message>
        <source>导入执法人员</source>
        <translation>Import officers</translation>
    </message>
    <message>
        <source>开始录像</source>
        <translation>Start recording</translation>
    </message>
    <message>
        <source>停止录像</source>
        <translation>Stop recording</translation>
    </message>
    <message>
        <source>添加标记</source>
        <translation>Add marker</translation>
    </message>
    <message>
        <source>拍照</source>
        <translation>Take photo</translation>
    </message>
    <message>
        <source>登记录像文件</source>
        <translation>Register recording file</translation>
    </message>
    <message>
        <source>查看证据</source>
        <translation>View evidence</translation>
    </message>
    <message>
        <source>校验证据</source>
        <translation>Verify evidence</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>新建案件</source>
        <translation>Create case</translation>
    </message>
    <message>
        <source>案件环节变更</source>
        <translation>Change case step</translation>
    </message>
    <message>
        <source>关联案件</source>
        <translation>Link to case</translation>
    </message>
    <message>
        <source>查看案件</source>
        <translation>View case</translation>
    </message>
    <message>
        <source>修改设置</source>
        <translation>Change settings</translation>
    </message>
    <message>
        <source>核对审计记录</source>
        <translation>Verify audit trail</translation>
    </message>
    <message>
        <source>添加执法人员</source>
        <translation>Add officer</translation>
    </message>
    <message>
        <source>修改执法人员</source>
        <translation>Edit officer</translation>
    </message>
    <message>
        <source>重置 PIN</source>
        <translation>Reset PIN</translation>
    </message>
    <message>
        <source>新建文书</source>
        <translation>Create document</translation>
    </message>
    <message>
        <source>文书锁定归档</source>
        <translation>Lock and archive document</translation>
    </message>
    <message>
        <source>文书新版本</source>
        <translation>New document version</translation>
    </message>
    <message>
        <source>生成设备密钥</source>
        <translation>Device key created</translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message>
        <source>审计记录可能被篡改：请勿继续使用本设备处理案件，保留设备原状并立即报告法制审核部门。</source>
        <translation>The audit trail may have been tampered with: stop using this device for cases, leave it as it is and report to the legal review department immediately.</translation>
    </message>
    <message>
        <source>无法读取审计记录：%1</source>
        <translation>Cannot read the audit trail: %1</translation>
    </message>
    <message>
        <source>读取审计记录时出错：%1</source>
        <translation>Error while reading the audit trail: %1</translation>
    </message>
    <message>
        <source>审计记录第 %1 条缺失（下一条是第 %2 条）。%3</source>
        <translation>Audit trail entry %1 is missing (the next entry is %2). %3</translation>
    </message>
    <message>
        <source>审计记录第 %1 条的校验算法“%2”无法识别。%3</source>
        <translation>Audit trail entry %1 uses an unknown hash algorithm “%2”. %3</translation>
    </message>
    <message>
        <source>审计记录第 %1 条（%2，%3）的内容与其校验值不符，已被改动。%4</source>
        <translation>Audit trail entry %1 (%2, %3) does not match its hash: it has been altered. %4</translation>
    </message>
    <message>
        <source>审计记录第 %1 条与前一条衔接不上（记录被删除、插入或调换了顺序）。%2</source>
        <translation>Audit trail entry %1 does not follow on from the previous entry (entries were deleted, inserted or reordered). %2</translation>
    </message>
    <message>
        <source>审计记录第 %1 至 %2 条（最后的记录）缺失。%3</source>
        <translation>Audit trail entries %1 to %2 (the latest ones) are missing. %3</translation>
    </message>
    <message>
        <source>审计记录完整：共 %1 条，校验链无断裂。</source>
        <translation>Audit trail intact: %1 entries, hash chain unbroken.</translation>
    </message>
</context>
<context>
    <name>CameraController</name>
    <message>
        <source>当前账号没有录像权限。请由执法人员登录后再录像。</source>
        <translation>This account may not record. Sign in as an inspector to record.</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>无视频预览</source>
        <translation>No video preview</translation>
    </message>
    <message>
        <source>仅录音</source>
        <translation>Audio only</translation>
    </message>
</context>
<context>
    <name>CaseCoverage</name>
    <message>
        <source>尚未进入“%1”环节</source>
        <translation>Not yet at the “%1” step</translation>
    </message>
    <message>
        <source>“%1”环节已有执法记录：%2 段录像，%3 个标记</source>
        <translation>“%1” step recorded: %2 recording(s), %3 marker(s)</translation>
    </message>
    <message>
        <source>“%1”环节没有执法记录录像，请关联该环节的录像，或在案卷中说明原因</source>
        <translation>No body-camera recording for the “%1” step: link a recording of this step, or explain why in the case file</translation>
    </message>
</context>
<context>
    <name>CaseCreatePage</name>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified Social Credit Code</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID card number</translation>
    </message>
    <message>
        <source>有内容需要修改：请按红色提示改正后再创建</source>
        <translation>Some fields need correcting: fix the ones marked in red, then create the case</translation>
    </message>
    <message>
        <source>新建案件</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>案件类型</source>
        <translation>Case type</translation>
    </message>
    <message>
        <source>当事人</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>个人</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>与营业执照一致</source>
        <translation>As on the business licence</translation>
    </message>
    <message>
        <source>与身份证一致</source>
        <translation>As on the ID card</translation>
    </message>
    <message>
        <source>18 位</source>
        <translation>18 characters</translation>
    </message>
    <message>
        <source>联系电话（选填）</source>
        <translation>Phone (optional)</translation>
    </message>
    <message>
        <source>手机或座机</source>
        <translation>Mobile or landline</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>经营场所或现场地址</source>
        <translation>Business premises or scene address</translation>
    </message>
    <message>
        <source>定位：%1</source>
        <translation>Location: %1</translation>
    </message>
    <message>
        <source>无定位</source>
        <translation>No GPS fix</translation>
    </message>
    <message>
        <source>权力事项</source>
        <translation>Power item</translation>
    </message>
    <message>
        <source>检查任务（选填）</source>
        <translation>Inspection task (optional)</translation>
    </message>
    <message>
        <source>如“双随机”任务编号</source>
        <translation>e.g. a “double random” inspection task number</translation>
    </message>
    <message>
        <source>简要案情</source>
        <translation>Case summary</translation>
    </message>
    <message>
        <source>现场发现的情况、涉及的物品和数量</source>
        <translation>What was found on site, the goods involved and their quantities</translation>
    </message>
    <message>
        <source>创建</source>
        <translation>Create</translation>
    </message>
</context>
<context>
    <name>CaseDeadlines</name>
    <message>
        <source>无法读取办案期限配置 %1（%2）。</source>
        <translation>Cannot read the case deadline settings %1 (%2).</translation>
    </message>
    <message>
        <source>办案期限配置 %1 有误：%2</source>
        <translation>The case deadline settings %1 are invalid: %2</translation>
    </message>
    <message>
        <source>JSON 格式错误（第 %1 个字符附近：%2）。</source>
        <translation>Invalid JSON (near character %1: %2).</translation>
    </message>
    <message>
        <source>%1 的期限无效（limit 须为正数，如 &quot;30d&quot; 或 &quot;4h&quot;；warn 须小于 limit）。</source>
        <translation>Invalid deadline for %1 (limit must be positive, e.g. &quot;30d&quot; or &quot;4h&quot;; warn must be less than limit).</translation>
    </message>
    <message>
        <source>未知的案件类型“%1”。</source>
        <translation>Unknown case type “%1”.</translation>
    </message>
    <message>
        <source>%1没有环节“%2”。</source>
        <translation>%1 has no step “%2”.</translation>
    </message>
    <message>
        <source>%1 的 until 环节无效。</source>
        <translation>Invalid until step for %1.</translation>
    </message>
    <message>
        <source>%1 小时</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 天</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>已超过 %1办案期限 %2</source>
        <translation>%2 past the %1 case deadline</translation>
    </message>
    <message>
        <source>%1已超期 %2</source>
        <translation>%1 overdue by %2</translation>
    </message>
    <message>
        <source>立案已 %1，%2后超过 %3办案期限</source>
        <translation>Filed %1 ago; the %3 case deadline passes in %2</translation>
    </message>
    <message>
        <source>%1已 %2，%3后超期</source>
        <translation>%1 for %2; overdue in %3</translation>
    </message>
</context>
<context>
    <name>CaseDetailPage</name>
    <message>
        <source>已进入：%1</source>
        <translation>Moved to: %1</translation>
    </message>
    <message>
        <source>已设为当前案件，新录像自动关联本案</source>
        <translation>Set as the active case; new recordings are linked to it automatically</translation>
    </message>
    <message>
        <source>已取消当前案件</source>
        <translation>Active case cleared</translation>
    </message>
    <message>
        <source>案件已创建：%1</source>
        <translation>Case created: %1</translation>
    </message>
    <message>
        <source>案件详情</source>
        <translation>Case details</translation>
    </message>
    <message>
        <source>找不到这个案件：请返回案件列表重新打开</source>
        <translation>Case not found: go back to the case list and open it again</translation>
    </message>
    <message>
        <source>当前案件</source>
        <translation>Active case</translation>
    </message>
    <message>
        <source>%1 由 %2 创建</source>
        <translation>Created %1 by %2</translation>
    </message>
    <message>
        <source>案件已创建。设为当前案件后，接下来的录像和照片会自动关联到本案。</source>
        <translation>Case created. Set it as the active case and the next recordings and photos are linked to it automatically.</translation>
    </message>
    <message>
        <source>设为当前案件</source>
        <translation>Set as active case</translation>
    </message>
    <message>
        <source>以后再说</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>报警</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>预警</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>已结案，不能设为当前案件</source>
        <translation>Closed; cannot be the active case</translation>
    </message>
    <message>
        <source>设为当前案件（录像自动关联）</source>
        <translation>Set as active case (recordings linked automatically)</translation>
    </message>
    <message>
        <source>当前案件：新录像自动关联本案</source>
        <translation>Active case: new recordings are linked to it automatically</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>当事人（%1）</source>
        <translation>Party (%1)</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified Social Credit Code</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID card number</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>立案位置</source>
        <translation>Filing location</translation>
    </message>
    <message>
        <source>无定位</source>
        <translation>No GPS fix</translation>
    </message>
    <message>
        <source>权力事项</source>
        <translation>Power item</translation>
    </message>
    <message>
        <source>编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>法律依据</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>裁量基准</source>
        <translation>Discretion standard</translation>
    </message>
    <message>
        <source>检查任务</source>
        <translation>Inspection task</translation>
    </message>
    <message>
        <source>简要案情</source>
        <translation>Case summary</translation>
    </message>
    <message>
        <source>办理进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>进入下一步：%1</source>
        <translation>Next step: %1</translation>
    </message>
    <message>
        <source>本案已结案</source>
        <translation>This case is closed</translation>
    </message>
    <message>
        <source>全过程记录</source>
        <translation>Full-process recording</translation>
    </message>
    <message>
        <source>记录不完整：有环节缺少录像，请补录或说明原因</source>
        <translation>Recording incomplete: some steps have no recording. Record them or explain why</translation>
    </message>
    <message>
        <source>证据时间线</source>
        <translation>Evidence timeline</translation>
    </message>
    <message>
        <source>还没有录像、照片或标记</source>
        <translation>No recordings, photos or markers yet</translation>
    </message>
    <message>
        <source>未能新建文书，请重试</source>
        <translation>Could not create the document; try again</translation>
    </message>
    <message>
        <source>文书</source>
        <translation>Documents</translation>
    </message>
</context>
<context>
    <name>CaseLifecycle</name>
    <message>
        <source>检查</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>简易程序</source>
        <translation>Summary procedure</translation>
    </message>
    <message>
        <source>一般程序</source>
        <translation>General procedure</translation>
    </message>
    <message>
        <source>立案</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>调查取证</source>
        <translation>Investigation</translation>
    </message>
    <message>
        <source>告知</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>决定</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>送达</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>执行</source>
        <translation>Enforcement</translation>
    </message>
    <message>
        <source>结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>案件已结案，不能再转入“%1”。</source>
        <translation>The case is closed and cannot move to “%1”.</translation>
    </message>
    <message>
        <source>案件已处于“%1”环节，无需重复办理。</source>
        <translation>The case is already at the “%1” step.</translation>
    </message>
    <message>
        <source>%1案件没有“%2”环节，不能从“%3”转入“%2”。</source>
        <translation>%1 cases have no “%2” step; cannot move from “%3” to “%2”.</translation>
    </message>
    <message>
        <source>案件已处于“%1”，不能退回“%2”。环节只能依次向前推进。</source>
        <translation>The case is already at “%1” and cannot go back to “%2”. Steps only move forward, one at a time.</translation>
    </message>
    <message>
        <source>不能从“%1”直接转入“%2”，请先完成“%3”。</source>
        <translation>Cannot move from “%1” straight to “%2”; complete “%3” first.</translation>
    </message>
</context>
<context>
    <name>CaseLinkSheet</name>
    <message>
        <source>刚才的录像尚未关联案件</source>
        <translation>The last recording is not linked to a case</translation>
    </message>
    <message>
        <source>选择要关联的案件：</source>
        <translation>Choose a case to link it to:</translation>
    </message>
    <message>
        <source>没有未结案的案件。可以稍后在案件详情中关联。</source>
        <translation>No open cases. You can link it later from the case details.</translation>
    </message>
    <message>
        <source>当前</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>暂不关联</source>
        <translation>Not now</translation>
    </message>
</context>
<context>
    <name>CaseListItem</name>
    <message>
        <source>%1，%2，%3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>当前</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>报警</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>预警</source>
        <translation>Warning</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>7天</source>
        <translation>7 days</translation>
    </message>
    <message>
        <source>30天</source>
        <translation>30 days</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>案件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>搜索当事人 / 案件编号 / 证件号</source>
        <translation>Search party / case number / ID number</translation>
    </message>
    <message>
        <source>清除搜索</source>
        <translation>Clear search</translation>
    </message>
    <message>
        <source>共 %1 件</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>没有符合条件的案件</source>
        <translation>No matching cases</translation>
    </message>
    <message>
        <source>新建案件</source>
        <translation>New case</translation>
    </message>
</context>
<context>
    <name>CaseQuery</name>
    <message>
        <source>%1时%2分%3秒</source>
        <translation>%1 h %2 min %3 s</translation>
    </message>
    <message>
        <source>%1分%2秒</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1秒</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>找不到案件 %1。</source>
        <translation>Case %1 not found.</translation>
    </message>
    <message>
        <source>执法证号 %1</source>
        <translation>Officer ID %1</translation>
    </message>
    <message>
        <source>执法证号 %1：%2</source>
        <translation>Officer ID %1: %2</translation>
    </message>
    <message>
        <source>录音</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>录像</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>录制中</source>
        <translation>Recording</translation>
    </message>
    <message>
        <source>时长 %1</source>
        <translation>Duration %1</translation>
    </message>
    <message>
        <source>时长未知</source>
        <translation>Duration unknown</translation>
    </message>
    <message>
        <source>照片</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>录像中拍摄</source>
        <translation>Taken during a recording</translation>
    </message>
    <message>
        <source>录像 %1 处</source>
        <translation>At %1 in the recording</translation>
    </message>
</context>
<context>
    <name>CaseStepper</name>
    <message>
        <source>当前环节</source>
        <translation>Current step</translation>
    </message>
    <message>
        <source>%1 · 执法证号 %2</source>
        <translation>%1 · Officer ID %2</translation>
    </message>
</context>
<context>
    <name>CaseStore</name>
    <message>
        <source>保存失败（%1），未写入任何内容。请重试；如仍失败，请联系技术支持。</source>
        <translation>Saving failed (%1); nothing was written. Try again; if it keeps failing, contact technical support.</translation>
    </message>
    <message>
        <source>找不到案件 %1，请刷新案件列表后重试。</source>
        <translation>Case %1 not found. Refresh the case list and try again.</translation>
    </message>
    <message>
        <source>未知的办案环节“%1”。</source>
        <translation>Unknown case step “%1”.</translation>
    </message>
    <message>
        <source>案件 %1 已结案，不能再关联新的录像或照片。</source>
        <translation>Case %1 is closed; no more recordings or photos can be linked to it.</translation>
    </message>
    <message>
        <source>找不到录像 %1，无法关联。</source>
        <translation>Recording %1 not found; cannot link it.</translation>
    </message>
    <message>
        <source>找不到照片 %1，无法关联。</source>
        <translation>Photo %1 not found; cannot link it.</translation>
    </message>
    <message>
        <source>只能单独关联照片；视频和录音请通过所属录像关联到案件。</source>
        <translation>Only photos can be linked on their own; video and audio files are linked to a case through their recording.</translation>
    </message>
    <message>
        <source>该录像已关联到案件 %1，一份录像只能属于一个案件。</source>
        <translation>This recording is already linked to case %1; a recording can belong to only one case.</translation>
    </message>
    <message>
        <source>该照片已关联到案件 %1，一张照片只能属于一个案件。</source>
        <translation>This photo is already linked to case %1; a photo can belong to only one case.</translation>
    </message>
    <message>
        <source>该照片拍摄于已关联到案件 %1 的录像中，不能再关联到其他案件。</source>
        <translation>This photo was taken during a recording linked to case %1 and cannot be linked to another case.</translation>
    </message>
</context>
<context>
    <name>CaseTypes</name>
    <message>
        <source>个人</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>CaseValidator</name>
    <message>
        <source>环节备注最多 %1 个字，现为 %2 个字，请精简后再保存。</source>
        <translation>A step note may have at most %1 characters (it has %2). Shorten it and save again.</translation>
    </message>
    <message>
        <source>请选择案件类型（检查、简易程序或一般程序）。</source>
        <translation>Choose a case type (inspection, summary procedure or general procedure).</translation>
    </message>
    <message>
        <source>请选择当事人类别（个人或单位）。</source>
        <translation>Choose the party type (individual or organisation).</translation>
    </message>
    <message>
        <source>当事人姓名</source>
        <translation>party&apos;s name</translation>
    </message>
    <message>
        <source>当事人名称</source>
        <translation>party&apos;s organisation name</translation>
    </message>
    <message>
        <source>请填写%1。</source>
        <translation>Enter the %1.</translation>
    </message>
    <message>
        <source>%1最多 %2 个字，现为 %3 个字。</source>
        <translation>The %1 may have at most %2 characters (it has %3).</translation>
    </message>
    <message>
        <source>请先选择当事人类别，再填写证件号码。</source>
        <translation>Choose the party type first, then enter the ID number.</translation>
    </message>
    <message>
        <source>联系电话最多 %1 位，现为 %2 位。</source>
        <translation>The phone number may have at most %1 characters (it has %2).</translation>
    </message>
    <message>
        <source>联系电话只能包含数字、空格、“+”和“-”，请核对。</source>
        <translation>The phone number may contain only digits, spaces, “+” and “-”. Check it.</translation>
    </message>
    <message>
        <source>请填写地址（执法地点）。</source>
        <translation>Enter the address (the place of enforcement).</translation>
    </message>
    <message>
        <source>地址最多 %1 个字，现为 %2 个字。</source>
        <translation>The address may have at most %1 characters (it has %2).</translation>
    </message>
    <message>
        <source>请选择权力事项。</source>
        <translation>Choose a power item.</translation>
    </message>
    <message>
        <source>权力事项 %1 不在权力清单中，请从清单中重新选择。</source>
        <translation>Power item %1 is not in the power item list. Choose one from the list.</translation>
    </message>
    <message>
        <source>检查任务编号最多 %1 个字，现为 %2 个字。</source>
        <translation>The inspection task number may have at most %1 characters (it has %2).</translation>
    </message>
    <message>
        <source>案情摘要最多 %1 个字，现为 %2 个字，请精简。</source>
        <translation>The case summary may have at most %1 characters (it has %2). Shorten it.</translation>
    </message>
    <message>
        <source>未知字段“%1”。</source>
        <translation>Unknown field “%1”.</translation>
    </message>
    <message>
        <source>定位坐标无效（纬度 %1，经度 %2），请重新定位或不带坐标保存。</source>
        <translation>Invalid coordinates (latitude %1, longitude %2). Get a new fix, or save without coordinates.</translation>
    </message>
</context>
<context>
    <name>CasesController</name>
    <message>
        <source>证据数据库尚未就绪，请稍候再试。</source>
        <translation>The evidence database is not ready yet. Wait a moment and try again.</translation>
    </message>
    <message>
        <source>请先登录。</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <source>当前账号无权办理案件（需要执法人员或中队长）。</source>
        <translation>This account may not handle cases (inspector or squad leader required).</translation>
    </message>
    <message>
        <source>设备故障</source>
        <translation>Device fault</translation>
    </message>
    <message>
        <source>电量不足</source>
        <translation>Low battery</translation>
    </message>
    <message>
        <source>存储空间不足</source>
        <translation>Storage low</translation>
    </message>
    <message>
        <source>涉及国家秘密、商业秘密或个人隐私</source>
        <translation>State secrets, trade secrets or personal privacy involved</translation>
    </message>
    <message>
        <source>执法场所转移</source>
        <translation>Moving to another location</translation>
    </message>
    <message>
        <source>执法活动暂停（如等待当事人）</source>
        <translation>Enforcement paused (e.g. waiting for the party)</translation>
    </message>
    <message>
        <source>其他（须说明）</source>
        <translation>Other (explain)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>DataPaths</name>
    <message>
        <source>无法创建数据目录 %1，请检查存储卡是否可写</source>
        <translation>Cannot create the data directory %1. Check that the storage card is writable.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>年-月-日</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>时:分</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>前一天</source>
        <translation>Previous day</translation>
    </message>
    <message>
        <source>后一天</source>
        <translation>Next day</translation>
    </message>
    <message>
        <source>现在</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>今天</source>
        <translation>Today</translation>
    </message>
</context>
<context>
    <name>DemoOfficers</name>
    <message>
        <source>内置演示人员列表缺失（%1）。</source>
        <translation>The built-in demo officer list is missing (%1).</translation>
    </message>
</context>
<context>
    <name>DeviceIdentity</name>
    <message>
        <source>无法读取设备密钥 %1（%2）。请检查存储卡。</source>
        <translation>Cannot read the device key %1 (%2). Check the storage card.</translation>
    </message>
    <message>
        <source>设备密钥 %1 已损坏或不是 %2 密钥。请联系管理员重新登记本设备。</source>
        <translation>The device key %1 is damaged or is not a %2 key. Ask an administrator to enrol this device again.</translation>
    </message>
    <message>
        <source>无法创建密钥目录 %1。请检查存储卡是否可写。</source>
        <translation>Cannot create the key folder %1. Check that the storage card is writable.</translation>
    </message>
    <message>
        <source>生成设备密钥失败（%1）。</source>
        <translation>Generating the device key failed (%1).</translation>
    </message>
    <message>
        <source>无法保存设备密钥 %1（%2）。请检查存储卡是否可写。</source>
        <translation>Cannot save the device key %1 (%2). Check that the storage card is writable.</translation>
    </message>
    <message>
        <source>设备密钥未加载，无法签名。</source>
        <translation>The device key is not loaded; cannot sign.</translation>
    </message>
    <message>
        <source>签名失败（%1）。</source>
        <translation>Signing failed (%1).</translation>
    </message>
    <message>
        <source>公钥无法读取。</source>
        <translation>The public key cannot be read.</translation>
    </message>
    <message>
        <source>签名与数据不符。</source>
        <translation>The signature does not match the data.</translation>
    </message>
</context>
<context>
    <name>DeviceProfile</name>
    <message>
        <source>配置项 %1 应为文本</source>
        <translation>Setting %1 must be text</translation>
    </message>
    <message>
        <source>配置项 %1 应为整数</source>
        <translation>Setting %1 must be a whole number</translation>
    </message>
    <message>
        <source>配置项 %1 应为数字</source>
        <translation>Setting %1 must be a number</translation>
    </message>
    <message>
        <source>配置项 %1 应为 true 或 false</source>
        <translation>Setting %1 must be true or false</translation>
    </message>
    <message>
        <source>配置项 %1 超出范围（%2–%3）</source>
        <translation>Setting %1 is out of range (%2–%3)</translation>
    </message>
    <message>
        <source>配置项 %1 只能是：%2</source>
        <translation>Setting %1 must be one of: %2</translation>
    </message>
    <message>
        <source>设备配置文件不是有效的 JSON：%1</source>
        <translation>The device profile is not valid JSON: %1</translation>
    </message>
    <message>
        <source>无法读取设备配置文件 %1：%2</source>
        <translation>Cannot read the device profile %1: %2</translation>
    </message>
    <message>
        <source>配置项 deviceId 只能含字母、数字和连字符（1–32 位）</source>
        <translation>Setting deviceId may contain only letters, digits and hyphens (1–32 characters)</translation>
    </message>
    <message>
        <source>配置项 officerNo 只能含字母、数字和连字符（1–32 位）</source>
        <translation>Setting officerNo may contain only letters, digits and hyphens (1–32 characters)</translation>
    </message>
    <message>
        <source>配置项 agencyShort（文号中的单位简称）应为 1–16 个字</source>
        <translation>Setting agencyShort (the short agency name in document numbers) must be 1–16 characters</translation>
    </message>
</context>
<context>
    <name>DocumentForm</name>
    <message>
        <source>表单中没有“%1”这一项。</source>
        <translation>The form has no item “%1”.</translation>
    </message>
    <message>
        <source>“%1”是一整项，请逐个字段填写。</source>
        <translation>“%1” is a whole group: fill in its fields one by one.</translation>
    </message>
    <message>
        <source>%1由系统自动计算，不能修改。</source>
        <translation>%1 is calculated automatically and cannot be changed.</translation>
    </message>
    <message>
        <source>%1为只读，不能修改。</source>
        <translation>%1 is read-only and cannot be changed.</translation>
    </message>
    <message>
        <source>“%1”不是可添加项目的列表。</source>
        <translation>“%1” is not a list that items can be added to.</translation>
    </message>
    <message>
        <source>%1最多 %2 项，不能再添加。</source>
        <translation>%1 allows at most %2 items; no more can be added.</translation>
    </message>
    <message>
        <source>“%1”中没有第 %2 项。</source>
        <translation>“%1” has no item %2.</translation>
    </message>
    <message>
        <source>%1至少需要 %2 项，不能再删除。</source>
        <translation>%1 needs at least %2 items; no more can be deleted.</translation>
    </message>
    <message>
        <source>%1的显示条件无法计算：%2</source>
        <translation>The display condition of %1 cannot be evaluated: %2</translation>
    </message>
    <message>
        <source>%1无法计算：%2</source>
        <translation>%1 cannot be calculated: %2</translation>
    </message>
    <message>
        <source>请至少添加一项%1。</source>
        <translation>Add at least one item to %1.</translation>
    </message>
    <message>
        <source>%1至少需要 %2 项，现有 %3 项。</source>
        <translation>%1 needs at least %2 items (it has %3).</translation>
    </message>
    <message>
        <source>%1最多 %2 项，现有 %3 项，请删除多余的项。</source>
        <translation>%1 allows at most %2 items (it has %3). Delete the extra ones.</translation>
    </message>
    <message>
        <source>%1的校验条件无法计算：%2</source>
        <translation>The validation condition of %1 cannot be evaluated: %2</translation>
    </message>
    <message>
        <source>%1的内容不符合要求，请核对。</source>
        <translation>%1 is not valid. Check it.</translation>
    </message>
    <message>
        <source>第 %1 项</source>
        <translation>Item %1</translation>
    </message>
    <message>
        <source>添加%1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>%1尚未签名；当事人拒绝签名的，请记录拒签理由。</source>
        <translation>%1 is not signed yet. If the party refuses to sign, record the reason.</translation>
    </message>
    <message>
        <source>请选择%1。</source>
        <translation>Choose the %1.</translation>
    </message>
    <message>
        <source>请填写%1。</source>
        <translation>Enter the %1.</translation>
    </message>
</context>
<context>
    <name>DocumentFormPage</name>
    <message>
        <source>当事人</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>执法人员</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>没有定位：到开阔处等待定位后再试</source>
        <translation>No GPS fix: move to open ground, wait for a fix and try again</translation>
    </message>
    <message>
        <source>已锁定，文书编号：%1</source>
        <translation>Locked. Document number: %1</translation>
    </message>
    <message>
        <source>未能建立新版本，请返回后重试</source>
        <translation>Could not create a new version; go back and try again</translation>
    </message>
    <message>
        <source>已建立第 %1 版草稿，原文书保持不变</source>
        <translation>Draft version %1 created; the original document is unchanged</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>编号在锁定时生成</source>
        <translation>Number assigned when locked</translation>
    </message>
    <message>
        <source>第 %1 版</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>尚未保存</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <source>%1 处待完善</source>
        <translation>%1 item(s) to complete</translation>
    </message>
    <message>
        <source>已填写完整</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>还有 %1 处</source>
        <translation>%1 more</translation>
    </message>
    <message>
        <source>下一处</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>锁定并生成文书</source>
        <translation>Lock and generate document</translation>
    </message>
    <message>
        <source>锁定并生成文书（尚有 %1 处未完成）</source>
        <translation>Lock and generate document (%1 item(s) incomplete)</translation>
    </message>
    <message>
        <source>已锁定，不能修改。PDF：</source>
        <translation>Locked; cannot be changed. PDF:</translation>
    </message>
    <message>
        <source>新版本（修改须另立新版）</source>
        <translation>New version (changes need a new version)</translation>
    </message>
</context>
<context>
    <name>DocumentListSection</name>
    <message>
        <source>还没有文书</source>
        <translation>No documents yet</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>第 %1 版 · %2</source>
        <translation>Version %1 · %2</translation>
    </message>
    <message>
        <source>收起</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>新建文书</source>
        <translation>New document</translation>
    </message>
</context>
<context>
    <name>DocumentStore</name>
    <message>
        <source>找不到案件 %1，请刷新案件列表后重试。</source>
        <translation>Case %1 not found. Refresh the case list and try again.</translation>
    </message>
    <message>
        <source>文书尚未填写完整，不能锁定：%1</source>
        <translation>The document is incomplete and cannot be locked: %1</translation>
    </message>
    <message>
        <source>文书使用的模板（%1 第 %2 版）与当前模板（%3 第 %4 版）不一致，不能锁定。请联系技术支持。</source>
        <translation>The document uses a different template (%1 version %2) from the current one (%3 version %4) and cannot be locked. Contact technical support.</translation>
    </message>
    <message>
        <source>无法创建文书目录（%1），文书未锁定，文号未占用。请检查存储卡后重试。</source>
        <translation>Cannot create the document directory (%1). The document was not locked and no document number was used. Check the storage card and try again.</translation>
    </message>
    <message>
        <source>无法写入文书 PDF（%1），文书未锁定，文号未占用。请检查存储卡后重试。</source>
        <translation>Cannot write the document PDF (%1). The document was not locked and no document number was used. Check the storage card and try again.</translation>
    </message>
    <message>
        <source>文书尚未锁定，可直接修改，无需创建新版本。</source>
        <translation>The document is not locked and can be edited directly; no new version is needed.</translation>
    </message>
    <message>
        <source>文书 %1 已有第 %2 版，请在最新版本上修改。</source>
        <translation>Document %1 already has version %2. Make changes on the latest version.</translation>
    </message>
    <message>
        <source>文书保存失败（%1），未写入任何内容。请重试；如仍失败，请联系技术支持。</source>
        <translation>Saving the document failed (%1); nothing was written. Try again; if it keeps failing, contact technical support.</translation>
    </message>
    <message>
        <source>找不到文书 %1，请刷新文书列表后重试。</source>
        <translation>Document %1 not found. Refresh the document list and try again.</translation>
    </message>
    <message>
        <source>文书 %1 已锁定，不能再修改。如需更正，请创建新版本。</source>
        <translation>Document %1 is locked and cannot be changed. To correct it, create a new version.</translation>
    </message>
    <message>
        <source>文书内容过大（%1 MB，上限 %2 MB），未保存。请减少签名笔画或附加内容后重试。</source>
        <translation>The document is too large (%1 MB; the limit is %2 MB) and was not saved. Reduce the signature strokes or attached content and try again.</translation>
    </message>
</context>
<context>
    <name>DocumentText</name>
    <message>
        <source>%1年%2月%3日</source>
        <translation>%1-%2-%3</translation>
    </message>
    <message>
        <source>%1 %2时%3分</source>
        <translation>%1 %2:%3</translation>
    </message>
    <message>
        <source>人民币 %1 元</source>
        <translation>RMB %1</translation>
    </message>
    <message>
        <source>身份证号：%1</source>
        <translation>ID card number: %1</translation>
    </message>
    <message>
        <source>电话：%1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <source>统一社会信用代码：%1</source>
        <translation>Unified Social Credit Code: %1</translation>
    </message>
    <message>
        <source>法定代表人（负责人）：%1</source>
        <translation>Legal representative (person in charge): %1</translation>
    </message>
    <message>
        <source>%1 %2°，%3 %4°</source>
        <translation>%2° %1, %4° %3</translation>
    </message>
    <message>
        <source>北纬</source>
        <translation>N</translation>
    </message>
    <message>
        <source>南纬</source>
        <translation>S</translation>
    </message>
    <message>
        <source>东经</source>
        <translation>E</translation>
    </message>
    <message>
        <source>西经</source>
        <translation>W</translation>
    </message>
    <message>
        <source>录像</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>时间点 %1</source>
        <translation>at %1</translation>
    </message>
    <message>
        <source>照片</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>拒绝签名：%1</source>
        <translation>Refused to sign: %1</translation>
    </message>
    <message>
        <source>已签名</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>共 %1 项</source>
        <translation>%1 item(s)</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>DocumentsController</name>
    <message>
        <source>证据数据库尚未就绪，请稍候再试。</source>
        <translation>The evidence database is not ready yet. Wait a moment and try again.</translation>
    </message>
    <message>
        <source>请先登录。</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <source>当前账号无权制作文书（需要执法人员或中队长）。</source>
        <translation>This account may not prepare documents (inspector or squad leader required).</translation>
    </message>
    <message>
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>找不到案件，无法制作文书。</source>
        <translation>Case not found; cannot prepare the document.</translation>
    </message>
    <message>
        <source>找不到文书模板 %1。</source>
        <translation>Document template %1 not found.</translation>
    </message>
    <message>
        <source>找不到文书 %1。</source>
        <translation>Document %1 not found.</translation>
    </message>
    <message>
        <source>文书模板 %1 不可用，无法打开该文书。</source>
        <translation>Document template %1 is unavailable; cannot open the document.</translation>
    </message>
    <message>
        <source>文书已锁定，不能修改。如需更正请生成新版本。</source>
        <translation>The document is locked and cannot be changed. To correct it, create a new version.</translation>
    </message>
    <message>
        <source>无法删除 %1。</source>
        <translation>Cannot delete %1.</translation>
    </message>
    <message>
        <source>请填写拒绝签名的理由。</source>
        <translation>Enter the reason for refusing to sign.</translation>
    </message>
    <message>
        <source>已自动保存 %1</source>
        <translation>Saved automatically at %1</translation>
    </message>
    <message>
        <source>没有打开的文书。</source>
        <translation>No document is open.</translation>
    </message>
    <message>
        <source>缺少签名：%1</source>
        <translation>Signature missing: %1</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>知道了</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>录制中</source>
        <translation>Recording</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>已恢复</source>
        <translation>Recovered</translation>
    </message>
    <message>
        <source>文件缺失</source>
        <translation>File missing</translation>
    </message>
</context>
<context>
    <name>EvidenceField</name>
    <message>
        <source>%1 第 %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>录像 %1</source>
        <translation>Recording %1</translation>
    </message>
    <message>
        <source>照片 %1</source>
        <translation>Photo %1</translation>
    </message>
    <message>
        <source>未关联证据</source>
        <translation>No evidence linked</translation>
    </message>
    <message>
        <source>清除</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>EvidenceIngest</name>
    <message>
        <source>证据数据库未打开，无法登记文件。请重新启动程序。</source>
        <translation>The evidence database is not open, so the file cannot be registered. Restart the program.</translation>
    </message>
    <message>
        <source>%1失败：%2（%3）。文件已保留在存储卡上，下次启动时会自动登记；如反复出现请检查存储卡。</source>
        <translation>%1 failed: %2 (%3). The file stays on the storage card and will be registered automatically at the next start. If this keeps happening, check the storage card.</translation>
    </message>
    <message>
        <source>登记录像</source>
        <translation>Registering the recording</translation>
    </message>
    <message>
        <source>登记录像分段</source>
        <translation>Registering the recording segment</translation>
    </message>
    <message>
        <source>计算校验值</source>
        <translation>Computing the hash</translation>
    </message>
    <message>
        <source>登记证据</source>
        <translation>Registering the evidence</translation>
    </message>
    <message>
        <source>登记标记</source>
        <translation>Registering the marker</translation>
    </message>
    <message>
        <source>结束录像</source>
        <translation>Closing the recording</translation>
    </message>
</context>
<context>
    <name>ExpressionSandbox</name>
    <message>
        <source>表达式为空</source>
        <translation>Empty expression</translation>
    </message>
    <message>
        <source>编译超时</source>
        <translation>Compilation timed out</translation>
    </message>
    <message>
        <source>不是一个表达式</source>
        <translation>Not an expression</translation>
    </message>
    <message>
        <source>表达式语法错误：%1</source>
        <translation>Expression syntax error: %1</translation>
    </message>
    <message>
        <source>表达式无法编译：%1</source>
        <translation>The expression cannot be compiled: %1</translation>
    </message>
    <message>
        <source>表达式参数数目不符</source>
        <translation>Wrong number of expression arguments</translation>
    </message>
    <message>
        <source>表达式运行超过 %1 毫秒已被中止（可能是死循环），请检查模板。</source>
        <translation>The expression ran for more than %1 ms and was stopped (possibly an endless loop). Check the template.</translation>
    </message>
    <message>
        <source>表达式运行出错：%1</source>
        <translation>Expression error: %1</translation>
    </message>
</context>
<context>
    <name>FieldShell</name>
    <message>
        <source>%1（必填）</source>
        <translation>%1 (required)</translation>
    </message>
</context>
<context>
    <name>FieldValidator</name>
    <message>
        <source>%1只能含数字（可带 +、空格、- 和括号），“%2”无效，请核对。</source>
        <translation>The %1 may contain only digits (and +, spaces, - and brackets); “%2” is invalid. Check it.</translation>
    </message>
    <message>
        <source>%1应有 7 到 15 位数字，现为 %2 位，请核对。</source>
        <translation>The %1 must have 7 to 15 digits (it has %2). Check it.</translation>
    </message>
    <message>
        <source>%1应为文字。</source>
        <translation>%1 must be text.</translation>
    </message>
    <message>
        <source>%1最多 %2 个字，现为 %3 个字，请删减。</source>
        <translation>%1 may have at most %2 characters (it has %3). Shorten it.</translation>
    </message>
    <message>
        <source>%1应为数字。</source>
        <translation>%1 must be a number.</translation>
    </message>
    <message>
        <source>%1不能为负数。</source>
        <translation>%1 cannot be negative.</translation>
    </message>
    <message>
        <source>%1以元为单位，最多两位小数。</source>
        <translation>%1 is in yuan, with at most two decimal places.</translation>
    </message>
    <message>
        <source>%1不能小于 %2。</source>
        <translation>%1 cannot be less than %2.</translation>
    </message>
    <message>
        <source>%1不能大于 %2。</source>
        <translation>%1 cannot be more than %2.</translation>
    </message>
    <message>
        <source>%1最多 %2 个字。</source>
        <translation>%1 may have at most %2 characters.</translation>
    </message>
    <message>
        <source>请填写%1的姓名。</source>
        <translation>Enter the name of %1.</translation>
    </message>
    <message>
        <source>%1身份证号</source>
        <translation>ID card number of %1</translation>
    </message>
    <message>
        <source>%1联系电话</source>
        <translation>phone number of %1</translation>
    </message>
    <message>
        <source>请填写%1的名称。</source>
        <translation>Enter the organisation name of %1.</translation>
    </message>
    <message>
        <source>%1统一社会信用代码</source>
        <translation>Unified Social Credit Code of %1</translation>
    </message>
    <message>
        <source>%1需要纬度和经度（数字）。</source>
        <translation>%1 needs a latitude and a longitude (numbers).</translation>
    </message>
    <message>
        <source>%1的纬度应在 -90 到 90 之间，现为 %2。</source>
        <translation>The latitude of %1 must be between -90 and 90 (it is %2).</translation>
    </message>
    <message>
        <source>%1的经度应在 -180 到 180 之间，现为 %2。</source>
        <translation>The longitude of %1 must be between -180 and 180 (it is %2).</translation>
    </message>
    <message>
        <source>%1：请选择一张照片。</source>
        <translation>%1: choose a photo.</translation>
    </message>
    <message>
        <source>%1：请选择一段录像。</source>
        <translation>%1: choose a recording.</translation>
    </message>
    <message>
        <source>%1：录像时间点应为不小于 0 的毫秒数。</source>
        <translation>%1: the position in the recording must be a number of milliseconds, 0 or more.</translation>
    </message>
    <message>
        <source>%1：证据类型应为照片或录像。</source>
        <translation>%1: the evidence type must be photo or recording.</translation>
    </message>
    <message>
        <source>%1：当事人拒绝签名时，请记录拒签理由。</source>
        <translation>%1: if the party refuses to sign, record the reason.</translation>
    </message>
    <message>
        <source>%1的笔迹数据无效，请清除后重新签名。</source>
        <translation>The handwriting data of %1 is invalid. Clear it and sign again.</translation>
    </message>
    <message>
        <source>%1尚未签名。</source>
        <translation>%1 is not signed yet.</translation>
    </message>
    <message>
        <source>%1的数据格式不对，请重新填写。</source>
        <translation>The data of %1 is in the wrong format. Fill it in again.</translation>
    </message>
    <message>
        <source>%1不是有效日期（格式：2026-11-20）。</source>
        <translation>%1 is not a valid date (format: 2026-11-20).</translation>
    </message>
    <message>
        <source>%1不是有效的日期时间（格式：2026-11-20T09:30）。</source>
        <translation>%1 is not a valid date and time (format: 2026-11-20T09:30).</translation>
    </message>
    <message>
        <source>%1的选项“%2”不在可选范围内，请重新选择。</source>
        <translation>Option “%2” of %1 is not one of the choices. Choose again.</translation>
    </message>
    <message>
        <source>%1应为选项列表。</source>
        <translation>%1 must be a list of options.</translation>
    </message>
    <message>
        <source>%1的选项“%2”重复。</source>
        <translation>Option “%2” of %1 appears more than once.</translation>
    </message>
    <message>
        <source>%1的数据格式不对。</source>
        <translation>The data of %1 is in the wrong format.</translation>
    </message>
</context>
<context>
    <name>GpsField</name>
    <message>
        <source>未记录位置</source>
        <translation>No location recorded</translation>
    </message>
    <message>
        <source>使用当前位置</source>
        <translation>Use current location</translation>
    </message>
    <message>
        <source>无定位：到开阔处后再试</source>
        <translation>No GPS fix: move to open ground and try again</translation>
    </message>
</context>
<context>
    <name>GroupRow</name>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>Hasher</name>
    <message>
        <source>不支持的摘要算法 %1</source>
        <translation>Unsupported hash algorithm %1</translation>
    </message>
    <message>
        <source>无法读取文件 %1：%2</source>
        <translation>Cannot read the file %1: %2</translation>
    </message>
    <message>
        <source>读取文件 %1 时出错：%2</source>
        <translation>Error while reading the file %1: %2</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>相机未启动</source>
        <translation>Camera not started</translation>
    </message>
    <message>
        <source>正在启动相机…</source>
        <translation>Starting camera…</translation>
    </message>
    <message>
        <source>正在保存录像…</source>
        <translation>Saving recording…</translation>
    </message>
    <message>
        <source>相机不可用</source>
        <translation>Camera unavailable</translation>
    </message>
    <message>
        <source>开始录像后才能添加标记</source>
        <translation>Start recording before adding a marker</translation>
    </message>
    <message>
        <source>已拍照</source>
        <translation>Photo taken</translation>
    </message>
    <message>
        <source>已标记：%1</source>
        <translation>Marked: %1</translation>
    </message>
    <message>
        <source>拍照</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>标记</source>
        <translation>Mark</translation>
    </message>
    <message>
        <source>仅录音</source>
        <translation>Audio only</translation>
    </message>
    <message>
        <source>强光模式</source>
        <translation>Sunlight mode</translation>
    </message>
    <message>
        <source>今日录像</source>
        <translation>Today&apos;s recordings</translation>
    </message>
    <message numerus="yes">
        <source>%n 条</source>
        <translation>
            <numerusform>%n recording</numerusform>
            <numerusform>%n recordings</numerusform>
        </translation>
    </message>
    <message>
        <source>今日拍照 %1 张</source>
        <translation>Photos today: %1</translation>
    </message>
    <message>
        <source>今天还没有录像</source>
        <translation>No recordings today</translation>
    </message>
    <message>
        <source>%1 个案件即将超期，%2 个已超期</source>
        <translation>%1 case(s) nearly overdue, %2 overdue</translation>
    </message>
    <message>
        <source>%1 个案件已超期</source>
        <translation>%1 case(s) overdue</translation>
    </message>
    <message>
        <source>%1 个案件即将超期</source>
        <translation>%1 case(s) nearly overdue</translation>
    </message>
    <message>
        <source>未选择案件</source>
        <translation>No case selected</translation>
    </message>
    <message>
        <source>案件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>查看 ›</source>
        <translation>View ›</translation>
    </message>
</context>
<context>
    <name>I18n</name>
    <message>
        <source>选项 --lang 缺少取值（zh_CN 或 en）</source>
        <translation>Option --lang needs a value (zh_CN or en)</translation>
    </message>
    <message>
        <source>选项 --lang 只能是 zh_CN 或 en，收到“%1”</source>
        <translation>Option --lang must be zh_CN or en, got “%1”</translation>
    </message>
    <message>
        <source>找不到界面语言 %1 的翻译文件 %2.qm，程序安装不完整。请重新安装或改用 --lang zh_CN。</source>
        <translation>Cannot find the translation file %2.qm for the interface language %1; the installation is incomplete. Reinstall the program, or use --lang zh_CN.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>屏幕已锁定</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <source>yyyy年M月d日 dddd</source>
        <translation>dddd, d MMMM yyyy</translation>
    </message>
    <message>
        <source>录音继续进行中</source>
        <translation>Audio recording continues</translation>
    </message>
    <message>
        <source>录像继续进行中</source>
        <translation>Video recording continues</translation>
    </message>
    <message>
        <source>F1 录像/停止 · F2 拍照 · F3 标记 锁屏时仍可使用</source>
        <translation>F1 record/stop · F2 photo · F3 mark: available while locked</translation>
    </message>
    <message>
        <source>输入 PIN 解锁</source>
        <translation>Enter PIN to unlock</translation>
    </message>
    <message>
        <source>正在验证…</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>交班/切换人员</source>
        <translation>Hand over / switch officer</translation>
    </message>
    <message>
        <source>交班退出？</source>
        <translation>Sign out for handover?</translation>
    </message>
    <message>
        <source>当前正在录像。</source>
        <translation>Recording is in progress. </translation>
    </message>
    <message>
        <source>%1 将退出登录，回到登录页面。</source>
        <translation>%1 will be signed out and the sign-in page shown.</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>交班退出</source>
        <translation>Sign out</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>请输入执法证号</source>
        <translation>Enter your officer ID</translation>
    </message>
    <message>
        <source>PIN 为 6–12 位数字，请重新输入</source>
        <translation>The PIN is 6–12 digits. Enter it again</translation>
    </message>
    <message>
        <source>模拟设备</source>
        <translation>Simulated device</translation>
    </message>
    <message>
        <source>执法终端</source>
        <translation>Field terminal</translation>
    </message>
    <message>
        <source>请使用执法证号和 PIN 登录</source>
        <translation>Sign in with your officer ID and PIN</translation>
    </message>
    <message>
        <source>执法证号</source>
        <translation>Officer ID</translation>
    </message>
    <message>
        <source>例如 31000000001</source>
        <translation>e.g. 31000000001</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>正在验证…</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>模拟设备演示账号</source>
        <translation>Demo accounts (simulated device)</translation>
    </message>
    <message>
        <source>点按填入执法证号</source>
        <translation>Tap to fill in the officer ID</translation>
    </message>
    <message>
        <source>演示 PIN %1</source>
        <translation>Demo PIN %1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>执法终端</source>
        <translation>Field terminal</translation>
    </message>
    <message>
        <source>请先登录</source>
        <translation>Sign in first</translation>
    </message>
    <message>
        <source>开始录像后才能添加标记</source>
        <translation>Start recording before adding a marker</translation>
    </message>
    <message>
        <source>已拍照</source>
        <translation>Photo taken</translation>
    </message>
    <message>
        <source>已标记：%1</source>
        <translation>Marked: %1</translation>
    </message>
</context>
<context>
    <name>Marker</name>
    <message>
        <source>亮证</source>
        <translation>Show credentials</translation>
    </message>
    <message>
        <source>告知</source>
        <translation>Notify</translation>
    </message>
    <message>
        <source>询问</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>陈述申辩</source>
        <translation>Statement/defence</translation>
    </message>
    <message>
        <source>签字</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>送达</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>MarkerPicker</name>
    <message>
        <source>添加标记</source>
        <translation>Add marker</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>OfficerImport</name>
    <message>
        <source>第 %1 条人员记录：%2</source>
        <translation>Officer entry %1: %2</translation>
    </message>
    <message>
        <source>未知字段“%1”。可用字段：officerNo、name、agency、squad、roles、pin、active。</source>
        <translation>Unknown field &quot;%1&quot;. Allowed fields: officerNo, name, agency, squad, roles, pin, active.</translation>
    </message>
    <message>
        <source>字段 %1 须为文本（用英文双引号括起来，例如 &quot;123456&quot;）。</source>
        <translation>Field %1 must be text (in double quotes, e.g. &quot;123456&quot;).</translation>
    </message>
    <message>
        <source>字段 roles 须为角色列表，例如 [&quot;inspector&quot;]。</source>
        <translation>Field roles must be a list of roles, e.g. [&quot;inspector&quot;].</translation>
    </message>
    <message>
        <source>字段 active 须为 true 或 false。</source>
        <translation>Field active must be true or false.</translation>
    </message>
    <message>
        <source>文件不是有效的 JSON（第 %1 个字节附近：%2）。请检查文件格式后重试。</source>
        <translation>The file is not valid JSON (near byte %1: %2). Check the file format and try again.</translation>
    </message>
    <message>
        <source>文件须为 {&quot;officers&quot;: [...]} 格式，缺少 officers 列表。</source>
        <translation>The file must have the form {&quot;officers&quot;: [...]}; the officers list is missing.</translation>
    </message>
    <message>
        <source>文件中没有人员记录（officers 列表为空）。</source>
        <translation>The file contains no officers (the officers list is empty).</translation>
    </message>
    <message>
        <source>须为 JSON 对象，例如 {&quot;officerNo&quot;: &quot;31000000001&quot;, …}。</source>
        <translation>must be a JSON object, e.g. {&quot;officerNo&quot;: &quot;31000000001&quot;, …}.</translation>
    </message>
    <message>
        <source>执法证号 %1 与第 %2 条重复。</source>
        <translation>Officer ID %1 duplicates entry %2.</translation>
    </message>
    <message>
        <source>无法读取导入文件 %1：%2</source>
        <translation>Cannot read the import file %1: %2</translation>
    </message>
    <message>
        <source>导入文件 %1 过大（超过 4 MB），请拆分后分批导入。</source>
        <translation>The import file %1 is too large (over 4 MB). Split it and import in batches.</translation>
    </message>
    <message>
        <source>无法读取执法人员信息：%1</source>
        <translation>Cannot read the officers: %1</translation>
    </message>
    <message>
        <source>执法人员 %1 无权导入人员：需要管理员角色。请由管理员登录后导入。</source>
        <translation>Officer %1 may not import officers: the admin role is required. Sign in as an admin and import again.</translation>
    </message>
    <message>
        <source>无法写入执法人员信息：%1。未导入任何人员，请重试。</source>
        <translation>Cannot write the officers: %1. No officer was imported; try again.</translation>
    </message>
    <message>
        <source>无法写入：%1。未导入任何人员，请重试。</source>
        <translation>Cannot write: %1. No officer was imported; try again.</translation>
    </message>
    <message>
        <source>导入后将没有可用的管理员账号，已拒绝导入。请在文件中保留至少一名在用的管理员（admin）。</source>
        <translation>The import would leave no active admin, so it was refused. Keep at least one active admin in the file.</translation>
    </message>
    <message>
        <source>本设备已有执法人员，首次导入只能在没有任何人员时进行。请由管理员用 --admin 导入。</source>
        <translation>This device already has officers; a first import is only possible while there are none. Have an admin import with --admin.</translation>
    </message>
</context>
<context>
    <name>OfficerStore</name>
    <message>
        <source>无法保存执法人员信息：%1。请重试；仍失败时请联系管理员。</source>
        <translation>Cannot save the officer: %1. Try again; if it keeps failing, contact an admin.</translation>
    </message>
    <message>
        <source>未找到执法证号为 %1 的执法人员。</source>
        <translation>No officer with ID %1.</translation>
    </message>
</context>
<context>
    <name>OfficerValidation</name>
    <message>
        <source>执法证号不能为空，请输入 4–32 位数字或字母。</source>
        <translation>The officer ID is empty. Enter 4–32 digits or letters.</translation>
    </message>
    <message>
        <source>执法证号须为 4–32 位数字或字母（不含空格和符号），请核对后重新输入。</source>
        <translation>The officer ID must be 4–32 digits or letters (no spaces or symbols). Check it and enter it again.</translation>
    </message>
    <message>
        <source>PIN 须为 6–12 位数字，请重新设置。</source>
        <translation>The PIN must be 6–12 digits. Set it again.</translation>
    </message>
    <message>
        <source>姓名不能为空，请输入执法人员姓名。</source>
        <translation>The name is empty. Enter the officer&apos;s name.</translation>
    </message>
    <message>
        <source>姓名过长（%1 个字符），最多 %2 个字符。</source>
        <translation>The name is too long (%1 characters); at most %2 characters.</translation>
    </message>
    <message>
        <source>单位名称过长（%1 个字符），最多 %2 个字符。</source>
        <translation>The agency is too long (%1 characters); at most %2 characters.</translation>
    </message>
    <message>
        <source>中队名称过长（%1 个字符），最多 %2 个字符。</source>
        <translation>The squad is too long (%1 characters); at most %2 characters.</translation>
    </message>
    <message>
        <source>角色“%1”无效，可用角色：inspector（执法人员）、squad_leader（中队长）、admin（管理员）。</source>
        <translation>Role &quot;%1&quot; is not valid. Roles: inspector, squad_leader, admin.</translation>
    </message>
    <message>
        <source>角色不能为空，请至少指定一个角色（执法人员、中队长或管理员）。</source>
        <translation>The roles are empty. Give at least one role (inspector, squad leader or admin).</translation>
    </message>
    <message>
        <source>新增执法人员须设置 PIN（6–12 位数字）。</source>
        <translation>A new officer needs a PIN (6–12 digits).</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>返回</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>PartyField</name>
    <message>
        <source>单位名称</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified Social Credit Code</translation>
    </message>
    <message>
        <source>法定代表人（负责人）</source>
        <translation>Legal representative (person in charge)</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID card number</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>PartyId</name>
    <message>
        <source>当事人身份证号</source>
        <translation>party&apos;s ID card number</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified Social Credit Code</translation>
    </message>
    <message>
        <source>%1应为 18 位，现为 %2 位，请核对后重新输入。</source>
        <translation>The %1 must have 18 characters (it has %2). Check it and enter it again.</translation>
    </message>
    <message>
        <source>请填写%1。</source>
        <translation>Enter the %1.</translation>
    </message>
    <message>
        <source>%1第 %2 位“%3”无效：前 17 位只能是数字。</source>
        <translation>Character %2 (“%3”) of the %1 is invalid: the first 17 characters must be digits.</translation>
    </message>
    <message>
        <source>%1第 18 位“%2”无效：校验位只能是数字或 X。</source>
        <translation>Character 18 (“%2”) of the %1 is invalid: the check character must be a digit or X.</translation>
    </message>
    <message>
        <source>%1第 7–14 位“%2”不是有效的出生日期，请核对。</source>
        <translation>Characters 7–14 (“%2”) of the %1 are not a valid date of birth. Check them.</translation>
    </message>
    <message>
        <source>%1中的出生日期 %2 晚于今天，请核对。</source>
        <translation>The date of birth %2 in the %1 is after today. Check it.</translation>
    </message>
    <message>
        <source>%1校验位错误：按前 17 位计算，第 18 位应为 %2，现为 %3。请逐位核对证件号码。</source>
        <translation>Wrong check character in the %1: from the first 17 characters, character 18 should be %2, not %3. Check the number character by character.</translation>
    </message>
    <message>
        <source>%1第 %2 位“%3”无效：只能是数字或除 I、O、Z、S、V 以外的大写字母。</source>
        <translation>Character %2 (“%3”) of the %1 is invalid: only digits and capital letters other than I, O, Z, S and V are allowed.</translation>
    </message>
    <message>
        <source>%1校验位错误：按前 17 位计算，第 18 位应为 %2，现为 %3。请逐位核对营业执照。</source>
        <translation>Wrong check character in the %1: from the first 17 characters, character 18 should be %2, not %3. Check it against the business licence character by character.</translation>
    </message>
</context>
<context>
    <name>PdfRenderer</name>
    <message>
        <source>无法生成 PDF：程序未以图形模式启动（需要字体）。请联系技术支持。</source>
        <translation>Cannot generate the PDF: the program was not started in graphical mode (fonts are needed). Contact technical support.</translation>
    </message>
    <message>
        <source>无法生成 PDF：未安装中文字体（Noto Serif/Sans CJK SC）。请安装 fonts-noto-cjk 后重试。</source>
        <translation>Cannot generate the PDF: no Chinese font is installed (Noto Serif/Sans CJK SC). Install fonts-noto-cjk and try again.</translation>
    </message>
    <message>
        <source>无法生成 PDF：绘图设备打开失败。请重试；如仍失败，请联系技术支持。</source>
        <translation>Cannot generate the PDF: the paint device could not be opened. Try again; if it still fails, contact technical support.</translation>
    </message>
    <message>
        <source>无法写入 PDF 文件 %1：%2。请检查路径和权限后重试。</source>
        <translation>Cannot write the PDF file %1: %2. Check the path and permissions, then try again.</translation>
    </message>
    <message>
        <source>记录时间：%1</source>
        <translation>Recorded at: %1</translation>
    </message>
    <message>
        <source>案件编号：%1</source>
        <translation>Case number: %1</translation>
    </message>
    <message>
        <source>当事人拒绝签名：%1</source>
        <translation>The party refused to sign: %1</translation>
    </message>
    <message>
        <source>第 %1 页 共 %2 页</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>执法人员</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>中队长</source>
        <translation>Squad leader</translation>
    </message>
    <message>
        <source>管理员</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>PinField</name>
    <message>
        <source>PIN（6–12 位数字）</source>
        <translation>PIN (6–12 digits)</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
</context>
<context>
    <name>PinKdf</name>
    <message>
        <source>不支持的 PIN 密钥派生算法 %1</source>
        <translation>Unsupported PIN key derivation %1</translation>
    </message>
    <message>
        <source>系统随机数生成器不可用，无法设置 PIN。请重启设备后重试。</source>
        <translation>The system random number generator is unavailable, so the PIN cannot be set. Restart the device and try again.</translation>
    </message>
    <message>
        <source>PIN 密钥派生失败（%1）。请重启设备后重试。</source>
        <translation>PIN key derivation failed (%1). Restart the device and try again.</translation>
    </message>
</context>
<context>
    <name>PowerCatalogue</name>
    <message>
        <source>无法读取权力事项清单 %1（%2）。请重新安装或同步清单。</source>
        <translation>Cannot read the power item list %1 (%2). Reinstall or sync the list.</translation>
    </message>
    <message>
        <source>权力事项清单格式错误（第 %1 个字符附近：%2），未加载。请重新同步清单。</source>
        <translation>The power item list is malformed (near character %1: %2) and was not loaded. Sync the list again.</translation>
    </message>
    <message>
        <source>权力事项清单缺少版本号（version），未加载。</source>
        <translation>The power item list has no version number (version) and was not loaded.</translation>
    </message>
    <message>
        <source>权力事项清单没有事项（items），未加载。</source>
        <translation>The power item list has no items (items) and was not loaded.</translation>
    </message>
    <message>
        <source>第 %1 项</source>
        <translation>entry %1</translation>
    </message>
    <message>
        <source>事项 %1</source>
        <translation>item %1</translation>
    </message>
    <message>
        <source>权力事项清单%1不是对象，未加载。</source>
        <translation>Power item list: %1 is not an object; the list was not loaded.</translation>
    </message>
    <message>
        <source>权力事项清单%1缺少字段“%2”，未加载。请重新同步清单。</source>
        <translation>Power item list: %1 lacks the field “%2”; the list was not loaded. Sync the list again.</translation>
    </message>
    <message>
        <source>权力事项清单%1的类别“%2”无效（应为行政处罚、行政检查或行政强制），未加载。</source>
        <translation>Power item list: %1 has an invalid category “%2” (must be 行政处罚, 行政检查 or 行政强制: administrative penalty, inspection or coercion); the list was not loaded.</translation>
    </message>
    <message>
        <source>权力事项清单中事项编码 %1 重复，未加载。</source>
        <translation>Power item list: the item code %1 occurs more than once; the list was not loaded.</translation>
    </message>
</context>
<context>
    <name>PowerItemPicker</name>
    <message>
        <source>重新选择</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>法律依据：%1</source>
        <translation>Legal basis: %1</translation>
    </message>
    <message>
        <source>裁量基准：%1</source>
        <translation>Discretion standard: %1</translation>
    </message>
    <message>
        <source>搜索权力事项：名称、编码或类别</source>
        <translation>Search power items: name, code or category</translation>
    </message>
    <message>
        <source>没有匹配的权力事项，请换个关键字</source>
        <translation>No matching power items; try another keyword</translation>
    </message>
    <message>
        <source>共 %1 项，只显示前 %2 项：请输入关键字缩小范围</source>
        <translation>%1 items; only the first %2 are shown. Type a keyword to narrow the list</translation>
    </message>
</context>
<context>
    <name>ReadOnlyField</name>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>RecIndicator</name>
    <message>
        <source>录像中</source>
        <translation>REC</translation>
    </message>
    <message>
        <source>后录 %1 秒</source>
        <translation>Post-record %1 s</translation>
    </message>
    <message>
        <source>预录 %1 秒</source>
        <translation>Pre-record %1 s</translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message>
        <source>启动检查：恢复未完成文件 %1 个，登记无记录文件 %2 个，标记缺失 %3 个，中断的录像 %4 个，删除空文件 %5 个，错误 %6 个</source>
        <translation>Start-up check: %1 unfinished file(s) recovered, %2 unregistered file(s) registered, %3 marked missing, %4 interrupted recording(s), %5 empty file(s) deleted, %6 error(s)</translation>
    </message>
    <message>
        <source>无法标记中断的录像：%1</source>
        <translation>Cannot mark the interrupted recording: %1</translation>
    </message>
    <message>
        <source>无法删除空文件 %1</source>
        <translation>Cannot delete the empty file %1</translation>
    </message>
    <message>
        <source>无法删除空文件 %1 的占位记录：%2</source>
        <translation>Cannot delete the placeholder record of the empty file %1: %2</translation>
    </message>
    <message>
        <source>无法恢复未完成的文件 %1：%2</source>
        <translation>Cannot recover the unfinished file %1: %2</translation>
    </message>
    <message>
        <source>无法查询文件 %1 的记录：%2</source>
        <translation>Cannot look up the record of the file %1: %2</translation>
    </message>
    <message>
        <source>无法计算文件 %1 的校验值：%2</source>
        <translation>Cannot compute the hash of the file %1: %2</translation>
    </message>
    <message>
        <source>文件 %1 重新出现，但与登记的校验值不一致，仍标记为缺失</source>
        <translation>The file %1 has reappeared but does not match its registered hash; it stays marked as missing</translation>
    </message>
    <message>
        <source>文件重新出现，校验值与登记一致</source>
        <translation>The file reappeared and matches its registered hash</translation>
    </message>
    <message>
        <source>录制中断后于启动时恢复</source>
        <translation>Recovered at start-up after an interrupted recording</translation>
    </message>
    <message>
        <source>启动时发现的无记录文件，已登记</source>
        <translation>Unregistered file found at start-up; now registered</translation>
    </message>
    <message>
        <source>无法登记文件 %1：%2</source>
        <translation>Cannot register the file %1: %2</translation>
    </message>
    <message>
        <source>无法读取证据记录：%1</source>
        <translation>Cannot read the evidence records: %1</translation>
    </message>
    <message>
        <source>启动检查时文件缺失（%1）</source>
        <translation>File missing at the start-up check (%1)</translation>
    </message>
    <message>
        <source>无法标记缺失文件 %1：%2</source>
        <translation>Cannot mark the file %1 as missing: %2</translation>
    </message>
</context>
<context>
    <name>RecordButton</name>
    <message>
        <source>停止录像</source>
        <translation>Stop recording</translation>
    </message>
    <message>
        <source>开始录像</source>
        <translation>Start recording</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <source>未找到摄像头驱动组件，无法录像。请联系技术支持检查设备软件。</source>
        <translation>The camera driver component was not found; cannot record. Contact technical support to check the device software.</translation>
    </message>
    <message>
        <source>未找到视频编码器（%1），无法录像。请检查设备配置中的编码器设置，或联系技术支持。</source>
        <translation>The video encoder (%1) was not found; cannot record. Check the encoder setting in the device profile, or contact technical support.</translation>
    </message>
    <message>
        <source>录像组件缺失（%1），无法录像。请联系技术支持检查设备软件。</source>
        <translation>A recording component is missing (%1); cannot record. Contact technical support to check the device software.</translation>
    </message>
    <message>
        <source>摄像头不支持所配置的画面格式（%1×%2 @ %3 fps）。请在设备配置中选择摄像头支持的分辨率和帧率。</source>
        <translation>The camera does not support the configured format (%1×%2 @ %3 fps). Choose a resolution and frame rate the camera supports in the device profile.</translation>
    </message>
    <message>
        <source>未找到麦克风或音频编码组件，录像将没有声音。请检查麦克风连接；如仍无声音，请联系技术支持。</source>
        <translation>No microphone or audio encoder component was found; recordings will have no sound. Check the microphone connection; if there is still no sound, contact technical support.</translation>
    </message>
    <message>
        <source>麦克风不支持所配置的音频格式，录像将没有声音。请检查设备配置中的采样率和声道数。</source>
        <translation>The microphone does not support the configured audio format; recordings will have no sound. Check the sample rate and channel count in the device profile.</translation>
    </message>
    <message>
        <source>相机启动失败。请重新打开相机；如反复出现，请联系技术支持。</source>
        <translation>The camera failed to start. Reopen the camera; if this keeps happening, contact technical support.</translation>
    </message>
    <message>
        <source>未检测到摄像头或摄像头无法打开，无法录像。请检查摄像头连接后重新打开相机。</source>
        <translation>No camera was detected, or it cannot be opened; cannot record. Check the camera connection, then reopen the camera.</translation>
    </message>
    <message>
        <source>视频编码器出错，录像已停止，已录内容已保存。请重新打开相机；如反复出现，请联系技术支持。</source>
        <translation>Video encoder error: recording has stopped and everything recorded so far is saved. Reopen the camera; if this keeps happening, contact technical support.</translation>
    </message>
    <message>
        <source>视频编码器出错，无法录像。请重新打开相机；如反复出现，请联系技术支持。</source>
        <translation>Video encoder error; cannot record. Reopen the camera; if this keeps happening, contact technical support.</translation>
    </message>
    <message>
        <source>写入录像文件失败，录像已停止。请检查存储卡是否已满或损坏，然后重试。</source>
        <translation>Writing the recording file failed and recording has stopped. Check whether the storage card is full or damaged, then try again.</translation>
    </message>
    <message>
        <source>录像出错，录像已停止，已录内容已保存。请重新打开相机；如反复出现，请联系技术支持。</source>
        <translation>Recording error: recording has stopped and everything recorded so far is saved. Reopen the camera; if this keeps happening, contact technical support.</translation>
    </message>
    <message>
        <source>相机出错。请重新打开相机；如反复出现，请联系技术支持。</source>
        <translation>Camera error. Reopen the camera; if this keeps happening, contact technical support.</translation>
    </message>
    <message>
        <source>摄像头连接中断，已保存已录视频，正在继续录音。请检查摄像头连接。</source>
        <translation>The camera connection was lost. The video recorded so far is saved and audio recording continues. Check the camera connection.</translation>
    </message>
    <message>
        <source>摄像头连接中断，已保存已录视频。请检查摄像头连接。</source>
        <translation>The camera connection was lost. The video recorded so far is saved. Check the camera connection.</translation>
    </message>
    <message>
        <source>摄像头连接中断，暂时无法录像和拍照。请检查摄像头连接，然后重新打开相机。</source>
        <translation>The camera connection was lost; recording and photos are unavailable for now. Check the camera connection, then reopen the camera.</translation>
    </message>
    <message>
        <source>麦克风连接中断，录音已停止，已录内容已保存。请检查麦克风连接。</source>
        <translation>The microphone connection was lost. Audio recording has stopped and everything recorded so far is saved. Check the microphone connection.</translation>
    </message>
    <message>
        <source>麦克风连接中断，录像将没有声音。请检查麦克风连接。</source>
        <translation>The microphone connection was lost; the recording will have no sound. Check the microphone connection.</translation>
    </message>
    <message>
        <source>相机尚未就绪，无法拍照。请稍候再试。</source>
        <translation>The camera is not ready yet; cannot take a photo. Wait a moment and try again.</translation>
    </message>
    <message>
        <source>摄像头不可用，无法拍照。请检查摄像头连接。</source>
        <translation>The camera is unavailable; cannot take a photo. Check the camera connection.</translation>
    </message>
    <message>
        <source>摄像头没有画面，无法拍照。请检查摄像头连接。</source>
        <translation>The camera shows no picture; cannot take a photo. Check the camera connection.</translation>
    </message>
    <message>
        <source>照片编码失败，未保存。请重试。</source>
        <translation>Encoding the photo failed and it was not saved. Try again.</translation>
    </message>
    <message>
        <source>无法保存照片：存储目录不可写。请检查存储卡。</source>
        <translation>Cannot save the photo: the storage directory is not writable. Check the storage card.</translation>
    </message>
    <message>
        <source>照片保存失败。请检查存储卡是否已满或损坏。</source>
        <translation>Saving the photo failed. Check whether the storage card is full or damaged.</translation>
    </message>
    <message>
        <source>相机尚未就绪，无法录像。请稍候再试；如一直无法就绪，请重新打开相机。</source>
        <translation>The camera is not ready yet; cannot record. Wait a moment and try again; if it never becomes ready, reopen the camera.</translation>
    </message>
    <message>
        <source>摄像头和麦克风都不可用，无法录像。请检查设备连接后重新打开相机。</source>
        <translation>Neither the camera nor the microphone is available; cannot record. Check the device connections, then reopen the camera.</translation>
    </message>
    <message>
        <source>未检测到麦克风，无法录音。请检查麦克风连接。</source>
        <translation>No microphone was detected; cannot record audio. Check the microphone connection.</translation>
    </message>
    <message>
        <source>录像组件缺失，无法录像。请联系技术支持检查设备软件。</source>
        <translation>A recording component is missing; cannot record. Contact technical support to check the device software.</translation>
    </message>
    <message>
        <source>无法开始录像。请重试；如反复出现，请重新打开相机。</source>
        <translation>Cannot start recording. Try again; if this keeps happening, reopen the camera.</translation>
    </message>
    <message>
        <source>录像文件保存失败，文件将在下次启动时恢复。请检查存储卡是否已满或损坏。</source>
        <translation>Saving the recording file failed; the file will be recovered at the next start. Check whether the storage card is full or damaged.</translation>
    </message>
    <message>
        <source>存储空间不足：剩余 %1 MB，低于保留的 %2 MB，无法开始录像。请上传并释放已回执的文件，或更换存储卡。</source>
        <translation>Storage low: %1 MB free, below the %2 MB reserve; cannot start recording. Upload and release the files the platform has acknowledged, or replace the storage card.</translation>
    </message>
    <message>
        <source>存储空间不足：剩余 %1 MB，低于保留的 %2 MB，录像已停止，已录内容已保存。请上传并释放已回执的文件，或更换存储卡。</source>
        <translation>Storage low: %1 MB free, below the %2 MB reserve; recording has stopped and everything recorded so far is saved. Upload and release the files the platform has acknowledged, or replace the storage card.</translation>
    </message>
</context>
<context>
    <name>RecordingListItem</name>
    <message>
        <source>录制中</source>
        <translation>Recording</translation>
    </message>
    <message>
        <source>已中断</source>
        <translation>Interrupted</translation>
    </message>
    <message>
        <source>%1 开始，时长 %2</source>
        <translation>Started at %1, duration %2</translation>
    </message>
    <message>
        <source>录音 %1</source>
        <translation>Audio %1</translation>
    </message>
    <message>
        <source>时长 %1</source>
        <translation>Duration %1</translation>
    </message>
    <message numerus="yes">
        <source>%n 段</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefusalSheet</name>
    <message>
        <source>当事人拒绝签名，未说明理由</source>
        <translation>The party refused to sign and gave no reason</translation>
    </message>
    <message>
        <source>当事人对认定的事实有异议</source>
        <translation>The party disputes the facts as established</translation>
    </message>
    <message>
        <source>当事人称需咨询律师后再签</source>
        <translation>The party says they will sign only after consulting a lawyer</translation>
    </message>
    <message>
        <source>请填写拒绝签名的理由（将打印在文书上）</source>
        <translation>Enter the reason for refusing to sign (it is printed on the document)</translation>
    </message>
    <message>
        <source>%1拒绝签名</source>
        <translation>%1 refused to sign</translation>
    </message>
    <message>
        <source>拒绝签名</source>
        <translation>Refused to sign</translation>
    </message>
    <message>
        <source>拒签须写明理由；如正在录像，将关联到此刻</source>
        <translation>A refusal needs a reason; if recording, it is linked to this moment</translation>
    </message>
    <message>
        <source>拒绝签名的理由</source>
        <translation>Reason for refusing to sign</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>记录拒签</source>
        <translation>Record refusal</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>证据数据库尚未就绪，请稍候再试。</source>
        <translation>The evidence database is not ready yet. Wait a moment and try again.</translation>
    </message>
    <message>
        <source>请输入执法证号。</source>
        <translation>Enter your officer ID.</translation>
    </message>
    <message>
        <source>请输入 PIN。</source>
        <translation>Enter your PIN.</translation>
    </message>
    <message>
        <source>正在录像，不能交班退出。请先停止录像。</source>
        <translation>Recording in progress; cannot sign out. Stop recording first.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>显示</source>
        <translation>Display</translation>
    </message>
    <message>
        <source>强光模式</source>
        <translation>Sunlight mode</translation>
    </message>
    <message>
        <source>黑白高对比，阳光直射下更易看清</source>
        <translation>High-contrast black and white, easier to read in direct sunlight</translation>
    </message>
    <message>
        <source>已开启</source>
        <translation>On</translation>
    </message>
    <message>
        <source>已关闭</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>审计记录</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>正在校验…</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <source>校验审计记录</source>
        <translation>Verify audit trail</translation>
    </message>
    <message numerus="yes">
        <source>审计记录完整（%n 条）</source>
        <translation>
            <numerusform>Audit trail intact (%n entry)</numerusform>
            <numerusform>Audit trail intact (%n entries)</numerusform>
        </translation>
    </message>
    <message>
        <source>审计记录不完整：第 %1 条起被改动</source>
        <translation>Audit trail broken: altered from entry %1 onwards</translation>
    </message>
    <message>
        <source>校验时间 %1</source>
        <translation>Verified %1</translation>
    </message>
    <message>
        <source>校验时间 %1 · 请立即报告管理员，保留本设备，不要删除数据</source>
        <translation>Verified %1 · Report to an admin immediately, keep this device and do not delete any data</translation>
    </message>
    <message>
        <source>最近记录</source>
        <translation>Recent entries</translation>
    </message>
    <message>
        <source>设备</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>设备编号</source>
        <translation>Device ID</translation>
    </message>
    <message>
        <source>所属单位</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>定位</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>无定位</source>
        <translation>No GPS fix</translation>
    </message>
    <message>
        <source>运行模式</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>模拟设备（演示与测试）</source>
        <translation>Simulated device (demo and testing)</translation>
    </message>
    <message>
        <source>正式设备</source>
        <translation>Production device</translation>
    </message>
    <message>
        <source>账号</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>执法人员</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>自动锁屏</source>
        <translation>Auto-lock</translation>
    </message>
    <message>
        <source>无操作 %1 秒后</source>
        <translation>After %1 s idle</translation>
    </message>
    <message>
        <source>锁定屏幕</source>
        <translation>Lock screen</translation>
    </message>
    <message>
        <source>再按一次确认</source>
        <translation>Press again to confirm</translation>
    </message>
    <message>
        <source>交班退出</source>
        <translation>Sign out</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>登录信息无法读写（%1）。请重试；仍失败时请重启设备。</source>
        <translation>The sign-in data cannot be read or written (%1). Try again; if it keeps failing, restart the device.</translation>
    </message>
    <message>
        <source>%1 小时</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 小时 %2 分钟</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 分 %2 秒</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 分钟</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 秒</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>执法证号或 PIN 不正确，请核对后重试。</source>
        <translation>Wrong officer ID or PIN. Check them and try again.</translation>
    </message>
    <message>
        <source>账号已锁定，请在 %1后重试。</source>
        <translation>The account is locked. Try again in %1.</translation>
    </message>
    <message>
        <source>请重新输入 PIN。</source>
        <translation>Please enter the PIN again.</translation>
    </message>
    <message>
        <source>该执法人员账号已停用，无法登录。如需恢复请联系管理员。</source>
        <translation>This officer&apos;s account is deactivated and cannot sign in. Contact an admin to restore it.</translation>
    </message>
    <message>
        <source>PIN 连续输错 %1 次，账号已锁定，请在 %2后重试。</source>
        <translation>Wrong PIN %1 times in a row: the account is locked. Try again in %2.</translation>
    </message>
</context>
<context>
    <name>SignatureField</name>
    <message>
        <source>拒绝签名：%1</source>
        <translation>Refused to sign: %1</translation>
    </message>
    <message>
        <source>%1 未签名</source>
        <translation>%1: not signed</translation>
    </message>
    <message>
        <source>%1 %2 签名</source>
        <translation>Signed by %1 at %2</translation>
    </message>
    <message>
        <source>已记录拒签及理由</source>
        <translation>Refusal and reason recorded</translation>
    </message>
    <message>
        <source>重新签名</source>
        <translation>Sign again</translation>
    </message>
    <message>
        <source>签名</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>拒绝签名</source>
        <translation>Refused to sign</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>签名</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>请在白色区域内书写全名</source>
        <translation>Write your full name in the white area</translation>
    </message>
    <message>
        <source>在此签名</source>
        <translation>Sign here</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>清除</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>无定位</source>
        <translation>No GPS fix</translation>
    </message>
    <message>
        <source>模拟设备</source>
        <translation>Simulated device</translation>
    </message>
</context>
<context>
    <name>StepConfirmSheet</name>
    <message>
        <source>进入「%1」？</source>
        <translation>Move to “%1”?</translation>
    </message>
    <message>
        <source>将记录当前时间和执法人员。</source>
        <translation>The current time and officer will be recorded.</translation>
    </message>
    <message>
        <source>备注（选填）</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>确认</source>
        <translation>Confirm</translation>
    </message>
</context>
<context>
    <name>StopReasonSheet</name>
    <message>
        <source>请先选择停止录像的原因</source>
        <translation>Choose a reason for stopping first</translation>
    </message>
    <message>
        <source>必填：选择“%1”时须写明停止原因</source>
        <translation>Required: explain the reason when choosing “%1”</translation>
    </message>
    <message>
        <source>停止录像</source>
        <translation>Stop recording</translation>
    </message>
    <message>
        <source>案件尚未结案，停止录像须说明客观原因（将记入审计）</source>
        <translation>The case is not closed: give the objective reason for stopping (it is recorded in the audit trail)</translation>
    </message>
    <message>
        <source>说明（必填）</source>
        <translation>Explanation (required)</translation>
    </message>
    <message>
        <source>说明（选填）</source>
        <translation>Explanation (optional)</translation>
    </message>
    <message>
        <source>例如：当事人要求暂停，已告知将继续录像</source>
        <translation>e.g. the party asked for a pause and was told recording will resume</translation>
    </message>
    <message>
        <source>停止原因说明</source>
        <translation>Reason for stopping</translation>
    </message>
    <message>
        <source>继续录像</source>
        <translation>Keep recording</translation>
    </message>
</context>
<context>
    <name>StorageGauge</name>
    <message>
        <source>存储已满</source>
        <translation>Storage full</translation>
    </message>
    <message>
        <source>可录 %1 分钟</source>
        <translation>%1 min left</translation>
    </message>
    <message>
        <source>可录 %1 小时 %2 分</source>
        <translation>%1 h %2 min left</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>无法打开证据数据库 %1（%2）。请检查存储卡是否插好且可写，然后重新启动。</source>
        <translation>Cannot open the evidence database %1 (%2). Check that the storage card is inserted and writable, then restart.</translation>
    </message>
    <message>
        <source>证据数据库 %1 来自更新版本的软件（版本 %2），本程序无法使用。请安装新版软件。</source>
        <translation>The evidence database %1 was written by a newer version of the software (version %2) and cannot be used by this program. Install the newer software.</translation>
    </message>
    <message>
        <source>证据数据库 %1 升级失败（%2）。原数据未改动，请联系技术支持。</source>
        <translation>Upgrading the evidence database %1 failed (%2). The original data is unchanged; contact technical support.</translation>
    </message>
    <message>
        <source>文件不存在</source>
        <translation>the file does not exist</translation>
    </message>
</context>
<context>
    <name>TemplateChecks</name>
    <message>
        <source>表达式“%1”有语法错误：%2（表达式：%3）</source>
        <translation>Expression “%1” has a syntax error: %2 (expression: %3)</translation>
    </message>
    <message>
        <source>表达式“%1”用了 ctx：案件数据只能在默认值（default）中使用。</source>
        <translation>Expression “%1” uses ctx: case data can only be used in default values (default).</translation>
    </message>
    <message>
        <source>表达式“%1”引用了不存在的字段“%2”（此处可用：%3）。</source>
        <translation>Expression “%1” refers to a field “%2” that does not exist (available here: %3).</translation>
    </message>
    <message>
        <source>计算字段循环依赖：%1。请去掉其中一个引用。</source>
        <translation>Computed fields depend on each other in a cycle: %1. Remove one of the references.</translation>
    </message>
</context>
<context>
    <name>TemplateLoader</name>
    <message>
        <source>文件过大（超过 %1 MB），不是模板。</source>
        <translation>The file is too large (over %1 MB) to be a template.</translation>
    </message>
    <message>
        <source>不是有效的 JSON：%1（第 %2 个字节处）。请修正后重新加载。</source>
        <translation>Not valid JSON: %1 (at byte %2). Fix it and load it again.</translation>
    </message>
    <message>
        <source>模板应为 JSON 对象。</source>
        <translation>The template must be a JSON object.</translation>
    </message>
    <message>
        <source>模板 id 缺失或无效：只能由英文字母、数字和下划线组成。</source>
        <translation>The template id is missing or invalid: it may contain only English letters, digits and underscores.</translation>
    </message>
    <message>
        <source>缺少模板版本号“version”（正整数）。</source>
        <translation>The template version “version” (a positive whole number) is missing.</translation>
    </message>
    <message>
        <source>缺少字段列表“fields”（非空数组）。</source>
        <translation>The field list “fields” (a non-empty array) is missing.</translation>
    </message>
    <message>
        <source>“signatureFieldsOnEveryPage”应为字段 id 的数组。</source>
        <translation>“signatureFieldsOnEveryPage” must be an array of field ids.</translation>
    </message>
    <message>
        <source>“%1”不是本模板顶层的签名字段。</source>
        <translation>“%1” is not a top-level signature field of this template.</translation>
    </message>
    <message>
        <source>“signatureEveryPage”为 true 时需列出“signatureFieldsOnEveryPage”。</source>
        <translation>When “signatureEveryPage” is true, “signatureFieldsOnEveryPage” must be listed.</translation>
    </message>
    <message>
        <source>模板目录不存在。</source>
        <translation>The template directory does not exist.</translation>
    </message>
    <message>
        <source>无法读取：%1</source>
        <translation>Cannot read: %1</translation>
    </message>
    <message>
        <source>模板 id“%1”与文件名“%2”不一致；文件应命名为 %1.json。</source>
        <translation>Template id “%1” does not match the file name “%2”; the file should be named %1.json.</translation>
    </message>
    <message>
        <source>模板 id“%1”重复，已忽略此文件。</source>
        <translation>Template id “%1” is a duplicate; this file was ignored.</translation>
    </message>
    <message>
        <source>未知的键“%1”（可能是拼写错误）；允许的键：%2。</source>
        <translation>Unknown key “%1” (possibly a typo); allowed keys: %2.</translation>
    </message>
    <message>
        <source>缺少“%1”。</source>
        <translation>“%1” is missing.</translation>
    </message>
    <message>
        <source>“%1”应为字符串。</source>
        <translation>“%1” must be a string.</translation>
    </message>
    <message>
        <source>“%1”不能为空。</source>
        <translation>“%1” cannot be empty.</translation>
    </message>
    <message>
        <source>“%1”应为 true 或 false。</source>
        <translation>“%1” must be true or false.</translation>
    </message>
    <message>
        <source>“%1”应为 %2 到 %3 之间的整数。</source>
        <translation>“%1” must be a whole number from %2 to %3.</translation>
    </message>
    <message>
        <source>“%1”应为数字。</source>
        <translation>“%1” must be a number.</translation>
    </message>
    <message>
        <source>字段 id“%1”无效：只能由英文字母、数字和下划线组成，且不能以数字开头。</source>
        <translation>Field id “%1” is invalid: it may contain only English letters, digits and underscores, and cannot start with a digit.</translation>
    </message>
    <message>
        <source>字段 id“%1”与表达式中的保留名称冲突，请换一个 id。</source>
        <translation>Field id “%1” clashes with a reserved name in expressions. Choose another id.</translation>
    </message>
    <message>
        <source>缺少字段 id（应为字符串）。</source>
        <translation>The field id (a string) is missing.</translation>
    </message>
    <message>
        <source>未知的字段类型“%1”；可用类型：%2。</source>
        <translation>Unknown field type “%1”; available types: %2.</translation>
    </message>
    <message>
        <source>表达式“%1”为空；不需要时请删除该键。</source>
        <translation>Expression “%1” is empty; if it is not needed, delete the key.</translation>
    </message>
    <message>
        <source>“%1”只适用于 %2 类型的字段。</source>
        <translation>“%1” only applies to fields of type %2.</translation>
    </message>
    <message>
        <source>有“constraintMessage”却没有“constraint”。</source>
        <translation>“constraintMessage” is given without “constraint”.</translation>
    </message>
    <message>
        <source>计算字段（computed）不能同时有默认值（default）。</source>
        <translation>A computed field (computed) cannot also have a default value (default).</translation>
    </message>
    <message>
        <source>%1 类型的字段不能是计算字段。</source>
        <translation>Fields of type %1 cannot be computed.</translation>
    </message>
    <message>
        <source>最小值 min 大于最大值 max。</source>
        <translation>The minimum min is greater than the maximum max.</translation>
    </message>
    <message>
        <source>%1 类型的字段需要非空的选项列表“options”。</source>
        <translation>Fields of type %1 need a non-empty option list “options”.</translation>
    </message>
    <message>
        <source>选项应为 {&quot;value&quot;, &quot;label&quot;} 对象。</source>
        <translation>Each option must be a {&quot;value&quot;, &quot;label&quot;} object.</translation>
    </message>
    <message>
        <source>选项值“%1”重复。</source>
        <translation>Option value “%1” is a duplicate.</translation>
    </message>
    <message>
        <source>重复组最多嵌套 %1 层。</source>
        <translation>Repeating groups can be nested at most %1 levels deep.</translation>
    </message>
    <message>
        <source>重复组需要非空的子字段列表“fields”。</source>
        <translation>A repeating group needs a non-empty list of subfields “fields”.</translation>
    </message>
    <message>
        <source>最少项数 minItems（%1）大于最多项数 maxItems（%2）。</source>
        <translation>The minimum number of items minItems (%1) is greater than the maximum maxItems (%2).</translation>
    </message>
    <message>
        <source>“itemLabel”应含序号占位符 %1，例如“第 %1 问”。</source>
        <translation>“itemLabel” must contain the item number placeholder %1, for example “Question %1”.</translation>
    </message>
    <message>
        <source>字段应为 JSON 对象。</source>
        <translation>The field must be a JSON object.</translation>
    </message>
    <message>
        <source>字段 id“%1”在同一层重复。</source>
        <translation>Field id “%1” is a duplicate at the same level.</translation>
    </message>
    <message>
        <source>缺少编号规则“numbering”（对象：prefix、pattern、sequenceWidth）。</source>
        <translation>The numbering rule “numbering” (an object: prefix, pattern, sequenceWidth) is missing.</translation>
    </message>
    <message>
        <source>编号规则中未知的占位符“{%1}”；可用：{agency} {prefix} {year} {seq}。</source>
        <translation>Unknown placeholder “{%1}” in the numbering rule; available: {agency} {prefix} {year} {seq}.</translation>
    </message>
    <message>
        <source>编号格式“pattern”必须含 {seq}，否则编号会重复。</source>
        <translation>The number format “pattern” must contain {seq}; otherwise numbers would repeat.</translation>
    </message>
    <message>
        <source>编号前缀“prefix”不能含 {seq} 或 {prefix}。</source>
        <translation>The number prefix “prefix” cannot contain {seq} or {prefix}.</translation>
    </message>
    <message>
        <source>模板 %1：%2</source>
        <translation>Template %1: %2</translation>
    </message>
    <message>
        <source>模板 %1 字段 %2：%3</source>
        <translation>Template %1, field %2: %3</translation>
    </message>
</context>
<context>
    <name>TextValueField</name>
    <message>
        <source>18 位</source>
        <translation>18 characters</translation>
    </message>
    <message>
        <source>手机或座机</source>
        <translation>Mobile or landline</translation>
    </message>
    <message>
        <source>元</source>
        <translation>yuan</translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message>
        <source>哈希不匹配：%1（登记的 %2 为 %3，现为 %4）。文件可能已被篡改或损坏。</source>
        <translation>Hash mismatch: %1 (registered %2 %3, now %4). The file may have been tampered with or damaged.</translation>
    </message>
    <message>
        <source>文件缺失：%1</source>
        <translation>File missing: %1</translation>
    </message>
    <message>
        <source>无法读取：%1（%2）</source>
        <translation>Cannot read: %1 (%2)</translation>
    </message>
    <message>
        <source>无法读取证据记录：%1</source>
        <translation>Cannot read the evidence records: %1</translation>
    </message>
</context>
<context>
    <name>Watermark</name>
    <message>
        <source>警号</source>
        <translation>Officer No.</translation>
    </message>
</context>
<context>
    <name>fieldterm-cli</name>
    <message>
        <source>选项 %1 无效：%2</source>
        <translation>Invalid option %1: %2</translation>
    </message>
    <message>
        <source>读取证据库失败：%1</source>
        <translation>Reading the evidence store failed: %1</translation>
    </message>
    <message>
        <source>状态	类型	时长(秒)	大小(字节)	校验值				文件</source>
        <translation>Status	Type	Duration(s)	Size(bytes)	Hash				File</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 个证据文件</source>
        <translation>
            <numerusform>%n evidence file in total</numerusform>
            <numerusform>%n evidence files in total</numerusform>
        </translation>
    </message>
    <message>
        <source>已校验 %1 个文件，全部与登记的校验值一致。</source>
        <translation>Verified %1 file(s); all match their registered hashes.</translation>
    </message>
    <message>
        <source>已检查 %1 个文件：%2 个一致，%3 个有问题（见上）。</source>
        <translation>Checked %1 file(s): %2 match, %3 have problems (see above).</translation>
    </message>
    <message>
        <source>选项 %1 缺少取值</source>
        <translation>Option %1 needs a value</translation>
    </message>
    <message>
        <source>选项 %1 需要 %2–%3 之间的整数，收到“%4”</source>
        <translation>Option %1 needs a whole number from %2 to %3, got “%4”</translation>
    </message>
    <message>
        <source>选项 --mark 的格式应为 秒数:类型（例如 2:告知 或 2.5:notify），收到“%1”</source>
        <translation>Option --mark must be SECONDS:TYPE (for example 2:告知 or 2.5:notify), got “%1”</translation>
    </message>
    <message>
        <source>选项 --mark 的标记类型“%1”无效，可用：%2</source>
        <translation>Option --mark: unknown marker type “%1”; valid types: %2</translation>
    </message>
    <message>
        <source>选项 --crypto 只能是 intl（SHA-256）或 gm（SM3），收到“%1”</source>
        <translation>Option --crypto must be intl (SHA-256) or gm (SM3), got “%1”</translation>
    </message>
    <message>
        <source>未知选项 %1。使用 --help 查看用法。</source>
        <translation>Unknown option %1. Use --help to see the usage.</translation>
    </message>
    <message>
        <source>多余的参数 %1。使用 --help 查看用法。</source>
        <translation>Unexpected argument %1. Use --help to see the usage.</translation>
    </message>
    <message>
        <source>选项 %1 只能用于 record 命令</source>
        <translation>Option %1 can only be used with the record command</translation>
    </message>
    <message>
        <source>record 命令需要 --seconds N（录像秒数）</source>
        <translation>The record command needs --seconds N (how many seconds to record)</translation>
    </message>
    <message>
        <source>选项 --mark 的时间 %1 秒不在录像时长 %2 秒之内</source>
        <translation>Option --mark: %1 s is not within the %2 s recording</translation>
    </message>
    <message>
        <source>相机在 %1 秒内未就绪。请检查摄像头和设备配置。</source>
        <translation>The camera was not ready within %1 s. Check the camera and the device profile.</translation>
    </message>
    <message>
        <source>拍照失败。请检查相机。</source>
        <translation>Taking the photo failed. Check the camera.</translation>
    </message>
    <message>
        <source>照片已保存但未能登记：%1。下次启动时会自动登记。</source>
        <translation>The photo was saved but could not be registered: %1. It will be registered automatically at the next start.</translation>
    </message>
    <message>
        <source>收到中止信号，正在停止录像并保存文件…</source>
        <translation>Abort signal received; stopping the recording and saving the files…</translation>
    </message>
    <message>
        <source>预录缓冲中 %1 秒…</source>
        <translation>Filling the pre-record buffer: %1 s…</translation>
    </message>
    <message>
        <source>录像未能在 %1 秒内开始。请检查相机。</source>
        <translation>Recording did not start within %1 s. Check the camera.</translation>
    </message>
    <message>
        <source>录像中 %1/%2 秒</source>
        <translation>Recording %1/%2 s</translation>
    </message>
    <message>
        <source>录像未能在 %1 秒内停止。已录文件会在下次启动时自动恢复。</source>
        <translation>Recording did not stop within %1 s. The files recorded so far will be recovered automatically at the next start.</translation>
    </message>
    <message>
        <source>%1 个分段文件未能登记校验值，下次启动时会自动恢复登记。</source>
        <translation>%1 segment file(s) could not be registered with their hashes; they will be registered automatically at the next start.</translation>
    </message>
    <message>
        <source>录像完成：%1 个文件已计算校验值并登记。</source>
        <translation>Recording finished: %1 file(s) hashed and registered.</translation>
    </message>
    <message>
        <source>audit 命令的用法：audit verify [--json]</source>
        <translation>Usage of audit: audit verify [--json]</translation>
    </message>
    <message>
        <source>已核对 %1 条审计记录…</source>
        <translation>Checked %1 audit trail entries…</translation>
    </message>
    <message>
        <source>选项 --admin 只能用于 officers 命令</source>
        <translation>Option --admin can only be used with the officers command</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>已锁定至 %1</source>
        <translation>Locked until %1</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>读取执法人员失败：%1</source>
        <translation>Reading the officers failed: %1</translation>
    </message>
    <message>
        <source>执法证号	姓名	单位	中队	角色	状态</source>
        <translation>Officer ID	Name	Agency	Squad	Roles	State</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 名执法人员</source>
        <translation>
            <numerusform>%n officer</numerusform>
            <numerusform>%n officers</numerusform>
        </translation>
    </message>
    <message>
        <source>无法读取导入文件 %1，请检查路径。</source>
        <translation>Cannot read the import file %1. Check the path.</translation>
    </message>
    <message>
        <source>请输入管理员 PIN：</source>
        <translation>Admin PIN: </translation>
    </message>
    <message>
        <source>未读到管理员 PIN（应为标准输入的第一行），未导入任何人员。</source>
        <translation>No admin PIN was read (expected on the first line of stdin). No officer was imported.</translation>
    </message>
    <message>
        <source>管理员身份未通过验证，未导入任何人员。</source>
        <translation>The admin was not verified. No officer was imported.</translation>
    </message>
    <message>
        <source>无法记录管理员退出：%1</source>
        <translation>Cannot record the admin&apos;s sign-out: %1</translation>
    </message>
    <message>
        <source>导入被拒绝，未导入任何人员。请修改文件后重试。</source>
        <translation>Import refused; no officer was imported. Fix the file and try again.</translation>
    </message>
    <message>
        <source>已导入 %1 名执法人员：新增 %2 名，更新 %3 名（其中重置 PIN %4 名）。</source>
        <translation>Imported %1 officers: %2 added, %3 updated (%4 PINs reset).</translation>
    </message>
    <message>
        <source>无法添加演示执法人员：%1</source>
        <translation>Cannot add the demo officers: %1</translation>
    </message>
    <message>
        <source>模拟设备：已添加 %1 名演示执法人员（见 resources/officers/README.md）。</source>
        <translation>Simulated device: added %1 demo officers (see resources/officers/README.md).</translation>
    </message>
    <message>
        <source>本设备已有执法人员：officers import 须由管理员授权，请加上 --admin 管理员执法证号。</source>
        <translation>This device already has officers: officers import needs an admin&apos;s authorisation. Add --admin ADMIN_OFFICER_ID.</translation>
    </message>
    <message>
        <source>首次导入完成：新增 %1 名执法人员。此后的导入须由管理员授权（--admin）。</source>
        <translation>First import done: %1 officers added. Later imports need an admin&apos;s authorisation (--admin).</translation>
    </message>
    <message>
        <source>officers 命令的用法：officers list [--json] 或 officers import 文件 --admin 管理员执法证号（设备上还没有任何人员时，首次导入可省略 --admin）</source>
        <translation>Usage of officers: officers list [--json] or officers import FILE --admin ADMIN_OFFICER_ID (the first import, while the device has no officers, may leave out --admin)</translation>
    </message>
    <message>
        <source>无法写入审计记录：%1</source>
        <translation>Could not write the audit record: %1</translation>
    </message>
    <message>
        <source>选项 %1 只能用于 document 命令</source>
        <translation>Option %1 can only be used with the document command</translation>
    </message>
    <message>
        <source>%1	%2	第 %3 版	%4 个字段
</source>
        <translation>%1	%2	version %3	%4 field(s)
</translation>
    </message>
    <message>
        <source>无法读取数据文件 %1：%2</source>
        <translation>Cannot read the data file %1: %2</translation>
    </message>
    <message>
        <source>数据文件 %1 不是有效的 JSON（第 %2 个字节附近：%3）</source>
        <translation>The data file %1 is not valid JSON (near byte %2: %3)</translation>
    </message>
    <message>
        <source>数据文件 %1 必须是一个 JSON 对象（字段编号 → 值）</source>
        <translation>The data file %1 must be a JSON object (field id → value)</translation>
    </message>
    <message>
        <source>document render 需要 --template ID（可用 document templates 查看模板编号）</source>
        <translation>document render needs --template ID (use document templates to list the template ids)</translation>
    </message>
    <message>
        <source>document render 需要 --sample 或 --data FILE.json 二者之一</source>
        <translation>document render needs either --sample or --data FILE.json</translation>
    </message>
    <message>
        <source>document render 需要 --out FILE.pdf（输出文件）</source>
        <translation>document render needs --out FILE.pdf (the output file)</translation>
    </message>
    <message>
        <source>未知模板 %1。可用模板：%2</source>
        <translation>Unknown template %1. Templates: %2</translation>
    </message>
    <message>
        <source>（模板 %1 的示例）</source>
        <translation>(sample of template %1)</translation>
    </message>
    <message>
        <source>模板 %1 没有示例数据。请改用 --data FILE.json。</source>
        <translation>Template %1 has no sample data. Use --data FILE.json instead.</translation>
    </message>
    <message>
        <source>样本</source>
        <translation>SAMPLE</translation>
    </message>
    <message>
        <source>已生成 %1（%2，%3 页，文号 %4）</source>
        <translation>Generated %1 (%2, %3 page(s), document number %4)</translation>
    </message>
    <message>
        <source>document 命令的用法：document templates [--json] 或 document render --template ID (--sample | --data FILE.json) --out FILE.pdf [--number 文号]</source>
        <translation>Usage of document: document templates [--json] or document render --template ID (--sample | --data FILE.json) --out FILE.pdf [--number DOCUMENT_NO]</translation>
    </message>
    <message>
        <source>未知命令 %1。可用命令：record、photo、list、verify、audit、officers、document、identity。</source>
        <translation>Unknown command %1. Available commands: record, photo, list, verify, audit, officers, document, identity.</translation>
    </message>
    <message>
        <source>缺少命令（record、photo、list、verify、audit、officers、document 或 identity）。使用 --help 查看用法。</source>
        <translation>Missing command (record, photo, list, verify, audit, officers, document or identity). Use --help for usage.</translation>
    </message>
    <message>
        <source>选项 --json 只能用于 record、list、audit、officers、document 和 identity 命令</source>
        <translation>Option --json can only be used with the record, list, audit, officers, document and identity commands</translation>
    </message>
    <message>
        <source>用法：fieldterm-cli [全局选项] 命令 [命令选项]

执法终端的命令行控制：与终端程序使用同一个录像机和证据库，无界面。
每个命令先打开证据库并执行启动检查（恢复中断的文件、登记无记录的文件、标记缺失的文件）。

命令：
  record --seconds N   录像 N 秒，等待所有分段计算校验值并登记后退出
      --prerecord S        预录 S 秒（默认 0）：先等待预录缓冲存满 S 秒再开始
      --mark T:类型        开始后第 T 秒添加标记，可重复。类型：亮证 告知 询问 陈述申辩
                           签字 送达 其他（或 show_credentials notify question statement
                           sign serve other）
      --audio-only         仅录音
      --json               在标准输出打印 JSON 摘要（录像编号、文件、按键到首帧延迟、预录时长）
  photo                拍一张照片，登记后打印其路径
  list [--json]        列出全部证据文件（路径、校验值、算法、时长、大小、状态、标记）
  verify               重新计算全部文件的校验值并与登记值比对；不一致或缺失时返回非零
  audit verify [--json]  逐条核对审计记录的校验链；完整时返回 0，否则返回 1 并指出第一条有问题的记录
  officers list [--json]           列出执法人员（执法证号、姓名、单位、中队、角色、锁定状态）
  officers import FILE --admin NO  由管理员导入执法人员（JSON 文件，格式见 README）；
                                   管理员 PIN 从标准输入读取。文件有任何错误时不导入任何人员
  identity [--json]    显示设备编号和设备签名公钥（PEM）；首次运行时生成密钥（intl：Ed25519，gm：SM2/SM3）
  document templates [--json]      列出文书模板（编号、标题、版本）；模板有错误时指出模板和字段并返回 1
  document render --template ID (--sample | --data FILE.json) --out FILE.pdf [--number 文号]
                                   按模板生成 PDF（示例数据或给定数据），不写入证据库

全局选项：
  --data-dir DIR       数据目录（默认 $XDG_DATA_HOME/fieldterm，与终端程序相同）
  --profile FILE.json  设备配置文件（默认 DIR/profile.json，不存在时用内置模拟设备）
  -v, --verbose        输出详细日志
  --lang zh_CN|en      界面语言（默认 zh_CN）
  -h, --help           显示本帮助

设备配置覆盖（用于测试和性能评估）：
  --width W --height H --fps F   视频分辨率和帧率
  --bitrate-kbps K               视频码率
  --preset P                     x264 预设（ultrafast superfast veryfast faster fast medium）
  --segment-seconds S            分段时长（秒）
  --reserve-mb M                 存储保留空间（MB），低于此值不开始录像
  --postrecord S                 停止后继续录像的秒数
  --crypto intl|gm               校验算法：intl = SHA-256，gm = SM3
  --no-audio-prerecord           预录部分不保留声音

退出码：0 成功；1 失败（如校验不一致）；2 命令行或配置错误；3 存储空间不足；
        4 摄像头/麦克风/编码器错误；5 证据库错误；128+信号 被 SIGINT/SIGTERM 中止（文件已保存）
</source>
        <translation>Usage: fieldterm-cli [global options] command [command options]

Command-line control of the field terminal: the same recorder and evidence store as the
terminal program, without a user interface. Every command first opens the evidence store and
runs the start-up check (recovers interrupted files, registers unregistered files, flags
missing files).

Commands:
  record --seconds N   record for N seconds; exits once every segment is hashed and registered
      --prerecord S        pre-record S seconds (default 0): waits until the pre-record buffer
                           holds S seconds, then starts
      --mark T:TYPE        add a marker T seconds after the start; repeatable. Types: 亮证 告知
                           询问 陈述申辩 签字 送达 其他 (or show_credentials notify question
                           statement sign serve other)
      --audio-only         record audio only
      --json               print a JSON summary on standard output (recording id, files,
                           press-to-first-frame latency, pre-record length)
  photo                take a photo, register it and print its path
  list [--json]        list every evidence file (path, hash, algorithm, duration, size, status,
                       markers)
  verify               re-hash every file and compare it with the registered hash; non-zero
                       exit on any mismatch or missing file
  audit verify [--json]  check the audit trail&apos;s hash chain entry by entry; exit 0 when it is
                         intact, otherwise 1, naming the first bad entry
  officers list [--json]           list the officers (officer ID, name, agency, squad, roles,
                                   lock state)
  officers import FILE --admin NO  import officers as an admin (JSON file, format in the
                                   README); the admin PIN is read from standard input. Nothing
                                   is imported if the file has any error
  identity [--json]    print the device ID and the device signing public key (PEM); creates the key on first run (intl: Ed25519, gm: SM2/SM3)
  document templates [--json]      list the document templates (id, title, version); exit 1,
                                   naming the template and field, if a template has errors
  document render --template ID (--sample | --data FILE.json) --out FILE.pdf [--number NO]
                                   render a PDF from a template (sample data or the given
                                   data); nothing is written to the evidence store

Global options:
  --data-dir DIR       data directory (default: $XDG_DATA_HOME/fieldterm, the same as the
                       terminal program)
  --profile FILE.json  device profile (default: DIR/profile.json; the built-in simulated device
                       when there is none)
  -v, --verbose        verbose logging
  --lang zh_CN|en      interface language (default: zh_CN)
  -h, --help           show this help

Device profile overrides (for tests and performance evaluation):
  --width W --height H --fps F   video resolution and frame rate
  --bitrate-kbps K               video bitrate
  --preset P                     x264 preset (ultrafast superfast veryfast faster fast medium)
  --segment-seconds S            segment length (seconds)
  --reserve-mb M                 storage reserve (MB); recording does not start below it
  --postrecord S                 seconds to keep recording after stop
  --crypto intl|gm               hash algorithm: intl = SHA-256, gm = SM3
  --no-audio-prerecord           no sound in the pre-recorded part

Exit codes: 0 success; 1 failure (e.g. a hash mismatch); 2 command-line or profile error;
            3 storage low; 4 camera/microphone/encoder error; 5 evidence store error;
            128+signal aborted by SIGINT/SIGTERM (files are saved)
</translation>
    </message>
    <message>
        <source>已为本设备生成新的签名密钥（%1）。</source>
        <translation>Generated a new signing key for this device (%1).</translation>
    </message>
    <message>
        <source>设备编号：%1</source>
        <translation>Device ID: %1</translation>
    </message>
    <message>
        <source>签名算法：%1</source>
        <translation>Signature algorithm: %1</translation>
    </message>
    <message>
        <source>公钥指纹（SHA-256）：%1</source>
        <translation>Public key fingerprint (SHA-256): %1</translation>
    </message>
</context>
</TS>
