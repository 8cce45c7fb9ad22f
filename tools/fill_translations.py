"""Fill the Chinese we know into a Qt .ts file, keeping every translation already made.

    python tools/fill_translations.py desk/_resources/i18n/desk_zh_CN.ts
    python tools/fill_translations.py --report desk/_resources/i18n/desk_zh_CN.ts

ZH_CN maps an English source text to its Chinese; CONTEXT_ZH_CN overrides that for
one context where the same English reads differently in Chinese. A message that
already has a finished translation (made here or in Qt Linguist) is never touched,
so new strings can be added by re-running tools/update-translations.
"""

import argparse
import sys
import xml.etree.ElementTree as ET

ZH_CN = {
    # -- vocabulary (desk/ui/labels.py), terms as the desk staff use them (DOMAIN.md)
    "Complaint": "投诉",
    "Inquiry / appointment": "咨询预约",
    "At the counter": "当面",
    "Phone": "电话",
    "Letter": "书面",
    "E-mail": "邮件",
    "Web / app": "网络",
    "Consumer association referral": "消协转办",
    "12315 hotline": "12315热线",
    "Media": "媒体",
    "Product quality": "商品质量",
    "Service attitude": "服务态度",
    "Delivery": "送货",
    "Installation": "安装",
    "Repair / after-sales": "维修/售后",
    "Price / billing": "价格/收银",
    "Promotion / gifts": "促销/赠品",
    "Store environment": "购物环境",
    "Other": "其他",
    "Refund": "退货",
    "Exchange": "换货",
    "Repair": "维修",
    "Compensation": "赔偿",
    "Apology": "道歉",
    "Explanation": "说明",
    "Registered": "已登记",
    "Answered": "已答复",
    "Judged": "已判断",
    "Explained": "已解释",
    "Refused": "已拒绝",
    "Investigating": "调查中",
    "Resolution proposed": "已提出处理方案",
    "Awaiting approval": "待审批",
    "Agreed with customer": "顾客已同意",
    "Carried out": "已实施",
    "Callback pending": "待回访",
    "Closed": "已结案",
    "Desk clerk": "客服专员",
    "Supervisor": "客服主管",
    "Level 1: told to our staff": "一级：向本店员工反映",
    "Level 2: told to others": "二级：向他人传播",
    "Level 3: third party (media, consumer association, authorities)":
        "三级：诉诸第三方（媒体、消协、执法部门）",
    # -- messages (desk/ui/messages.py)
    "Please fill this in.": "请填写此项。",
    "At most {max} characters.": "最多 {max} 个字。",
    "Please choose one of the offered values.": "请从给出的选项中选择。",
    "Not a valid phone number: 11-digit mobile (13912345678) or landline (010-62345678).":
        "电话号码无效：请输入11位手机号（13912345678）或座机号（010-62345678）。",
    "Not an amount: type e.g. 1299.00": "不是金额：请输入如 1299.00",
    "An amount cannot be negative.": "金额不能为负数。",
    "At most two decimals (fen).": "最多两位小数（到分）。",
    "At most {max}.": "最多 {max}。",
    "This lies in the future.": "不能是将来的时间。",
    "The purchase cannot be after the complaint.": "购买日期不能晚于投诉日期。",
    "A PIN is 4 to 8 digits.": "密码为4到8位数字。",
    "Letters and digits only, at most 16.": "只能用字母和数字，最多16位。",
    "The staff code {code} is already used.": "工号 {code} 已被使用。",
    "Capital letters and digits only, at most 8 (e.g. S01).":
        "只能用大写字母和数字，最多8位（如 S01）。",
    "Staff code or PIN is wrong.": "工号或密码错误。",
    "Locked after {max} wrong PINs. A supervisor can unlock the account.":
        "密码连续输错 {max} 次，账号已锁定。请客服主管解锁。",
    "This store is already set up.": "本门店已经设置过了。",
    "Only a supervisor may do this.": "只有客服主管可以执行此操作。",
    "Someone else saved this record in the meantime.": "在此期间，其他人已保存了这条记录。",
    "Some fields need attention.": "有些栏目需要修改。",
    "The store must keep at least one active supervisor.": "门店至少要保留一名在职的客服主管。",
    # -- start-up (desk/app.py)
    "The database {where} is locked by another program. Close the other desk windows or "
    "programs that use it, wait a moment and start desk again.":
        "数据库 {where} 被其他程序锁定。请关闭正在使用它的其他客服台窗口或程序，稍等片刻后重新启动。",
    "desk may not write to the database {where}. Make sure this user may write the file and "
    "its folder, or choose another database with --db.":
        "无法写入数据库 {where}。请确认当前用户对该文件及其所在文件夹有写权限，或用 --db 选择其他数据库。",
    "{where} is not a desk database, or it is damaged. Restore it from a backup (desk restore) "
    "or choose another file with --db.":
        "{where} 不是客服台数据库，或已损坏。请从备份恢复（desk restore），或用 --db 选择其他文件。",
    "The database {where} cannot be opened: the file or its folder is missing. Check the path "
    "given with --db or $DESK_DB.":
        "无法打开数据库 {where}：文件或其所在文件夹不存在。请检查 --db 或 $DESK_DB 给出的路径。",
    "The database server {where} cannot be reached. Check that it is running and that this PC "
    "is on the network, or ask who set it up.":
        "无法连接数据库服务器 {where}。请确认服务器正在运行、本机网络已连接，或联系负责安装的人员。",
    "The database server {where} refused the sign-in. Check the user name and the password: "
    "run desk join again, or check the pgpass file or PGPASSWORD.":
        "数据库服务器 {where} 拒绝登录。请检查用户名和密码：重新运行 desk join，"
        "或检查 pgpass 文件或 PGPASSWORD。",
    "The database {where} cannot be used: {error}": "数据库 {where} 无法使用：{error}",
    "There is no database at {path}. Create a new, empty one there?":
        "{path} 处没有数据库。要在那里新建一个空数据库吗？",
    "New database?": "新建数据库？",
    "The database cannot be used": "数据库无法使用",
    "Filling the database with demo data…": "正在生成演示数据……",
    "Demo data": "演示数据",
    "The demo data could not be made: {error}": "无法生成演示数据：{error}",
    "This database has no store yet: start desk once without --quit-after-start to set it up.":
        "此数据库还没有设置门店：请不带 --quit-after-start 启动一次客服台进行设置。",
    "Demo store: supervisor admin, clerk c01, PIN 1234 for both.":
        "演示门店：客服主管 admin，客服专员 c01，密码均为 1234。",
    # -- later vocabulary: judgments, causes, contacts, deadlines, actions
    "Founded": "投诉成立",
    "Not founded": "投诉不成立",
    "Unreasonable demand": "无理要求",
    "Service": "服务",
    "Communication": "沟通",
    "Delivery / installation": "送货/安装",
    "Third party": "第三方",
    "Customer misunderstanding": "顾客误解",
    "SMS": "短信",
    "Visit": "上门",
    "Information": "告知",
    "Reply": "答复",
    "Waiting for the customer": "等待顾客",
    "Waiting for parts": "等待配件",
    "In time": "未超时",
    "Due soon": "即将到期",
    "Overdue": "已超时",
    "Level 3 complaint": "三级投诉",
    "Answer the inquiry": "答复咨询",
    "Judge: founded": "判断：投诉成立",
    "Judge: not founded (explain)": "判断：投诉不成立（解释说明）",
    "Refuse unreasonable demand": "拒绝无理要求",
    "Start investigation": "展开调查",
    "Record cause": "记录原因",
    "Propose resolution": "提出处理方案",
    "Ask supervisor's approval": "提交主管审批",
    "Approve": "批准",
    "Decline approval": "不批准",
    "Customer agrees": "顾客同意",
    "Customer refuses the resolution": "顾客不接受处理方案",
    "Mark carried out": "标记为已实施",
    "Hand over to callback": "转入回访",
    "Close": "结案",
    "Reopen (repeat complaint)": "重新打开（二次投诉）",
    "Pause the clock": "暂停计时",
    "Resume the clock": "恢复计时",
    "Assign / transfer": "分派/转派",
    "Changed": "已修改",
    "Linked as repeat complaint": "关联为重复投诉",
    "Customer informed": "已告知顾客",
    "Reply given to the customer": "已答复顾客",
    "Attachment added": "已添加附件",
    "Supervisor alerted": "已通知客服主管",
    "Alert acknowledged": "主管已确认",
    "Department asked": "已转责任部门",
    "Department answered": "责任部门已答复",
    "Late answer logged as incident": "答复超时，已记入违规事件",
    # -- later messages
    "This record no longer exists.": "这条记录已不存在。",
    "This step is not possible in the complaint's current state.": "投诉当前的状态下不能执行这一步。",
    "Unknown action: {action}.": "未知操作：{action}。",
    "Unexpected input for this step: {names}.": "这一步不需要这些内容：{names}。",
    "Every complaint ends with a reply: record the reply to the customer first.":
        "每件投诉都要答复顾客：请先记录给顾客的答复。",
    "The customer gets a callback before the complaint is closed.": "结案前要先给顾客回访。",
    "Please choose a time in the future.": "请选择一个将来的时间。",
    "Please enter a date and time.": "请输入日期和时间。",
    "Evidence must be attachments of this complaint.": "证据必须是这件投诉的附件。",
    "Nothing changes: choose another one.": "没有变化：请另选一个。",
    "The clock is already paused.": "计时已经暂停。",
    "The clock is not paused.": "计时没有暂停。",
    "The complaint is closed; reopen it first.": "投诉已结案，请先重新打开。",
    "Another supervisor has already acknowledged this alert.": "另一位客服主管已确认了这条提醒。",
    "This request has already been answered.": "这项请求已经答复过了。",
    "The answer cannot come before the question.": "答复时间不能早于提出时间。",
    "A department named {name} already exists.": "已有名为 {name} 的部门。",
    "Between {min} and {max} hours.": "应在 {min} 到 {max} 小时之间。",
    "The file is empty.": "文件是空的。",
    "Files of at most {max_mb} MB.": "文件最大 {max_mb} MB。",
    "The stored file {filename} no longer matches its fingerprint (SHA-256).":
        "已保存的文件 {filename} 与其指纹（SHA-256）不再一致。",
    "Cannot read {path}: {reason}": "无法读取 {path}：{reason}",
    "This staff account is not active.": "此员工账号已停用。",
    "Your role may not do this.": "您的角色无权执行此操作。",
    # -- crash dialog (desk/ui/crash.py)
    "Something went wrong": "出错了",
    "Something went wrong. Nothing you typed is lost. Details were written to {path}.":
        "出错了。您输入的内容没有丢失。详细信息已写入 {path}。",
    # -- sign-in and first run
    "Switch clerk": "换班登录",
    "Sign in": "登录",
    "{store} · desk {desk}": "{store} · {desk}",
    "Desk {desk}": "客服台 {desk}",
    "type or scan your staff code": "输入或扫描工号",
    "&Staff code": "工号(&S)",
    "&PIN": "密码(&P)",
    "Set up this store": "设置门店",
    "This database is new. Name the store and create the first supervisor, who can then add "
    "the desk clerks.": "这是一个新数据库。请填写门店信息并创建第一位客服主管，之后由主管添加客服专员。",
    "e.g. S01": "如 S01",
    "Store &name": "门店名称(&N)",
    "Store &code": "门店代码(&C)",
    "&Address": "地址(&A)",
    "Supervisor's staff c&ode": "主管工号(&O)",
    "Supervisor's na&me": "主管姓名(&M)",
    "&PIN (4 to 8 digits)": "密码（4到8位数字）(&P)",
    "PIN &again": "再次输入密码(&A)",
    "Set up the store": "完成设置",
    "Try with demo data": "使用演示数据试用",
    "The two PINs are not the same.": "两次输入的密码不一致。",
    # -- main window
    "{store} — Service desk": "{store} — 客服台",
    "&New complaint": "新建登记(&N)",
    "&Switch clerk": "换班登录(&S)",
    "&Quit": "退出(&Q)",
    "&Find": "查找(&F)",
    "&Reload list": "刷新列表(&R)",
    "&Desk": "客服台(&D)",
    "&View": "查看(&V)",
    "&Settings": "设置(&S)",
    "&Language": "语言(&L)",
    "Main": "主工具栏",
    "On duty: {name} ({role}) · Desk: {desk} · {store}":
        "当班：{name}（{role}） · 客服台：{desk} · {store}",
    "New complaint": "新建登记",
    "The registration form is not available yet.": "登记表暂不可用。",
    "The list could not be read from the database: {error}": "无法从数据库读取列表：{error}",
    "The new language applies the next time desk starts.": "新的语言将在下次启动客服台时生效。",
    "Language": "语言",
    # -- worklist
    "%n min": "%n 分钟",
    "%n h": "%n 小时",
    "%n d": "%n 天",
    "Number": "编号",
    "Status": "状态",
    "Kind": "类型",
    "Customer": "顾客",
    "Category": "类别",
    "Received": "受理时间",
    "Age": "已过时间",
    "Assigned to": "经办人",
    "Department": "责任部门",
    "Open": "未结案",
    "All": "全部",
    "&Mine": "我的(&M)",
    "Any status": "全部状态",
    "Any kind": "全部类型",
    "Search: number, phone or its last 4 digits, name, words (Ctrl+F)":
        "搜索：编号、电话或尾号4位、姓名、关键词（Ctrl+F）",
    "searching…": "正在搜索……",
    "A search looks through all complaints; Esc ends the search.": "搜索范围是全部投诉；按 Esc 结束搜索。",
    "{count}+ found": "找到 {count}+ 条",
    "%n found": "找到 %n 条",
    # -- detail pane
    "Channel": "投诉渠道",
    "Escalation level": "升级程度",
    "Media involved": "媒体介入",
    "Member no.": "会员号",
    "Earlier contacts": "以往来访",
    "Registered by": "登记人",
    "Desk": "客服台",
    "Deadline": "承诺答复时间",
    "Product": "商品",
    "Brand": "品牌",
    "Model": "型号",
    "Order / receipt no.": "订单号/小票号",
    "Purchase date": "购买日期",
    "Purchase amount": "购买金额",
    "Customer's account": "顾客陈述",
    "Customer asks for": "顾客要求",
    "Details of the demand": "要求说明",
    "Repeat of": "重复投诉自",
    "Purchase": "购买信息",
    "What the customer says": "顾客陈述与要求",
    "When": "时间",
    "Who": "经办人",
    "What": "内容",
    "Yes": "是",
    "No": "否",
    "{count}+": "{count}+",
    "Registered as {number}": "登记为 {number}",
    "Linked as a repeat of {number}": "关联为 {number} 的重复投诉",
    "{field}: {old} → {new}": "{field}：{old} → {new}",
    "{what} ({note})": "{what}（{note}）",
    "Level 3 or media involved: a supervisor must know at once.":
        "三级投诉或媒体介入：必须立即报告客服主管。",
    "History": "处理记录",
    "Select a complaint in the list to see it here.": "在列表中选择一条投诉，即可在此查看详情。",
    "This complaint no longer exists.": "这条投诉已不存在。",
    "The complaint could not be read: {error}": "无法读取这条投诉：{error}",
    # -- several desks, backups (desk/ui/messages.py, issue 8)
    "The database cannot be reached. Trying again; what you type is kept.":
        "无法连接数据库，正在重试；您输入的内容已保留。",
    "Not saved yet: the database cannot be reached. Your entry is kept and will be saved "
    "as soon as the connection is back.":
        "尚未保存：无法连接数据库。您填写的内容已保留，连接恢复后将自动保存。",
    "Not saved: the database file {where} cannot be written (it is read-only, "
    "write-protected or its disk is full). Trying again will not help. Ask the supervisor "
    "or the store's IT person to make the file and its folder writable for this PC's user "
    "(or free the disk); what you typed stays here, then save again.":
        "未保存：数据库文件 {where} 无法写入（只读、写保护或磁盘已满），重试也无济于事。"
        "请主管或门店 IT 人员让本机用户可以写入该文件及其所在文件夹（或腾出磁盘空间）；"
        "您输入的内容仍在此处，之后再保存一次即可。",
    "Not saved: the database server {where} takes no changes now (it is read-only or "
    "this desk's role may not write). Trying again will not help. Ask the store's IT "
    "person to make it writable again; what you typed stays here, then save again.":
        "未保存：数据库服务器 {where} 目前不接受修改（处于只读状态，或本服务台的账号无写入权限），"
        "重试也无济于事。请门店 IT 人员恢复其写入；您输入的内容仍在此处，之后再保存一次即可。",
    "The database is damaged. Restore the backup of {date} with: {command}":
        "数据库已损坏。请用以下命令恢复 {date} 的备份：{command}",
    "The database is damaged and there is no backup in {folder}.":
        "数据库已损坏，且 {folder} 中没有备份。",
    "pg_dump is not installed on this PC: install the PostgreSQL client tools or back up "
    "on the server.":
        "本机未安装 pg_dump：请安装 PostgreSQL 客户端工具，或在服务器上备份。",
    "The backup failed: {detail}": "备份失败：{detail}",
    "A PostgreSQL store is restored on the server with pg_restore.":
        "PostgreSQL 数据库请在服务器上用 pg_restore 恢复。",
    "This file is not a readable database.": "该文件不是可读取的数据库。",
    "This backup is damaged; choose an older one.": "该备份已损坏，请选择更早的备份。",
    "This file is not a desk database.": "该文件不是客服台数据库。",
    "The database is in use: close desk on this PC (every window), then restore.":
        "数据库正在使用中：请先关闭本机上所有客服台窗口，再恢复。",
    # -- main window menus, staff dialog, printed registration form, start-up checks
    "S&taff…": "员工管理(&T)…",
    "&Back up now": "立即备份(&B)",
    "Registration &form as PDF…": "登记表另存为 PDF(&F)…",
    "&Blank registration form as PDF…": "空白登记表另存为 PDF(&B)…",
    "Select a complaint first.": "请先选择一条投诉。",
    "blank-registration-form": "空白顾客投诉登记表",
    "Save as PDF": "另存为 PDF",
    "PDF documents (*.pdf)": "PDF 文件 (*.pdf)",
    "Saved {path}": "已保存 {path}",
    "Backing up…": "正在备份……",
    "Backup saved: {path}": "备份已保存：{path}",
    "Backup": "备份",
    "The backup failed: {error}": "备份失败：{error}",
    "Connected to the database again.": "已重新连接数据库。",
    "The connection to the database is lost. Nothing you type is lost; desk reconnects by itself and saves what is waiting.":
        "与数据库的连接已中断。您输入的内容不会丢失；系统会自动重连并保存待提交的内容。",
    "{count} escalated complaint(s) wait for a supervisor: level 3 or media involved.":
        "有 {count} 件升级投诉（三级或媒体介入）等待主管处理。",
    "PIN (4-8 digits)": "密码（4-8 位数字）",
    "Customer Complaint Registration Form": "顾客投诉登记表",
    "Complaint no.": "投诉编号",
    "Received at": "受理时间",
    "Complainant": "投诉人",
    "Product (name, brand, model)": "商品（名称、品牌、型号）",
    "Amount (yuan)": "金额（元）",
    "The customer's account (key points)": "顾客陈述要点",
    "The customer asks for": "顾客要求",
    "Customer's signature": "顾客签字",
    "Date": "日期",
    "Repeat of complaint": "重复投诉，原投诉编号",
    "The desk repeats the key points back to the customer. Level 3 (media, consumer association, authorities) is reported to a supervisor at once.":
        "受理人须向顾客复述要点。三级投诉（媒体、消协、执法部门介入）须立即报告客服主管。",
    "none": "无",
    "Staff": "员工",
    "&Add…": "新增(&A)…",
    "&Edit…": "修改(&E)…",
    "&Reset PIN…": "重设密码(&R)…",
    "Clerks grant remedies up to their authority limit; above it a supervisor approves.":
        "客服专员可在本人授权额度内决定处理方案；超出额度须由客服主管审批。",
    "New PIN for {name}": "为 {name} 设置新密码",
    "Edit staff member": "修改员工信息",
    "Add staff member": "新增员工",
    "Active (may sign in)": "在岗（可登录）",
    "Staff code": "工号",
    "Name": "姓名",
    "Role": "角色",
    "Authority limit (yuan)": "授权额度（元）",
    "Code": "工号",
    "Authority limit": "授权额度",
    "State": "状态",
    "Inactive": "已停用",
    "Locked": "已锁定",
    "Active": "在岗",
    "Wrong password. Password for {who}:": "密码错误。请输入 {who} 的密码：",
    "Password for {who}:": "请输入 {who} 的密码：",
    "Database password": "数据库密码",
    "The database is damaged": "数据库已损坏",
    "Resolution s&lip…": "处理结果确认单(&L)…",
    "The complaint could not be saved: the database is busy, locked or cannot be reached. Everything you typed is still here and kept as a draft on this PC. desk tries again every few seconds and saves it as soon as the database answers; if it keeps failing, call the supervisor.":
        "投诉未能保存：数据库繁忙、被锁定或无法连接。您输入的内容都还在，并已作为草稿保存在本机。"
        "系统每隔几秒自动重试，数据库恢复后即自动保存；如一直失败，请联系客服主管。",
    "This desk": "本机设置",
    "This &desk…": "本机设置(&D)…",
    "empty: the embedded database on this PC": "留空：使用本机内置数据库",
    "As the system": "跟随系统",
    "Desk name": "服务台名称",
    "Database": "数据库",
    "e.g. postgresql://desk@server:5432/desk for a store with several desks. The password is never stored here.":
        "多台服务台共用时填写，例如 postgresql://desk@server:5432/desk。此处不保存密码。",
    "Backups kept": "保留备份份数",
    "A new database or language applies at the next start.": "更换数据库或语言后，下次启动时生效。",
    "A database is a file path or a postgresql://user@server:5432/name address.":
        "数据库应为文件路径，或 postgresql://用户@服务器:5432/库名 形式的地址。",
    "From {low} to {high}.": "范围为 {low} 至 {high}。",
    # -- deadlines in the worklist, reminder, escalations, incident log (issue 3, UI part B)
    "Time left": "剩余时间",
    "Promised by": "承诺答复时间",
    "paused": "已暂停",
    "overdue {m} min": "已超时 {m} 分钟",
    "overdue {h} h {m} min": "已超时 {h} 小时 {m} 分",
    "overdue {d} d {h} h": "已超时 {d} 天 {h} 小时",
    "{m} min left": "剩 {m} 分钟",
    "{h} h {m} min left": "剩 {h} 小时 {m} 分",
    "{d} d {h} h left": "剩 {d} 天 {h} 小时",
    "{m} min": "{m} 分钟",
    "{h} h {m} min": "{h} 小时 {m} 分",
    "{d} d {h} h": "{d} 天 {h} 小时",
    "The clock is paused; {left} left when it resumes.": "计时已暂停；恢复后还剩 {left}。",
    "Any deadline": "全部期限",
    "{numbers} …": "{numbers} …",
    "%n complaint(s) fall due within the hour: {numbers}": "%n 件投诉将在一小时内到期：{numbers}",
    "Complaint {number} ({customer}) falls due at {time}.": "投诉 {number}（{customer}）将于 {time} 到期。",
    "Falls due within the hour": "一小时内到期",
    "Why": "原因",
    "Level": "等级",
    "Level {level}": "{level} 级",
    "Raised at": "报警时间",
    "No escalation waits for a supervisor.": "没有等待主管确认的升级投诉。",
    "&Acknowledge": "确认(&A)",
    "Only a supervisor can acknowledge an escalation.": "只有客服主管才能确认升级投诉。",
    "Acknowledged: {number}.": "已确认：{number}。",
    "Escalations waiting for a supervisor": "等待主管确认的升级投诉",
    "Show…": "查看…",
    "%n escalated complaint(s) wait for a supervisor: level 3 or media involved.":
        "%n 件升级投诉等待主管确认：三级投诉或有媒体介入。",
    "Internal incident log": "内部违规事件情况登记表",
    "All departments": "全部部门",
    "Departments that answered a request later than their deadline.":
        "《内部违规事件情况登记表》：责任部门超过答复期限才答复的记录。",
    "Level 3 complaints and complaints with media involved reach every supervisor at once. "
    "They stay here until a supervisor acknowledges them.":
        "三级投诉和有媒体介入的投诉会立即通知所有客服主管，直到有主管确认为止。",
    "Asked at": "转办时间",
    "Answer due": "应答复时间",
    "Answered at": "答复时间",
    "Delay": "超时",
    "Answered from": "答复日期从",
    "to": "至",
    "The log could not be read: {error}": "无法读取登记表：{error}",
    "Entries: %n": "共 %n 条",
    "&Overdue": "已超时(&O)",
    "D&ue soon": "即将到期(&U)",
    "&Incident log…": "内部违规事件登记表(&I)…",
    "&Escalations…": "升级投诉(&E)…",
    # -- acting on a complaint: action bar and dialogs, conflict, contact log, department
    #    requests, attachments, departments (issue 3, UI part A)
    "What was said": "沟通内容",
    "&How": "方式(&H)",
    "E&xplanation": "解释说明(&X)",
    "&Reason": "原因(&R)",
    "&Note": "备注(&N)",
    "Promised &answer by": "承诺答复时间(&A)",
    "Responsible &department": "责任部门(&D)",
    "Assi&gned to": "处理人(&G)",
    "&Evidence (attachments)": "证据（附件）(&E)",
    "&Waiting for": "等待(&W)",
    "&Cause": "原因类别(&C)",
    "Responsible &person": "责任人(&P)",
    "De&tails": "详细情况(&T)",
    "{field} *": "{field} *",
    "No further input is needed. Go ahead?": "无需填写其他内容。确定执行吗？",
    "(unchanged)": "（不变）",
    "Not allowed: {reason}": "不允许：{reason}",
    "Not saved: {error}": "未保存：{error}",
    "Reloaded what is saved now. Check your entry and confirm again.":
        "已重新载入当前保存的内容。请核对您填写的内容后再次确认。",
    "File": "文件",
    "Size": "大小",
    "SHA-256": "SHA-256 指纹",
    "Added": "添加时间",
    "Add &file…": "添加文件(&F)…",
    "&Paste image": "粘贴图片(&P)",
    "Save a &copy…": "另存副本(&C)…",
    "Add files to the complaint": "为投诉添加文件",
    "The clipboard holds no image.": "剪贴板中没有图片。",
    "Save a copy": "另存副本",
    "{action} (&{key})": "{action}(&{key})",
    "No step is open to you here.": "当前没有您可以执行的步骤。",
    "Someone else saved this complaint": "他人已保存了这件投诉",
    "While you were working, another desk saved complaint {number}. Nothing of yours has been saved yet, and nothing of theirs is overwritten.":
        "在您操作期间，另一台服务台保存了投诉 {number}。您的修改尚未保存，对方的内容也不会被覆盖。",
    "Field": "项目",
    "When you opened it": "您打开时",
    "Saved now by the other desk": "对方现已保存",
    "What you wanted: {action}{inputs}": "您要做的：{action}{inputs}",
    "Reload what is saved now and apply your change again (your entry is kept, you confirm it once more), or discard your change?":
        "重新载入当前内容并再次应用您的修改（您填写的内容保留，需再确认一次），还是放弃您的修改？",
    "&Reload and re-apply": "重新载入并再次应用(&R)",
    "&Discard my change": "放弃我的修改(&D)",
    "How": "方式",
    "By": "经办人",
    "&Kind": "类别(&K)",
    "What was &said": "沟通内容(&S)",
    "&Log contact": "记录联系(&L)",
    "Question": "询问事项",
    "Asked": "提出时间",
    "Due": "答复期限",
    "Answer": "答复内容",
    "&Department": "部门(&D)",
    "&Question": "询问事项(&Q)",
    "As&k the department": "转责任部门(&K)",
    "A&nswer": "答复(&N)",
    "to the request selected above": "针对上方选中的请求",
    "&Record answer": "记录答复(&R)",
    "Answered late: written into the incident log.": "答复超时：已记入内部违规事件登记表。",
    "Select the request that was answered.": "请选择已答复的请求。",
    "Departments": "责任部门",
    "Hours to answer": "答复时限（小时）",
    " h": " 小时",
    "A&ctive": "启用(&C)",
    "&Name": "名称(&N)",
    "&Hours to answer a request": "答复时限(&H)",
    "&New department": "新增部门(&N)",
    "&Save": "保存(&S)",
    "{at} · {by}: {old} → {new} ({reason})": "{at} · {by}：{old} → {new}（{reason}）",
    "{action}: {value}": "{action}：{value}",
    "Transfers": "转派记录",
    "&Record": "记录(&R)",
    "Co&ntacts": "联系记录(&N)",
    "De&partments": "责任部门(&P)",
    "Attach&ments": "附件(&M)",
    "De&partments…": "责任部门(&P)…",
    "&Complaint": "投诉(&C)",
    "Judgment": "判断结果",
    "Cause": "原因",
    "Reason for refusal": "拒绝理由",
    "Evidence": "证据",
    "Cause details": "原因详情",
    "Responsible person": "责任人",
    "Customer answered": "答复顾客时间",
    "Times reopened": "重新打开次数",
    "Reopened": "重新打开时间",
    # -- the resolution slip, 处理结果确认单 (desk/printing/resolution_slip.py, issue 4)
    "Resolution Confirmation Slip": "处理结果确认单",
    "Customer's copy": "顾客联",
    "Store's copy": "存根联",
    "Copy {n}": "补打第{n}次",
    "Slip no.": "确认单号",
    "Issued on": "出具日期",
    "Complaint in brief": "投诉摘要",
    "In words: {words}": "人民币（大写）：{words}",
    "I understand and accept the resolution above; the matter has been settled to my "
    "satisfaction.": "本人已了解并同意上述处理方案，此事已圆满解决。",
    "Year      Month      Day": "年      月      日",
    "Signed: the original is on file": "已签字，原件存档",
    "Approved by (supervisor)": "审批主管",
    "Two parts: the customer keeps the customer's copy, the service desk files the "
    "store's copy.": "本单一式两联：顾客联由顾客保存，存根联由客服台存档。",
    "Cut along this line": "沿此线剪开",
    # -- resolutions, approvals and slips in the domain (desk/ui/labels.py, messages.py; issue 4)
    "On-site check": "上门检测",
    "Discount": "折扣",
    "Gift": "赠品",
    "Cash compensation": "现金补偿",
    "Waiting for approval": "待审批",
    "Approved": "已批准",
    "Declined": "已驳回",
    "Cancelled": "已取消",
    "Voided by a change": "因修改失效",
    "Resolution changed": "处理方案已修改",
    "Remedy added": "增加处理方式",
    "Remedy changed": "修改处理方式",
    "Remedy removed": "删除处理方式",
    "Approval voided by the change": "审批因方案修改失效",
    "Approved by supervisor (PIN)": "主管现场审批（密码确认）",
    "Reviewed by supervisor": "主管已事后审核",
    "Slip issued": "出具确认单",
    "Slip printed": "打印确认单",
    "Slip reprinted": "补打确认单",
    "Slip signed by the customer": "顾客已签字确认",
    "Customer refused to sign": "顾客拒绝签字",
    "Above your authority of {limit} yuan: a supervisor must approve this resolution of "
    "{total} yuan first.": "超出您的权限（{limit}元）：{total}元的处理方案须先经主管审批。",
    "The resolution can only be changed while investigating or proposing it.":
        "只有在调查中或提出处理方案时才能修改处理方案。",
    "At most {max} remedies.": "最多{max}项处理方式。",
    "This remedy carries no amount.": "此处理方式不涉及金额。",
    "Another supervisor has already reviewed this.": "其他主管已审核过此项。",
    "A slip is issued once the customer has agreed to the resolution.":
        "顾客同意处理方案后才能出具确认单。",
    "Not a SHA-256 fingerprint.": "不是有效的SHA-256指纹。",
    "Slip {number} is already signed.": "确认单{number}已签字。",
    "The customer refused to sign slip {number}; issue a new one.":
        "顾客已拒绝签署确认单{number}，请重新出具。",
    "The signature cannot come before the slip was issued.": "签字时间不能早于确认单出具时间。",
    # the resolution tab, approvals queue and review list (issue 4, UI part A)
    "¥{amount}": "¥{amount}",
    "0.00": "0.00",
    "What the customer reads": "顾客看到的说明",
    "Remove": "删除",
    "&Add remedy": "添加处理方式(&A)",
    "&Save resolution": "保存处理方案(&S)",
    "Ask for approval": "提交主管审批",
    "Supervisor approves here…": "主管当场审批…",
    "Supervisor approves here": "主管当场审批",
    "Remedy": "处理方式",
    "Text the customer reads": "给顾客的说明",
    "Total: {total}": "合计：{total}",
    "Your authority: up to {limit}": "您的权限：最高{limit}",
    "Above your authority: a supervisor must approve it after saving.":
        "超出您的权限：保存后须经主管审批。",
    "Within your authority. Save to go on.": "在您的权限内。请先保存。",
    "Approved by {name}.": "已由{name}审批。",
    "Waiting for a supervisor's approval.": "等待主管审批。",
    "Above your authority: a supervisor must approve it before the customer agrees.":
        "超出您的权限：须经主管审批后顾客方可确认。",
    "Within your authority.": "在您的权限内。",
    "Reloaded what is saved now. Check the remedies and save again.":
        "已重新读取当前保存的内容。请核对处理方式后再次保存。",
    "Supervisor's staff &code": "主管工号(&C)",
    "&Approve": "批准(&A)",
    "Approvals queue": "待审批方案",
    "Total": "合计",
    "Remedies": "处理方式",
    "Asked by": "申请人",
    "Note, or the reason for declining": "备注，或不批准的理由",
    "&Decline": "不批准(&D)",
    "&Reload": "刷新(&R)",
    "Note / reason": "备注/理由",
    "%n request(s) waiting": "%n 项待审批",
    "Please give the reason for declining.": "请填写不批准的理由。",
    "{old} → {new}": "{old} → {new}",
    "{action} {index}: {value}": "{action} {index}：{value}",
    "Resolution": "处理方案",
    "&Approvals queue…": "待审批方案(&A)…",
    "Re&view of clerks' grants…": "专员自主处理审核(&V)…",
    "Review of clerks' own grants": "专员自主处理的事后审核",
    "Granted by": "经办专员",
    "Agreed at": "顾客确认时间",
    "Reviewed by": "审核人",
    "Reviewed at": "审核时间",
    "Note": "备注",
    "What you noticed (optional)": "审核意见（可不填）",
    "&Mark reviewed": "标记为已审核(&M)",
    "Agreed from": "顾客确认日期从",
    "%n not yet reviewed": "%n 项未审核",
    "A resolution of {total}, above the clerk's authority of {limit}.":
        "处理方案合计{total}，超出专员权限{limit}。",
    # the slip dialog and the signature pad (issue 4, UI part B)
    "Resolution slip": "处理结果确认单",
    "Resolution slip {number}": "处理结果确认单 {number}",
    "Complaint {complaint} · total {total}": "投诉 {complaint} · 合计 {total}",
    "A4 (both copies on one page)": "A4（两联同页）",
    "A5 (one page per copy)": "A5（每联一页）",
    "Paper:": "纸张：",
    "Print pre&view…": "打印预览(&V)…",
    "&Print…": "打印(&P)…",
    "Save as P&DF…": "另存为 PDF(&D)…",
    "C&lear": "清除(&L)",
    "Customer signs on &screen": "顾客屏幕签字(&S)",
    "Signature on screen": "屏幕签字",
    "Signature on paper": "纸面签字",
    "Signed at:": "签字时间：",
    "Scanned slip:": "扫描件：",
    "Scanned slip": "确认单扫描件",
    "No scan attached (optional)": "未附扫描件（可不附）",
    "Attach s&can…": "附扫描件(&C)…",
    "Signed on p&aper": "已在纸面签字(&A)",
    "Refusal": "拒绝签字",
    "Why the customer will not sign": "顾客不签字的原因",
    "Customer &refuses": "顾客拒签(&R)",
    "Refused on {at}: {reason}": "顾客于 {at} 拒签：{reason}",
    "Signed on {at}. Printed {n} time(s).": "已于 {at} 签字。已打印 {n} 次。",
    "Printed {n} time(s); not signed yet.": "已打印 {n} 次，尚未签字。",
    "Not printed yet.": "尚未打印。",
    "Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)":
        "扫描件 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;所有文件 (*)",
    "The scan could not be read: {path}": "无法读取扫描件：{path}",
    "The customer has not signed on the pad yet.": "顾客尚未在签字板上签字。",
    "Customer signs here": "顾客在此签字",
    "The customer signs here with the mouse, a pen or a finger.": "顾客用鼠标、手写笔或手指在此签字。",
}

