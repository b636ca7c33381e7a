<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AdminCommands</name>
    <message>
        <source>没有已登记且未停用的设备 %1。</source>
        <translation>No enrolled device %1 that is not revoked.</translation>
    </message>
    <message>
        <source>下发数据名称只能是 tasks、catalogue 或 templates。</source>
        <translation>The downlink data name must be tasks, catalogue or templates.</translation>
    </message>
    <message>
        <source>文件不是有效的 JSON（%1，位置 %2）。</source>
        <translation>The file is not valid JSON (%1, at offset %2).</translation>
    </message>
    <message>
        <source>无法生成登记码：%1</source>
        <translation>Cannot generate an enrollment code: %1</translation>
    </message>
    <message>
        <source>无法停用设备：%1</source>
        <translation>Cannot revoke the device: %1</translation>
    </message>
    <message>
        <source>设备 %1 已停用。</source>
        <translation>Device %1 revoked.</translation>
    </message>
    <message>
        <source>无法读取文件 %1（%2）。</source>
        <translation>Cannot read the file %1 (%2).</translation>
    </message>
    <message>
        <source>无法发布：%1</source>
        <translation>Cannot publish: %1</translation>
    </message>
    <message>
        <source>用法：fieldterm-backoffice --data-dir DIR issue-code | revoke DEVICE_ID | publish tasks|catalogue|templates FILE.json | devices</source>
        <translation>Usage: fieldterm-backoffice --data-dir DIR issue-code | revoke DEVICE_ID | publish tasks|catalogue|templates FILE.json | devices</translation>
    </message>
</context>
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
        <source>启动 3 秒后打开页面（用于截图）：cases、case（最新案件）、document（最新案件的询问笔录）、settings、sync、lock、review（录像回看）、player（回放最新录像）</source>
        <translation>Open a page 3 s after start (for screenshots): cases, case (newest case), document (the newest case&apos;s inquiry record), settings, sync, lock, review (recording review), player (play the newest recording)</translation>
    </message>
    <message>
        <source>选项 --show 只能是 cases、case、document、settings、sync、lock、review 或 player</source>
        <translation>--show must be cases, case, document, settings, sync, lock, review or player</translation>
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
    <message>
        <source>登记到监督平台</source>
        <translation>Enroll with supervision platform</translation>
    </message>
    <message>
        <source>生成案件同步清单</source>
        <translation>Create case sync manifest</translation>
    </message>
    <message>
        <source>上传证据文件</source>
        <translation>Upload evidence file</translation>
    </message>
    <message>
        <source>收到平台回执</source>
        <translation>Platform receipt received</translation>
    </message>
    <message>
        <source>开始回放</source>
        <translation>Playback started</translation>
    </message>
    <message>
        <source>结束回放</source>
        <translation>Playback stopped</translation>
    </message>
    <message>
        <source>查看照片</source>
        <translation>Photo viewed</translation>
    </message>
    <message>
        <source>审核案件</source>
        <translation>Case review</translation>
    </message>
    <message>
        <source>核对时钟</source>
        <translation>Clock check</translation>
    </message>
    <message>
        <source>SOS 求助</source>
        <translation>SOS</translation>
    </message>
    <message>
        <source>显示照片缩略图</source>
        <translation>Photo thumbnails shown</translation>
    </message>
    <message>
        <source>显示录像缩略图</source>
        <translation>Recording thumbnails shown</translation>
    </message>
</context>
<context>
    <name>AuditRoutes</name>
    <message>
        <source>审计记录第 %1 条未通过核验（哈希或前后链接不符），整批未接收。</source>
        <translation>Audit trail entry %1 failed verification (hash or chain link mismatch); the whole batch was rejected.</translation>
    </message>
    <message>
        <source>审计记录请求格式错误。</source>
        <translation>Malformed audit trail request.</translation>
    </message>
    <message>
        <source>审计记录中的设备编号与签名设备不符。</source>
        <translation>The device ID in the audit trail does not match the signing device.</translation>
    </message>
    <message>
        <source>服务器忙，请稍后重试。</source>
        <translation>The server is busy. Try again later.</translation>
    </message>
    <message>
        <source>服务器内部错误，请稍后重试。</source>
        <translation>Internal server error. Try again later.</translation>
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
    <name>BatteryGauge</name>
    <message>
        <source>%1% 充电中</source>
        <translation>%1% charging</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>电量 %1</source>
        <translation>Battery %1</translation>
    </message>
</context>
<context>
    <name>BenchSinkRoute</name>
    <message>
        <source>文件名无效。</source>
        <translation>Invalid file name.</translation>
    </message>
    <message>
        <source>服务器无法保存文件（存储错误）。</source>
        <translation>The server cannot save the file (storage error).</translation>
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
    <message>
        <source>已审核通过</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>已退回，执法人员会在案件中看到退回意见</source>
        <translation>Returned; the officer will see your comment on the case</translation>
    </message>
</context>
<context>
    <name>CaseGaps</name>
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
        <source>已制作处罚决定文书，但没有任何视频证据</source>
        <translation>A penalty decision document was prepared, but there is no video evidence</translation>
    </message>
    <message>
        <source>环节“%1”（%2）至下一环节之间没有任何音视频或照片证据</source>
        <translation>No audio, video or photo evidence between the “%1” step (%2) and the next step</translation>
    </message>
    <message>
        <source>清单列出的 %1 个文件尚未收到或未通过核验</source>
        <translation>%1 file(s) listed in the manifest have not been received or failed verification</translation>
    </message>
    <message>
        <source>清单链断裂：与该设备上一份清单的哈希不一致</source>
        <translation>Manifest chain broken: the hash does not match the previous manifest from this device</translation>
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
    <name>CaseReview</name>
    <message>
        <source>审核未保存（%1），未写入任何内容。请重试；如仍失败，请联系技术支持。</source>
        <translation>The review was not saved (%1); nothing was written. Try again; if it still fails, contact technical support.</translation>
    </message>
    <message>
        <source>当前账号无权审核案件（需要中队长）。</source>
        <translation>This account may not review cases (squad leaders only).</translation>
    </message>
    <message>
        <source>案件 %1 是您本人创建的，不能自己审核，请由本中队其他中队长审核。</source>
        <translation>You created case %1 yourself and cannot review it; another squad leader of your squad must.</translation>
    </message>
    <message>
        <source>您的账号没有设置所属中队，不能审核案件。请联系管理员设置中队。</source>
        <translation>Your account has no squad, so you cannot review cases. Ask an administrator to set your squad.</translation>
    </message>
    <message>
        <source>案件 %1 的创建人 %2 不在本机执法人员名单中或未设置中队，无法确认属于本中队，不能审核。</source>
        <translation>The creator of case %1, %2, is not on this device&apos;s officer list or has no squad, so the case cannot be confirmed as your squad&apos;s and cannot be reviewed.</translation>
    </message>
    <message>
        <source>案件 %1 由%2的执法人员创建，只能由该中队的中队长审核。</source>
        <translation>Case %1 was created by an officer of %2; only that squad&apos;s leader may review it.</translation>
    </message>
    <message>
        <source>退回意见最多 %1 个字，现为 %2 个字，请精简后再提交。</source>
        <translation>The return comment may have at most %1 characters; it has %2. Shorten it and submit again.</translation>
    </message>
    <message>
        <source>审核意见最多 %1 个字，现为 %2 个字，请精简后再提交。</source>
        <translation>The review comment may have at most %1 characters; it has %2. Shorten it and submit again.</translation>
    </message>
    <message>
        <source>请填写退回意见：写明需要补正的内容，执法人员会在案件中看到。</source>
        <translation>Enter a return comment: say what must be corrected. The officer will see it on the case.</translation>
    </message>
    <message>
        <source>未知的审核结论“%1”，只能是通过或退回。</source>
        <translation>Unknown review decision &quot;%1&quot;: it must be approve or return.</translation>
    </message>
    <message>
        <source>找不到案件 %1，请刷新案件列表后重试。</source>
        <translation>Case %1 was not found. Refresh the case list and try again.</translation>
    </message>
    <message>
        <source>案件 %1 已审核通过，无需重复审核。</source>
        <translation>Case %1 is already approved; there is nothing to approve again.</translation>
    </message>
    <message>
        <source>已通过</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>已退回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>待审核</source>
        <translation>Pending review</translation>
    </message>
    <message>
        <source>退回</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>通过</source>
        <translation>Approve</translation>
    </message>
</context>
<context>
    <name>CaseReviewCard</name>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>审核</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>退回意见</source>
        <translation>Reason for returning</translation>
    </message>
    <message>
        <source>尚未经中队长审核</source>
        <translation>Not yet reviewed by the squad leader</translation>
    </message>
    <message>
        <source>通过</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>退回</source>
        <translation>Return</translation>
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
    <message>
        <source>请先打开要审核的案件。</source>
        <translation>Open the case to review first.</translation>
    </message>
