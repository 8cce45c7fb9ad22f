<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ActionDialog</name>
    <message>
        <source>What was said</source>
        <translation>沟通内容</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>方式(&amp;H)</translation>
    </message>
    <message>
        <source>E&amp;xplanation</source>
        <translation>解释说明(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Promised &amp;answer by</source>
        <translation>承诺答复时间(&amp;A)</translation>
    </message>
    <message>
        <source>Responsible &amp;department</source>
        <translation>责任部门(&amp;D)</translation>
    </message>
    <message>
        <source>Assi&amp;gned to</source>
        <translation>处理人(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Evidence (attachments)</source>
        <translation>证据（附件）(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Waiting for</source>
        <translation>等待(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Cause</source>
        <translation>原因类别(&amp;C)</translation>
    </message>
    <message>
        <source>Responsible &amp;person</source>
        <translation>责任人(&amp;P)</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>详细情况(&amp;T)</translation>
    </message>
    <message>
        <source>{field} *</source>
        <translation>{field} *</translation>
    </message>
    <message>
        <source>No further input is needed. Go ahead?</source>
        <translation>无需填写其他内容。确定执行吗？</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>（不变）</translation>
    </message>
    <message>
        <source>Reloaded what is saved now. Check your entry and confirm again.</source>
        <translation>已重新载入当前保存的内容。请核对您填写的内容后再次确认。</translation>
    </message>
</context>
<context>
    <name>AlertsBar</name>
    <message>
        <source>Show…</source>
        <translation>查看…</translation>
    </message>
    <message numerus="yes">
        <source>%n escalated complaint(s) wait for a supervisor: level 3 or media involved.</source>
        <translation>
            <numerusform>%n 件升级投诉等待主管确认：三级投诉或有媒体介入。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertsDialog</name>
    <message>
        <source>Escalations waiting for a supervisor</source>
        <translation>等待主管确认的升级投诉</translation>
    </message>
    <message>
        <source>Level 3 complaints and complaints with media involved reach every supervisor at once. They stay here until a supervisor acknowledges them.</source>
        <translation>三级投诉和有媒体介入的投诉会立即通知所有客服主管，直到有主管确认为止。</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Raised at</source>
        <translation>报警时间</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>客服台</translation>
    </message>
    <message>
        <source>No escalation waits for a supervisor.</source>
        <translation>没有等待主管确认的升级投诉。</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>确认(&amp;A)</translation>
    </message>
    <message>
        <source>Only a supervisor can acknowledge an escalation.</source>
        <translation>只有客服主管才能确认升级投诉。</translation>
    </message>
    <message>
        <source>Acknowledged: {number}.</source>
        <translation>已确认：{number}。</translation>
    </message>
    <message>
        <source>Level {level}</source>
        <translation>{level} 级</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Appointments: {number}</source>
        <translation>预约：{number}</translation>
    </message>
    <message>
        <source>Appointments for {name}</source>
        <translation>{name} 的预约</translation>
    </message>
    <message>
        <source>{kind} {number}: {account}</source>
        <translation>{kind} {number}：{account}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Who confirmed, what happened, why it is cancelled or moved</source>
        <translation>谁确认的、发生了什么、为何取消或改期</translation>
    </message>
    <message>
        <source>Remar&amp;k:</source>
        <translation>说明(&amp;K)：</translation>
    </message>
    <message>
        <source>Confirmed &amp;with the department</source>
        <translation>已与部门确认(&amp;W)</translation>
    </message>
    <message>
        <source>Kept (do&amp;ne)</source>
        <translation>已履约(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Missed</source>
        <translation>未履约(&amp;M)</translation>
    </message>
    <message>
        <source>Mo&amp;ve…</source>
        <translation>改期(&amp;V)…</translation>
    </message>
    <message>
        <source>Can&amp;cel appointment</source>
        <translation>取消预约(&amp;C)</translation>
    </message>
    <message>
        <source>Make a com&amp;plaint</source>
        <translation>转为投诉(&amp;P)</translation>
    </message>
    <message>
        <source>Register the missed appointment as a complaint, with the inquiry&apos;s facts</source>
        <translation>将未履约的预约登记为投诉，带入咨询的全部信息</translation>
    </message>
    <message>
        <source>S&amp;how note</source>
        <translation>查看预约单(&amp;H)</translation>
    </message>
    <message>
        <source>Pr&amp;int note…</source>
        <translation>打印预约单(&amp;I)…</translation>
    </message>
    <message>
        <source>Appointments of this inquiry</source>
        <translation>本咨询的预约</translation>
    </message>
    <message>
        <source>Where the department comes: street, building, unit, room</source>
        <translation>上门地址：街道、楼栋、单元、门牌</translation>
    </message>
    <message>
        <source>e.g. the receipt, the warranty card</source>
        <translation>如：购物小票、保修卡</translation>
    </message>
    <message>
        <source>e.g. the customer is away that day</source>
        <translation>如：顾客当天不在家</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>责任部门(&amp;D)：</translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation>日期(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Time window:</source>
        <translation>时间段(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>What to &amp;bring:</source>
        <translation>需准备(&amp;B)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Reason for the move:</source>
        <translation>改期原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Enter or Ctrl+Enter</source>
        <translation>Enter 或 Ctrl+Enter</translation>
    </message>
    <message>
        <source>Book a new one instead</source>
        <translation>改为新建预约</translation>
    </message>
    <message>
        <source>Close window</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>新建预约</translation>
    </message>
    <message>
        <source>&amp;Save appointment</source>
        <translation>保存预约(&amp;S)</translation>
    </message>
    <message>
        <source>Move {slot} to</source>
        <translation>将 {slot} 改期为</translation>
    </message>
    <message>
        <source>&amp;Save the move</source>
        <translation>保存改期(&amp;S)</translation>
    </message>
    <message>
        <source>Booked: {slot}. Give the customer the note (Show note / Print note).</source>
        <translation>已预约：{slot}。请把预约单交给顾客（查看预约单 / 打印预约单）。</translation>
    </message>
    <message>
        <source>Moved to {slot}. Give the customer the new note.</source>
        <translation>已改期为 {slot}。请把新的预约单交给顾客。</translation>
    </message>
    <message>
        <source>Confirmed with the department: {slot}.</source>
        <translation>已与部门确认：{slot}。</translation>
    </message>
    <message>
        <source>Recorded as kept: {slot}.</source>
        <translation>已记录为已履约：{slot}。</translation>
    </message>
    <message>
        <source>Recorded as missed: {slot}. Make a complaint of it if the customer wishes.</source>
        <translation>已记录为未履约：{slot}。顾客要求时可转为投诉。</translation>
    </message>
    <message>
        <source>Cancelled: {slot}.</source>
        <translation>已取消：{slot}。</translation>
    </message>
    <message>
        <source>Complaint {number} registered from the missed appointment.</source>
        <translation>已根据未履约的预约登记投诉 {number}。</translation>
    </message>
    <message>
        <source>Another desk changed this appointment meanwhile: it now reads {slot} ({state}). Your typing is kept: check and save again.</source>
        <translation>其他服务台刚修改了这个预约：现在为 {slot}（{state}）。您输入的内容已保留，请核对后再保存。</translation>
    </message>
</context>
<context>
    <name>AppointmentNote</name>
    <message>
        <source>Appointment Note</source>
        <translation>预约单</translation>
    </message>
    <message>
        <source>Appointment no. {number}</source>
        <translation>预约号 {number}</translation>
    </message>
    <message>
        <source>Inquiry no. {number}</source>
        <translation>咨询单号 {number}</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Visit time</source>
        <translation>上门时间</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Please have ready</source>
        <translation>请准备</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>This replaces the appointment {slot}.</source>
        <translation>本预约为改期后的预约，原预约：{slot}。</translation>
    </message>
    <message>
        <source>NO LONGER VALID: {status}</source>
        <translation>本单已作废：{status}</translation>
    </message>
    <message>
        <source>To change or cancel the appointment, please call {phone} at least one day before and give the appointment number.</source>
        <translation>如需改期或取消，请至少提前一天拨打 {phone}，并告知预约号。</translation>
    </message>
    <message>
        <source>To change or cancel the appointment, please contact our customer service desk at least one day before and give the appointment number.</source>
        <translation>如需改期或取消，请至少提前一天联系本店服务台，并告知预约号。</translation>
    </message>
    <message>
        <source>Issued {time} by {name}</source>
        <translation>{time} 由 {name} 开具</translation>
    </message>
    <message>
        <source>Tel. {phone}</source>
        <translation>电话 {phone}</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
</context>
<context>
    <name>AppointmentNotices</name>
    <message>
        <source>Appointments to confirm</source>
        <translation>待确认的预约</translation>
    </message>
</context>
<context>
    <name>AppointmentReminder</name>
    <message>
        <source>{names} …</source>
        <translation>{names} …</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) tomorrow not yet confirmed with the department: {names} (Ctrl+Shift+Y: tomorrow&apos;s appointments)</source>
        <translation>
            <numerusform>明天有 %n 个预约尚未与部门确认：{names}（Ctrl+Shift+Y：明日预约）</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm with {department}: {customer}, tomorrow {start}–{end} ({number}).</source>
        <translation>请与{department}确认：{customer}，明天 {start}–{end}（{number}）。</translation>
    </message>
</context>
<context>
    <name>Appointments</name>
    <message>
        <source>{department} {day} {start}–{end}</source>
        <translation>{department} {day} {start}–{end}</translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <source>The appointment of inquiry {number} was missed: {department} was to come on {day} between {start} and {end} to {address}. What happened: {what}</source>
        <translation>咨询 {number} 的预约未履约：{department}应于 {day} {start}–{end} 上门至 {address}。经过：{what}</translation>
    </message>
    <message>
        <source>The inquiry: {account}</source>
        <translation>原咨询内容：{account}</translation>
    </message>
    <message>
        <source>From the missed appointment of {number}</source>
        <translation>来自 {number} 未履约的预约</translation>
    </message>
</context>
<context>
    <name>AppointmentsMenu</name>
    <message>
        <source>A&amp;ppointments of this inquiry…</source>
        <translation>本咨询的预约(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Tomorrow&apos;s appointments…</source>
        <translation>明日预约(&amp;T)…</translation>
    </message>
    <message>
        <source>Select an inquiry in the list first.</source>
        <translation>请先在列表中选择一条咨询。</translation>
    </message>
</context>
<context>
    <name>AppointmentsTab</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Appointments… (Ctrl+Shift+A)</source>
        <translation>预约…（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <source>Appointments are booked for inquiries (delivery, installation, repair).</source>
        <translation>预约只针对咨询预约类（送货、安装、维修）。</translation>
    </message>
    <message>
        <source>No appointment yet.</source>
        <translation>尚无预约。</translation>
    </message>
</context>
<context>
    <name>ApprovalsQueue</name>
    <message>
        <source>Approvals queue</source>
        <translation>待审批方案</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉单号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Remedies</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>客服台</translation>
    </message>
    <message>
        <source>Asked at</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Note, or the reason for declining</source>
        <translation>备注，或不批准的理由</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>不批准(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Note / reason</source>
        <translation>备注/理由</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting</source>
        <translation>
            <numerusform>%n 项待审批</numerusform>
        </translation>
    </message>
    <message>
        <source>Please give the reason for declining.</source>
        <translation>请填写不批准的理由。</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <source>Assign customers</source>
        <translation>分配客户</translation>
    </message>
    <message>
        <source>Customers nobody holds</source>
        <translation>尚无人负责的客户</translation>
    </message>
    <message>
        <source>Rebalance all customers</source>
        <translation>重新均衡全部客户</translation>
    </message>
    <message>
        <source>The customers of a clerk who leaves</source>
        <translation>离职客服的客户</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name}（已停用）</translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation>生成方案(&amp;P)</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>受理员</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Holds now</source>
        <translation>现有</translation>
    </message>
    <message>
        <source>Gets</source>
        <translation>分入</translation>
    </message>
    <message>
        <source>Gives</source>
        <translation>分出</translation>
    </message>
    <message>
        <source>Of them VIP / sensitive</source>
        <translation>其中VIP/敏感</translation>
    </message>
    <message>
        <source>Holds after</source>
        <translation>分配后</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>执行(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Whom</source>
        <translation>分配对象(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Leaving clerk</source>
        <translation>离职客服(&amp;L)</translation>
    </message>
    <message>
        <source>Working out a proposal…</source>
        <translation>正在生成分配方案…</translation>
    </message>
    <message>
        <source>{moved} customers would move. Nothing is written until you apply; each one&apos;s first contact falls due a week after.</source>
        <translation>将调整 {moved} 位客户。执行前不会写入任何数据；每位客户的首次联系须在分配后一周内完成。</translation>
    </message>
    <message>
        <source>{n} customers stay unassigned: no clerk has room left (capacity).</source>
        <translation>{n} 位客户仍未分配：所有客服均已达负责上限。</translation>
    </message>
    <message>
        <source>Writing the assignment…</source>
        <translation>正在写入分配结果…</translation>
    </message>
    <message>
        <source>{n} customers assigned.</source>
        <translation>已分配 {n} 位客户。</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256 指纹</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Paste image</source>
        <translation>粘贴图片(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>Add files to the complaint</source>
        <translation>为投诉添加文件</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>剪贴板中没有图片。</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>另存副本</translation>
    </message>
</context>
<context>
    <name>CallbackDayList</name>
    <message>
        <source>Callback List for {day}</source>
        <translation>{day} 回访清单</translation>
    </message>
    <message>
        <source>{count} call(s) · printed {at}</source>
        <translation>共 {count} 个回访 · 打印于 {at}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应回访时间</translation>
    </message>
    <message>
        <source>Customer / phone</source>
        <translation>顾客/电话</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>会员号</translation>
    </message>
    <message>
        <source>Complaint no.</source>
        <translation>投诉编号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Try {attempt}</source>
        <translation>第 {attempt} 次</translation>
    </message>
    <message>
        <source>Outbound list</source>
        <translation>外呼名单</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>customer&apos;s time</source>
        <translation>顾客约定时间</translation>
    </message>
    <message>
        <source>No callbacks are due on this day.</source>
        <translation>当日没有需要回访的顾客。</translation>
    </message>
    <message>
        <source>Greet, say who you are (the store&apos;s service desk), ask whether the remedy worked, ask for a score from 1 to 5, thank the customer. Type each outcome into the desk the same day.</source>
        <translation>问候顾客，说明身份（本店客服中心），询问处理结果是否有效，请顾客评分（1-5分），感谢顾客。每个回访结果当天录入系统。</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>第 {page} 页</translation>
    </message>
</context>
<context>
    <name>CallbackNotices</name>
    <message>
        <source>Callbacks falling due</source>
        <translation>回访即将到期</translation>
    </message>
</context>
<context>
    <name>CallbackQueue</name>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Everyone&apos;s</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <source>&amp;Record… (Enter)</source>
        <translation>记录回访…（回车）(&amp;R)</translation>
    </message>
    <message>
        <source>Show &amp;complaint</source>
        <translation>查看投诉(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Print day list (Ctrl+P)</source>
        <translation>打印当日回访清单（Ctrl+P）(&amp;P)</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>刷新(&amp;L)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Overdue {overdue} · Today {today} · Upcoming {upcoming}</source>
        <translation>已超时 {overdue} · 今天 {today} · 稍后 {upcoming}</translation>
    </message>
</context>
<context>
    <name>CallbackQueueDock</name>
    <message>
        <source>Callback queue</source>
        <translation>回访队列</translation>
    </message>
</context>
<context>
    <name>CallbackQueueModel</name>
    <message>
        <source>Section</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应回访时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>会员号</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Purpose / topic</source>
        <translation>回访目的/主题</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>外呼</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>{attempt}/{max}</source>
        <translation>{attempt}/{max}</translation>
    </message>
    <message>
        <source>Not reached after {tries} tries: on the outbound list of the handover.</source>
        <translation>{tries} 次均未联系上：已列入交班外呼名单。</translation>
    </message>
</context>
<context>
    <name>CallbackRecord</name>
    <message>
        <source>1. Greet the customer. 2. Say who you are: the service desk of the store. 3. Ask whether the remedy worked. 4. Ask how satisfied they are, from 1 to 5. 5. Thank them for their time.</source>
        <translation>1. 问候顾客。2. 自我介绍：本店客服中心。3. 询问处理结果是否有效。4. 请顾客对满意度打分（1-5分）。5. 感谢顾客抽出时间。</translation>
    </message>
    <message>
        <source>Complaint {number} is closed.</source>
        <translation>投诉 {number} 已结案。</translation>
    </message>
    <message>
        <source>Complaint {number} is reopened.</source>
        <translation>投诉 {number} 已重新打开。</translation>
    </message>
    <message>
        <source>Not reached after {tries} tries: {customer} is moved to the outbound list.</source>
        <translation>{tries} 次均未联系上：{customer} 已列入外呼名单。</translation>
    </message>
    <message>
        <source>Callback moved to {time}.</source>
        <translation>回访已改约至 {time}。</translation>
    </message>
    <message>
        <source>Next try (#{attempt}) scheduled at {time}.</source>
        <translation>已安排第 {attempt} 次回访：{time}。</translation>
    </message>
    <message>
        <source>Callback recorded.</source>
        <translation>回访已记录。</translation>
    </message>
</context>
<context>
    <name>CallbackRecordDialog</name>
    <message>
        <source>Callback record</source>
        <translation>回访记录表</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>顾客意见</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>回访方式(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Outcome *</source>
        <translation>回访结果 *(&amp;O)</translation>
    </message>
    <message>
        <source>Satisfaction &amp;score (1-5)</source>
        <translation>满意度评分（1-5）(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Ne&amp;xt try at</source>
        <translation>改约时间(&amp;X)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{customer}&lt;/b&gt; · {phone}</source>
        <translation>&lt;b&gt;{customer}&lt;/b&gt; · {phone}</translation>
    </message>
    <message>
        <source>Member no. {member}</source>
        <translation>会员号 {member}</translation>
    </message>
    <message>
        <source>Complaint {number}: {category} · {product}</source>
        <translation>投诉 {number}：{category} · {product}</translation>
    </message>
    <message>
        <source>What was done: {remedies}</source>
        <translation>处理结果：{remedies}</translation>
    </message>
    <message>
        <source>Care call: {topic}</source>
        <translation>关怀回访：{topic}</translation>
    </message>
    <message>
        <source>Attempt {attempt} of {max} · due {due}</source>
        <translation>第 {attempt}/{max} 次 · 应回访时间 {due}</translation>
    </message>
    <message>
        <source>Please choose how the call went.</source>
        <translation>请选择回访结果。</translation>
    </message>
    <message>
        <source>Another desk changed this callback meanwhile. Your entry is kept: check it and save again.</source>
        <translation>其他服务台刚修改了这条回访。您填写的内容已保留：请核对后再次保存。</translation>
    </message>
    <message>
        <source>{name} has already recorded this callback: {outcome}. Nothing of yours was saved.</source>
        <translation>{name} 已记录了这条回访：{outcome}。您的内容未保存。</translation>
    </message>
</context>
<context>
    <name>CallbackReminder</name>
    <message>
        <source>{names} …</source>
        <translation>{names} …</translation>
    </message>
    <message numerus="yes">
        <source>%n callback(s) due within 15 minutes: {names} (F7: callback queue)</source>
        <translation>
            <numerusform>%n 个回访将在 15 分钟内到期：{names}（F7：回访队列）</numerusform>
        </translation>
    </message>
    <message>
        <source>Call {customer} back at {time} ({phone}).</source>
        <translation>{time} 回访 {customer}（{phone}）。</translation>
    </message>
</context>
<context>
    <name>CallbackSettingsPage</name>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>00:00 means midnight.</source>
        <translation>00:00 表示午夜。</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Callback &amp;window after the resolution</source>
        <translation>处理后回访期限(&amp;W)</translation>
    </message>
    <message>
        <source>First call &amp;no sooner than</source>
        <translation>处理后首次回访间隔(&amp;N)</translation>
    </message>
    <message>
        <source>Try again after (&amp;unreachable)</source>
        <translation>联系不上时再次回访间隔(&amp;U)</translation>
    </message>
    <message>
        <source>Calling &amp;hours</source>
        <translation>回访时段(&amp;H)</translation>
    </message>
    <message>
        <source>Customers&apos; &amp;rest periods</source>
        <translation>顾客休息时段(&amp;R)</translation>
    </message>
    <message>
        <source>No calls on</source>
        <translation>不回访的日子</translation>
    </message>
    <message>
        <source>No calls on these &amp;dates</source>
        <translation>不回访的日期(&amp;D)</translation>
    </message>
    <message>
        <source>A call &amp;takes</source>
        <translation>每次通话时长(&amp;T)</translation>
    </message>
    <message>
        <source>A time the customer asked for always wins over these rules.</source>
        <translation>顾客自己约定的时间优先于以上规则。</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>回访</translation>
    </message>
</context>
<context>
    <name>CallbackSummaryDialog</name>
    <message>
        <source>Callback summary</source>
        <translation>回访总结</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
</context>
<context>
    <name>CallbackSummaryReport</name>
    <message>
        <source>Callback Summary Report</source>
        <translation>回访总结报告</translation>
    </message>
    <message>
        <source>Period: {start} to {end} · printed {at}</source>
        <translation>期间：{start} 至 {end} · 打印于 {at}</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>主要指标</translation>
    </message>
    <message>
        <source>Callbacks recorded</source>
        <translation>已记录回访</translation>
    </message>
    <message>
        <source>Customers reached</source>
        <translation>联系上的顾客</translation>
    </message>
    <message>
        <source>Satisfaction rate (satisfied + basically satisfied) / reached</source>
        <translation>满意率（满意 + 基本满意）/ 联系上</translation>
    </message>
    <message>
        <source>Mean score (1-5)</source>
        <translation>平均评分（1-5）</translation>
    </message>
    <message>
        <source>Made within the callback window</source>
        <translation>在回访期限内完成</translation>
    </message>
    <message>
        <source>By outcome</source>
        <translation>按回访结果</translation>
    </message>
    <message>
        <source>By method</source>
        <translation>按回访方式</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Complaints reopened after a dissatisfied callback</source>
        <translation>回访不满意而重新打开的投诉</translation>
    </message>
    <message>
        <source>Complaint no.</source>
        <translation>投诉编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>回访时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>回访人</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>顾客意见</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>{part} of {whole}</source>
        <translation>{whole} 个中 {part} 个</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>第 {page} 页</translation>
    </message>
</context>
<context>
    <name>CallbacksMenu</name>
    <message>
        <source>&amp;Callback queue</source>
        <translation>回访队列(&amp;C)</translation>
    </message>
    <message>
        <source>Ca&amp;re callbacks…</source>
        <translation>关怀回访(&amp;R)…</translation>
    </message>
    <message>
        <source>Store &amp;rules…</source>
        <translation>门店规则(&amp;R)…</translation>
    </message>
    <message>
        <source>Callback &amp;summary…</source>
        <translation>回访总结报告(&amp;S)…</translation>
    </message>
    <message numerus="yes">
        <source>%n care callback(s) created.</source>
        <translation>
            <numerusform>已创建 %n 个关怀回访。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallbacksTab</name>
    <message>
        <source>Purpose</source>
        <translation>回访目的</translation>
    </message>
    <message>
        <source>Try</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Schedule callback…</source>
        <translation>安排回访(&amp;S)…</translation>
    </message>
    <message>
        <source>Re&amp;cord…</source>
        <translation>记录回访(&amp;C)…</translation>
    </message>
    <message>
        <source>Cancel ca&amp;llback…</source>
        <translation>取消回访(&amp;L)…</translation>
    </message>
    <message>
        <source>On the outbound list</source>
        <translation>已列入外呼名单</translation>
    </message>
    <message>
        <source>To call</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Callback scheduled for {time}.</source>
        <translation>已安排回访：{time}。</translation>
    </message>
    <message>
        <source>Cancel callback</source>
        <translation>取消回访</translation>
    </message>
    <message>
        <source>Why is the callback to {customer} called off?</source>
        <translation>为什么取消对{customer}的回访？</translation>
    </message>
    <message>
        <source>Callback cancelled.</source>
        <translation>回访已取消。</translation>
    </message>
</context>
<context>
    <name>CareCallbacksDialog</name>
    <message>
        <source>Care callbacks</source>
        <translation>关怀回访</translation>
    </message>
    <message>
        <source>&amp;All members</source>
        <translation>全部会员(&amp;A)</translation>
    </message>
    <message>
        <source>Members who &amp;complained between</source>
        <translation>在以下期间投诉过的会员(&amp;C)</translation>
    </message>
    <message>
        <source>and</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Spring Festival</source>
        <translation>春节</translation>
    </message>
    <message>
        <source>Store anniversary</source>
        <translation>店庆</translation>
    </message>
    <message>
        <source>Membership renewal</source>
        <translation>会员续费</translation>
    </message>
    <message>
        <source>Count the group first.</source>
        <translation>请先统计人数。</translation>
    </message>
    <message>
        <source>C&amp;ount</source>
        <translation>统计人数(&amp;O)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>回访对象</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Start on</source>
        <translation>开始日期(&amp;S)</translation>
    </message>
    <message>
        <source>Create callbacks</source>
        <translation>创建回访</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) will get a care callback.</source>
        <translation>
            <numerusform>将为 %n 位顾客创建关怀回访。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartTexts</name>
    <message>
        <source>Received and closed</source>
        <translation>受理与结案</translation>
    </message>
    <message>
        <source>Received by {grouping}</source>
        <translation>按{grouping}受理数</translation>
    </message>
    <message>
        <source>On-time rate (%)</source>
        <translation>及时率(%)</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>ClassificationModel</name>
    <message>
        <source>{figure}: {now} in this period, {then} in the previous one. Double-click for the complaints.</source>
        <translation>{figure}：本期 {now}，上期 {then}。双击查看明细。</translation>
    </message>
</context>
<context>
    <name>ClassificationReport</name>
    <message>
        <source>Complaint Classification Statistics</source>
        <translation>顾客投诉分类统计表</translation>
    </message>
    <message>
        <source>Period: {start} to {end}</source>
        <translation>统计期间：{start} 至 {end}</translation>
    </message>
    <message>
        <source>Figures in brackets: the previous period, {start} to {end}</source>
        <translation>括号内为上期数字（{start} 至 {end}）</translation>
    </message>
    <message>
        <source>Rows by: {grouping}</source>
        <translation>分类方式：{grouping}</translation>
    </message>
    <message>
        <source>Only the complaints of {name}</source>
        <translation>仅含 {name} 的投诉</translation>
    </message>
    <message>
        <source>Printed {at} by {name}</source>
        <translation>打印：{at}&#x3000;{name}</translation>
    </message>
    <message>
        <source>1. Classification</source>
        <translation>一、分类统计</translation>
    </message>
    <message>
        <source>2. Rates</source>
        <translation>二、考核指标</translation>
    </message>
    <message>
        <source>3. Money granted</source>
        <translation>三、补偿金额</translation>
    </message>
    <message>
        <source>4. Charts</source>
        <translation>四、图表</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>计数</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>Members&apos; complaints without a callback: {numbers}</source>
        <translation>未回访的会员投诉：{numbers}</translation>
    </message>
    <message>
        <source>Mean callback score: {score}</source>
        <translation>回访平均评分：{score}</translation>
    </message>
    <message>
        <source>By remedy</source>
        <translation>按处理方式</translation>
    </message>
    <message>
        <source>By clerk</source>
        <translation>按受理员</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Granted by clerks on their own authority</source>
        <translation>受理员自行授权的补偿</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉编号</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>受理员</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Not yet reviewed</source>
        <translation>未审核</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Received and closed</source>
        <translation>受理与结案</translation>
    </message>
    <message>
        <source>Received by {grouping}</source>
        <translation>按{grouping}受理数</translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation>及时率</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>制表人</translation>
    </message>
    <message>
        <source>Checked by (supervisor)</source>
        <translation>审核人（主管）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>ComplaintActions</name>
    <message>
        <source>{action} (&amp;{key})</source>
        <translation>{action}(&amp;{key})</translation>
    </message>
    <message>
        <source>No step is open to you here.</source>
        <translation>当前没有您可以执行的步骤。</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Someone else saved this complaint</source>
        <translation>他人已保存了这件投诉</translation>
    </message>
    <message>
        <source>While you were working, another desk saved complaint {number}. Nothing of yours has been saved yet, and nothing of theirs is overwritten.</source>
        <translation>在您操作期间，另一台服务台保存了投诉 {number}。您的修改尚未保存，对方的内容也不会被覆盖。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>您打开时</translation>
    </message>
    <message>
        <source>Saved now by the other desk</source>
        <translation>对方现已保存</translation>
    </message>
    <message>
        <source>What you wanted: {action}{inputs}</source>
        <translation>您要做的：{action}{inputs}</translation>
    </message>
    <message>
        <source>Reload what is saved now and apply your change again (your entry is kept, you confirm it once more), or discard your change?</source>
        <translation>重新载入当前内容并再次应用您的修改（您填写的内容保留，需再确认一次），还是放弃您的修改？</translation>
    </message>
    <message>
        <source>&amp;Reload and re-apply</source>
        <translation>重新载入并再次应用(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard my change</source>
        <translation>放弃我的修改(&amp;D)</translation>
    </message>
</context>
<context>
    <name>ContactLog</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>沟通内容</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>方式(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类别(&amp;K)</translation>
    </message>
    <message>
        <source>What was &amp;said</source>
        <translation>沟通内容(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Log contact</source>
        <translation>记录联系(&amp;L)</translation>
    </message>
</context>
<context>
    <name>ConversationHelp</name>
    <message>
        <source>How to talk with the customer</source>
        <translation>接待顾客的沟通要点</translation>
    </message>
    <message>
        <source>Listen first, let them finish</source>
        <translation>先倾听，让顾客说完</translation>
    </message>
    <message>
        <source>Apologise for the trouble</source>
        <translation>为带来的不便道歉</translation>
    </message>
    <message>
        <source>Restate the key points</source>
        <translation>复述投诉要点</translation>
    </message>
    <message>
        <source>Offer a remedy you may give</source>
        <translation>提出权限内的解决办法</translation>
    </message>
    <message>
        <source>Ask what they think of it</source>
        <translation>征询顾客的意见</translation>
    </message>
    <message>
        <source>Arguing</source>
        <translation>与顾客争辩</translation>
    </message>
    <message>
        <source>Promising lightly</source>
        <translation>轻易许诺</translation>
    </message>
    <message>
        <source>&quot;Not my department&quot;</source>
        <translation>推诿“这不归我管”</translation>
    </message>
    <message>
        <source>&quot;No&quot;, &quot;don&apos;t know&quot;, &quot;can&apos;t&quot;</source>
        <translation>说“不”“不知道”“不行”</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>要</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>不要</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing you typed is lost. Details were written to {path}.</source>
        <translation>出错了。您输入的内容没有丢失。详细信息已写入 {path}。</translation>
    </message>
</context>
<context>
    <name>CustomerRecordDialog</name>
    <message>
        <source>Customer record: {name}</source>
        <translation>客户资料：{name}</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>资料(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>One phone per line; the first is the main one</source>
        <translation>每行一个电话，第一个为主要电话</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>e.g. weekday evenings</source>
        <translation>例如：工作日晚上</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>（不限）</translation>
    </message>
    <message>
        <source>Declines callbacks</source>
        <translation>谢绝回访</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Member no.</source>
        <translation>会员号(&amp;M)</translation>
    </message>
    <message>
        <source>Card &amp;level</source>
        <translation>会员卡等级(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>Preferred &amp;time</source>
        <translation>方便联系时间(&amp;T)</translation>
    </message>
    <message>
        <source>Preferred &amp;method</source>
        <translation>首选联系方式(&amp;M)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>负责客服</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>尚未分配</translation>
    </message>
    <message>
        <source>{name}, first contact {at}</source>
        <translation>{name}，已于 {at} 首次联系</translation>
    </message>
    <message>
        <source>{name}, first contact due by {due}</source>
        <translation>{name}，应于 {due} 前首次联系</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Another desk saved this record meanwhile (now: {name}, {phones}). Your text is kept: check it and save again.</source>
        <translation>其他客服台刚刚保存了此资料（现为：{name}，{phones}）。您填写的内容已保留：请核对后再次保存。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>沟通内容</translation>
    </message>
    <message>
        <source>Record &amp;contact</source>
        <translation>记录联系(&amp;C)</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>确认单</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>资料</translation>
    </message>
    <message>
        <source>{complaints} complaints, {inquiries} inquiries, {callbacks} callbacks, {contacts} contacts; remedies granted in all: ¥{total}</source>
        <translation>投诉 {complaints} 件，咨询 {inquiries} 件，回访 {callbacks} 次，联系 {contacts} 次；累计补偿：¥{total}</translation>
    </message>
    <message>
        <source>Contact recorded.</source>
        <translation>已记录联系。</translation>
    </message>
</context>
<context>
    <name>CustomersMenu</name>
    <message>
        <source>C&amp;ustomers…</source>
        <translation>客户资料(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;My customers…</source>
        <translation>我的客户(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Assign customers…</source>
        <translation>分配客户(&amp;A)…</translation>
    </message>
    <message>
        <source>Cus&amp;tomers</source>
        <translation>客户(&amp;T)</translation>
    </message>
</context>
<context>
    <name>CustomersWindow</name>
    <message>
        <source>Customers</source>
        <translation>顾客数</translation>
    </message>
    <message>
        <source>Name, phone, last 4 digits or member no.</source>
        <translation>姓名、电话、尾号后4位或会员号</translation>
    </message>
    <message>
        <source>&amp;My customers</source>
        <translation>我的客户(&amp;M)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>会员号</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>负责客服</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>首次联系</translation>
    </message>
    <message>
        <source>Mer&amp;ge the two selected…</source>
        <translation>合并所选两条资料(&amp;G)…</translation>
    </message>
    <message>
        <source>done {at}</source>
        <translation>已于 {at} 联系</translation>
    </message>
    <message>
        <source>OVERDUE since {due}</source>
        <translation>已逾期（应于 {due}）</translation>
    </message>
    <message>
        <source>due by {due}</source>
        <translation>应于 {due} 前</translation>
    </message>
    <message>
        <source>{n}{more} customers shown</source>
        <translation>已显示 {n}{more} 位客户</translation>
    </message>
    <message>
        <source>Select exactly two records to merge.</source>
        <translation>请选择两条要合并的资料。</translation>
    </message>
    <message>
        <source>Merge two records</source>
        <translation>合并两条客户资料</translation>
    </message>
    <message>
        <source>Merge {other} ({other_phones}) into {keep} ({keep_phones})? The complaints, callbacks and contacts of both are kept under one record.</source>
        <translation>将 {other}（{other_phones}）合并到 {keep}（{keep_phones}）？两条资料的投诉、回访和联系记录都将保留在同一资料下。</translation>
    </message>
</context>
<context>
    <name>DeadlineReminder</name>
    <message>
        <source>{numbers} …</source>
        <translation>{numbers} …</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) fall due within the hour: {numbers}</source>
        <translation>
            <numerusform>%n 件投诉将在一小时内到期：{numbers}</numerusform>
        </translation>
    </message>
    <message>
        <source>Complaint {number} ({customer}) falls due at {time}.</source>
        <translation>投诉 {number}（{customer}）将于 {time} 到期。</translation>
    </message>
</context>
<context>
    <name>DepartmentRequests</name>
    <message>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>询问事项</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>提出时间</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>部门(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>询问事项(&amp;Q)</translation>
    </message>
    <message>
        <source>As&amp;k the department</source>
        <translation>转责任部门(&amp;K)</translation>
    </message>
    <message>
        <source>A&amp;nswer</source>
        <translation>答复(&amp;N)</translation>
    </message>
    <message>
        <source>to the request selected above</source>
        <translation>针对上方选中的请求</translation>
    </message>
    <message>
        <source>&amp;Record answer</source>
        <translation>记录答复(&amp;R)</translation>
    </message>
    <message>
        <source>Answered late: written into the incident log.</source>
        <translation>答复超时：已记入内部违规事件登记表。</translation>
    </message>
    <message>
        <source>Select the request that was answered.</source>
        <translation>请选择已答复的请求。</translation>
    </message>
</context>
<context>
    <name>DepartmentsDialog</name>
    <message>
        <source>Departments</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Hours to answer</source>
        <translation>答复时限（小时）</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>A&amp;ctive</source>
        <translation>启用(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Hours to answer a request</source>
        <translation>答复时限(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New department</source>
        <translation>新增部门(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>DeskSettingsDialog</name>
    <message>
        <source>This desk</source>
        <translation>本机设置</translation>
    </message>
    <message>
        <source>empty: the embedded database on this PC</source>
        <translation>留空：使用本机内置数据库</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Desk name</source>
        <translation>服务台名称</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>e.g. postgresql://desk@server:5432/desk for a store with several desks. The password is never stored here.</source>
        <translation>多台服务台共用时填写，例如 postgresql://desk@server:5432/desk。此处不保存密码。</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>保留备份份数</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>A new database or language applies at the next start.</source>
        <translation>更换数据库或语言后，下次启动时生效。</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>投诉渠道</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Escalation level</source>
        <translation>升级程度</translation>
    </message>
    <message>
        <source>Media involved</source>
        <translation>媒体介入</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>会员号</translation>
    </message>
    <message>
        <source>Earlier contacts</source>
        <translation>以往来访</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>客服台</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>承诺答复时间</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Order / receipt no.</source>
        <translation>订单号/小票号</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <source>Purchase amount</source>
        <translation>购买金额</translation>
    </message>
    <message>
        <source>Customer&apos;s account</source>
        <translation>顾客陈述</translation>
    </message>
    <message>
        <source>Customer asks for</source>
        <translation>顾客要求</translation>
    </message>
    <message>
        <source>Details of the demand</source>
        <translation>要求说明</translation>
    </message>
    <message>
        <source>Repeat of</source>
        <translation>重复投诉自</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结案时间</translation>
    </message>
    <message>
        <source>Judgment</source>
        <translation>判断结果</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>解释说明</translation>
    </message>
    <message>
        <source>Reason for refusal</source>
        <translation>拒绝理由</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Cause details</source>
        <translation>原因详情</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Customer answered</source>
        <translation>答复顾客时间</translation>
    </message>
    <message>
        <source>Times reopened</source>
        <translation>重新打开次数</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重新打开时间</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉信息</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>购买信息</translation>
    </message>
    <message>
        <source>What the customer says</source>
        <translation>顾客陈述与要求</translation>
    </message>
    <message>
        <source>{at} · {by}: {old} → {new} ({reason})</source>
        <translation>{at} · {by}：{old} → {new}（{reason}）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>{count}+</source>
        <translation>{count}+</translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <source>{action} {index}: {value}</source>
        <translation>{action} {index}：{value}</translation>
    </message>
    <message>
        <source>Registered as {number}</source>
        <translation>登记为 {number}</translation>
    </message>
    <message>
        <source>Linked as a repeat of {number}</source>
        <translation>关联为 {number} 的重复投诉</translation>
    </message>
    <message>
        <source>{action}: {value}</source>
        <translation>{action}：{value}</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}：{old} → {new}</translation>
    </message>
    <message>
        <source>{what} ({note})</source>
        <translation>{what}（{note}）</translation>
    </message>
    <message>
        <source>Level 3 or media involved: a supervisor must know at once.</source>
        <translation>三级投诉或媒体介入：必须立即报告客服主管。</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>转派记录</translation>
    </message>
    <message>
        <source>History</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <source>Co&amp;ntacts</source>
        <translation>联系记录(&amp;N)</translation>
    </message>
    <message>
        <source>De&amp;partments</source>
        <translation>责任部门(&amp;P)</translation>
    </message>
    <message>
        <source>Attach&amp;ments</source>
        <translation>附件(&amp;M)</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理方案</translation>
    </message>
    <message>
        <source>Ca&amp;llbacks</source>
        <translation>回访(&amp;L)</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Select a complaint in the list to see it here.</source>
        <translation>在列表中选择一条投诉，即可在此查看详情。</translation>
    </message>
    <message>
        <source>This complaint no longer exists.</source>
        <translation>这条投诉已不存在。</translation>
    </message>
    <message>
        <source>The complaint could not be read: {error}</source>
        <translation>无法读取这条投诉：{error}</translation>
    </message>
</context>
<context>
    <name>DrilldownDialog</name>
    <message>
        <source>Complaint</source>
        <translation>投诉编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Export to &amp;Excel…</source>
        <translation>导出到 Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>The list could not be read: {error}</source>
        <translation>无法读取列表：{error}</translation>
    </message>
</context>
<context>
    <name>DueNotices</name>
    <message>
        <source>Falls due within the hour</source>
        <translation>一小时内到期</translation>
    </message>
</context>
<context>
    <name>EarlierComplaintsModel</name>
    <message>
        <source>{number}  {date}  {category} · {status}</source>
        <translation>{number}  {date}  {category} · {status}</translation>
    </message>
    <message>
        <source>{head} ({kind})</source>
        <translation>{head}（{kind}）</translation>
    </message>
</context>
<context>
    <name>EarlierComplaintsPanel</name>
    <message>
        <source>Type the phone number to see the customer&apos;s earlier complaints.</source>
        <translation>输入电话号码，即可看到该顾客以往的投诉。</translation>
    </message>
    <message>
        <source>Earlier complaints cannot be read now (database unavailable).</source>
        <translation>暂时无法读取以往投诉（数据库不可用）。</translation>
    </message>
    <message numerus="yes">
        <source>Earlier contacts of this customer: %n</source>
        <translation>
            <numerusform>该顾客以往来访 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>No earlier complaints from this phone number.</source>
        <translation>此电话号码没有以往投诉。</translation>
    </message>
</context>
<context>
    <name>ExcelWords</name>
    <message>
        <source>Number</source>
        <translation>投诉编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>承诺答复时间</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>计数</translation>
    </message>
    <message>
        <source>Out of</source>
        <translation>总数</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉清单</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>正在写入工作簿…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <source>The workbook could not be written: {error}</source>
        <translation>无法写入工作簿：{error}</translation>
    </message>
</context>
<context>
    <name>FirstContactNotices</name>
    <message>
        <source>First contacts with new customers</source>
        <translation>新客户首次联系</translation>
    </message>
</context>
<context>
    <name>FirstContactReminder</name>
    <message>
        <source>{names} …</source>
        <translation>{names} …</translation>
    </message>
    <message numerus="yes">
        <source>%n new customer(s) to contact for the first time: {names}</source>
        <translation>
            <numerusform>%n 位新分配客户待首次联系：{names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{text}; %n overdue</source>
        <translation>
            <numerusform>{text}；其中 %n 位已逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>{text} (Ctrl+Shift+M: my customers)</source>
        <translation>{text}（Ctrl+Shift+M：我的客户）</translation>
    </message>
    <message>
        <source>First contact overdue since {due}: {name} ({phone}).</source>
        <translation>首次联系已于 {due} 逾期：{name}（{phone}）。</translation>
    </message>
    <message>
        <source>First contact due by {due}: {name} ({phone}).</source>
        <translation>请于 {due} 前首次联系：{name}（{phone}）。</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Set up this store</source>
        <translation>设置门店</translation>
    </message>
    <message>
        <source>This database is new. Name the store and create the first supervisor, who can then add the desk clerks.</source>
        <translation>这是一个新数据库。请填写门店信息并创建第一位客服主管，之后由主管添加客服专员。</translation>
    </message>
    <message>
        <source>e.g. S01</source>
        <translation>如 S01</translation>
    </message>
    <message>
        <source>Store &amp;name</source>
        <translation>门店名称(&amp;N)</translation>
    </message>
    <message>
        <source>Store &amp;code</source>
        <translation>门店代码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>Supervisor&apos;s staff c&amp;ode</source>
        <translation>主管工号(&amp;O)</translation>
    </message>
    <message>
        <source>Supervisor&apos;s na&amp;me</source>
        <translation>主管姓名(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;PIN (4 to 8 digits)</source>
        <translation>密码（4到8位数字）(&amp;P)</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>再次输入密码(&amp;A)</translation>
    </message>
    <message>
        <source>Set up the store</source>
        <translation>完成设置</translation>
    </message>
    <message>
        <source>Try with demo data</source>
        <translation>使用演示数据试用</translation>
    </message>
    <message>
        <source>Join the store&apos;s server…</source>
        <translation>连接商场的服务器……</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Unfinished complaints</source>
        <translation>未办结投诉</translation>
    </message>
    <message>
        <source>Callbacks due by the end of the next shift</source>
        <translation>下一班次内到期的回访</translation>
    </message>
    <message>
        <source>Tomorrow&apos;s appointments</source>
        <translation>明日预约</translation>
    </message>
    <message>
        <source>Outbound list: unreachable after 3 tries</source>
        <translation>外呼名单：3次未联系上</translation>
    </message>
    <message>
        <source>Customers dissatisfied this shift</source>
        <translation>本班次不满意顾客</translation>
    </message>
    <message>
        <source>Slips printed but not signed</source>
        <translation>已打印未签字的确认单</translation>
    </message>
    <message>
        <source>Waiting for a supervisor&apos;s approval</source>
        <translation>待主管审批</translation>
    </message>
    <message>
        <source>Written replies due</source>
        <translation>待书面答复的书面投诉</translation>
    </message>
    <message>
        <source>First contacts due (new customers)</source>
        <translation>新分配客户待首次联系</translation>
    </message>
    <message>
        <source>Sudden events</source>
        <translation>突发事件</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>Callbacks due</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>外呼</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Unsigned slips</source>
        <translation>未签字确认单</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Replies due</source>
        <translation>待书面答复</translation>
    </message>
    <message>
        <source>First contacts</source>
        <translation>待首次联系</translation>
    </message>
    <message>
        <source>Judge the complaint</source>
        <translation>判定投诉</translation>
    </message>
    <message>
        <source>Answer the customer</source>
        <translation>答复顾客</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Investigate</source>
        <translation>调查核实</translation>
    </message>
    <message>
        <source>Propose a resolution</source>
        <translation>提出处理方案</translation>
    </message>
    <message>
        <source>Get the customer&apos;s agreement</source>
        <translation>征得顾客同意</translation>
    </message>
    <message>
        <source>Supervisor approval</source>
        <translation>主管审批</translation>
    </message>
    <message>
        <source>Carry out the remedy</source>
        <translation>落实处理</translation>
    </message>
    <message>
        <source>Call the customer back</source>
        <translation>回访顾客</translation>
    </message>
    <message>
        <source>Try again or visit</source>
        <translation>再次联系或上门</translation>
    </message>
    <message>
        <source>Follow up (reopened)</source>
        <translation>跟进（已重开）</translation>
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation>等待顾客</translation>
    </message>
    <message>
        <source>Waiting for parts</source>
        <translation>等待配件</translation>
    </message>
    <message>
        <source>Waiting (other)</source>
        <translation>等待（其他）</translation>
    </message>
    <message>
        <source>One product model</source>
        <translation>同一型号</translation>
    </message>
    <message>
        <source>One cause</source>
        <translation>同一原因</translation>
    </message>
    <message>
        <source>Issue the reply letter</source>
        <translation>出具答复函</translation>
    </message>
    <message>
        <source>Make the first contact</source>
        <translation>首次联系客户</translation>
    </message>
    <message>
        <source>To confirm</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Shift Handover Record</source>
        <translation>交班记录</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Clerk on duty</source>
        <translation>当班人</translation>
    </message>
    <message>
        <source>Receiving clerk</source>
        <translation>接班人</translation>
    </message>
    <message>
        <source>Handed over at</source>
        <translation>交班时间</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>遗留件数</translation>
    </message>
    <message>
        <source>Next shift</source>
        <translation>下一班次</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deadline / due</source>
        <translation>期限/到期</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>About</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Came in by</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>负责客服</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>Nothing to hand over: {sections}.</source>
        <translation>以下无待交接事项：{sections}。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>… and {more} more not printed ({total} in all).</source>
        <translation>……另有 {more} 件未打印（共 {total} 件）。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Signature of the clerk on duty</source>
        <translation>当班人签字</translation>
    </message>
    <message>
        <source>Signature of the receiving clerk</source>
        <translation>接班人签字</translation>
    </message>
    <message>
        <source>Confirmed with PIN by {name} at {time}</source>
        <translation>{name} 已于 {time} 凭PIN确认接班</translation>
    </message>
    <message>
        <source>Not yet confirmed by the receiving clerk</source>
        <translation>接班人尚未确认</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约时间</translation>
    </message>
</context>
<context>
    <name>HandoverAckDialog</name>
    <message>
        <source>Confirm takeover</source>
        <translation>确认接班</translation>
    </message>
    <message>
        <source>Your staff &amp;code:</source>
        <translation>您的工号(&amp;C)：</translation>
    </message>
    <message>
        <source>Your &amp;PIN:</source>
        <translation>您的PIN(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Confirm takeover</source>
        <translation>确认接班(&amp;C)</translation>
    </message>
    <message>
        <source>This handover is already confirmed.</source>
        <translation>此交班已确认。</translation>
    </message>
    <message>
        <source>{name}: read the handover, then confirm with your own staff code and PIN.</source>
        <translation>{name}：请阅读交班内容，然后用本人工号和PIN确认接班。</translation>
    </message>
</context>
<context>
    <name>HandoverBar</name>
    <message>
        <source>Confirm takeover…</source>
        <translation>确认接班…</translation>
    </message>
    <message>
        <source>Write the handover…</source>
        <translation>填写交班…</translation>
    </message>
    <message>
        <source>Handover of the {shift} shift from {from_name} waits for {to_name} to confirm ({count} open items).</source>
        <translation>{shift}交班：{from_name} 交给 {to_name}，待确认（遗留 {count} 件）。</translation>
    </message>
    <message numerus="yes">
        <source>{text} %n more handover(s) wait too.</source>
        <translation>
            <numerusform>{text} 另有 %n 份交班待确认。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoverComposer</name>
    <message>
        <source>End of shift handover</source>
        <translation>交班</translation>
    </message>
    <message>
        <source>Reading the shift&apos;s data…</source>
        <translation>正在读取本班数据…</translation>
    </message>
    <message>
        <source>Anything else the next shift must know: a system fault, a promise made, …</source>
        <translation>下一班还需知道的事：系统故障、对顾客的承诺……</translation>
    </message>
    <message>
        <source>Shift:</source>
        <translation>班次：</translation>
    </message>
    <message>
        <source>Clerk on duty:</source>
        <translation>当班人：</translation>
    </message>
    <message>
        <source>Open items:</source>
        <translation>遗留件数：</translation>
    </message>
    <message>
        <source>&amp;Receiving clerk:</source>
        <translation>接班人(&amp;R)：</translation>
    </message>
    <message>
        <source>Double-click the Note column of any item to add a note.</source>
        <translation>双击任一条目的“备注”栏可添加备注。</translation>
    </message>
    <message>
        <source>&amp;Submit handover</source>
        <translation>提交交班(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注事项(&amp;N)：</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>Choose the clerk who takes over.</source>
        <translation>请选择接班人。</translation>
    </message>
</context>
<context>
    <name>HandoverHistory</name>
    <message>
        <source>Handover history</source>
        <translation>交班记录查询</translation>
    </message>
    <message>
        <source>Search notes, complaints, names…</source>
        <translation>搜索备注、投诉、姓名…</translation>
    </message>
    <message>
        <source>Every clerk</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>Shift date</source>
        <translation>班次日期</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Clerk on duty</source>
        <translation>当班人</translation>
    </message>
    <message>
        <source>Receiving clerk</source>
        <translation>接班人</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>遗留件数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Confirmed at</source>
        <translation>确认时间</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开…(&amp;O)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Waiting for confirmation</source>
        <translation>待确认</translation>
    </message>
    <message numerus="yes">
        <source>%n handover(s)</source>
        <translation>
            <numerusform>%n 份交班记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoverMenu</name>
    <message>
        <source>&amp;End of shift handover…</source>
        <translation>交班…(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Confirm takeover…</source>
        <translation>确认接班…(&amp;C)</translation>
    </message>
    <message>
        <source>Handover &amp;history…</source>
        <translation>交班记录查询…(&amp;H)</translation>
    </message>
    <message>
        <source>S&amp;hift</source>
        <translation>班次(&amp;H)</translation>
    </message>
    <message>
        <source>Handover submitted: it waits for the receiving clerk&apos;s PIN.</source>
        <translation>交班已提交，等待接班人凭PIN确认。</translation>
    </message>
</context>
<context>
    <name>HandoverView</name>
    <message>
        <source>Shift:</source>
        <translation>班次：</translation>
    </message>
    <message>
        <source>Handed over:</source>
        <translation>交接：</translation>
    </message>
    <message>
        <source>Open items:</source>
        <translation>遗留件数：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注事项：</translation>
    </message>
    <message>
        <source>{from_name} → {to_name} at {time}</source>
        <translation>{from_name} → {to_name}，{time}</translation>
    </message>
    <message>
        <source>Confirmed by {name} at {time}; read-only.</source>
        <translation>{name} 已于 {time} 确认接班；只读。</translation>
    </message>
    <message>
        <source>Waiting for {name} to confirm with their PIN.</source>
        <translation>等待 {name} 凭PIN确认接班。</translation>
    </message>
</context>
<context>
    <name>HandoverViewDialog</name>
    <message>
        <source>Shift handover</source>
        <translation>交班记录</translation>
    </message>
    <message>
        <source>Save sheet as &amp;PDF…</source>
        <translation>交班记录存为PDF…(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Confirm takeover…</source>
        <translation>确认接班…(&amp;C)</translation>
    </message>
</context>
<context>
    <name>HeadOfficeWindow</name>
    <message>
        <source>Head office</source>
        <translation>总部</translation>
    </message>
    <message>
        <source>Head office statistics: {n} stores</source>
        <translation>总部统计：{n} 家门店</translation>
    </message>
    <message>
        <source>Whole chain</source>
        <translation>全连锁</translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>门店(&amp;S)</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>各门店</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Hot spots</source>
        <translation>热点</translation>
    </message>
    <message>
        <source>{code} {name}: {n}</source>
        <translation>{code} {name}：{n} 件</translation>
    </message>
    <message>
        <source>Which store&apos;s complaints?</source>
        <translation>查看哪家门店的投诉？</translation>
    </message>
    <message>
        <source>Choose a store: each store lists its own members.</source>
        <translation>请选择门店：会员名单按门店列出。</translation>
    </message>
    <message>
        <source>Hot across {stores}: choose a store to list its complaints.</source>
        <translation>跨门店热点（{stores}）：请选择门店查看其投诉。</translation>
    </message>
</context>
<context>
    <name>HotspotFlag</name>
    <message numerus="yes">
        <source>Hot spots: %n</source>
        <translation>
            <numerusform>热点：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what}: %n complaint(s)</source>
        <translation>
            <numerusform>{what}：%n 件投诉</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HotspotReport</name>
    <message>
        <source>Hot-Spot Report</source>
        <translation>热点通报</translation>
    </message>
    <message>
        <source>Week: {start} to {end}</source>
        <translation>统计周：{start} 至 {end}</translation>
    </message>
    <message>
        <source>A hot spot: the same product model, or the same cause at one department, complained about {count} times or more within {days} days.</source>
        <translation>热点：同一型号商品，或同一部门同一原因，在 {days} 天内被投诉 {count} 次及以上。</translation>
    </message>
    <message>
        <source>Printed {at} by {name}</source>
        <translation>打印：{at}&#x3000;{name}</translation>
    </message>
    <message>
        <source>No hot spot this week.</source>
        <translation>本周没有热点。</translation>
    </message>
    <message>
        <source>{n}. {what}</source>
        <translation>{n}. {what}</translation>
    </message>
    <message>
        <source>{kind} · {count} complaints from {first} to {last} · {customers} customers</source>
        <translation>{kind} · {first} 至 {last} 共 {count} 件投诉 · {customers} 位顾客</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>整改措施</translation>
    </message>
</context>
<context>
    <name>HotspotView</name>
    <message>
        <source>Hot spots of the week</source>
        <translation>本周热点</translation>
    </message>
    <message>
        <source>Hot spot / complaint</source>
        <translation>热点 / 投诉</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Schedule &amp;care callbacks…</source>
        <translation>安排关怀回访(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Print the report…</source>
        <translation>打印通报(&amp;P)…</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>日期所在周</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message numerus="yes">
        <source>{what} ({kind}): %n complaint(s)</source>
        <translation>
            <numerusform>{what}（{kind}）：%n 件投诉</numerusform>
        </translation>
    </message>
    <message>
        <source>No hot spot this week.</source>
        <translation>本周没有热点。</translation>
    </message>
    <message numerus="yes">
        <source>%n hot spot(s) this week.</source>
        <translation>
            <numerusform>本周共 %n 个热点。</numerusform>
        </translation>
    </message>
    <message>
        <source>Hot-spot care: {what}</source>
        <translation>热点关怀：{what}</translation>
    </message>
    <message>
        <source>Care callbacks</source>
        <translation>关怀回访</translation>
    </message>
    <message numerus="yes">
        <source>A care callback for each of the %n customer(s) of this hot spot, at the first allowed time. Topic:</source>
        <translation>
            <numerusform>为该热点的 %n 位顾客各安排一次关怀回访（最早可用时间）。主题：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n care callback(s) scheduled.</source>
        <translation>
            <numerusform>已安排 %n 次关怀回访。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentLogReport</name>
    <message>
        <source>Internal Incident Log</source>
        <translation>内部违规事件情况登记表</translation>
    </message>
    <message>
        <source>Answers given from {start} to {end}</source>
        <translation>答复日期：{start} 至 {end}</translation>
    </message>
    <message>
        <source>Department: {name}</source>
        <translation>部门：{name}</translation>
    </message>
    <message>
        <source>Departments that answered the service desk&apos;s request later than its deadline.</source>
        <translation>未在时限内答复客服台转办事项的部门。</translation>
    </message>
    <message>
        <source>Printed {at} by {name}</source>
        <translation>打印：{at}&#x3000;{name}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉编号</translation>
    </message>
    <message>
        <source>Asked at</source>
        <translation>转办时间</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>应答复时间</translation>
    </message>
    <message>
        <source>Answered at</source>
        <translation>答复时间</translation>
    </message>
    <message>
        <source>Late by</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>处理意见</translation>
    </message>
    <message>
        <source>Department head</source>
        <translation>部门负责人签字</translation>
    </message>
    <message>
        <source>No late answer in this period.</source>
        <translation>本期没有超时答复。</translation>
    </message>
    <message>
        <source>Entries: {n}</source>
        <translation>共 {n} 条</translation>
    </message>
    <message>
        <source>{d} d {h} h</source>
        <translation>{d} 天 {h} 小时</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} 小时 {m} 分</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} 分钟</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>制表人</translation>
    </message>
    <message>
        <source>Checked by (supervisor)</source>
        <translation>审核人（主管）</translation>
    </message>
</context>
<context>
    <name>IncidentLogView</name>
    <message>
        <source>Internal incident log</source>
        <translation>内部违规事件情况登记表</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>Departments that answered a request later than their deadline.</source>
        <translation>《内部违规事件情况登记表》：责任部门超过答复期限才答复的记录。</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Asked at</source>
        <translation>转办时间</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>应答复时间</translation>
    </message>
    <message>
        <source>Answered at</source>
        <translation>答复时间</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Answered from</source>
        <translation>答复日期从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>The log could not be read: {error}</source>
        <translation>无法读取登记表：{error}</translation>
    </message>
    <message numerus="yes">
        <source>Entries: %n</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>{d} d {h} h</source>
        <translation>{d} 天 {h} 小时</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} 小时 {m} 分</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} 分钟</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{store} — Service desk</source>
        <translation>{store} — 客服台</translation>
    </message>
    <message>
        <source>&amp;New complaint</source>
        <translation>新建登记(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Switch clerk</source>
        <translation>换班登录(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Reload list</source>
        <translation>刷新列表(&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;taff…</source>
        <translation>员工管理(&amp;T)…</translation>
    </message>
    <message>
        <source>De&amp;partments…</source>
        <translation>责任部门(&amp;P)…</translation>
    </message>
    <message>
        <source>This &amp;desk…</source>
        <translation>本机设置(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>Registration &amp;form as PDF…</source>
        <translation>登记表另存为 PDF(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Blank registration form as PDF…</source>
        <translation>空白登记表另存为 PDF(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>已超时(&amp;O)</translation>
    </message>
    <message>
        <source>D&amp;ue soon</source>
        <translation>即将到期(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Incident log…</source>
        <translation>内部违规事件登记表(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Escalations…</source>
        <translation>升级投诉(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>客服台(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Complaint</source>
        <translation>投诉(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>On duty: {name} ({role}) · Desk: {desk} · {store}</source>
        <translation>当班：{name}（{role}） · 客服台：{desk} · {store}</translation>
    </message>
    <message>
        <source>Select a complaint first.</source>
        <translation>请先选择一条投诉。</translation>
    </message>
    <message>
        <source>blank-registration-form</source>
        <translation>空白顾客投诉登记表</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份……</translation>
    </message>
    <message>
        <source>Backup saved: {path}</source>
        <translation>备份已保存：{path}</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>The backup failed: {error}</source>
        <translation>备份失败：{error}</translation>
    </message>
    <message>
        <source>Connected to the database again.</source>
        <translation>已重新连接数据库。</translation>
    </message>
    <message>
        <source>The connection to the database is lost. Nothing you type is lost; desk reconnects by itself and saves what is waiting.</source>
        <translation>与数据库的连接已中断。您输入的内容不会丢失；系统会自动重连并保存待提交的内容。</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>报表(&amp;R)</translation>
    </message>
    <message>
        <source>The list could not be read from the database: {error}</source>
        <translation>无法从数据库读取列表：{error}</translation>
    </message>
    <message>
        <source>The new language applies the next time desk starts.</source>
        <translation>新的语言将在下次启动客服台时生效。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Please fill this in.</source>
        <translation>请填写此项。</translation>
    </message>
    <message>
        <source>At most {max} characters.</source>
        <translation>最多 {max} 个字。</translation>
    </message>
    <message>
        <source>Please choose one of the offered values.</source>
        <translation>请从给出的选项中选择。</translation>
    </message>
    <message>
        <source>Not a valid phone number: 11-digit mobile (13912345678) or landline (010-62345678).</source>
        <translation>电话号码无效：请输入11位手机号（13912345678）或座机号（010-62345678）。</translation>
    </message>
    <message>
        <source>Not an amount: type e.g. 1299.00</source>
        <translation>不是金额：请输入如 1299.00</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>At most two decimals (fen).</source>
        <translation>最多两位小数（到分）。</translation>
    </message>
    <message>
        <source>At most {max}.</source>
        <translation>最多 {max}。</translation>
    </message>
    <message>
        <source>This lies in the future.</source>
        <translation>不能是将来的时间。</translation>
    </message>
    <message>
        <source>The purchase cannot be after the complaint.</source>
        <translation>购买日期不能晚于投诉日期。</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>密码为4到8位数字。</translation>
    </message>
    <message>
        <source>Letters and digits only, at most 16.</source>
        <translation>只能用字母和数字，最多16位。</translation>
    </message>
    <message>
        <source>The staff code {code} is already used.</source>
        <translation>工号 {code} 已被使用。</translation>
    </message>
    <message>
        <source>Capital letters and digits only, at most 8 (e.g. S01).</source>
        <translation>只能用大写字母和数字，最多8位（如 S01）。</translation>
    </message>
    <message>
        <source>Staff code or PIN is wrong.</source>
        <translation>工号或密码错误。</translation>
    </message>
    <message>
        <source>Locked after {max} wrong PINs. A supervisor can unlock the account.</source>
        <translation>密码连续输错 {max} 次，账号已锁定。请客服主管解锁。</translation>
    </message>
    <message>
        <source>This store is already set up.</source>
        <translation>本门店已经设置过了。</translation>
    </message>
    <message>
        <source>Only a supervisor may do this.</source>
        <translation>只有客服主管可以执行此操作。</translation>
    </message>
    <message>
        <source>Someone else saved this record in the meantime.</source>
        <translation>在此期间，其他人已保存了这条记录。</translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>有些栏目需要修改。</translation>
    </message>
    <message>
        <source>A database is a file path or a postgresql://user@server:5432/name address.</source>
        <translation>数据库应为文件路径，或 postgresql://用户@服务器:5432/库名 形式的地址。</translation>
    </message>
    <message>
        <source>From {low} to {high}.</source>
        <translation>范围为 {low} 至 {high}。</translation>
    </message>
    <message>
        <source>The store must keep at least one active supervisor.</source>
        <translation>门店至少要保留一名在职的客服主管。</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>这条记录已不存在。</translation>
    </message>
    <message>
        <source>This step is not possible in the complaint&apos;s current state.</source>
        <translation>投诉当前的状态下不能执行这一步。</translation>
    </message>
    <message>
        <source>Unknown action: {action}.</source>
        <translation>未知操作：{action}。</translation>
    </message>
    <message>
        <source>Unexpected input for this step: {names}.</source>
        <translation>这一步不需要这些内容：{names}。</translation>
    </message>
    <message>
        <source>Every complaint ends with a reply: record the reply to the customer first.</source>
        <translation>每件投诉都要答复顾客：请先记录给顾客的答复。</translation>
    </message>
    <message>
        <source>The customer gets a callback before the complaint is closed.</source>
        <translation>结案前要先给顾客回访。</translation>
    </message>
    <message>
        <source>This complaint came in writing: issue a reply letter (or a supervisor records why none is sent) before it is closed.</source>
        <translation>这是书面投诉：结案前须出具答复函（或由主管记录不发函的原因）。</translation>
    </message>
    <message>
        <source>The remedy is above your authority: a supervisor approves the letter with their code and PIN.</source>
        <translation>补偿超出您的权限：须由主管输入工号和密码批准答复函。</translation>
    </message>
    <message>
        <source>This complaint is closed: reopen it to answer again.</source>
        <translation>该投诉已结案：如需再次答复，请先重新打开。</translation>
    </message>
    <message>
        <source>Please choose a time in the future.</source>
        <translation>请选择一个将来的时间。</translation>
    </message>
    <message>
        <source>Please enter a date and time.</source>
        <translation>请输入日期和时间。</translation>
    </message>
    <message>
        <source>Evidence must be attachments of this complaint.</source>
        <translation>证据必须是这件投诉的附件。</translation>
    </message>
    <message>
        <source>Nothing changes: choose another one.</source>
        <translation>没有变化：请另选一个。</translation>
    </message>
    <message>
        <source>The clock is already paused.</source>
        <translation>计时已经暂停。</translation>
    </message>
    <message>
        <source>The clock is not paused.</source>
        <translation>计时没有暂停。</translation>
    </message>
    <message>
        <source>The complaint is closed; reopen it first.</source>
        <translation>投诉已结案，请先重新打开。</translation>
    </message>
    <message>
        <source>Another supervisor has already acknowledged this alert.</source>
        <translation>另一位客服主管已确认了这条提醒。</translation>
    </message>
    <message>
        <source>This request has already been answered.</source>
        <translation>这项请求已经答复过了。</translation>
    </message>
    <message>
        <source>The answer cannot come before the question.</source>
        <translation>答复时间不能早于提出时间。</translation>
    </message>
    <message>
        <source>A department named {name} already exists.</source>
        <translation>已有名为 {name} 的部门。</translation>
    </message>
    <message>
        <source>Between {min} and {max} hours.</source>
        <translation>应在 {min} 到 {max} 小时之间。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>Files of at most {max_mb} MB.</source>
        <translation>文件最大 {max_mb} MB。</translation>
    </message>
    <message>
        <source>The stored file {filename} no longer matches its fingerprint (SHA-256).</source>
        <translation>已保存的文件 {filename} 与其指纹（SHA-256）不再一致。</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <source>This staff account is not active.</source>
        <translation>此员工账号已停用。</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>您的角色无权执行此操作。</translation>
    </message>
    <message>
        <source>Above your authority of {limit} yuan: a supervisor must approve this resolution of {total} yuan first.</source>
        <translation>超出您的权限（{limit}元）：{total}元的处理方案须先经主管审批。</translation>
    </message>
    <message>
        <source>The resolution can only be changed while investigating or proposing it.</source>
        <translation>只有在调查中或提出处理方案时才能修改处理方案。</translation>
    </message>
    <message>
        <source>At most {max} remedies.</source>
        <translation>最多{max}项处理方式。</translation>
    </message>
    <message>
        <source>This remedy carries no amount.</source>
        <translation>此处理方式不涉及金额。</translation>
    </message>
    <message>
        <source>Another supervisor has already reviewed this.</source>
        <translation>其他主管已审核过此项。</translation>
    </message>
    <message>
        <source>A slip is issued once the customer has agreed to the resolution.</source>
        <translation>顾客同意处理方案后才能出具确认单。</translation>
    </message>
    <message>
        <source>Not a SHA-256 fingerprint.</source>
        <translation>不是有效的SHA-256指纹。</translation>
    </message>
    <message>
        <source>Slip {number} is already signed.</source>
        <translation>确认单{number}已签字。</translation>
    </message>
    <message>
        <source>The customer refused to sign slip {number}; issue a new one.</source>
        <translation>顾客已拒绝签署确认单{number}，请重新出具。</translation>
    </message>
    <message>
        <source>The signature cannot come before the slip was issued.</source>
        <translation>签字时间不能早于确认单出具时间。</translation>
    </message>
    <message>
        <source>That is the customer&apos;s rest time or outside store hours; choose another time, or tick that the customer asked for it.</source>
        <translation>该时间是顾客休息时间或不在营业时间内；请另选时间，或勾选“顾客要求的时间”。</translation>
    </message>
    <message>
        <source>This callback has already been recorded or cancelled.</source>
        <translation>该回访已记录或已取消。</translation>
    </message>
    <message>
        <source>A score only when the customer was reached.</source>
        <translation>联系上顾客时才能评分。</translation>
    </message>
    <message>
        <source>The end must come after the start.</source>
        <translation>结束时间须晚于开始时间。</translation>
    </message>
    <message>
        <source>Write periods as 12:00-14:00, separated by commas.</source>
        <translation>时段请写成 12:00-14:00，以逗号分隔。</translation>
    </message>
    <message>
        <source>Write dates as 2027-02-06, separated by commas.</source>
        <translation>日期请写成 2027-02-06，以逗号分隔。</translation>
    </message>
    <message>
        <source>The desk must call on at least one day of the week.</source>
        <translation>每周至少要有一天可以回访。</translation>
    </message>
    <message>
        <source>The database cannot be reached. Trying again; what you type is kept.</source>
        <translation>无法连接数据库，正在重试；您输入的内容已保留。</translation>
    </message>
    <message>
        <source>Not saved yet: the database cannot be reached. Your entry is kept and will be saved as soon as the connection is back.</source>
        <translation>尚未保存：无法连接数据库。您填写的内容已保留，连接恢复后将自动保存。</translation>
    </message>
    <message>
        <source>Not saved: the database file {where} cannot be written (it is read-only, write-protected or its disk is full). Trying again will not help. Ask the supervisor or the store&apos;s IT person to make the file and its folder writable for this PC&apos;s user (or free the disk); what you typed stays here, then save again.</source>
        <translation>未保存：数据库文件 {where} 无法写入（只读、写保护或磁盘已满），重试也无济于事。请主管或门店 IT 人员让本机用户可以写入该文件及其所在文件夹（或腾出磁盘空间）；您输入的内容仍在此处，之后再保存一次即可。</translation>
    </message>
    <message>
        <source>Not saved: the database server {where} takes no changes now (it is read-only or this desk&apos;s role may not write). Trying again will not help. Ask the store&apos;s IT person to make it writable again; what you typed stays here, then save again.</source>
        <translation>未保存：数据库服务器 {where} 目前不接受修改（处于只读状态，或本服务台的账号无写入权限），重试也无济于事。请门店 IT 人员恢复其写入；您输入的内容仍在此处，之后再保存一次即可。</translation>
    </message>
    <message>
        <source>The database is damaged. Restore the backup of {date} with: {command}</source>
        <translation>数据库已损坏。请用以下命令恢复 {date} 的备份：{command}</translation>
    </message>
    <message>
        <source>The database is damaged and there is no backup in {folder}.</source>
        <translation>数据库已损坏，且 {folder} 中没有备份。</translation>
    </message>
    <message>
        <source>pg_dump is not installed on this PC: install the PostgreSQL client tools or back up on the server.</source>
        <translation>本机未安装 pg_dump：请安装 PostgreSQL 客户端工具，或在服务器上备份。</translation>
    </message>
    <message>
        <source>The backup failed: {detail}</source>
        <translation>备份失败：{detail}</translation>
    </message>
    <message>
        <source>A PostgreSQL store is restored on the server with pg_restore.</source>
        <translation>PostgreSQL 数据库请在服务器上用 pg_restore 恢复。</translation>
    </message>
    <message>
        <source>This file is not a readable database.</source>
        <translation>该文件不是可读取的数据库。</translation>
    </message>
    <message>
        <source>This backup is damaged; choose an older one.</source>
        <translation>该备份已损坏，请选择更早的备份。</translation>
    </message>
    <message>
        <source>This file is not a desk database.</source>
        <translation>该文件不是客服台数据库。</translation>
    </message>
    <message>
        <source>The database is in use: close desk on this PC (every window), then restore.</source>
        <translation>数据库正在使用中：请先关闭本机上所有客服台窗口，再恢复。</translation>
    </message>
    <message>
        <source>Not a time of day: type e.g. 08:00</source>
        <translation>不是有效时间：请输入如 08:00</translation>
    </message>
    <message>
        <source>A shift must end at another time than it starts.</source>
        <translation>班次的结束时间不能与开始时间相同。</translation>
    </message>
    <message>
        <source>This shift overlaps the shift {name}.</source>
        <translation>此班次与“{name}”时间重叠。</translation>
    </message>
    <message>
        <source>Hand over to another clerk, not to yourself.</source>
        <translation>请交给其他人员，不能交给自己。</translation>
    </message>
    <message>
        <source>Only the clerk on duty who wrote this handover may submit or change it.</source>
        <translation>只有填写此交班的当班人才能提交或修改。</translation>
    </message>
    <message>
        <source>This handover is for another clerk: only the receiving clerk may confirm it.</source>
        <translation>此交班不是交给您的：只有接班人本人才能确认。</translation>
    </message>
    <message>
        <source>This handover has already been confirmed.</source>
        <translation>此交班已经确认过了。</translation>
    </message>
    <message>
        <source>This handover has been confirmed and can no longer be changed.</source>
        <translation>此交班已确认，不能再修改。</translation>
    </message>
    <message>
        <source>{phone} is not a valid phone number: 11-digit mobile or landline.</source>
        <translation>{phone} 不是有效的电话号码：请填写11位手机号或固定电话。</translation>
    </message>
    <message>
        <source>At most {max} phones per customer.</source>
        <translation>每位客户最多 {max} 个电话。</translation>
    </message>
    <message>
        <source>{phone} belongs to the record of {name}. If it is the same person, a supervisor can merge the two records.</source>
        <translation>{phone} 已属于 {name} 的资料。如是同一人，可由主管合并两条资料。</translation>
    </message>
    <message>
        <source>A level from {low} to {high}.</source>
        <translation>等级须为 {low} 至 {high}。</translation>
    </message>
    <message>
        <source>At least 1 customer, or leave it empty for no limit.</source>
        <translation>至少1位客户，留空表示不限。</translation>
    </message>
    <message>
        <source>There is no active clerk to assign to.</source>
        <translation>没有可分配的在岗客服。</translation>
    </message>
    <message>
        <source>A clerk of this proposal was deactivated meanwhile. Make a new proposal.</source>
        <translation>方案中的某位客服刚被停用。请重新生成方案。</translation>
    </message>
    <message>
        <source>Another supervisor changed these customers&apos; clerks meanwhile. Nothing was written: make a new proposal.</source>
        <translation>另一位主管刚刚调整了这些客户的负责人。本次未写入任何数据：请重新生成方案。</translation>
    </message>
    <message>
        <source>These are already one record.</source>
        <translation>这已是同一条资料。</translation>
    </message>
    <message>
        <source>One of the two records was merged meanwhile. Search again.</source>
        <translation>其中一条资料刚被合并。请重新查找。</translation>
    </message>
    <message>
        <source>This department is not (or no longer) in the store&apos;s list: choose one of the list.</source>
        <translation>本店部门列表中没有（或已停用）这个部门：请从列表中选择。</translation>
    </message>
    <message>
        <source>The time window is empty: the end must come after the start.</source>
        <translation>时间段为空：结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>The end of the window is before its start.</source>
        <translation>结束时间早于开始时间。</translation>
    </message>
    <message>
        <source>This lies in the past: an appointment is for today later on or a later day.</source>
        <translation>这是过去的时间：预约只能约在今天稍后或以后的日子。</translation>
    </message>
    <message>
        <source>Appointments are booked for inquiries (delivery, installation, repair).</source>
        <translation>预约只针对咨询预约类（送货、安装、维修）。</translation>
    </message>
    <message>
        <source>This appointment is already settled; book a new one if needed.</source>
        <translation>这个预约已有结果；如有需要请新建预约。</translation>
    </message>
    <message>
        <source>Only a missed appointment can be turned into a complaint.</source>
        <translation>只有未履约的预约才能转为投诉。</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Database password</source>
        <translation>数据库密码</translation>
    </message>
    <message>
        <source>Wrong password. Password for {who}:</source>
        <translation>密码错误。请输入 {who} 的密码：</translation>
    </message>
    <message>
        <source>Password for {who}:</source>
        <translation>请输入 {who} 的密码：</translation>
    </message>
    <message>
        <source>Remember on this PC (credential store)</source>
        <translation>在本机记住（系统凭据管理器）</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PinApprovalDialog</name>
    <message>
        <source>Supervisor approves here</source>
        <translation>主管当场审批</translation>
    </message>
    <message>
        <source>A resolution of {total}, above the clerk&apos;s authority of {limit}.</source>
        <translation>处理方案合计{total}，超出专员权限{limit}。</translation>
    </message>
    <message>
        <source>Supervisor&apos;s staff &amp;code</source>
        <translation>主管工号(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>PIN (4-8 digits)</source>
        <translation>密码（4-8 位数字）</translation>
    </message>
</context>
<context>
    <name>RegistrationForm</name>
    <message>
        <source>Complaint registration form</source>
        <translation>顾客投诉登记表</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Esc: close; what you typed is kept as a draft.</source>
        <translation>Esc：关闭；已填写的内容保存为草稿。</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Enter (Ctrl+Enter in the account) registers.</source>
        <translation>按 Enter 登记（在投诉内容中按 Ctrl+Enter）。</translation>
    </message>
    <message>
        <source>Customer and contact</source>
        <translation>顾客与受理</translation>
    </message>
    <message>
        <source>Mobile or landline, asked first</source>
        <translation>手机或座机，先问电话</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>If a member</source>
        <translation>会员填写</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>会员号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>投诉渠道</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Product and purchase</source>
        <translation>商品与购买</translation>
    </message>
    <message>
        <source>e.g. air conditioner</source>
        <translation>如：空调</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Optional: no receipt is fine</source>
        <translation>选填：无小票也可登记</translation>
    </message>
    <message>
        <source>Order / receipt no.</source>
        <translation>订单号/小票号</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>已知</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <source>Purchase amount</source>
        <translation>购买金额</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Choose a category</source>
        <translation>请选择类别</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>The customer&apos;s own account, in key points (Ctrl+Enter registers)</source>
        <translation>顾客自述，记录要点（Ctrl+Enter 登记）</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Customer asks for</source>
        <translation>顾客要求</translation>
    </message>
    <message>
        <source>Details: amount, date, what exactly</source>
        <translation>具体要求：金额、日期、内容</translation>
    </message>
    <message>
        <source>Demand detail</source>
        <translation>要求说明</translation>
    </message>
    <message>
        <source>Repeat of</source>
        <translation>重复投诉自</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>投诉升级</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Media involved (press, TV, social media)</source>
        <translation>涉及媒体（报刊、电视、网络）</translation>
    </message>
    <message>
        <source>Tell a supervisor at once: level 3 or media involved.</source>
        <translation>请立即报告客服主管：三级投诉或涉及媒体。</translation>
    </message>
    <message>
        <source>Earlier complaints</source>
        <translation>以往投诉</translation>
    </message>
    <message>
        <source>Repeat back to the customer</source>
        <translation>向顾客复述</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>放弃草稿</translation>
    </message>
    <message>
        <source>Level 3 because the complaint came through {channel}.</source>
        <translation>经“{channel}”转来，自动定为三级。</translation>
    </message>
    <message>
        <source>Level 3 because the media are involved.</source>
        <translation>涉及媒体，自动定为三级。</translation>
    </message>
    <message>
        <source>Not a repeat</source>
        <translation>非重复投诉</translation>
    </message>
    <message>
        <source>{number} ({date}, {category})</source>
        <translation>{number}（{date}，{category}）</translation>
    </message>
    <message>
        <source>Proposed: the same matter within {days} days.</source>
        <translation>建议关联：{days}天内的同一事项。</translation>
    </message>
    <message>
        <source>Fill in the product, the problem and the demand to get the sentence to repeat back.</source>
        <translation>填写商品、问题和顾客要求后，这里给出向顾客复述的话。</translation>
    </message>
    <message>
        <source>{brand} {product}</source>
        <translation>{brand}{product}</translation>
    </message>
    <message>
        <source>{product} ({model})</source>
        <translation>{product}（{model}）</translation>
    </message>
    <message>
        <source>{name}, let me repeat to be sure I understood:</source>
        <translation>{name}，我跟您确认一下：</translation>
    </message>
    <message>
        <source>Let me repeat to be sure I understood:</source>
        <translation>我跟您确认一下：</translation>
    </message>
    <message>
        <source>your {product}: {problem}.</source>
        <translation>您的{product}，{problem}。</translation>
    </message>
    <message>
        <source>it is about your {product}.</source>
        <translation>是关于您的{product}。</translation>
    </message>
    <message>
        <source>{problem}.</source>
        <translation>{problem}。</translation>
    </message>
    <message>
        <source>You would like: {demands}.</source>
        <translation>您希望{demands}。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between demands</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>{greeting} {about} {wish} {check}</source>
        <translation>{greeting}{about}{wish}{check}</translation>
    </message>
    <message>
        <source>Have I got that right?</source>
        <translation>我理解得对吗？</translation>
    </message>
    <message>
        <source>The draft could not be saved on this PC: {error}</source>
        <translation>草稿无法保存在本机：{error}</translation>
    </message>
    <message>
        <source>Restored the form you had not finished ({time}).</source>
        <translation>已恢复上次未填完的登记表（{time}）。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>The complaint could not be saved: the database is busy, locked or cannot be reached. Everything you typed is still here and kept as a draft on this PC. desk tries again every few seconds and saves it as soon as the database answers; if it keeps failing, call the supervisor.</source>
        <translation>投诉未能保存：数据库繁忙、被锁定或无法连接。您输入的内容都还在，并已作为草稿保存在本机。系统每隔几秒自动重试，数据库恢复后即自动保存；如一直失败，请联系客服主管。</translation>
    </message>
    <message>
        <source>Registered as {number}.</source>
        <translation>已登记，编号 {number}。</translation>
    </message>
</context>
<context>
    <name>RegistrationSheet</name>
    <message>
        <source>Customer Complaint Registration Form</source>
        <translation>顾客投诉登记表</translation>
    </message>
    <message>
        <source>Complaint no.</source>
        <translation>投诉编号</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>会员号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>投诉渠道</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Product (name, brand, model)</source>
        <translation>商品（名称、品牌、型号）</translation>
    </message>
    <message>
        <source>Order / receipt no.</source>
        <translation>订单号/小票号</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>The customer&apos;s account (key points)</source>
        <translation>顾客陈述要点</translation>
    </message>
    <message>
        <source>The customer asks for</source>
        <translation>顾客要求</translation>
    </message>
    <message>
        <source>Escalation level</source>
        <translation>升级程度</translation>
    </message>
    <message>
        <source>Media involved</source>
        <translation>媒体介入</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>Customer&apos;s signature</source>
        <translation>顾客签字</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Repeat of complaint</source>
        <translation>重复投诉，原投诉编号</translation>
    </message>
    <message>
        <source>The desk repeats the key points back to the customer. Level 3 (media, consumer association, authorities) is reported to a supervisor at once.</source>
        <translation>受理人须向顾客复述要点。三级投诉（媒体、消协、执法部门介入）须立即报告客服主管。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>ReplyLetter</name>
    <message>
        <source>Dear {name},</source>
        <translation>尊敬的{name}：</translation>
    </message>
    <message>
        <source>Thank you for your complaint of {date} ({channel}). We have looked into it carefully. You told us: {brief}</source>
        <translation>感谢您于{date}通过{channel}向我们反映问题，我们已认真调查。您反映：{brief}</translation>
    </message>
    <message>
        <source>Our investigation found that what you described is true.</source>
        <translation>经调查，您反映的情况属实。</translation>
    </message>
    <message>
        <source>Our investigation found: {explanation}</source>
        <translation>经调查：{explanation}</translation>
    </message>
    <message>
        <source>We have considered your demand carefully and cannot accept it: {reason}</source>
        <translation>我们认真研究了您的要求，但无法接受：{reason}</translation>
    </message>
    <message>
        <source>The cause: {cause}.</source>
        <translation>原因：{cause}。</translation>
    </message>
    <message>
        <source>We resolve the matter as follows:</source>
        <translation>处理如下：</translation>
    </message>
    <message>
        <source>{n}. {kind}: {text}</source>
        <translation>{n}. {kind}：{text}</translation>
    </message>
    <message>
        <source>{n}. {kind}: {text} ({amount} yuan)</source>
        <translation>{n}. {kind}：{text}（{amount} 元）</translation>
    </message>
    <message>
        <source>In all {amount} yuan ({words}).</source>
        <translation>合计 {amount} 元（{words}）。</translation>
    </message>
    <message>
        <source>We sincerely apologise for the trouble this has caused you, and thank you for your trust and for helping us improve.</source>
        <translation>对于给您带来的不便，我们深表歉意，并感谢您对本店的信任与监督。</translation>
    </message>
    <message>
        <source>If you have any question, please contact our customer service desk: {contact}.</source>
        <translation>如有疑问，请联系本店客服台：{contact}。</translation>
    </message>
</context>
<context>
    <name>ReplyLetterDialog</name>
    <message>
        <source>Reply letter: {number}</source>
        <translation>答复函：{number}</translation>
    </message>
    <message>
        <source>Written reply to {name}</source>
        <translation>书面答复 {name}</translation>
    </message>
    <message>
        <source>Complaint {number}, came in by {channel} on {date}.</source>
        <translation>投诉 {number}，{date} 经{channel}收到。</translation>
    </message>
    <message>
        <source>Letter &amp;text (edit before issuing):</source>
        <translation>函件正文（出具前可修改）(&amp;T)：</translation>
    </message>
    <message>
        <source>Propose the text &amp;again</source>
        <translation>重新生成正文(&amp;A)</translation>
    </message>
    <message>
        <source>The remedy is above your authority: a supervisor approves the letter</source>
        <translation>补偿超出您的权限：须由主管批准答复函</translation>
    </message>
    <message>
        <source>Supervisor&apos;s &amp;code:</source>
        <translation>主管工号(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Issue letter</source>
        <translation>出具答复函(&amp;I)</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Replies recorded</source>
        <translation>已记录的答复</translation>
    </message>
    <message>
        <source>No letter (supervisor)</source>
        <translation>不发函（主管）</translation>
    </message>
    <message>
        <source>Why no letter is sent</source>
        <translation>不发函的原因</translation>
    </message>
    <message>
        <source>Record &amp;no letter</source>
        <translation>记录不发函(&amp;N)</translation>
    </message>
    <message>
        <source>Your unsaved text of {time} was restored.</source>
        <translation>已恢复您 {time} 未保存的正文。</translation>
    </message>
    <message>
        <source>{number}, issued {when} by {name}</source>
        <translation>{number}，{when} 由{name}出具</translation>
    </message>
    <message>
        <source>No letter, {when}, {name}: {note}</source>
        <translation>不发函，{when}，{name}：{note}</translation>
    </message>
    <message>
        <source>None yet: the complaint cannot be closed without one.</source>
        <translation>尚无答复：没有答复不能结案。</translation>
    </message>
    <message>
        <source>Letter {number} issued: print it for the customer.</source>
        <translation>答复函 {number} 已出具：请打印交给顾客。</translation>
    </message>
    <message>
        <source>Recorded: no letter is sent.</source>
        <translation>已记录：不发答复函。</translation>
    </message>
    <message>
        <source>Another desk changed this complaint meanwhile. Your text is kept: check the replies above and issue again.</source>
        <translation>其他服务台刚修改了这条投诉。您的正文已保留：请核对上方的答复后再出具。</translation>
    </message>
</context>
<context>
    <name>ReplyLetterPaper</name>
    <message>
        <source>Reply to Your Complaint</source>
        <translation>投诉答复函</translation>
    </message>
    <message>
        <source>Letter no. {number}</source>
        <translation>函号 {number}</translation>
    </message>
    <message>
        <source>Complaint no. {number}</source>
        <translation>投诉编号 {number}</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>日期：{date}</translation>
    </message>
    <message>
        <source>DRAFT: not issued</source>
        <translation>草稿：尚未出具</translation>
    </message>
    <message>
        <source>Tel. {phone}</source>
        <translation>电话 {phone}</translation>
    </message>
    <message>
        <source>(seal)</source>
        <translation>（盖章）</translation>
    </message>
    <message>
        <source>Handled by: {name}</source>
        <translation>经办人：{name}</translation>
    </message>
    <message>
        <source>Approved by: {name}</source>
        <translation>批准人：{name}</translation>
    </message>
    <message>
        <source>Signature: ______________</source>
        <translation>签字：______________</translation>
    </message>
    <message>
        <source>Page {n}</source>
        <translation>第 {n} 页</translation>
    </message>
</context>
<context>
    <name>ReportPages</name>
    <message>
        <source>Page {n} of {total}</source>
        <translation>第 {n} 页 共 {total} 页</translation>
    </message>
</context>
<context>
    <name>ResolutionEditor</name>
    <message>
        <source>¥{amount}</source>
        <translation>¥{amount}</translation>
    </message>
    <message>
        <source>0.00</source>
        <translation>0.00</translation>
    </message>
    <message>
        <source>What the customer reads</source>
        <translation>顾客看到的说明</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>&amp;Add remedy</source>
        <translation>添加处理方式(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save resolution</source>
        <translation>保存处理方案(&amp;S)</translation>
    </message>
    <message>
        <source>Ask for approval</source>
        <translation>提交主管审批</translation>
    </message>
    <message>
        <source>Supervisor approves here…</source>
        <translation>主管当场审批…</translation>
    </message>
    <message>
        <source>Resolution s&amp;lip…</source>
        <translation>处理结果确认单(&amp;L)…</translation>
    </message>
    <message>
        <source>Written &amp;reply…</source>
        <translation>书面答复(&amp;R)…</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Text the customer reads</source>
        <translation>给顾客的说明</translation>
    </message>
    <message>
        <source>Total: {total}</source>
        <translation>合计：{total}</translation>
    </message>
    <message>
        <source>Your authority: up to {limit}</source>
        <translation>您的权限：最高{limit}</translation>
    </message>
    <message>
        <source>Above your authority: a supervisor must approve it after saving.</source>
        <translation>超出您的权限：保存后须经主管审批。</translation>
    </message>
    <message>
        <source>Within your authority. Save to go on.</source>
        <translation>在您的权限内。请先保存。</translation>
    </message>
    <message>
        <source>Approved by {name}.</source>
        <translation>已由{name}审批。</translation>
    </message>
    <message>
        <source>Waiting for a supervisor&apos;s approval.</source>
        <translation>等待主管审批。</translation>
    </message>
    <message>
        <source>Above your authority: a supervisor must approve it before the customer agrees.</source>
        <translation>超出您的权限：须经主管审批后顾客方可确认。</translation>
    </message>
    <message>
        <source>Within your authority.</source>
        <translation>在您的权限内。</translation>
    </message>
    <message>
        <source>Came in writing: the reply letter is issued.</source>
        <translation>书面投诉：答复函已出具。</translation>
    </message>
    <message>
        <source>Came in writing: issue a reply letter before closing.</source>
        <translation>书面投诉：结案前须出具答复函。</translation>
    </message>
    <message>
        <source>Reloaded what is saved now. Check the remedies and save again.</source>
        <translation>已重新读取当前保存的内容。请核对处理方式后再次保存。</translation>
    </message>
</context>
<context>
    <name>ResolutionMenu</name>
    <message>
        <source>&amp;Approvals queue…</source>
        <translation>待审批方案(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;view of clerks&apos; grants…</source>
        <translation>专员自主处理审核(&amp;V)…</translation>
    </message>
</context>
<context>
    <name>ResolutionSlip</name>
    <message>
        <source>Resolution Confirmation Slip</source>
        <translation>处理结果确认单</translation>
    </message>
    <message>
        <source>Customer&apos;s copy</source>
        <translation>顾客联</translation>
    </message>
    <message>
        <source>Store&apos;s copy</source>
        <translation>存根联</translation>
    </message>
    <message>
        <source>Copy {n}</source>
        <translation>补打第{n}次</translation>
    </message>
    <message>
        <source>Slip no.</source>
        <translation>确认单号</translation>
    </message>
    <message>
        <source>Complaint no.</source>
        <translation>投诉单号</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>出具日期</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>购物小票号</translation>
    </message>
    <message>
        <source>Complaint in brief</source>
        <translation>投诉摘要</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>处理内容</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>In words: {words}</source>
        <translation>人民币（大写）：{words}</translation>
    </message>
    <message>
        <source>I understand and accept the resolution above; the matter has been settled to my satisfaction.</source>
        <translation>本人已了解并同意上述处理方案，此事已圆满解决。</translation>
    </message>
    <message>
        <source>Customer&apos;s signature</source>
        <translation>顾客签字</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Year      Month      Day</source>
        <translation>年      月      日</translation>
    </message>
    <message>
        <source>Signed: the original is on file</source>
        <translation>已签字，原件存档</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Approved by (supervisor)</source>
        <translation>审批主管</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Two parts: the customer keeps the customer&apos;s copy, the service desk files the store&apos;s copy.</source>
        <translation>本单一式两联：顾客联由顾客保存，存根联由客服台存档。</translation>
    </message>
    <message>
        <source>Cut along this line</source>
        <translation>沿此线剪开</translation>
    </message>
</context>
<context>
    <name>ReviewList</name>
    <message>
        <source>Review of clerks&apos; own grants</source>
        <translation>专员自主处理的事后审核</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉单号</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>经办专员</translation>
    </message>
    <message>
        <source>Agreed at</source>
        <translation>顾客确认时间</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Reviewed at</source>
        <translation>审核时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>What you noticed (optional)</source>
        <translation>审核意见（可不填）</translation>
    </message>
    <message>
        <source>&amp;Mark reviewed</source>
        <translation>标记为已审核(&amp;M)</translation>
    </message>
    <message>
        <source>Agreed from</source>
        <translation>顾客确认日期从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message numerus="yes">
        <source>%n not yet reviewed</source>
        <translation>
            <numerusform>%n 项未审核</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveErrors</name>
    <message>
        <source>Not allowed: {reason}</source>
        <translation>不允许：{reason}</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>未保存：{error}</translation>
    </message>
</context>
<context>
    <name>ScheduleCallbackDialog</name>
    <message>
        <source>Schedule a callback</source>
        <translation>安排回访</translation>
    </message>
    <message>
        <source>Call {customer} back</source>
        <translation>回访 {customer}</translation>
    </message>
    <message>
        <source>Call {customer} back about complaint {number}</source>
        <translation>就投诉 {number} 回访 {customer}</translation>
    </message>
    <message>
        <source>The customer asked for this time</source>
        <translation>顾客要求的时间</translation>
    </message>
    <message>
        <source>What the call is about (optional)</source>
        <translation>回访内容（可不填）</translation>
    </message>
    <message>
        <source>&amp;Due at</source>
        <translation>回访时间(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Assigned to</source>
        <translation>负责人(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Next allowed time: {time}</source>
        <translation>最早可回访时间：{time}</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>安排</translation>
    </message>
</context>
<context>
    <name>SectionTables</name>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Double-click to add a note for the next clerk.</source>
        <translation>双击为接班人添加备注。</translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation>{title}（{count}）</translation>
    </message>
    <message>
        <source>{title} ({shown} of {count})</source>
        <translation>{title}（{count} 件中列出 {shown} 件）</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>This database holds a real store: the self-check runs only on demo data.</source>
        <translation>此数据库保存的是真实门店的数据：自检只在演示数据上运行。</translation>
    </message>
    <message>
        <source>The sign-in screen could not be shown.</source>
        <translation>无法显示登录界面。</translation>
    </message>
    <message>
        <source>Signing in as the demo clerk failed.</source>
        <translation>演示客服员登录失败。</translation>
    </message>
    <message>
        <source>The demo store has no agreed complaint to print a slip for.</source>
        <translation>演示门店没有已达成处理意见的投诉，无法打印确认单。</translation>
    </message>
    <message>
        <source>Self-check passed: this desk starts, signs in and prints.</source>
        <translation>自检通过：本客服台可以启动、登录和打印。</translation>
    </message>
</context>
<context>
    <name>ShiftEndPrompt</name>
    <message>
        <source>The {shift} shift ends at {time}. Write the handover: Shift → End of shift handover… (Ctrl+Shift+H).</source>
        <translation>{shift}将于 {time} 结束。请填写交班记录：班次 → 交班…（Ctrl+Shift+H）。</translation>
    </message>
</context>
<context>
    <name>ShiftSettingsPage</name>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>&amp;Add shift</source>
        <translation>添加班次(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove shift</source>
        <translation>删除班次(&amp;R)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Handover prompt &amp;before the end:</source>
        <translation>班次结束前提醒交班(&amp;B)：</translation>
    </message>
    <message>
        <source>Sudden event from this many &amp;complaints:</source>
        <translation>同类投诉达到此数即为突发事件(&amp;C)：</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Row {row}: </source>
        <translation>第 {row} 行：</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Switch clerk</source>
        <translation>换班登录</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>{store} · desk {desk}</source>
        <translation>{store} · {desk}</translation>
    </message>
    <message>
        <source>Desk {desk}</source>
        <translation>客服台 {desk}</translation>
    </message>
    <message>
        <source>type or scan your staff code</source>
        <translation>输入或扫描工号</translation>
    </message>
    <message>
        <source>&amp;Staff code</source>
        <translation>工号(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>密码(&amp;P)</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>The customer signs here with the mouse, a pen or a finger.</source>
        <translation>顾客用鼠标、手写笔或手指在此签字。</translation>
    </message>
    <message>
        <source>Customer signs here</source>
        <translation>顾客在此签字</translation>
    </message>
</context>
<context>
    <name>SlipDialog</name>
    <message>
        <source>Resolution slip</source>
        <translation>处理结果确认单</translation>
    </message>
    <message>
        <source>A4 (both copies on one page)</source>
        <translation>A4（两联同页）</translation>
    </message>
    <message>
        <source>A5 (one page per copy)</source>
        <translation>A5（每联一页）</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <source>Customer signs on &amp;screen</source>
        <translation>顾客屏幕签字(&amp;S)</translation>
    </message>
    <message>
        <source>Signature on screen</source>
        <translation>屏幕签字</translation>
    </message>
    <message>
        <source>No scan attached (optional)</source>
        <translation>未附扫描件（可不附）</translation>
    </message>
    <message>
        <source>Attach s&amp;can…</source>
        <translation>附扫描件(&amp;C)…</translation>
    </message>
    <message>
        <source>Signed on p&amp;aper</source>
        <translation>已在纸面签字(&amp;A)</translation>
    </message>
    <message>
        <source>Signature on paper</source>
        <translation>纸面签字</translation>
    </message>
    <message>
        <source>Signed at:</source>
        <translation>签字时间：</translation>
    </message>
    <message>
        <source>Scanned slip:</source>
        <translation>扫描件：</translation>
    </message>
    <message>
        <source>Why the customer will not sign</source>
        <translation>顾客不签字的原因</translation>
    </message>
    <message>
        <source>Customer &amp;refuses</source>
        <translation>顾客拒签(&amp;R)</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>拒绝签字</translation>
    </message>
    <message>
        <source>Resolution slip {number}</source>
        <translation>处理结果确认单 {number}</translation>
    </message>
    <message>
        <source>Complaint {complaint} · total {total}</source>
        <translation>投诉 {complaint} · 合计 {total}</translation>
    </message>
    <message>
        <source>Refused on {at}: {reason}</source>
        <translation>顾客于 {at} 拒签：{reason}</translation>
    </message>
    <message>
        <source>Signed on {at}. Printed {n} time(s).</source>
        <translation>已于 {at} 签字。已打印 {n} 次。</translation>
    </message>
    <message>
        <source>Printed {n} time(s); not signed yet.</source>
        <translation>已打印 {n} 次，尚未签字。</translation>
    </message>
    <message>
        <source>Not printed yet.</source>
        <translation>尚未打印。</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Scanned slip</source>
        <translation>确认单扫描件</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>扫描件 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The scan could not be read: {path}</source>
        <translation>无法读取扫描件：{path}</translation>
    </message>
    <message>
        <source>The customer has not signed on the pad yet.</source>
        <translation>顾客尚未在签字板上签字。</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Reset PIN…</source>
        <translation>重设密码(&amp;R)…</translation>
    </message>
    <message>
        <source>Clerks grant remedies up to their authority limit; above it a supervisor approves.</source>
        <translation>客服专员可在本人授权额度内决定处理方案；超出额度须由客服主管审批。</translation>
    </message>
    <message>
        <source>New PIN for {name}</source>
        <translation>为 {name} 设置新密码</translation>
    </message>
</context>
<context>
    <name>StaffEditor</name>
    <message>
        <source>Edit staff member</source>
        <translation>修改员工信息</translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation>新增员工</translation>
    </message>
    <message>
        <source>Active (may sign in)</source>
        <translation>在岗（可登录）</translation>
    </message>
    <message>
        <source>Staff code</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Authority limit (yuan)</source>
        <translation>授权额度（元）</translation>
    </message>
    <message>
        <source>PIN (4-8 digits)</source>
        <translation>密码（4-8 位数字）</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <source>Code</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Authority limit</source>
        <translation>授权额度</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在岗</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The database {where} is locked by another program. Close the other desk windows or programs that use it, wait a moment and start desk again.</source>
        <translation>数据库 {where} 被其他程序锁定。请关闭正在使用它的其他客服台窗口或程序，稍等片刻后重新启动。</translation>
    </message>
    <message>
        <source>desk may not write to the database {where}. Make sure this user may write the file and its folder, or choose another database with --db.</source>
        <translation>无法写入数据库 {where}。请确认当前用户对该文件及其所在文件夹有写权限，或用 --db 选择其他数据库。</translation>
    </message>
    <message>
        <source>{where} is not a desk database, or it is damaged. Restore it from a backup (desk restore) or choose another file with --db.</source>
        <translation>{where} 不是客服台数据库，或已损坏。请从备份恢复（desk restore），或用 --db 选择其他文件。</translation>
    </message>
    <message>
        <source>The database {where} cannot be opened: the file or its folder is missing. Check the path given with --db or $DESK_DB.</source>
        <translation>无法打开数据库 {where}：文件或其所在文件夹不存在。请检查 --db 或 $DESK_DB 给出的路径。</translation>
    </message>
    <message>
        <source>The database server {where} cannot be reached. Check that it is running and that this PC is on the network, or ask who set it up.</source>
        <translation>无法连接数据库服务器 {where}。请确认服务器正在运行、本机网络已连接，或联系负责安装的人员。</translation>
    </message>
    <message>
        <source>The database {where} cannot be used: {error}</source>
        <translation>数据库 {where} 无法使用：{error}</translation>
    </message>
    <message>
        <source>There is no database at {path}. Create a new, empty one there?</source>
        <translation>{path} 处没有数据库。要在那里新建一个空数据库吗？</translation>
    </message>
    <message>
        <source>New database?</source>
        <translation>新建数据库？</translation>
    </message>
    <message>
        <source>The database cannot be used</source>
        <translation>数据库无法使用</translation>
    </message>
    <message>
        <source>The database {where} is older than this desk program and this desk may not upgrade it. Ask the store&apos;s IT person to run desk server upgrade on the server, then start desk again.</source>
        <translation>数据库 {where} 的版本比本客服台程序旧，本客服台无权升级。请联系商场的 IT 人员在服务器上运行 desk server upgrade，然后重新启动客服台。</translation>
    </message>
    <message>
        <source>The database server {where} refused the sign-in. Check the user name and the password: run desk join again, or check the pgpass file or PGPASSWORD.</source>
        <translation>数据库服务器 {where} 拒绝登录。请检查用户名和密码：重新运行 desk join，或检查 pgpass 文件或 PGPASSWORD。</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>Filling the database with demo data…</source>
        <translation>正在生成演示数据……</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>The demo data could not be made: {error}</source>
        <translation>无法生成演示数据：{error}</translation>
    </message>
    <message>
        <source>This database has no store yet: start desk once without --quit-after-start to set it up.</source>
        <translation>此数据库还没有设置门店：请不带 --quit-after-start 启动一次客服台进行设置。</translation>
    </message>
    <message>
        <source>Join the store&apos;s server</source>
        <translation>连接商场的服务器</translation>
    </message>
    <message>
        <source>The connection the store&apos;s IT person gave (desk server init prints it):</source>
        <translation>请输入商场 IT 人员提供的连接地址（desk server init 会显示）：</translation>
    </message>
    <message>
        <source>That is not a postgresql:// connection.</source>
        <translation>这不是 postgresql:// 连接地址。</translation>
    </message>
    <message>
        <source>Demo store: supervisor admin, clerk c01, PIN 1234 for both.</source>
        <translation>演示门店：客服主管 admin，客服专员 c01，密码均为 1234。</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Founded complaints received in the period that were answered on or before their deadline, over the founded complaints received in the period whose answer is decided (answered, or not answered and past the deadline). After a reopening the new answer and deadline count.</source>
        <translation>本期受理、判定属实的投诉中，在承诺时限内（含时限当时）答复的件数，除以其中答复情况已确定的件数（已答复，或未答复且已超过时限）。投诉重开后，以新一轮的答复和时限为准。</translation>
    </message>
    <message>
        <source>Founded complaints received in the period that were answered after their deadline, or are not answered and past it, over the same complaints as the on-time rate: the two rates add up to 100%.</source>
        <translation>本期受理、判定属实的投诉中，超过时限才答复或至今未答复且已超时的件数，除以与及时率相同的分母：及时率与延时率之和为100%。</translation>
    </message>
    <message>
        <source>Complaints received in the period that were transferred to another department or person at least once, over the complaints received in the period.</source>
        <translation>本期受理的投诉中，至少转派过一次（转给其他部门或人员）的件数，除以本期受理的投诉件数。</translation>
    </message>
    <message>
        <source>Complaints received in the period whose customer had made another complaint of the same category or about the same product model in the days before it (a store setting, 30 days by default), over the complaints received.</source>
        <translation>本期受理的投诉中，同一顾客在此前若干天内（门店设置，默认30天）曾就同一类别或同一商品型号投诉过的件数，除以本期受理的投诉件数。</translation>
    </message>
    <message>
        <source>Callbacks made in the period in which the customer was satisfied or basically satisfied, over the callbacks made in the period in which the customer was reached. The mean score is over those of them with a score.</source>
        <translation>本期完成的回访中顾客表示满意或基本满意的次数，除以本期联系上顾客的回访次数。平均分按其中有评分的回访计算。</translation>
    </message>
    <message>
        <source>Callbacks made in the period on or before the end of their window (3 days after the resolution was carried out), over the callbacks made in the period that have a window. Every try counts, reached or not.</source>
        <translation>本期完成的回访中，在回访期限（处理方案实施后3天）截止前完成的次数，除以本期完成且有回访期限的回访次数。每次尝试都计入，无论是否联系上。</translation>
    </message>
    <message>
        <source>Members&apos; founded complaints closed in the period whose customer was reached by a callback, over the members&apos; founded complaints closed in the period. The handbook demands 100%; the members missed are listed.</source>
        <translation>本期结案、判定属实的会员投诉中，回访联系上顾客的件数，除以本期结案、判定属实的会员投诉件数。手册要求100%；未回访的会员逐一列出。</translation>
    </message>
    <message>
        <source>Complaints and inquiries received in the period. Every column counts these, as they stand now.</source>
        <translation>本期受理的投诉和咨询。每一列都按这些件数的当前状态统计。</translation>
    </message>
    <message>
        <source>Of those received in the period, the ones closed now.</source>
        <translation>本期受理的件数中，目前已结案的。</translation>
    </message>
    <message>
        <source>Of those received in the period, the ones not closed now.</source>
        <translation>本期受理的件数中，目前尚未结案的。</translation>
    </message>
    <message>
        <source>Of those received in the period, the ones reopened at least once.</source>
        <translation>本期受理的件数中，至少重开过一次的。</translation>
    </message>
    <message>
        <source>Of those received in the period, the ones transferred at least once.</source>
        <translation>本期受理的件数中，至少转派过一次的。</translation>
    </message>
    <message>
        <source>Of those received in the period, the written ones (letter, e-mail, consumer association, 12315, media) still open without a written reply of their current round.</source>
        <translation>本期受理的书面投诉（信函、邮件、消协转办、12315、媒体）中，尚未结案且本轮尚无书面答复的件数。</translation>
    </message>
    <message>
        <source>Median hours from receipt to closing of the closed ones, timed to the minute.</source>
        <translation>已结案件数从受理到结案所用小时数的中位数，精确到分钟。</translation>
    </message>
    <message>
        <source>Remedy amounts of the founded ones whose customer agreed to the resolution (agreed, carried out, awaiting the callback or closed).</source>
        <translation>判定属实且顾客已同意处理方案（已同意、已实施、待回访或已结案）的各项补偿金额合计。</translation>
    </message>
</context>
<context>
    <name>StatisticsMenu</name>
    <message>
        <source>&amp;Statistics…</source>
        <translation>统计(&amp;S)…</translation>
    </message>
    <message>
        <source>Weekly &amp;hot spots…</source>
        <translation>每周热点(&amp;H)…</translation>
    </message>
    <message>
        <source>E&amp;xport the list to Excel…</source>
        <translation>将列表导出到 Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>投诉清单</translation>
    </message>
</context>
<context>
    <name>StatisticsSettingsPage</name>
    <message>
        <source>A &amp;hot spot is</source>
        <translation>热点：(&amp;H)</translation>
    </message>
    <message>
        <source> complaints</source>
        <translation> 件投诉</translation>
    </message>
    <message>
        <source>&amp;within</source>
        <translation>发生在(&amp;W)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天内</translation>
    </message>
    <message>
        <source>A &amp;repeat complaint follows one within</source>
        <translation>重复投诉：前一次投诉后(&amp;R)</translation>
    </message>
    <message>
        <source>Hot spots: complaints about the same product model, or with the same cause at one department. Repeat complaints: the same customer, the same category or product model.</source>
        <translation>热点：同一商品型号的投诉，或同一部门同一原因的投诉。重复投诉：同一顾客、同一类别或同一商品型号。</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
</context>
<context>
    <name>StatisticsWindow</name>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation>计算(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Rows by</source>
        <translation>分类方式</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>分类统计</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>补偿金额</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Hot spots</source>
        <translation>热点</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <source>Classification table…</source>
        <translation>顾客投诉分类统计表…</translation>
    </message>
    <message>
        <source>Internal incident log…</source>
        <translation>内部违规事件情况登记表…</translation>
    </message>
    <message>
        <source>Export to &amp;Excel…</source>
        <translation>导出到 Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Only your own complaints: {name}</source>
        <translation>仅显示本人的投诉：{name}</translation>
    </message>
    <message>
        <source>Figures in brackets: the previous period. Double-click a number for the complaints behind it.</source>
        <translation>括号内为上期数字。双击数字可查看对应的投诉。</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>计数</translation>
    </message>
    <message>
        <source>Out of</source>
        <translation>总数</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>Double-click a count for the complaints (or callbacks) behind it; ⓘ says how a rate is worked out.</source>
        <translation>双击计数可查看对应的投诉（或回访）；ⓘ 说明指标的计算方法。</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>受理员</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉编号</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Open the &amp;review of clerks&apos; grants…</source>
        <translation>打开授权事后审核(&amp;R)…</translation>
    </message>
    <message>
        <source>By remedy</source>
        <translation>按处理方式</translation>
    </message>
    <message>
        <source>By clerk</source>
        <translation>按受理员</translation>
    </message>
    <message>
        <source>Granted by clerks on their own authority</source>
        <translation>受理员自行授权的补偿</translation>
    </message>
    <message>
        <source>Hot spot</source>
        <translation>热点</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉数</translation>
    </message>
    <message>
        <source>First</source>
        <translation>首次</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>最近</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顾客数</translation>
    </message>
    <message>
        <source>Weekly &amp;hot-spot view…</source>
        <translation>每周热点(&amp;H)…</translation>
    </message>
    <message>
        <source>Double-click a hot spot for its complaints.</source>
        <translation>双击热点可查看其投诉。</translation>
    </message>
    <message>
        <source>Cancelled: the figures shown are those computed before.</source>
        <translation>已取消：显示的是此前计算的数字。</translation>
    </message>
    <message>
        <source>The statistics could not be computed: {error}</source>
        <translation>无法计算统计：{error}</translation>
    </message>
    <message>
        <source>{start} to {end}; in brackets the previous period, {before_start} to {before_end}. Computed at {at}.</source>
        <translation>{start} 至 {end}；括号内为上期（{before_start} 至 {before_end}）。计算于 {at}。</translation>
    </message>
    <message>
        <source>What does this mean?</source>
        <translation>这是什么意思？</translation>
    </message>
    <message>
        <source>Mean callback score: {score}</source>
        <translation>回访平均评分：{score}</translation>
    </message>
    <message>
        <source>%n member complaint(s) without a callback: the handbook demands 100%. Show them…</source>
        <translation>%n 件会员投诉未回访：制度要求 100%。点此查看…</translation>
    </message>
    <message>
        <source>Not yet reviewed</source>
        <translation>未审核</translation>
    </message>
    <message>
        <source>Total granted: {amount} yuan</source>
        <translation>补偿合计：{amount} 元</translation>
    </message>
    <message>
        <source>Hot spots (%n)</source>
        <translation>热点（%n）</translation>
    </message>
    <message>
        <source>{figure} — {group}</source>
        <translation>{figure} — {group}</translation>
    </message>
    <message>
        <source>out of</source>
        <translation>总数</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>计数</translation>
    </message>
    <message>
        <source>Members&apos; complaints without a callback</source>
        <translation>未回访的会员投诉</translation>
    </message>
    <message>
        <source>statistics-{start}</source>
        <translation>统计-{start}</translation>
    </message>
</context>
<context>
    <name>StatisticsWords</name>
    <message>
        <source>Received</source>
        <translation>受理数</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Inquiries</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>成立</translation>
    </message>
    <message>
        <source>Not founded</source>
        <translation>不成立</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>未结案</translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation>按时答复</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Reassigned</source>
        <translation>重派</translation>
    </message>
    <message>
        <source>Written reply due</source>
        <translation>待书面答复</translation>
    </message>
    <message>
        <source>Median handling (h)</source>
        <translation>处理时长中位数(小时)</translation>
    </message>
    <message>
        <source>Money granted (yuan)</source>
        <translation>补偿金额(元)</translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation>及时率</translation>
    </message>
    <message>
        <source>Overdue rate</source>
        <translation>延时率</translation>
    </message>
    <message>
        <source>Reassignment rate</source>
        <translation>重派率</translation>
    </message>
    <message>
        <source>Repeat-complaint rate</source>
        <translation>重复投诉率</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Callbacks made within the window</source>
        <translation>回访及时率</translation>
    </message>
    <message>
        <source>Member callback coverage</source>
        <translation>会员回访率</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>受理员</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>自定义时段</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未登记）</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>平均评分</translation>
    </message>
    <message>
        <source>Same product</source>
        <translation>同一商品</translation>
    </message>
    <message>
        <source>Same cause at one department</source>
        <translation>同一部门同一原因</translation>
    </message>
    <message>
        <source>{cause} at {place}</source>
        <translation>{place}：{cause}</translation>
    </message>
</context>
<context>
    <name>StoreSettingsDialog</name>
    <message>
        <source>Store rules</source>
        <translation>门店规则</translation>
    </message>
</context>
<context>
    <name>TomorrowDialog</name>
    <message>
        <source>Tomorrow&apos;s appointments ({day})</source>
        <translation>明日预约（{day}）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>咨询单</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) tomorrow; {open} still to confirm with the department.</source>
        <translation>
            <numerusform>明天共 %n 个预约，其中 {open} 个尚待与部门确认。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Inquiry / appointment</source>
        <translation>咨询预约</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>当面</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>书面</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Web / app</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Consumer association referral</source>
        <translation>消协转办</translation>
    </message>
    <message>
        <source>12315 hotline</source>
        <translation>12315热线</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Product quality</source>
        <translation>商品质量</translation>
    </message>
    <message>
        <source>Service attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>送货</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>安装</translation>
    </message>
    <message>
        <source>Repair / after-sales</source>
        <translation>维修/售后</translation>
    </message>
    <message>
        <source>Price / billing</source>
        <translation>价格/收银</translation>
    </message>
    <message>
        <source>Promotion / gifts</source>
        <translation>促销/赠品</translation>
    </message>
    <message>
        <source>Store environment</source>
        <translation>购物环境</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>换货</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>赔偿</translation>
    </message>
    <message>
        <source>Apology</source>
        <translation>道歉</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Judged</source>
        <translation>已判断</translation>
    </message>
    <message>
        <source>Explained</source>
        <translation>已解释</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>调查中</translation>
    </message>
    <message>
        <source>Resolution proposed</source>
        <translation>已提出处理方案</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Agreed with customer</source>
        <translation>顾客已同意</translation>
    </message>
    <message>
        <source>Carried out</source>
        <translation>已实施</translation>
    </message>
    <message>
        <source>Callback pending</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Desk clerk</source>
        <translation>客服专员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>客服主管</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>投诉成立</translation>
    </message>
    <message>
        <source>Not founded</source>
        <translation>投诉不成立</translation>
    </message>
    <message>
        <source>Unreasonable demand</source>
        <translation>无理要求</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>沟通</translation>
    </message>
    <message>
        <source>Delivery / installation</source>
        <translation>送货/安装</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>第三方</translation>
    </message>
    <message>
        <source>Customer misunderstanding</source>
        <translation>顾客误解</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>上门</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>告知</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation>等待顾客</translation>
    </message>
    <message>
        <source>Waiting for parts</source>
        <translation>等待配件</translation>
    </message>
    <message>
        <source>In time</source>
        <translation>未超时</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Level 3 complaint</source>
        <translation>三级投诉</translation>
    </message>
    <message>
        <source>On-site check</source>
        <translation>上门检测</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>赠品</translation>
    </message>
    <message>
        <source>Cash compensation</source>
        <translation>现金补偿</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Voided by a change</source>
        <translation>因修改失效</translation>
    </message>
    <message>
        <source>Resolution follow-up</source>
        <translation>处理结果回访</translation>
    </message>
    <message>
        <source>Arranged by the desk</source>
        <translation>人工安排回访</translation>
    </message>
    <message>
        <source>Care call</source>
        <translation>关怀回访</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>联系不上</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>改约</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结案</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>敏感</translation>
    </message>
    <message>
        <source>Elderly</source>
        <translation>老年人</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>残障人士</translation>
    </message>
    <message>
        <source>Has gone to the media</source>
        <translation>曾找媒体</translation>
    </message>
    <message>
        <source>Complains often</source>
        <translation>多次投诉</translation>
    </message>
    <message>
        <source>Ordinary card</source>
        <translation>普通卡</translation>
    </message>
    <message>
        <source>Silver card</source>
        <translation>银卡</translation>
    </message>
    <message>
        <source>Gold card</source>
        <translation>金卡</translation>
    </message>
    <message>
        <source>Platinum card</source>
        <translation>白金卡</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Confirmed with the department</source>
        <translation>已与部门确认</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>已改期</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未履约</translation>
    </message>
    <message>
        <source>Answer the inquiry</source>
        <translation>答复咨询</translation>
    </message>
    <message>
        <source>Judge: founded</source>
        <translation>判断：投诉成立</translation>
    </message>
    <message>
        <source>Judge: not founded (explain)</source>
        <translation>判断：投诉不成立（解释说明）</translation>
    </message>
    <message>
        <source>Refuse unreasonable demand</source>
        <translation>拒绝无理要求</translation>
    </message>
    <message>
        <source>Start investigation</source>
        <translation>展开调查</translation>
    </message>
    <message>
        <source>Record cause</source>
        <translation>记录原因</translation>
    </message>
    <message>
        <source>Propose resolution</source>
        <translation>提出处理方案</translation>
    </message>
    <message>
        <source>Ask supervisor&apos;s approval</source>
        <translation>提交主管审批</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Decline approval</source>
        <translation>不批准</translation>
    </message>
    <message>
        <source>Customer agrees</source>
        <translation>顾客同意</translation>
    </message>
    <message>
        <source>Customer refuses the resolution</source>
        <translation>顾客不接受处理方案</translation>
    </message>
    <message>
        <source>Mark carried out</source>
        <translation>标记为已实施</translation>
    </message>
    <message>
        <source>Hand over to callback</source>
        <translation>转入回访</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Reopen (repeat complaint)</source>
        <translation>重新打开（二次投诉）</translation>
    </message>
    <message>
        <source>Pause the clock</source>
        <translation>暂停计时</translation>
    </message>
    <message>
        <source>Resume the clock</source>
        <translation>恢复计时</translation>
    </message>
    <message>
        <source>Assign / transfer</source>
        <translation>分派/转派</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>Linked as repeat complaint</source>
        <translation>关联为重复投诉</translation>
    </message>
    <message>
        <source>Customer informed</source>
        <translation>已告知顾客</translation>
    </message>
    <message>
        <source>Reply given to the customer</source>
        <translation>已答复顾客</translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation>已添加附件</translation>
    </message>
    <message>
        <source>Supervisor alerted</source>
        <translation>已通知客服主管</translation>
    </message>
    <message>
        <source>Alert acknowledged</source>
        <translation>主管已确认</translation>
    </message>
    <message>
        <source>Department asked</source>
        <translation>已转责任部门</translation>
    </message>
    <message>
        <source>Department answered</source>
        <translation>责任部门已答复</translation>
    </message>
    <message>
        <source>Late answer logged as incident</source>
        <translation>答复超时，已记入违规事件</translation>
    </message>
    <message>
        <source>Resolution changed</source>
        <translation>处理方案已修改</translation>
    </message>
    <message>
        <source>Remedy added</source>
        <translation>增加处理方式</translation>
    </message>
    <message>
        <source>Remedy changed</source>
        <translation>修改处理方式</translation>
    </message>
    <message>
        <source>Remedy removed</source>
        <translation>删除处理方式</translation>
    </message>
    <message>
        <source>Approval voided by the change</source>
        <translation>审批因方案修改失效</translation>
    </message>
    <message>
        <source>Approved by supervisor (PIN)</source>
        <translation>主管现场审批（密码确认）</translation>
    </message>
    <message>
        <source>Reviewed by supervisor</source>
        <translation>主管已事后审核</translation>
    </message>
    <message>
        <source>Slip issued</source>
        <translation>出具确认单</translation>
    </message>
    <message>
        <source>Slip printed</source>
        <translation>打印确认单</translation>
    </message>
    <message>
        <source>Slip reprinted</source>
        <translation>补打确认单</translation>
    </message>
    <message>
        <source>Slip signed by the customer</source>
        <translation>顾客已签字确认</translation>
    </message>
    <message>
        <source>Customer refused to sign</source>
        <translation>顾客拒绝签字</translation>
    </message>
    <message>
        <source>Reply letter issued</source>
        <translation>已出具答复函</translation>
    </message>
    <message>
        <source>No reply letter (supervisor&apos;s note)</source>
        <translation>不发答复函（主管说明）</translation>
    </message>
    <message>
        <source>Callback scheduled</source>
        <translation>已安排回访</translation>
    </message>
    <message>
        <source>Callback recorded</source>
        <translation>已记录回访</translation>
    </message>
    <message>
        <source>Callback cancelled</source>
        <translation>已取消回访</translation>
    </message>
    <message>
        <source>Appointment booked</source>
        <translation>预约已登记</translation>
    </message>
    <message>
        <source>Appointment confirmed with the department</source>
        <translation>预约已与部门确认</translation>
    </message>
    <message>
        <source>Appointment moved</source>
        <translation>预约已改期</translation>
    </message>
    <message>
        <source>Appointment kept</source>
        <translation>预约已履约</translation>
    </message>
    <message>
        <source>Appointment missed</source>
        <translation>预约未履约</translation>
    </message>
    <message>
        <source>Appointment cancelled</source>
        <translation>预约已取消</translation>
    </message>
    <message>
        <source>Missed appointment made a complaint</source>
        <translation>未履约的预约已转为投诉</translation>
    </message>
    <message>
        <source>Registered from a missed appointment</source>
        <translation>由未履约的预约登记</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Level 1: told to our staff</source>
        <translation>一级：向本店员工反映</translation>
    </message>
    <message>
        <source>Level 2: told to others</source>
        <translation>二级：向他人传播</translation>
    </message>
    <message>
        <source>Level 3: third party (media, consumer association, authorities)</source>
        <translation>三级：诉诸第三方（媒体、消协、执法部门）</translation>
    </message>
</context>
<context>
    <name>WorklistModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>承诺答复时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>已过时间</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>overdue {m} min</source>
        <translation>已超时 {m} 分钟</translation>
    </message>
    <message>
        <source>overdue {h} h {m} min</source>
        <translation>已超时 {h} 小时 {m} 分</translation>
    </message>
    <message>
        <source>overdue {d} d {h} h</source>
        <translation>已超时 {d} 天 {h} 小时</translation>
    </message>
    <message>
        <source>{m} min left</source>
        <translation>剩 {m} 分钟</translation>
    </message>
    <message>
        <source>{h} h {m} min left</source>
        <translation>剩 {h} 小时 {m} 分</translation>
    </message>
    <message>
        <source>{d} d {h} h left</source>
        <translation>剩 {d} 天 {h} 小时</translation>
    </message>
    <message>
        <source>The clock is paused; {left} left when it resumes.</source>
        <translation>计时已暂停；恢复后还剩 {left}。</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} 分钟</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} 小时 {m} 分</translation>
    </message>
    <message>
        <source>{d} d {h} h</source>
        <translation>{d} 天 {h} 小时</translation>
    </message>
</context>
<context>
    <name>WorklistPanel</name>
    <message>
        <source>Open</source>
        <translation>未结案</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>我的(&amp;M)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>全部期限</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Search: number, phone or its last 4 digits, name, words (Ctrl+F)</source>
        <translation>搜索：编号、电话或尾号4位、姓名、关键词（Ctrl+F）</translation>
    </message>
    <message>
        <source>A search looks through all complaints; Esc ends the search.</source>
        <translation>搜索范围是全部投诉；按 Esc 结束搜索。</translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>正在搜索……</translation>
    </message>
    <message>
        <source>{count}+ found</source>
        <translation>找到 {count}+ 条</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>找到 %n 条</numerusform>
        </translation>
    </message>
</context>
</TS>