# Where the same English reads differently in one context.
# -- written replies (desk/resolution/replies.py, issue 15)
ZH_CN.update({
    "This complaint came in writing: issue a reply letter (or a supervisor records why none "
    "is sent) before it is closed.":
        "这是书面投诉：结案前须出具答复函（或由主管记录不发函的原因）。",
    "The remedy is above your authority: a supervisor approves the letter with their code "
    "and PIN.":
        "补偿超出您的权限：须由主管输入工号和密码批准答复函。",
    "This complaint is closed: reopen it to answer again.": "该投诉已结案：如需再次答复，请先重新打开。",
    "Dear {name},": "尊敬的{name}：",
    "Thank you for your complaint of {date} ({channel}). We have looked into it carefully. "
    "You told us: {brief}":
        "感谢您于{date}通过{channel}向我们反映问题，我们已认真调查。您反映：{brief}",
    "Our investigation found that what you described is true.": "经调查，您反映的情况属实。",
    "Our investigation found: {explanation}": "经调查：{explanation}",
    "We have considered your demand carefully and cannot accept it: {reason}":
        "我们认真研究了您的要求，但无法接受：{reason}",
    "The cause: {cause}.": "原因：{cause}。",
    "We resolve the matter as follows:": "处理如下：",
    "{n}. {kind}: {text}": "{n}. {kind}：{text}",
    "{n}. {kind}: {text} ({amount} yuan)": "{n}. {kind}：{text}（{amount} 元）",
    "In all {amount} yuan ({words}).": "合计 {amount} 元（{words}）。",
    "We sincerely apologise for the trouble this has caused you, and thank you for your "
    "trust and for helping us improve.":
        "对于给您带来的不便，我们深表歉意，并感谢您对本店的信任与监督。",
    "If you have any question, please contact our customer service desk: {contact}.":
        "如有疑问，请联系本店客服台：{contact}。",
    "Reply letter: {number}": "答复函：{number}",
    "Written reply to {name}": "书面答复 {name}",
    "Complaint {number}, came in by {channel} on {date}.": "投诉 {number}，{date} 经{channel}收到。",
    "Letter &text (edit before issuing):": "函件正文（出具前可修改）(&T)：",
    "Propose the text &again": "重新生成正文(&A)",
    "The remedy is above your authority: a supervisor approves the letter":
        "补偿超出您的权限：须由主管批准答复函",
    "Supervisor's &code:": "主管工号(&C)：",
    "&PIN:": "密码(&P)：",
    "Pre&view…": "预览(&V)…",
    "&Issue letter": "出具答复函(&I)",
    "Ctrl+Enter": "Ctrl+Enter",
    "Replies recorded": "已记录的答复",
    "No letter (supervisor)": "不发函（主管）",
    "Why no letter is sent": "不发函的原因",
    "Record &no letter": "记录不发函(&N)",
    "Your unsaved text of {time} was restored.": "已恢复您 {time} 未保存的正文。",
    "{number}, issued {when} by {name}": "{number}，{when} 由{name}出具",
    "No letter, {when}, {name}: {note}": "不发函，{when}，{name}：{note}",
    "None yet: the complaint cannot be closed without one.": "尚无答复：没有答复不能结案。",
    "Letter {number} issued: print it for the customer.": "答复函 {number} 已出具：请打印交给顾客。",
    "Recorded: no letter is sent.": "已记录：不发答复函。",
    "Another desk changed this complaint meanwhile. Your text is kept: check the replies "
    "above and issue again.":
        "其他服务台刚修改了这条投诉。您的正文已保留：请核对上方的答复后再出具。",
    "Reply to Your Complaint": "投诉答复函",
    "Letter no. {number}": "函号 {number}",
    "Complaint no. {number}": "投诉编号 {number}",
    "Date: {date}": "日期：{date}",
    "DRAFT: not issued": "草稿：尚未出具",
    "Tel. {phone}": "电话 {phone}",
    "(seal)": "（盖章）",
    "Handled by: {name}": "经办人：{name}",
    "Approved by: {name}": "批准人：{name}",
    "Signature: ______________": "签字：______________",
    "Page {n}": "第 {n} 页",
    "Written &reply…": "书面答复(&R)…",
    "Came in writing: the reply letter is issued.": "书面投诉：答复函已出具。",
    "Came in writing: issue a reply letter before closing.": "书面投诉：结案前须出具答复函。",
    "Reply letter issued": "已出具答复函",
    "No reply letter (supervisor's note)": "不发答复函（主管说明）",
    # written replies in the handover and the reports
    "Replies due": "待书面答复",
    "Written reply due": "待书面答复",
    "Of those received in the period, the written ones (letter, e-mail, consumer association, 12315, media) still open without a written reply of their current round.":
        "本期受理的书面投诉（信函、邮件、消协转办、12315、媒体）中，尚未结案且本轮尚无书面答复的件数。",
    "Unfinished": "未办结",
    "Callbacks due": "待回访",
    "Outbound": "外呼",
    "Dissatisfied": "不满意",
    "Unsigned slips": "未签字确认单",
    "Approvals": "待审批",
    "Sudden events": "突发事件",
    "Written replies due": "待书面答复的书面投诉",
    "Issue the reply letter": "出具答复函",
    "Came in by": "来源渠道",
    "Nothing to hand over: {sections}.": "以下无待交接事项：{sections}。",
    "; ": "；",
    # customer records (issue 15)
    "Assign customers": "分配客户",
    "Customers nobody holds": "尚无人负责的客户",
    "Rebalance all customers": "重新均衡全部客户",
    "The customers of a clerk who leaves": "离职客服的客户",
    "{name} (inactive)": "{name}（已停用）",
    "&Propose": "生成方案(&P)",
    "Capacity": "上限",
    "Holds now": "现有",
    "Gets": "分入",
    "Gives": "分出",
    "Of them VIP / sensitive": "其中VIP/敏感",
    "Holds after": "分配后",
    "&Apply": "执行(&A)",
    "&Whom": "分配对象(&W)",
    "&Leaving clerk": "离职客服(&L)",
    "Working out a proposal…": "正在生成分配方案…",
    "{moved} customers would move. Nothing is written until you apply; each one's first contact falls due a week after.":
        "将调整 {moved} 位客户。执行前不会写入任何数据；每位客户的首次联系须在分配后一周内完成。",
    "{n} customers stay unassigned: no clerk has room left (capacity).":
        "{n} 位客户仍未分配：所有客服均已达负责上限。",
    "Writing the assignment…": "正在写入分配结果…",
    "{n} customers assigned.": "已分配 {n} 位客户。",
    "Customer record: {name}": "客户资料：{name}",
    "&Details": "资料(&D)",
    "&History": "历史记录(&H)",
    "One phone per line; the first is the main one": "每行一个电话，第一个为主要电话",
    "(none)": "（无）",
    "e.g. weekday evenings": "例如：工作日晚上",
    "(any)": "（不限）",
    "Declines callbacks": "谢绝回访",
    "&Phones": "电话(&P)",
    "&Member no.": "会员号(&M)",
    "Card &level": "会员卡等级(&L)",
    "Preferred &time": "方便联系时间(&T)",
    "Preferred &method": "首选联系方式(&M)",
    "Tags": "标签",
    "N&otes": "备注(&O)",
    "Held by": "负责客服",
    "Nobody yet": "尚未分配",
    "{name}, first contact {at}": "{name}，已于 {at} 首次联系",
    "{name}, first contact due by {due}": "{name}，应于 {due} 前首次联系",
    "Saved.": "已保存。",
    "Another desk saved this record meanwhile (now: {name}, {phones}). Your text is kept: check it and save again.":
        "其他客服台刚刚保存了此资料（现为：{name}，{phones}）。您填写的内容已保留：请核对后再次保存。",
    "Detail": "详情",
    "Record &contact": "记录联系(&C)",
    "Inquiry": "咨询",
    "Callback": "回访",
    "Contact": "联系",
    "Slip": "确认单",
    "Record": "资料",
    "{complaints} complaints, {inquiries} inquiries, {callbacks} callbacks, {contacts} contacts; remedies granted in all: ¥{total}":
        "投诉 {complaints} 件，咨询 {inquiries} 件，回访 {callbacks} 次，联系 {contacts} 次；累计补偿：¥{total}",
    "Contact recorded.": "已记录联系。",
    "C&ustomers…": "客户资料(&U)…",
    "&My customers…": "我的客户(&M)…",
    "&Assign customers…": "分配客户(&A)…",
    "Cus&tomers": "客户(&T)",
    "Name, phone, last 4 digits or member no.": "姓名、电话、尾号后4位或会员号",
    "&My customers": "我的客户(&M)",
    "Card": "会员卡",
    "First contact": "首次联系",
    "Mer&ge the two selected…": "合并所选两条资料(&G)…",
    "done {at}": "已于 {at} 联系",
    "OVERDUE since {due}": "已逾期（应于 {due}）",
    "due by {due}": "应于 {due} 前",
    "{n}{more} customers shown": "已显示 {n}{more} 位客户",
    "Select exactly two records to merge.": "请选择两条要合并的资料。",
    "Merge two records": "合并两条客户资料",
    "Merge {other} ({other_phones}) into {keep} ({keep_phones})? The complaints, callbacks and contacts of both are kept under one record.":
        "将 {other}（{other_phones}）合并到 {keep}（{keep_phones}）？两条资料的投诉、回访和联系记录都将保留在同一资料下。",
    "{phone} is not a valid phone number: 11-digit mobile or landline.": "{phone} 不是有效的电话号码：请填写11位手机号或固定电话。",
    "At most {max} phones per customer.": "每位客户最多 {max} 个电话。",
    "{phone} belongs to the record of {name}. If it is the same person, a supervisor can merge the two records.":
        "{phone} 已属于 {name} 的资料。如是同一人，可由主管合并两条资料。",
    "A level from {low} to {high}.": "等级须为 {low} 至 {high}。",
    "At least 1 customer, or leave it empty for no limit.": "至少1位客户，留空表示不限。",
    "There is no active clerk to assign to.": "没有可分配的在岗客服。",
    "A clerk of this proposal was deactivated meanwhile. Make a new proposal.": "方案中的某位客服刚被停用。请重新生成方案。",
    "Another supervisor changed these customers' clerks meanwhile. Nothing was written: make a new proposal.":
        "另一位主管刚刚调整了这些客户的负责人。本次未写入任何数据：请重新生成方案。",
    "These are already one record.": "这已是同一条资料。",
    "One of the two records was merged meanwhile. Search again.": "其中一条资料刚被合并。请重新查找。",
    "VIP": "VIP",
    "Sensitive": "敏感",
    "Elderly": "老年人",
    "Disabled": "残障人士",
    "Has gone to the media": "曾找媒体",
    "Complains often": "多次投诉",
    "Ordinary card": "普通卡",
    "Silver card": "银卡",
    "Gold card": "金卡",
    "Platinum card": "白金卡",
    "WeChat": "微信",
    "First contacts due (new customers)": "新分配客户待首次联系",
    "First contacts": "待首次联系",
    "Make the first contact": "首次联系客户",
})