</context>
<context>
    <name>ClockStatus</name>
    <message>
        <source>设备时钟比监督平台慢 %1 秒：录像水印和文书时间会不准，请联系管理员校时。</source>
        <translation>The device clock is %1 s behind the supervision platform: watermarks and document times will be wrong. Ask the administrator to set the time.</translation>
    </message>
    <message>
        <source>设备时钟比监督平台快 %1 秒：录像水印和文书时间会不准，请联系管理员校时。</source>
        <translation>The device clock is %1 s ahead of the supervision platform: watermarks and document times will be wrong. Ask the administrator to set the time.</translation>
    </message>
    <message>
        <source>设备时钟尚未校准：连接监督平台同步一次即可核对时间。</source>
        <translation>The device clock has not been checked: sync once with the supervision platform to check it.</translation>
    </message>
    <message>
        <source>尚未与监督平台核对</source>
        <translation>not yet checked against the supervision platform</translation>
    </message>
    <message>
        <source>%1%2 秒（±%3），%4 核对</source>
        <translation>%1%2 s (±%3), checked %4</translation>
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
    <name>DeviceNotices</name>
    <message>
        <source>电量严重不足（%1%）：录像会自动停止并保存，请立即充电。</source>
        <translation>Battery critical (%1%): recording stops and is saved automatically. Charge now.</translation>
    </message>
    <message>
        <source>电量低（%1%）：请尽快充电，避免录像中断。</source>
        <translation>Battery low (%1%): charge soon so recording is not interrupted.</translation>
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
    <message>
        <source>配置项 %1 应为绝对路径</source>
        <translation>Setting %1 must be an absolute path</translation>
    </message>
    <message>
        <source>配置项 %1 应为对象</source>
        <translation>Setting %1 must be an object</translation>
    </message>
    <message>
        <source>配置项 %1 的角色只能是：%2</source>
        <translation>The roles in setting %1 can only be: %2</translation>
    </message>
    <message>
        <source>配置项 %1 应为 LED 名称（%2 下的文件夹名）</source>
        <translation>Setting %1 must be an LED name (a folder under %2)</translation>
    </message>
    <message>
        <source>配置项 %1 应为文本列表</source>
        <translation>Setting %1 must be a list of texts</translation>
    </message>
    <message>
        <source>配置项 %1 不是支持的按键名或键码</source>
        <translation>Setting %1 is not a supported key name or key code</translation>
    </message>
    <message>
        <source>配置项 %1 至少要有 short 或 long 之一</source>
        <translation>Setting %1 needs at least one of short or long</translation>
    </message>
    <message>
        <source>配置项 %1 重复定义了同一个按键</source>
        <translation>Setting %1 defines the same key twice</translation>
    </message>
    <message>
        <source>配置项 %1 应为绝对路径（或留空）</source>
        <translation>Setting %1 must be an absolute path (or empty)</translation>
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
    <name>Downlink</name>
    <message>
        <source>下发的模板不是 {&quot;templates&quot;: [...]} 格式。</source>
        <translation>The templates sent by the platform are not in the form {&quot;templates&quot;: [...]}.</translation>
    </message>
    <message>
        <source>下发的任务不是 {&quot;tasks&quot;: [...]} 格式。</source>
        <translation>The tasks sent by the platform are not in the form {&quot;tasks&quot;: [...]}.</translation>
    </message>
    <message>
        <source>下发的第 %1 个任务缺少编号（id）或标题（title）。</source>
        <translation>Task %1 sent by the platform lacks an ID (id) or a title (title).</translation>
    </message>
    <message>
        <source>未知的下发数据 %1。</source>
        <translation>Unknown downlink data %1.</translation>
    </message>
</context>
<context>
    <name>DownlinkRoute</name>
    <message>
        <source>服务器上还没有发布这份下发数据。</source>
        <translation>This downlink data has not been published on the server yet.</translation>
    </message>
</context>
<context>
    <name>DutyInfo</name>
    <message>
        <source>无定位</source>
        <translation>No position</translation>
    </message>
    <message>
        <source>单点</source>
        <translation>GPS</translation>
    </message>
    <message>
        <source>差分</source>
        <translation>DGPS</translation>
    </message>
    <message>
        <source>PPS</source>
        <translation>PPS</translation>
    </message>
    <message>
        <source>RTK 固定</source>
        <translation>RTK fixed</translation>
    </message>
    <message>
        <source>RTK 浮动</source>
        <translation>RTK float</translation>
    </message>
    <message>
        <source>推算</source>
        <translation>Dead reckoning</translation>
    </message>
    <message>
        <source>固定位置</source>
        <translation>Fixed position</translation>
    </message>
    <message>
        <source>模拟</source>
        <translation>Simulated</translation>
    </message>
    <message numerus="yes">
        <source>%n 颗卫星</source>
        <translation>
            <numerusform>%n satellite</numerusform>
            <numerusform>%n satellites</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnrollRoute</name>
    <message>
        <source>登记请求不完整（需要登记码、设备编号、算法和公钥）。</source>
        <translation>Incomplete enrollment request (the enrollment code, device ID, algorithm and public key are required).</translation>
    </message>
    <message>
        <source>设备编号只能包含字母、数字、点、横线和下划线。</source>
        <translation>The device ID may contain only letters, digits, dots, hyphens and underscores.</translation>
    </message>
    <message>
        <source>服务器忙，请稍后重试。</source>
        <translation>The server is busy. Try again later.</translation>
    </message>
    <message>
        <source>设备 %1 已被后台停用，不能重新登记。请联系管理员。</source>
        <translation>Device %1 has been revoked by the back office and cannot enroll again. Contact the administrator.</translation>
    </message>
    <message>
        <source>服务器内部错误，请稍后重试。</source>
        <translation>Internal server error. Try again later.</translation>
    </message>
</context>
<context>
    <name>EnrollmentCodes</name>
    <message>
        <source>登记码无效。请向后台管理员索取新的登记码。</source>
        <translation>Invalid enrollment code. Ask the back-office administrator for a new one.</translation>
    </message>
    <message>
        <source>登记码已被使用过。每个登记码只能使用一次，请索取新的登记码。</source>
        <translation>This enrollment code has already been used. Each code can be used only once; ask for a new one.</translation>
    </message>
    <message>
        <source>登记码已过期（有效期 24 小时）。请索取新的登记码。</source>
        <translation>This enrollment code has expired (codes are valid for 24 hours). Ask for a new one.</translation>
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
    <name>EvidencePackage</name>
    <message>
        <source>执法案件证据包 — 核验说明

本证据包由督查平台接收端导出，内容与终端上传时完全一致：
  manifest.json            终端签名的案件清单（原始字节，未经任何改动）
  manifest.sig             终端私钥对 manifest.json 原始字节的签名
  device-public-key.pem    终端公钥；device.json 记录终端编号、算法和公钥指纹
  receipt.json/receipt.sig 接收端出具的回执及其签名
  receiver-public-key.pem  接收端公钥；receiver.json 记录算法
  files/                   清单列出且已收到的证据文件与文书 PDF（文件名：证据编号-原文件名）
  audit.jsonl              终端审计日志（至清单 auditHead 所指序号，每行一条）

一键核验：fieldterm-verify 本文件.zip（加 --json 输出机器可读结果）。
全部通过时退出码为 0；任何一项不通过时退出码为 1，并逐项列出问题。

