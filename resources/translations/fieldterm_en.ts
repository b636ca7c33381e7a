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
    <name>DataPaths</name>
    <message>
        <source>无法创建数据目录 %1，请检查存储卡是否可写</source>
        <translation>Cannot create the data directory %1. Check that the storage card is writable.</translation>
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
    <name>Main</name>
    <message>
        <source>执法终端</source>
        <translation>Field terminal</translation>
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
        <source>未知命令 %1。可用命令：record、photo、list、verify。</source>
        <translation>Unknown command %1. Commands: record, photo, list, verify.</translation>
    </message>
    <message>
        <source>多余的参数 %1。使用 --help 查看用法。</source>
        <translation>Unexpected argument %1. Use --help to see the usage.</translation>
    </message>
    <message>
        <source>缺少命令（record、photo、list 或 verify）。使用 --help 查看用法。</source>
        <translation>Missing command (record, photo, list or verify). Use --help to see the usage.</translation>
    </message>
    <message>
        <source>选项 %1 只能用于 record 命令</source>
        <translation>Option %1 can only be used with the record command</translation>
    </message>
    <message>
        <source>选项 --json 只能用于 record 和 list 命令</source>
        <translation>Option --json can only be used with the record and list commands</translation>
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
</context>
</TS>