# appointments (desk/complaints/appointments.py, desk/ui/appointments/, the note, the handover)
ZH_CN.update({
    # the dialog
    "Appointments: {number}": "预约：{number}",
    "Appointments for {name}": "{name} 的预约",
    "{kind} {number}: {account}": "{kind} {number}：{account}",
    "Time": "时间",
    "Address": "地址",
    "Remark": "说明",
    "Who confirmed, what happened, why it is cancelled or moved":
        "谁确认的、发生了什么、为何取消或改期",
    "Remar&k:": "说明(&K)：",
    "Confirmed &with the department": "已与部门确认(&W)",
    "Kept (do&ne)": "已履约(&N)",
    "&Missed": "未履约(&M)",
    "Mo&ve…": "改期(&V)…",
    "Can&cel appointment": "取消预约(&C)",
    "Make a com&plaint": "转为投诉(&P)",
    "Register the missed appointment as a complaint, with the inquiry's facts":
        "将未履约的预约登记为投诉，带入咨询的全部信息",
    "S&how note": "查看预约单(&H)",
    "Pr&int note…": "打印预约单(&I)…",
    "Appointments of this inquiry": "本咨询的预约",
    "Where the department comes: street, building, unit, room": "上门地址：街道、楼栋、单元、门牌",
    "e.g. the receipt, the warranty card": "如：购物小票、保修卡",
    "e.g. the customer is away that day": "如：顾客当天不在家",
    "&Department:": "责任部门(&D)：",
    "Dat&e:": "日期(&E)：",
    "&Time window:": "时间段(&T)：",
    "&Address:": "地址(&A)：",
    "What to &bring:": "需准备(&B)：",
    "N&ote:": "备注(&O)：",
    "&Reason for the move:": "改期原因(&R)：",
    "Enter or Ctrl+Enter": "Enter 或 Ctrl+Enter",
    "Book a new one instead": "改为新建预约",
    "Book an appointment": "新建预约",
    "&Save appointment": "保存预约(&S)",
    "Move {slot} to": "将 {slot} 改期为",
    "&Save the move": "保存改期(&S)",
    "Close window": "关闭",
    "Booked: {slot}. Give the customer the note (Show note / Print note).":
        "已预约：{slot}。请把预约单交给顾客（查看预约单 / 打印预约单）。",
    "Moved to {slot}. Give the customer the new note.": "已改期为 {slot}。请把新的预约单交给顾客。",
    "Confirmed with the department: {slot}.": "已与部门确认：{slot}。",
    "Recorded as kept: {slot}.": "已记录为已履约：{slot}。",
    "Recorded as missed: {slot}. Make a complaint of it if the customer wishes.":
        "已记录为未履约：{slot}。顾客要求时可转为投诉。",
    "Cancelled: {slot}.": "已取消：{slot}。",
    "Complaint {number} registered from the missed appointment.":
        "已根据未履约的预约登记投诉 {number}。",
    "Another desk changed this appointment meanwhile: it now reads {slot} ({state}). Your "
    "typing is kept: check and save again.":
        "其他服务台刚修改了这个预约：现在为 {slot}（{state}）。您输入的内容已保留，请核对后再保存。",
    # the note (预约单)
    "Appointment Note": "预约单",
    "Appointment no. {number}": "预约号 {number}",
    "Inquiry no. {number}": "咨询单号 {number}",
    "Visit time": "上门时间",
    "{start} – {end}": "{start} – {end}",
    "Please have ready": "请准备",
    "This replaces the appointment {slot}.": "本预约为改期后的预约，原预约：{slot}。",
    "NO LONGER VALID: {status}": "本单已作废：{status}",
    "To change or cancel the appointment, please call {phone} at least one day before and "
    "give the appointment number.": "如需改期或取消，请至少提前一天拨打 {phone}，并告知预约号。",
    "To change or cancel the appointment, please contact our customer service desk at least "
    "one day before and give the appointment number.":
        "如需改期或取消，请至少提前一天联系本店服务台，并告知预约号。",
    "Issued {time} by {name}": "{time} 由 {name} 开具",
    "Monday": "星期一",
    "Tuesday": "星期二",
    "Wednesday": "星期三",
    "Thursday": "星期四",
    "Friday": "星期五",
    "Saturday": "星期六",
    "Sunday": "星期日",
    # the reminder of first contacts owed to new customers
    "First contacts with new customers": "新客户首次联系",
    "%n new customer(s) to contact for the first time: {names}":
        "%n 位新分配客户待首次联系：{names}",
    "{text}; %n overdue": "{text}；其中 %n 位已逾期",
    "{text} (Ctrl+Shift+M: my customers)": "{text}（Ctrl+Shift+M：我的客户）",
    "First contact overdue since {due}: {name} ({phone}).":
        "首次联系已于 {due} 逾期：{name}（{phone}）。",
    "First contact due by {due}: {name} ({phone}).": "请于 {due} 前首次联系：{name}（{phone}）。",
    # the reminder, the menu, the tab, tomorrow's list
    "Appointments to confirm": "待确认的预约",
    "%n appointment(s) tomorrow not yet confirmed with the department: {names} "
    "(Ctrl+Shift+Y: tomorrow's appointments)":
        "明天有 %n 个预约尚未与部门确认：{names}（Ctrl+Shift+Y：明日预约）",
    "Confirm with {department}: {customer}, tomorrow {start}–{end} ({number}).":
        "请与{department}确认：{customer}，明天 {start}–{end}（{number}）。",
    "A&ppointments of this inquiry…": "本咨询的预约(&P)…",
    "&Tomorrow's appointments…": "明日预约(&T)…",
    "Select an inquiry in the list first.": "请先在列表中选择一条咨询。",
    "Appointments… (Ctrl+Shift+A)": "预约…（Ctrl+Shift+A）",
    "Appointments are booked for inquiries (delivery, installation, repair).":
        "预约只针对咨询预约类（送货、安装、维修）。",
    "No appointment yet.": "尚无预约。",
    "Appointments": "预约",
    "Tomorrow's appointments ({day})": "明日预约（{day}）",
    "Inquiry": "咨询单",
    "%n appointment(s) tomorrow; {open} still to confirm with the department.":
        "明天共 %n 个预约，其中 {open} 个尚待与部门确认。",
    # the domain's texts (history notes, the complaint made from a missed slot)
    "{department} {day} {start}–{end}": "{department} {day} {start}–{end}",
    "The appointment of inquiry {number} was missed: {department} was to come on {day} "
    "between {start} and {end} to {address}. What happened: {what}":
        "咨询 {number} 的预约未履约：{department}应于 {day} {start}–{end} 上门至 {address}。"
        "经过：{what}",
    "The inquiry: {account}": "原咨询内容：{account}",
    "From the missed appointment of {number}": "来自 {number} 未履约的预约",
    # the handover
    "Tomorrow's appointments": "明日预约",
    "To confirm": "待确认",
    "Confirmed": "已确认",
    "Appointment": "预约时间",
    # messages
    "This department is not (or no longer) in the store's list: choose one of the list.":
        "本店部门列表中没有（或已停用）这个部门：请从列表中选择。",
    "The time window is empty: the end must come after the start.":
        "时间段为空：结束时间必须晚于开始时间。",
    "The end of the window is before its start.": "结束时间早于开始时间。",
    "This lies in the past: an appointment is for today later on or a later day.":
        "这是过去的时间：预约只能约在今天稍后或以后的日子。",
    "This appointment is already settled; book a new one if needed.":
        "这个预约已有结果；如有需要请新建预约。",
    "Only a missed appointment can be turned into a complaint.": "只有未履约的预约才能转为投诉。",
    # vocabulary: states and history entries
    "Booked": "已预约",
    "Confirmed with the department": "已与部门确认",
    "Moved": "已改期",
    "Missed": "未履约",
    "Appointment booked": "预约已登记",
    "Appointment confirmed with the department": "预约已与部门确认",
    "Appointment moved": "预约已改期",
    "Appointment kept": "预约已履约",
    "Appointment missed": "预约未履约",
    "Appointment cancelled": "预约已取消",
    "Missed appointment made a complaint": "未履约的预约已转为投诉",
    "Registered from a missed appointment": "由未履约的预约登记",
})