手工核验（国际算法 ed25519 / sha256）：
  openssl pkeyutl -verify -pubin -inkey device-public-key.pem -rawin -in manifest.json -sigfile manifest.sig
  sha256sum files/*   （与 manifest.json 中 evidence[].hash、documents[].pdfHash 比对）
国密算法（sm2-sm3 / sm3）：
  openssl pkeyutl -verify -pubin -inkey device-public-key.pem -rawin -digest sm3 \
      -pkeyopt distid:1234567812345678 -in manifest.json -sigfile manifest.sig
  openssl dgst -sm3 files/*
回执：用 receiver-public-key.pem 以同样方式核验 receipt.json 与 receipt.sig，
并确认 receipt.json 中 manifestHash 等于 manifest.json 的哈希。
请将 device.json 中的公钥指纹（公钥 DER 的 SHA-256）与设备登记表核对。
</source>
        <translation>Enforcement case evidence package — verification notes

This evidence package was exported by the supervision platform receiver; its contents are exactly as the terminal uploaded them:
  manifest.json            case manifest signed by the terminal (raw bytes, unaltered)
  manifest.sig             signature over the raw bytes of manifest.json by the terminal private key
  device-public-key.pem    terminal public key; device.json records the terminal ID, algorithm and key fingerprint
  receipt.json/receipt.sig receipt issued by the receiver, and its signature
  receiver-public-key.pem  receiver public key; receiver.json records the algorithm
  files/                   evidence files and document PDFs listed in the manifest and received (file name: EVIDENCE_ID-ORIGINAL_NAME)
  audit.jsonl              terminal audit log (up to the entry the manifest&apos;s auditHead points to, one entry per line)

One-step verification: fieldterm-verify THIS_FILE.zip (add --json for machine-readable output).
The exit code is 0 when every check passes; 1 when any check fails, with each problem listed.

Manual verification (international algorithms ed25519 / sha256):
  openssl pkeyutl -verify -pubin -inkey device-public-key.pem -rawin -in manifest.json -sigfile manifest.sig
  sha256sum files/*   (compare with evidence[].hash and documents[].pdfHash in manifest.json)
Chinese national algorithms (sm2-sm3 / sm3):
  openssl pkeyutl -verify -pubin -inkey device-public-key.pem -rawin -digest sm3 \
      -pkeyopt distid:1234567812345678 -in manifest.json -sigfile manifest.sig
  openssl dgst -sm3 files/*
Receipt: verify receipt.json and receipt.sig the same way with receiver-public-key.pem,
and check that manifestHash in receipt.json equals the hash of manifest.json.
Check the public key fingerprint in device.json (SHA-256 of the public key DER) against the device enrollment register.
</translation>
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
    <message>
        <source>录像回看</source>
        <translation>Review recordings</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>无法初始化网络传输：请重启程序后重试</source>
        <translation>Cannot initialise network transfers: restart the program and try again</translation>
    </message>
    <message>
        <source>服务器地址 %1 无效：请检查地址（例如 https://服务器/tus/）</source>
        <translation>Invalid server address %1: check the address (e.g. https://SERVER/tus/)</translation>
    </message>
    <message>
        <source>不支持的地址协议 %1：请使用 https:// 地址</source>
        <translation>Unsupported address scheme %1: use an https:// address</translation>
    </message>
    <message>
        <source>拒绝通过未加密的 http:// 连接服务器 %1：请改用 https:// 地址（http 只允许本机回环地址）</source>
        <translation>Refusing to connect to the server %1 over unencrypted http://: use an https:// address instead (http is allowed only for the local loopback address)</translation>
    </message>
    <message>
        <source>传输已取消</source>
        <translation>Transfer cancelled</translation>
    </message>
    <message>
        <source>无法为请求签名：%1</source>
        <translation>Cannot sign the request: %1</translation>
    </message>
    <message>
        <source>无法连接到服务器 %1：请检查网络或服务器地址后重试</source>
        <translation>Cannot connect to the server %1: check the network or the server address and try again</translation>
    </message>
    <message>
        <source>连接服务器 %1 超时：请检查网络或服务器地址后重试</source>
        <translation>Connecting to the server %1 timed out: check the network or the server address and try again</translation>
    </message>
    <message>
        <source>与服务器 %1 的传输停滞超过 %2 秒：网络可能已中断，稍后将自动重试</source>
        <translation>The transfer with the server %1 stalled for more than %2 s: the network may be down; retrying automatically later</translation>
    </message>
    <message>
        <source>无法验证服务器 %1 的证书：请检查服务器证书与配置的 CA 证书，或联系管理员</source>
        <translation>Cannot verify the certificate of the server %1: check the server certificate and the configured CA certificate, or contact the administrator</translation>
    </message>
    <message>
        <source>服务器 %1 的公钥与配置的固定公钥不符：连接可能被拦截，请联系管理员核对</source>
        <translation>The public key of the server %1 does not match the configured pinned key: the connection may be intercepted. Contact the administrator to check it</translation>
    </message>
    <message>
        <source>无法使用配置的客户端证书或私钥：请检查证书文件后重试</source>
        <translation>Cannot use the configured client certificate or private key: check the certificate files and try again</translation>
    </message>
    <message>
        <source>服务器 %1 的应答过大（超过 1 MiB）：请确认服务器地址是否正确</source>
        <translation>The response from the server %1 is too large (over 1 MiB): check that the server address is correct</translation>
    </message>
    <message>
        <source>与服务器 %1 的连接中断：稍后将自动重试，也可检查网络后重试</source>
        <translation>The connection to the server %1 was interrupted: retrying automatically later, or check the network and try again</translation>
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
    <message>
        <source>正在录制中</source>
        <translation>Already recording</translation>
    </message>
    <message>
        <source>SOS 已记录，正在录像 · 点击确认</source>
        <translation>SOS recorded, recording video · tap to confirm</translation>
    </message>
    <message>
        <source>SOS 已记录 · 点击确认</source>
        <translation>SOS recorded · tap to confirm</translation>
    </message>
</context>
<context>
    <name>ManifestRoute</name>
    <message>
        <source>服务器内部错误，请稍后重试。</source>
        <translation>Internal server error. Try again later.</translation>
    </message>
    <message>
        <source>案件清单缺少签名（Manifest-Signature）。请升级终端软件后重试。</source>
        <translation>The case manifest has no signature (Manifest-Signature). Update the terminal software and try again.</translation>
    </message>
    <message>
        <source>案件清单的签名与本设备登记的密钥不符，已拒绝。</source>
        <translation>The case manifest signature does not match the key enrolled for this device; rejected.</translation>
    </message>
    <message>
        <source>案件清单格式错误（需要 format、manifestId、hashAlg，以及 case.id 或 case 为 null）。</source>
        <translation>Malformed case manifest (format, manifestId and hashAlg are required, and either case.id or case set to null).</translation>
    </message>
    <message>
        <source>案件清单中的设备编号与签名设备不符。</source>
        <translation>The device ID in the case manifest does not match the signing device.</translation>
    </message>
    <message>
        <source>服务器忙，请稍后重试。</source>
        <translation>The server is busy. Try again later.</translation>
    </message>
    <message>
        <source>同一编号的案件清单已以不同内容提交过。清单一经发送不可更改，请为修改后的案件生成新清单。</source>
        <translation>A case manifest with this ID was already submitted with different content. A manifest cannot be changed once sent; create a new manifest for the changed case.</translation>
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
    <name>PackageReader</name>
    <message>
        <source>无法打开证据包 %1：%2</source>
        <translation>Cannot open the evidence package %1: %2</translation>
    </message>
    <message>
        <source>证据包已损坏：%1</source>
        <translation>The evidence package is damaged: %1</translation>
    </message>
    <message>
        <source>读取证据包条目 %1 失败：%2</source>
        <translation>Reading the package entry %1 failed: %2</translation>
    </message>
    <message>
        <source>证据包条目 %1 过大</source>
        <translation>The package entry %1 is too large</translation>
    </message>
</context>
<context>
    <name>PackageVerifier</name>
    <message>
        <source>%1缺失：%2 未包含在证据包中（尚未收到或未导出）</source>
        <translation>%1 missing: %2 is not in the evidence package (not received yet, or not exported)</translation>
    </message>
    <message>
        <source>%1哈希一致：%2</source>
        <translation>%1 hash matches: %2</translation>
    </message>
    <message>
        <source>%1哈希不符：%2（清单 %3，实际 %4）</source>
        <translation>%1 hash mismatch: %2 (manifest %3, actual %4)</translation>
    </message>
    <message>
        <source>audit.jsonl 第 %1 条之后有无法解析的行</source>
        <translation>audit.jsonl has an unreadable line after entry %1</translation>
    </message>
    <message>
        <source>审计记录序号不连续：应为第 %1 条，实为第 %2 条（有记录缺失）</source>
        <translation>Audit trail sequence broken: expected entry %1, found entry %2 (entries are missing)</translation>
    </message>
    <message>
        <source>审计记录第 %1 条与上一条不衔接（prevHash 不符）</source>
        <translation>Audit trail entry %1 does not follow on from the previous entry (prevHash mismatch)</translation>
    </message>
    <message>
        <source>审计记录第 %1 条不属于设备 %2</source>
        <translation>Audit trail entry %1 does not belong to device %2</translation>
    </message>
    <message>
        <source>审计记录第 %1 条哈希不符（内容被改动）</source>
        <translation>Audit trail entry %1 does not match its hash (its content was altered)</translation>
    </message>
    <message>
        <source>审计链未止于清单记载的 auditHead（第 %1 条），证据包中止于第 %2 条</source>
        <translation>The audit chain does not end at the auditHead recorded in the manifest (entry %1); the package ends at entry %2</translation>
    </message>
    <message>
        <source>审计链完整：第 1 至 %1 条，止于清单记载的 auditHead</source>
        <translation>Audit chain intact: entries 1 to %1, ending at the auditHead recorded in the manifest</translation>
    </message>
    <message>
        <source>缺少接收回执、回执签名或接收端公钥</source>
        <translation>The receipt, the receipt signature or the receiver public key is missing</translation>
    </message>
    <message>
        <source>回执签名有效（接收端公钥指纹 %1）</source>
        <translation>Receipt signature valid (receiver public key fingerprint %1)</translation>
    </message>
    <message>
        <source>回执签名无效：receipt.sig 不是接收端公钥对 receipt.json 的签名</source>
        <translation>Receipt signature invalid: receipt.sig is not a signature over receipt.json by the receiver public key</translation>
    </message>
    <message>
        <source>回执所记清单哈希与 manifest.json 一致</source>
        <translation>The manifest hash in the receipt matches manifest.json</translation>
    </message>
    <message>
        <source>回执所记清单（%1）与 manifest.json 的哈希 %2 不一致</source>
        <translation>The manifest hash in the receipt (%1) does not match the hash of manifest.json (%2)</translation>
    </message>
    <message>
        <source>证据包不完整：缺少 manifest.json、device-public-key.pem 或 device.json</source>
        <translation>Incomplete evidence package: manifest.json, device-public-key.pem or device.json is missing</translation>
    </message>
    <message>
        <source>manifest.json 不是有效的 fieldterm-manifest-v1 清单</source>
        <translation>manifest.json is not a valid fieldterm-manifest-v1 manifest</translation>
    </message>
    <message>
        <source>device.json 中的签名算法未知：%1</source>
        <translation>Unknown signature algorithm in device.json: %1</translation>
    </message>
    <message>
        <source>清单的哈希算法未知：%1</source>
        <translation>Unknown manifest hash algorithm: %1</translation>
    </message>
    <message>
        <source>清单签名无效：manifest.sig 不是设备公钥对 manifest.json 原始字节的签名（清单被改动或签名被替换）</source>
        <translation>Manifest signature invalid: manifest.sig is not a signature over the raw bytes of manifest.json by the device public key (the manifest was altered or the signature replaced)</translation>
    </message>
    <message>
        <source>清单签名有效（%1）</source>
        <translation>Manifest signature valid (%1)</translation>
    </message>
    <message>
        <source>清单的设备编号 %1 与 device.json 的 %2 不一致</source>
        <translation>The manifest&apos;s device ID %1 does not match %2 in device.json</translation>
    </message>
    <message>
        <source>证据文件</source>
        <translation>Evidence file</translation>
    </message>
    <message>
        <source>文书 PDF </source>
        <translation>Document PDF</translation>
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
    <name>PhotoLookup</name>
    <message>
        <source>读取照片信息失败，请稍后重试。</source>
        <translation>Could not read the photo&apos;s details. Please try again later.</translation>
    </message>
    <message>
        <source>找不到这张照片（%1），请刷新后重试。</source>
        <translation>Photo %1 was not found. Refresh and try again.</translation>
    </message>
    <message>
        <source>这条证据不是照片；录像请通过回放查看。</source>
        <translation>This evidence is not a photo; watch recordings in playback.</translation>
    </message>
</context>
<context>
    <name>PhotoViewerPage</name>
    <message>
        <source>照片无法显示：文件已损坏或格式不支持。</source>
        <translation>The photo cannot be shown: the file is damaged or its format is not supported.</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>第 %1 / %2 张</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>案件 %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <source>上一张</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>放大</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>缩小</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>适应</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>下一张</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>位置 %1</source>
        <translation>Position %1</translation>
    </message>
    <message>
        <source>拍摄时无定位</source>
        <translation>No position fix when taken</translation>
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
    <name>PlaybackTimeline</name>
    <message>
        <source>文件已登记为缺失</source>
        <translation>File registered as missing</translation>
    </message>
    <message>
        <source>文件仍在写入，尚未完成</source>
        <translation>File is still being written</translation>
    </message>
    <message>
        <source>文件不存在</source>
        <translation>File does not exist</translation>
    </message>
    <message>
        <source>文件无法读取</source>
        <translation>File cannot be read</translation>
    </message>
    <message>
        <source>文件已损坏，无法识别为音视频</source>
        <translation>File damaged, not recognisable as audio/video</translation>
    </message>
    <message>
        <source>文件不完整，时长与登记不符</source>
        <translation>File incomplete: its length differs from the record</translation>
    </message>
    <message>
        <source>文件无法解码</source>
        <translation>File cannot be decoded</translation>
    </message>
</context>
<context>
    <name>Player</name>
    <message>
        <source>这段录像没有可以播放的文件，请核对证据文件是否完整。</source>
        <translation>This recording has no playable file; check that its evidence files are complete.</translation>
    </message>
    <message>
        <source>播放组件不完整，无法播放录像，请联系管理员。</source>
        <translation>Playback components are missing, the recording cannot be played; contact the administrator.</translation>
    </message>
    <message>
        <source>录像无法播放，请稍后重试；如仍不能播放，请联系管理员。</source>
        <translation>The recording cannot be played; try again later, or contact the administrator if it still fails.</translation>
    </message>
</context>
<context>
    <name>PlayerPage</name>
    <message>
        <source>已审核通过</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>已退回，执法人员会在案件中看到退回意见</source>
        <translation>Returned; the inspector will see your comment on the case</translation>
    </message>
    <message>
        <source>录像回放</source>
        <translation>Playback</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>正在打开…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <source>无法播放</source>
        <translation>Cannot play</translation>
    </message>
    <message>
        <source>已播放完毕</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>本机无法显示画面</source>
        <translation>This device cannot show the picture</translation>
    </message>
    <message>
        <source>后退10秒</source>
        <translation>Back 10 s</translation>
    </message>
    <message>
        <source>暂停</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>播放</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>前进10秒</source>
        <translation>Forward 10 s</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>标记（%1）</source>
        <translation>Markers (%1)</translation>
    </message>
    <message>
        <source>没有标记</source>
        <translation>No markers</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>案件 %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <source>尚无文书</source>
        <translation>No documents yet</translation>
    </message>
    <message>
        <source>文书 %1 份，已定稿 %2 份</source>
        <translation>%1 documents, %2 locked</translation>
    </message>
    <message>
        <source>通过</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>退回</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>查看案件详情</source>
        <translation>Open the case</translation>
    </message>
    <message>
        <source>照片（%1）</source>
        <translation>Photos (%1)</translation>
    </message>
    <message>
        <source>位置 %1</source>
        <translation>Position %1</translation>
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
    <name>PowerPolicy</name>
    <message>
        <source>电量仅剩 %1%，系统自动停止录像并保存</source>
        <translation>Battery at %1%: recording stopped and saved automatically</translation>
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
    <name>ReceiverInstance</name>
    <message>
        <source>无法创建数据目录 %1（%2）。请检查路径和权限。</source>
        <translation>Cannot create the data directory %1 (%2). Check the path and permissions.</translation>
    </message>
    <message>
        <source>无法打开接收端数据库（%1）。请检查数据目录。</source>
        <translation>Cannot open the receiver database (%1). Check the data directory.</translation>
    </message>
    <message>
        <source>无法创建密钥目录 %1（%2）。</source>
        <translation>Cannot create the key directory %1 (%2).</translation>
    </message>
    <message>
        <source>无法读取用户表（%1）。</source>
        <translation>Cannot read the user table (%1).</translation>
    </message>
    <message>
        <source>无法写入管理员初始密码文件 %1（%2）。</source>
        <translation>Cannot write the initial admin password file %1 (%2).</translation>
    </message>
    <message>
        <source>无法创建管理员账号（%1）。</source>
        <translation>Cannot create the admin account (%1).</translation>
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
    <message>
        <source>未检测到存储卡：无法录像。请插好存储卡，待界面显示可录时长后再试。</source>
        <translation>No storage card: cannot record. Insert the card and try again once the recording time left is shown.</translation>
    </message>
    <message>
        <source>存储卡已移除：录像已停止。此前录好的片段在存储卡上，请插回存储卡；插回前无法录像。</source>
        <translation>The storage card was removed: recording stopped. The segments recorded so far are on the card; put it back. Recording is not possible until then.</translation>
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
    <name>RequestVerifier</name>
    <message>
        <source>请求没有签名。请先用本设备登记（fieldterm-cli enroll），再重新同步。</source>
        <translation>The request is not signed. Enroll this device first (fieldterm-cli enroll), then sync again.</translation>
    </message>
    <message>
        <source>请求签名格式错误，无法核验。请升级终端软件后重试。</source>
        <translation>The request signature is malformed and cannot be verified. Update the terminal software and try again.</translation>
    </message>
    <message>
        <source>请求签名没有覆盖必需的内容（%1）。请升级终端软件后重试。</source>
        <translation>The request signature does not cover the required components (%1). Update the terminal software and try again.</translation>
    </message>
    <message>
        <source>请求签名算法与登记的密钥不符。请重新登记本设备。</source>
        <translation>The request signature algorithm does not match the enrolled key. Enroll this device again.</translation>
    </message>
    <message>
        <source>请求签名时间与服务器时间相差超过 5 分钟。请校准终端时间后重试。</source>
        <translation>The request was signed more than 5 minutes away from the server time. Correct the terminal clock and try again.</translation>
    </message>
    <message>
        <source>服务器内部错误，请稍后重试。</source>
        <translation>Internal server error. Try again later.</translation>
    </message>
    <message>
        <source>重复的请求（随机数已使用过），已拒绝。</source>
        <translation>Duplicate request (the nonce was already used); rejected.</translation>
    </message>
    <message>
        <source>请求内容与其摘要（Content-Digest）不符，可能在传输中被改动。请重试。</source>
        <translation>The request body does not match its digest (Content-Digest); it may have been altered in transit. Try again.</translation>
    </message>
    <message>
        <source>请求签名无效。请确认本设备已登记且密钥未更换。</source>
        <translation>Invalid request signature. Check that this device is enrolled and its key has not changed.</translation>
    </message>
    <message>
        <source>设备 %1 尚未登记。请向后台管理员索取登记码并登记本设备。</source>
        <translation>Device %1 is not enrolled. Ask the back-office administrator for an enrollment code and enroll this device.</translation>
    </message>
    <message>
        <source>设备 %1 已被后台停用，不能再同步。请联系管理员。</source>
        <translation>Device %1 has been revoked by the back office and can no longer sync. Contact the administrator.</translation>
    </message>
    <message>
        <source>请求签名的密钥标识与设备编号不符。</source>
        <translation>The key ID of the request signature does not match the device ID.</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>第 %1 段：%2，已跳过</source>
        <translation>Segment %1: %2, skipped</translation>
    </message>
    <message>
        <source>证据数据库尚未就绪，请稍候再试。</source>
        <translation>The evidence store is not ready yet; try again in a moment.</translation>
    </message>
    <message>
        <source>读取录像列表失败，请稍后重试。</source>
        <translation>Could not read the recordings; try again later.</translation>
    </message>
    <message>
        <source>全部人员</source>
        <translation>All officers</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>已关联案件</source>
        <translation>Linked to a case</translation>
    </message>
    <message>
        <source>未关联</source>
        <translation>Not linked</translation>
    </message>
    <message>
        <source>全部日期</source>
        <translation>Any date</translation>
    </message>
    <message>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>近 7 天</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>近 30 天</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>全部标记</source>
        <translation>All markers</translation>
    </message>
    <message>
        <source>请先登录。</source>
        <translation>Please sign in first.</translation>
    </message>
    <message>
        <source>读取录像失败，请稍后重试。</source>
        <translation>Could not read the recording; try again later.</translation>
    </message>
    <message>
        <source>找不到这段录像（可能仍在录制中）。</source>
        <translation>Recording not found (it may still be recording).</translation>
    </message>
    <message>
        <source>您无权查看这段录像（执法人员只能查看本人录像，中队长可查看本中队录像）。</source>
        <translation>You may not view this recording (inspectors see their own recordings, squad leaders their squad&apos;s).</translation>
    </message>
    <message>
        <source>您无权查看这张照片（执法人员只能查看本人照片，中队长可查看本中队照片）。</source>
        <translation>You may not view this photo (inspectors see their own photos, squad leaders their squad&apos;s).</translation>
    </message>
    <message>
        <source>读取照片信息失败，请稍后重试。</source>
        <translation>Could not read the photo&apos;s details. Please try again later.</translation>
    </message>
    <message>
        <source>照片文件缺失或无法读取，无法显示。</source>
        <translation>The photo file is missing or unreadable and cannot be shown.</translation>
    </message>
    <message>
        <source>本段录像的照片暂不显示（未能记入审计日志：%1）</source>
        <translation>This recording&apos;s photos are not shown (their showing could not be written to the audit trail: %1)</translation>
    </message>
    <message>
        <source>录像缩略图暂不显示（未能记入审计日志：%1）</source>
        <translation>Recording thumbnails are not shown (the showing could not be written to the audit log: %1)</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>录像回看</source>
        <translation>Review recordings</translation>
    </message>
    <message>
        <source>共 %1 段录像</source>
        <translation>%1 recordings</translation>
    </message>
    <message>
        <source>没有符合条件的录像</source>
        <translation>No recordings match</translation>
    </message>
    <message>
        <source>当前账号无权查看录像</source>
        <translation>This account may not view recordings</translation>
    </message>
</context>
<context>
    <name>ReviewRecordingItem</name>
    <message>
        <source>%1 的录像，%2 开始，时长 %3</source>
        <translation>Recording by %1, started %2, length %3</translation>
    </message>
    <message>
        <source>未关联案件</source>
        <translation>Not linked to a case</translation>
    </message>
</context>
<context>
    <name>ReviewReturnSheet</name>
    <message>
        <source>请填写退回意见：写明需要补正的内容，执法人员会在案件中看到。</source>
        <translation>Enter a return comment: say what must be corrected. The officer will see it on the case.</translation>
    </message>
    <message>
        <source>退回案件 %1</source>
        <translation>Return case %1</translation>
    </message>
    <message>
        <source>退回案件</source>
        <translation>Return case</translation>
    </message>
    <message>
        <source>退回须写明意见；执法人员会在案件中看到，并记入审计</source>
        <translation>A return needs a comment; the officer sees it on the case and it goes into the audit trail</translation>
    </message>
    <message>
        <source>退回意见（必填），例如：告知环节缺少录像，请补录或说明原因</source>
        <translation>Return comment (required), e.g. the notification step has no recording: record it or explain why</translation>
    </message>
    <message>
        <source>退回意见</source>
        <translation>Return comment</translation>
    </message>
    <message>
        <source>%1 / %2 字</source>
        <translation>%1 / %2 characters</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>确认退回</source>
        <translation>Return case</translation>
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
    <name>SqliteTusStateStore</name>
    <message>
        <source>上传状态数据库出错（%1）：请稍后重试，仍失败时请联系管理员</source>
        <translation>Upload state database error (%1): try again later; if it keeps failing, contact the administrator</translation>
    </message>
    <message>
        <source>无法打开上传状态数据库 %1：%2</source>
        <translation>Cannot open the upload state database %1: %2</translation>
    </message>
    <message>
        <source>数据库 %1 中没有上传状态表：请先用新版程序打开一次数据目录以完成升级</source>
        <translation>The database %1 has no upload state table: open the data directory once with the new version of the program to complete the upgrade</translation>
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
    <message>
        <source>定位过期</source>
        <translation>Position stale</translation>
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
    <name>Sync</name>
    <message>
        <source>注册码为空：请输入监督平台管理页发放的一次性注册码。</source>
        <translation>No enrollment code: enter the one-time enrollment code issued on the supervision platform&apos;s admin page.</translation>
    </message>
    <message>
        <source>服务器的登记应答不完整（缺少平台公钥）：请确认地址指向监督平台接收端。</source>
        <translation>The server&apos;s enrollment response is incomplete (the platform public key is missing): check that the address points to the supervision platform receiver.</translation>
    </message>
    <message>
        <source>登记已被平台接受，但本机保存失败（%1）：请检查存储后重新登记。</source>
        <translation>The platform accepted the enrollment, but saving it on this device failed (%1): check the storage and enroll again.</translation>
    </message>
    <message>
        <source>生成同步清单失败（%1）：请检查存储空间。</source>
        <translation>Creating the sync manifest failed (%1): check the free storage space.</translation>
    </message>
    <message>
        <source>本设备已被监督平台停用：请联系平台管理员。</source>
        <translation>This device has been revoked by the supervision platform: contact the platform administrator.</translation>
    </message>
    <message>
        <source>监督平台不认识本设备：请先用注册码登记（fieldterm-cli enroll）。</source>
        <translation>The supervision platform does not know this device: enroll it with an enrollment code first (fieldterm-cli enroll).</translation>
    </message>
    <message>
        <source>注册码无效、已用过或已过期：请在平台管理页重新生成注册码。</source>
        <translation>The enrollment code is invalid, already used or expired: generate a new one on the platform&apos;s admin page.</translation>
    </message>
    <message>
        <source>设备时间与平台相差过大：请校准设备时间后重试。</source>
        <translation>The device clock differs too much from the platform&apos;s: correct the device time and try again.</translation>
    </message>
    <message>
        <source>平台拒绝了本设备的签名（%1）：请确认设备已登记且未更换密钥。</source>
        <translation>The platform rejected this device&apos;s signature (%1): check that the device is enrolled and its key has not changed.</translation>
    </message>
    <message>
        <source>监督平台暂时不可用（HTTP %1）：稍后会自动重试。</source>
        <translation>The supervision platform is temporarily unavailable (HTTP %1): sync will retry automatically later.</translation>
    </message>
    <message>
        <source>监督平台拒绝了请求（HTTP %1）：%2</source>
        <translation>The supervision platform rejected the request (HTTP %1): %2</translation>
    </message>
    <message>
        <source>监督平台拒绝了请求（HTTP %1 %2）。</source>
        <translation>The supervision platform rejected the request (HTTP %1 %2).</translation>
    </message>
    <message>
        <source>本设备尚未登记到监督平台：请先用注册码登记（fieldterm-cli enroll --server 地址 --code 注册码）。</source>
        <translation>This device is not enrolled with the supervision platform: enroll it with an enrollment code first (fieldterm-cli enroll --server URL --code CODE).</translation>
    </message>
    <message>
        <source>读取审计记录失败（%1）：请检查存储后重试。</source>
        <translation>Reading the audit trail failed (%1): check the storage and try again.</translation>
    </message>
    <message>
        <source>平台下发的%1未通过校验，仍使用原有版本：%2</source>
        <translation>The %1 sent by the platform failed validation; the previous version stays in use: %2</translation>
    </message>
    <message>
        <source>清单记录缺失</source>
        <translation>Manifest record missing</translation>
    </message>
    <message>
        <source>平台回执的签名无法核验：回执未被接受。请确认连接的是登记时的监督平台。</source>
        <translation>The signature of the platform receipt cannot be verified, so the receipt was not accepted. Check that this is the supervision platform the device was enrolled with.</translation>
    </message>
    <message>
        <source>平台回执与清单不对应：回执未被接受。</source>
        <translation>The platform receipt does not match the manifest, so the receipt was not accepted.</translation>
    </message>
    <message>
        <source>保存平台回执失败：请检查存储空间后重试。</source>
        <translation>Saving the platform receipt failed: check the free storage space and try again.</translation>
    </message>
    <message>
        <source>无法打开上传进度记录（%1）：请检查存储。</source>
        <translation>Cannot open the upload progress records (%1): check the storage.</translation>
    </message>
    <message>
        <source>电量低于 %1%，同步已暂停：充电后会自动继续。</source>
        <translation>Battery below %1%, sync paused: it resumes automatically once the device is charging.</translation>
    </message>
    <message>
        <source>没有网络连接：连上网络后会自动继续同步。</source>
        <translation>No network connection: sync resumes automatically once connected.</translation>
    </message>
    <message>
        <source>录像等待 Wi-Fi 或有线网络（设置中可允许使用移动网络）</source>
        <translation>Videos wait for Wi-Fi or a wired network (mobile data can be allowed in the settings)</translation>
    </message>
    <message>
        <source>无法打开证据库（%1）：请检查存储后重试。</source>
        <translation>Cannot open the evidence store (%1): check the storage and try again.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>上次同步：%1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <source>全部已由平台确认</source>
        <translation>All confirmed by the platform</translation>
    </message>
    <message>
        <source>还有 %1 项待确认，约 %2 待上传</source>
        <translation>%1 item(s) awaiting confirmation, about %2 left to upload</translation>
    </message>
    <message>
        <source>只有管理员可以修改同步策略：请由管理员登录后再改。</source>
        <translation>Only an administrator can change the sync policy: sign in as an administrator to change it.</translation>
    </message>
    <message>
        <source>无法保存同步策略：请检查存储空间后重试。</source>
        <translation>Could not save the sync policy: check the storage space and try again.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>已同步</source>
        <translation>Synced</translation>
    </message>
    <message>
        <source>待同步 %1</source>
        <translation>%1 to sync</translation>
    </message>
    <message>
        <source>同步中</source>
        <translation>Syncing</translation>
    </message>
    <message>
        <source>同步异常</source>
        <translation>Sync error</translation>
    </message>
    <message>
        <source>未登记</source>
        <translation>Not enrolled</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <source>案件清单</source>
        <translation>Case manifest</translation>
    </message>
    <message>
        <source>文书</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>照片</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>录像（有标记）</source>
        <translation>Video (marked)</translation>
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
        <source>正在上传</source>
        <translation>Uploading</translation>
    </message>
    <message>
        <source>已上传，等待回执</source>
        <translation>Uploaded, awaiting receipt</translation>
    </message>
    <message>
        <source>平台已确认</source>
        <translation>Confirmed by platform</translation>
    </message>
    <message>
        <source>失败</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>等待 Wi-Fi</source>
        <translation>Waiting for Wi-Fi</translation>
    </message>
    <message>
        <source>排队中</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>任务</source>
        <translation>tasks</translation>
    </message>
    <message>
        <source>权力事项清单</source>
        <translation>power-item catalogue</translation>
    </message>
    <message>
        <source>文书模板</source>
        <translation>document templates</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>数据同步</source>
        <translation>Data sync</translation>
    </message>
    <message>
        <source>平台地址</source>
        <translation>Platform address</translation>
    </message>
    <message>
        <source>未登记到监督平台</source>
        <translation>Not enrolled with the supervision platform</translation>
    </message>
    <message>
        <source>请管理员用注册码登记：</source>
        <translation>Ask an administrator to enroll this device with an enrollment code:</translation>
    </message>
    <message>
        <source>fieldterm-cli enroll --server 地址 --code 注册码</source>
        <translation>fieldterm-cli enroll --server URL --code CODE</translation>
    </message>
    <message>
        <source>平台已确认</source>
        <translation>Confirmed by platform</translation>
    </message>
    <message>
        <source>%1 / %2 项</source>
        <translation>%1 / %2 items</translation>
    </message>
    <message>
        <source>同步失败</source>
        <translation>Sync failed</translation>
    </message>
    <message>
        <source>正在同步…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>立即重试</source>
        <translation>Retry now</translation>
    </message>
    <message>
        <source>同步项目</source>
        <translation>Sync items</translation>
    </message>
    <message numerus="yes">
        <source>%n 项</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>没有正在同步的数据</source>
        <translation>Nothing is being synced</translation>
    </message>
    <message>
        <source>用移动网络上传录像</source>
        <translation>Upload recordings over mobile data</translation>
    </message>
    <message>
        <source>关闭时录像只在 Wi-Fi 或有线网络下上传；清单、文书和照片不受限制</source>
        <translation>When off, recordings upload only over Wi-Fi or Ethernet; manifests, documents and photos are not restricted</translation>
    </message>
    <message>
        <source>仅管理员可以修改</source>
        <translation>Only an administrator can change this</translation>
    </message>
    <message>
        <source>已允许</source>
        <translation>Allowed</translation>
    </message>
    <message>
        <source>不允许</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <source>设备时钟：%1</source>
        <translation>Device clock: %1</translation>
    </message>
</context>
<context>
    <name>SyncPlanner</name>
    <message>
        <source>未关联案件的证据</source>
        <translation>Evidence not linked to a case</translation>
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
    <name>ThumbnailGate</name>
    <message>
        <source>证据数据库尚未就绪，请稍候再试。</source>
        <translation>The evidence database is not ready yet. Wait a moment and try again.</translation>
    </message>
    <message>
        <source>请先登录。</source>
        <translation>Sign in first.</translation>
    </message>
</context>
<context>
    <name>TusClient</name>
    <message>
        <source>服务器暂时出错（HTTP %1）：稍后将自动重试</source>
        <translation>Temporary server error (HTTP %1): retrying automatically later</translation>
    </message>
    <message>
        <source>服务器拒绝了上传（HTTP %1）：请检查上传地址与设备登记，或联系服务器管理员</source>
        <translation>The server rejected the upload (HTTP %1): check the upload address and the device enrollment, or contact the server administrator</translation>
    </message>
    <message>
        <source>服务器拒绝了上传（HTTP %1：%2）：请检查上传地址与设备登记，或联系服务器管理员</source>
        <translation>The server rejected the upload (HTTP %1: %2): check the upload address and the device enrollment, or contact the server administrator</translation>
    </message>
    <message>
        <source>服务器返回的上传偏移量无效（“%1”）：该服务器不符合 tus 协议，请联系服务器管理员</source>
        <translation>The server returned an invalid upload offset (“%1”): the server does not follow the tus protocol. Contact the server administrator</translation>
    </message>
    <message>
        <source>服务器记录的上传进度（%1 字节）超过文件大小（%2 字节）：请联系服务器管理员检查该上传</source>
        <translation>The upload progress recorded by the server (%1 bytes) exceeds the file size (%2 bytes): ask the server administrator to check this upload</translation>
    </message>
    <message>
        <source>地址 %1 不是 tus 上传服务：请检查上传地址</source>
        <translation>%1 is not a tus upload service: check the upload address</translation>
    </message>
    <message>
        <source>服务器上该上传的长度（%1）与文件大小（%2 字节）不符：请联系服务器管理员</source>
        <translation>The length of this upload on the server (%1) does not match the file size (%2 bytes): contact the server administrator</translation>
    </message>
    <message>
        <source>服务器 %1 不支持创建上传（tus creation 扩展）：请检查上传地址</source>
        <translation>The server %1 does not support creating uploads (tus creation extension): check the upload address</translation>
    </message>
    <message>
        <source>服务器创建上传后没有返回有效的地址（Location）：请联系服务器管理员</source>
        <translation>The server created the upload but returned no valid address (Location): contact the server administrator</translation>
    </message>
    <message>
        <source>无法保存上传进度：%1</source>
        <translation>Cannot save the upload progress: %1</translation>
    </message>
    <message>
        <source>无法读取上传状态：%1</source>
        <translation>Cannot read the upload state: %1</translation>
    </message>
    <message>
        <source>无法读取文件 %1：%2。请确认文件仍然存在</source>
        <translation>Cannot read the file %1: %2. Check that the file still exists</translation>
    </message>
    <message>
        <source>无法读取文件 %1 的第 %2 字节起的数据：请确认文件仍然存在且未被改动</source>
        <translation>Cannot read the file %1 from byte %2 on: check that the file still exists and has not been changed</translation>
    </message>
    <message>
        <source>服务器没有接收数据：稍后将自动重试</source>
        <translation>The server did not accept any data: retrying automatically later</translation>
    </message>
    <message>
        <source>服务器多次报告上传偏移量冲突：稍后将自动重试</source>
        <translation>The server reported upload offset conflicts repeatedly: retrying automatically later</translation>
    </message>
    <message>
        <source>服务器再次丢失了刚创建的上传：稍后将自动重试</source>
        <translation>The server lost the newly created upload again: retrying automatically later</translation>
    </message>
    <message>
        <source>数据块校验连续 %1 次失败：传输中的数据可能被损坏，请检查网络后重试</source>
        <translation>Chunk checksum failed %1 times in a row: data may be corrupted in transit. Check the network and try again</translation>
    </message>
    <message>
        <source>无法删除上传状态：%1</source>
        <translation>Cannot delete the upload state: %1</translation>
    </message>
</context>
<context>
    <name>TusRoutes</name>
    <message>
        <source>不支持的 tus 协议版本。请升级终端软件。</source>
        <translation>Unsupported tus protocol version. Update the terminal software.</translation>
    </message>
    <message>
        <source>缺少或无效的 Upload-Length（本服务器不支持延后声明长度）。</source>
        <translation>Missing or invalid Upload-Length (this server does not support deferring the length).</translation>
    </message>
    <message>
        <source>文件太大，超过服务器允许的上限。</source>
        <translation>The file is too large: it exceeds the server&apos;s limit.</translation>
    </message>
    <message>
        <source>上传元数据（Upload-Metadata）格式错误。</source>
        <translation>Malformed upload metadata (Upload-Metadata).</translation>
    </message>
    <message>
        <source>上传元数据不完整或无效（需要 evidenceId、kind、filename、size、hash、hashAlg）。</source>
        <translation>Incomplete or invalid upload metadata (evidenceId, kind, filename, size, hash and hashAlg are required).</translation>
    </message>
    <message>
        <source>证据 %1 已以不同的内容上传过，不能覆盖。请联系管理员。</source>
        <translation>Evidence %1 was already uploaded with different content and cannot be overwritten. Contact the administrator.</translation>
    </message>
    <message>
        <source>服务器无法保存文件（存储错误），请稍后重试。</source>
        <translation>The server cannot save the file (storage error). Try again later.</translation>
    </message>
    <message>
        <source>服务器内部错误，请稍后重试。</source>
        <translation>Internal server error. Try again later.</translation>
    </message>
    <message>
        <source>服务器上没有这个上传，将重新开始上传。</source>
        <translation>This upload does not exist on the server; the upload will start again.</translation>
    </message>
    <message>
        <source>这个上传已过期或已终止，将重新开始上传。</source>
        <translation>This upload has expired or was terminated; the upload will start again.</translation>
    </message>
    <message>
        <source>上传数据的类型必须是 application/offset+octet-stream。</source>
        <translation>The upload data must have the type application/offset+octet-stream.</translation>
    </message>
    <message>
        <source>缺少或无效的 Upload-Offset。</source>
        <translation>Missing or invalid Upload-Offset.</translation>
    </message>
    <message>
        <source>上传位置与服务器不一致，将从服务器记录的位置继续。</source>
        <translation>The upload offset does not match the server&apos;s; the upload will continue from the offset recorded on the server.</translation>
    </message>
    <message>
        <source>单次上传的数据块太大（上限 64 MiB）。</source>
        <translation>The chunk is too large (at most 64 MiB per request).</translation>
    </message>
    <message>
        <source>上传的数据超过了声明的文件长度。</source>
        <translation>The uploaded data exceeds the declared file length.</translation>
    </message>
    <message>
        <source>Upload-Checksum 格式错误。</source>
        <translation>Malformed Upload-Checksum header.</translation>
    </message>
    <message>
        <source>不支持的校验算法（只支持 sha1、sha256）。</source>
        <translation>Unsupported checksum algorithm (only sha1 and sha256 are supported).</translation>
    </message>
    <message>
        <source>数据块校验不符，已丢弃，请重新发送。</source>
        <translation>Chunk checksum mismatch: the chunk was discarded. Send it again.</translation>
    </message>
    <message>
        <source>文件 %1 上传完成后的哈希值与声明不符，已隔离，不计为已接收。请重新上传。</source>
        <translation>The hash of the uploaded file %1 does not match the declared hash: the file was quarantined and is not counted as received. Upload it again.</translation>
    </message>
    <message>
        <source>已接收的证据不能由终端删除。</source>
        <translation>Received evidence cannot be deleted by the terminal.</translation>
    </message>
    <message>
        <source>同一文件的新上传请求已取代本请求。</source>
        <translation>A newer upload request for the same file has superseded this one.</translation>
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
    <name>ViewAudit</name>
    <message>
        <source>查看记录未能写入审计（%1）。请重试；如仍失败，请联系技术支持。</source>
        <translation>The view could not be written to the audit trail (%1). Try again; if it still fails, contact technical support.</translation>
    </message>
    <message>
        <source>找不到录像 %1，请刷新后重试。</source>
        <translation>Recording %1 was not found. Refresh and try again.</translation>
    </message>
    <message>
        <source>找不到照片 %1，请刷新后重试。</source>
        <translation>Photo %1 was not found. Refresh and try again.</translation>
    </message>
    <message>
        <source>%1 不是照片；录像请通过回放查看。</source>
        <translation>%1 is not a photo; view recordings through playback.</translation>
    </message>
    <message>
        <source>当前账号无权查看录像和照片（管理员不查看证据）。</source>
        <translation>This account may not view recordings or photos (administrators do not view evidence).</translation>
    </message>
    <message>
        <source>无权查看执法人员 %1 的录像和照片：执法人员只能查看本人的，中队长可查看本中队的。</source>
        <translation>You may not view the recordings and photos of officer %1: officers see their own, squad leaders their squad&apos;s.</translation>
    </message>
    <message>
        <source>（未知）</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>回放位置无效（%1 毫秒）。</source>
        <translation>Invalid playback position (%1 ms).</translation>
    </message>
    <message>
        <source>观看时长无效（%1 毫秒）。</source>
        <translation>Invalid watched time (%1 ms).</translation>
    </message>
    <message>
        <source>观看区间无效（%1–%2 毫秒）。</source>
        <translation>Invalid watched range (%1–%2 ms).</translation>
    </message>
    <message>
        <source>回放速度无效（%1）。</source>
        <translation>Invalid playback rate (%1).</translation>
    </message>
    <message>
        <source>预览帧数无效（%1）。</source>
        <translation>Invalid number of preview frames (%1).</translation>
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
    <name>WebRoutes</name>
    <message>
        <source>请先登录</source>
        <translation>Sign in first</translation>
    </message>
    <message>
        <source>只有管理员可以执行此操作</source>
        <translation>Only administrators can do this</translation>
    </message>
    <message>
        <source>密码错误次数过多，请 5 分钟后再试</source>
        <translation>Too many wrong passwords. Try again in 5 minutes</translation>
    </message>
    <message>
        <source>登录暂时不可用，请稍后再试</source>
        <translation>Sign-in is temporarily unavailable. Try again later</translation>
    </message>
    <message>
        <source>用户名或密码错误</source>
        <translation>Wrong user name or password</translation>
    </message>
    <message>
        <source>请求缺少防伪标头</source>
        <translation>The request lacks the anti-forgery header</translation>
    </message>
    <message>
        <source>无法生成注册码，请稍后再试</source>
        <translation>Cannot generate an enrollment code. Try again later</translation>
    </message>
    <message>
        <source>无法吊销设备，请稍后再试</source>
        <translation>Cannot revoke the device. Try again later</translation>
    </message>
    <message>
        <source>设备不存在</source>
        <translation>Device not found</translation>
    </message>
    <message>
        <source>案件不存在</source>
        <translation>Case not found</translation>
    </message>
    <message>
        <source>文件不存在或尚未收到</source>
        <translation>File not found or not received yet</translation>
    </message>
    <message>
        <source>证据包导出失败，请查看服务器日志</source>
        <translation>Exporting the evidence package failed. Check the server log</translation>
    </message>
</context>
<context>
    <name>fieldterm-backoffice</name>
    <message>
        <source>无法读取 TLS 证书或私钥文件。</source>
        <translation>Cannot read the TLS certificate or private key file.</translation>
    </message>
    <message>
        <source>TLS 证书或私钥无效（需要 PEM 格式的 RSA 或 EC 密钥）。</source>
        <translation>Invalid TLS certificate or private key (an RSA or EC key in PEM format is required).</translation>
    </message>
    <message>
        <source>执法终端数据接收端（监督平台）</source>
        <translation>Field terminal data receiver (supervision platform)</translation>
    </message>
    <message>
        <source>数据目录</source>
        <translation>Data directory</translation>
    </message>
    <message>
        <source>监听地址</source>
        <translation>Listen address</translation>
    </message>
    <message>
        <source>密码配置（intl 或 gm）</source>
        <translation>Crypto profile (intl or gm)</translation>
    </message>
    <message>
        <source>接受未签名的 tus 上传（仅用于互通测试和基准测试）</source>
        <translation>Accept unsigned tus uploads (for interoperability tests and benchmarks only)</translation>
    </message>
    <message>
        <source>启用 PUT /bench/sink/&lt;名称&gt;（仅用于基准测试）</source>
        <translation>Enable PUT /bench/sink/&lt;NAME&gt; (for benchmarks only)</translation>
    </message>
    <message>
        <source>TLS 证书（PEM）</source>
        <translation>TLS certificate (PEM)</translation>
    </message>
    <message>
        <source>TLS 私钥（PEM）</source>
        <translation>TLS private key (PEM)</translation>
    </message>
    <message>
        <source>请用 --data-dir 指定数据目录。</source>
        <translation>Specify the data directory with --data-dir.</translation>
    </message>
    <message>
        <source>--crypto-profile 只能是 intl 或 gm。</source>
        <translation>--crypto-profile must be intl or gm.</translation>
    </message>
    <message>
        <source>未知的命令 %1。</source>
        <translation>Unknown command %1.</translation>
    </message>
    <message>
        <source>已创建管理员账号 admin，初始密码已写入 %1（仅本机用户可读）。</source>
        <translation>Created the admin account admin; its initial password was written to %1 (readable only by the local user).</translation>
    </message>
    <message>
        <source>--listen 需要 主机:端口，例如 127.0.0.1:8088。</source>
        <translation>--listen needs HOST:PORT, e.g. 127.0.0.1:8088.</translation>
    </message>
    <message>
        <source>无法监听 %1（端口可能已被占用）。</source>
        <translation>Cannot listen on %1 (the port may already be in use).</translation>
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
        <source>选项 --json 只能用于 record、list、audit、officers、document 和 identity 命令</source>
        <translation>Option --json can only be used with the record, list, audit, officers, document and identity commands</translation>
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
    <message>
        <source>选项 --pin 的格式应为 sha256//BASE64（平台公钥的 SHA-256）</source>
        <translation>Option --pin must be sha256//BASE64 (the SHA-256 of the platform public key)</translation>
    </message>
    <message>
        <source>未知命令 %1。可用命令：record、photo、list、verify、audit、officers、document、identity、upload、enroll、sync。</source>
        <translation>Unknown command %1. Commands: record, photo, list, verify, audit, officers, document, identity, upload, enroll, sync.</translation>
    </message>
    <message>
        <source>缺少命令（record、photo、list、verify、audit、officers、document、identity、upload、enroll 或 sync）。使用 --help 查看用法。</source>
        <translation>No command given (record, photo, list, verify, audit, officers, document, identity, upload, enroll or sync). Use --help to see the usage.</translation>
    </message>
    <message>
        <source>选项 %1 只能用于 upload、enroll 和 sync 命令</source>
        <translation>Option %1 can only be used with the upload, enroll and sync commands</translation>
    </message>
    <message>
        <source>upload 命令需要 --endpoint URL 和一个文件：upload --endpoint URL FILE</source>
        <translation>The upload command needs --endpoint URL and a file: upload --endpoint URL FILE</translation>
    </message>
    <message>
        <source>enroll 命令需要 --server URL 和 --code 注册码</source>
        <translation>The enroll command needs --server URL and --code CODE</translation>
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
  upload --endpoint URL FILE [--chunk-kib N]  用 tus 1.0 断点续传上传一个文件到任意 tus 服务器，显示进度；
                                   中断后再次运行从服务器已收到的位置继续
  enroll --server URL --code CODE  用监督平台管理页发放的一次性注册码登记本设备
      [--ca-bundle PEM] [--pin sha256//BASE64 …] [--client-cert PEM --client-key PEM]
                                   HTTPS 校验方式（自定义根证书、公钥固定（可给备用）、客户端证书），此后每次同步沿用
  sync [--server URL]              同步一轮：上传待发送的案件清单、文书、照片和录像并取得回执；
                                   全部取得回执时返回 0，否则返回 1
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
        <translation>Usage: fieldterm-cli [GLOBAL OPTIONS] COMMAND [COMMAND OPTIONS]

Command-line control of the field terminal: uses the same recorder and evidence store as the terminal program, with no user interface.
Each command first opens the evidence store and runs the start-up check (recovers interrupted files, registers unrecorded files, marks missing files).

Commands:
  record --seconds N   Record for N seconds, wait until every segment is hashed and registered, then exit
      --prerecord S        Pre-record S seconds (default 0): wait until the pre-record buffer holds S seconds, then start
      --mark T:TYPE        Add a marker T seconds after the start; repeatable. Types: 亮证 告知 询问 陈述申辩
                           签字 送达 其他 (or show_credentials notify question statement
                           sign serve other)
      --audio-only         Record audio only
      --json               Print a JSON summary on standard output (recording ID, files, key-press-to-first-frame latency, pre-record length)
  photo                Take a photo, register it and print its path
  list [--json]        List all evidence files (path, hash, algorithm, duration, size, status, markers)
  verify               Recompute the hashes of all files and compare them with the registered ones; non-zero on a mismatch or a missing file
  audit verify [--json]  Check the hash chain of the audit trail entry by entry; 0 when intact, otherwise 1 and the first bad entry
  officers list [--json]           List officers (officer ID, name, agency, squad, roles, lock state)
  officers import FILE --admin NO  Import officers as an admin (JSON file, format in README);
                                   the admin PIN is read from standard input. If the file has any error, no one is imported
  identity [--json]    Show the device ID and the device signing public key (PEM); the key is generated on first run (intl: Ed25519, gm: SM2/SM3)
  upload --endpoint URL FILE [--chunk-kib N]  Upload one file to any tus server with tus 1.0 resumable upload, showing progress;
                                   after an interruption, running it again continues from what the server has received
  enroll --server URL --code CODE  Enroll this device with a one-time enrollment code issued on the supervision platform&apos;s admin page
      [--ca-bundle PEM] [--pin sha256//BASE64 …] [--client-cert PEM --client-key PEM]
                                   HTTPS verification (custom root certificates, public key pinning (backup pins allowed), client certificate), kept for every later sync
  sync [--server URL]              One sync round: upload the pending case manifests, documents, photos and recordings and get receipts;
                                   0 when everything has a receipt, otherwise 1
  document templates [--json]      List document templates (ID, title, version); on a template error, names the template and field and returns 1
  document render --template ID (--sample | --data FILE.json) --out FILE.pdf [--number DOCUMENT_NO]
                                   Generate a PDF from a template (sample data or given data) without writing to the evidence store

Global options:
  --data-dir DIR       Data directory (default: $XDG_DATA_HOME/fieldterm, the same as the terminal program)
  --profile FILE.json  Device profile (default: DIR/profile.json; without one, the built-in simulated device is used)
  -v, --verbose        Verbose log output
  --lang zh_CN|en      Interface language (default: zh_CN)
  -h, --help           Show this help

Device profile overrides (for testing and performance evaluation):
  --width W --height H --fps F   Video resolution and frame rate
  --bitrate-kbps K               Video bit rate
  --preset P                     x264 preset (ultrafast superfast veryfast faster fast medium)
  --segment-seconds S            Segment length (seconds)
  --reserve-mb M                 Storage reserve (MB); recording does not start below it
  --postrecord S                 Seconds to keep recording after stop
  --crypto intl|gm               Hash algorithm: intl = SHA-256, gm = SM3
  --no-audio-prerecord           No sound in the pre-recorded part

Exit codes: 0 success; 1 failure (e.g. hash mismatch); 2 command-line or configuration error; 3 storage low;
            4 camera/microphone/encoder error; 5 evidence store error; 128+signal stopped by SIGINT/SIGTERM (files saved)
</translation>
    </message>
    <message>
        <source>--server 不是有效的 http(s) 地址：%1</source>
        <translation>--server is not a valid http(s) URL: %1</translation>
    </message>
    <message>
        <source>无法打开证据库：%1</source>
        <translation>Cannot open the evidence store: %1</translation>
    </message>
    <message>
        <source>已登记到 %1（设备 %2）。平台公钥指纹：%3
</source>
        <translation>Enrolled with %1 (device %2). Platform public key fingerprint: %3
</translation>
    </message>
    <message>
        <source>本设备尚未登记到监督平台：请先运行 enroll --server 地址 --code 注册码。</source>
        <translation>This device is not enrolled with the supervision platform: run enroll --server URL --code CODE first.</translation>
    </message>
    <message>
        <source>生成同步清单失败：%1</source>
        <translation>Creating the sync manifests failed: %1</translation>
    </message>
    <message>
        <source>新生成 %1 份案件清单，新加入 %2 个文件。</source>
        <translation>Created %1 new case manifest(s); added %2 new file(s).</translation>
    </message>
    <message>
        <source>同步结束：%1 / %2 项已取得平台回执，本次发送 %3 MiB，尚余 %4 MiB。</source>
        <translation>Sync finished: %1 / %2 items have a platform receipt; sent %3 MiB this run, %4 MiB remaining.</translation>
    </message>
    <message>
        <source>已更新平台下发的数据：%1（下次启动终端时生效）。</source>
        <translation>Updated the data sent by the platform: %1 (takes effect the next time the terminal starts).</translation>
    </message>
    <message>
        <source>上传 %1%  %2 / %3 MiB  %4 MiB/s</source>
        <translation>Uploading %1%  %2 / %3 MiB  %4 MiB/s</translation>
    </message>
    <message>
        <source>找不到要上传的文件 %1：请检查路径</source>
        <translation>File to upload not found: %1. Check the path</translation>
    </message>
    <message>
        <source>发现未完成的上传（服务器上次确认 %1 / %2 MiB），从服务器的进度继续上传</source>
        <translation>Found an unfinished upload (the server last confirmed %1 / %2 MiB); continuing from the server&apos;s progress</translation>
    </message>
    <message>
        <source>第 %1 次尝试未完成：%2（%3 秒后重试）</source>
        <translation>Attempt %1 did not complete: %2 (retrying in %3 s)</translation>
    </message>
    <message>
        <source>上传已中断；再次运行同一命令即可从服务器的进度继续</source>
        <translation>Upload interrupted; run the same command again to continue from the server&apos;s progress</translation>
    </message>
    <message>
        <source>上传失败：%1</source>
        <translation>Upload failed: %1</translation>
    </message>
    <message>
        <source>上传完成：%1（%2 MiB，证据编号 %3）；本次发送 %4 字节，用时 %5 秒%6</source>
        <translation>Upload finished: %1 (%2 MiB, evidence ID %3); sent %4 bytes this run in %5 s%6</translation>
    </message>
    <message>
        <source>（服务器已丢失先前的上传，已重新上传）</source>
        <translation> (the server had lost the earlier upload, so it was uploaded again)</translation>
    </message>
</context>
<context>
    <name>fieldterm-verify</name>
    <message>
        <source>离线核验执法案件证据包（签名、文件哈希、审计链、回执）</source>
        <translation>Verify an enforcement case evidence package offline (signatures, file hashes, audit chain, receipt)</translation>
    </message>
    <message>
        <source>证据包 .zip 文件</source>
        <translation>Evidence package .zip file</translation>
    </message>
    <message>
        <source>以 JSON 输出结果</source>
        <translation>Output the result as JSON</translation>
    </message>
    <message>
        <source>用法：fieldterm-verify 证据包.zip [--json]</source>
        <translation>Usage: fieldterm-verify PACKAGE.zip [--json]</translation>
    </message>
    <message>
        <source>无法读取证据包：%1</source>
        <translation>Cannot read the evidence package: %1</translation>
    </message>
    <message>
        <source>案件编号：%1</source>
        <translation>Case number: %1</translation>
    </message>
    <message>
        <source>设备：%1（%2）</source>
        <translation>Device: %1 (%2)</translation>
    </message>
    <message>
        <source>设备公钥指纹（DER 的 SHA-256，请与设备登记表核对）：%1</source>
        <translation>Device public key fingerprint (SHA-256 of the DER; check it against the device enrollment register): %1</translation>
    </message>
    <message>
        <source>  通过  </source>
        <translation>  PASS  </translation>
    </message>
    <message>
        <source>  失败  </source>
        <translation>  FAIL  </translation>
    </message>
    <message>
        <source>结论：全部 %1 项核验通过</source>
        <translation>Result: all %1 checks passed</translation>
    </message>
    <message>
        <source>结论：%1 项核验未通过</source>
        <translation>Result: %1 check(s) failed</translation>
    </message>
</context>
</TS>