# -- Windows and several desks: the password dialog, a schema behind the program
ZH_CN.update({
    "Remember on this PC (credential store)": "在本机记住（系统凭据管理器）",
    "Join the store's server…": "连接商场的服务器……",
    "Join the store's server": "连接商场的服务器",
    "The connection the store's IT person gave (desk server init prints it):":
        "请输入商场 IT 人员提供的连接地址（desk server init 会显示）：",
    "That is not a postgresql:// connection.": "这不是 postgresql:// 连接地址。",
    "The database {where} is older than this desk program and this desk may not upgrade it. "
    "Ask the store's IT person to run desk server upgrade on the server, then start desk "
    "again.":
        "数据库 {where} 的版本比本客服台程序旧，本客服台无权升级。请联系商场的 IT 人员"
        "在服务器上运行 desk server upgrade，然后重新启动客服台。",
})

CONTEXT_ZH_CN = {
    ("ReplyLetterDialog", "Close"): "关闭",  # the dialog, not the complaint
    ("DetailPane", "Complaint"): "投诉信息",
    ("DetailPane", "Customer"): "顾客",
    ("DetailPane", "Closed"): "结案时间",
    ("DetailPane", "Number"): "编号",
    ("DetailPane", "Kind"): "类型",
    ("DetailPane", "Department"): "责任部门",
    ("DetailPane", "Explanation"): "解释说明",
    # approvals queue and review list (issue 4, UI part A)
    ("ApprovalsQueue", "Complaint"): "投诉单号",
    ("ApprovalsQueue", "Asked at"): "申请时间",
    ("ReviewList", "Complaint"): "投诉单号",
    # the resolution slip (issue 4): the words of a printed money form
    ("ResolutionSlip", "Complaint no."): "投诉单号",
    ("ResolutionSlip", "Customer"): "顾客姓名",
    ("ResolutionSlip", "Phone"): "联系电话",
    ("ResolutionSlip", "Product"): "商品",
    ("ResolutionSlip", "Receipt no."): "购物小票号",
    ("ResolutionSlip", "No."): "序号",
    ("ResolutionSlip", "Remedy"): "处理方式",
    ("ResolutionSlip", "Details"): "处理内容",
    ("ResolutionSlip", "Total"): "合计",
    ("ResolutionSlip", "Date"): "日期",
    ("ResolutionSlip", "Handled by"): "经办人",
    ("ResolutionSlip", "none"): "无",
}




def _load_feature_tables() -> None:
    """Each feature may keep its Chinese in tools/zh_cn/<feature>.py (ZH_CN, CONTEXT_ZH_CN)."""
    import importlib.util
    from pathlib import Path

    for path in sorted((Path(__file__).parent / "zh_cn").glob("*.py")):
        spec = importlib.util.spec_from_file_location(f"zh_cn_{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        ZH_CN.update(getattr(module, "ZH_CN", {}))
        CONTEXT_ZH_CN.update(getattr(module, "CONTEXT_ZH_CN", {}))


_load_feature_tables()


def translation_for(context: str, source: str) -> str | None:
    return CONTEXT_ZH_CN.get((context, source), ZH_CN.get(source))


def _unfinished(translation: ET.Element) -> bool:
    if translation.get("type") not in ("unfinished", None):
        return False  # obsolete or vanished
    texts = [translation.text or ""] + [f.text or "" for f in translation.findall("numerusform")]
    return translation.get("type") == "unfinished" or not any(t.strip() for t in texts)


def fill(path: str) -> tuple[int, list[tuple[str, str]]]:
    """(how many filled, what is still missing as (context, source))."""
    tree = ET.parse(path)
    filled, missing = 0, []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if translation is None or not _unfinished(translation):
                continue
            chinese = translation_for(name, source)
            if chinese is None:
                missing.append((name, source))
                continue
            forms = translation.findall("numerusform")
            if forms:
                for form in forms:
                    form.text = chinese
            else:
                translation.text = chinese
            translation.attrib.pop("type", None)
            filled += 1
    if filled:
        ET.indent(tree, space="    ")
        body = ET.tostring(tree.getroot(), encoding="unicode")
        with open(path, "w", encoding="utf-8") as out:
            out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
    return filled, missing


def report(path: str) -> list[tuple[str, str]]:
    tree = ET.parse(path)
    return [(c.findtext("name"), m.findtext("source"))
            for c in tree.getroot().iter("context") for m in c.iter("message")
            if m.find("translation") is not None and _unfinished(m.find("translation"))]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ts_file")
    parser.add_argument("--report", action="store_true", help="only list untranslated messages")
    args = parser.parse_args(argv)
    if args.report:
        missing = report(args.ts_file)
        by_context: dict[str, int] = {}
        for context, _source in missing:
            by_context[context] = by_context.get(context, 0) + 1
        for context, n in sorted(by_context.items()):
            print(f"{args.ts_file}: {n} untranslated in {context}")
        return 0
    filled, _missing = fill(args.ts_file)
    print(f"{args.ts_file}: filled {filled} translations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
