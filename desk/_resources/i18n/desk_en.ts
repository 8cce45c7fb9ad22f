<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActionDialog</name>
    <message>
        <source>What was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xplanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised &amp;answer by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible &amp;department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assi&amp;gned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence (attachments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waiting for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible &amp;person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No further input is needed. Go ahead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded what is saved now. Check your entry and confirm again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertsBar</name>
    <message>
        <source>Show…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n escalated complaint(s) wait for a supervisor: level 3 or media involved.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertsDialog</name>
    <message>
        <source>Escalations waiting for a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 3 complaints and complaints with media involved reach every supervisor at once. They stay here until a supervisor acknowledges them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No escalation waits for a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor can acknowledge an escalation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged: {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level {level}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Appointments: {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} {number}: {account}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who confirmed, what happened, why it is cancelled or moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remar&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed &amp;with the department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept (do&amp;ne)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mo&amp;ve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&amp;cel appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a com&amp;plaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the missed appointment as a complaint, with the inquiry&apos;s facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;int note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments of this inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the department comes: street, building, unit, room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the receipt, the warranty card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the customer is away that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to &amp;bring:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason for the move:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book a new one instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {slot} to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked: {slot}. Give the customer the note (Show note / Print note).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to {slot}. Give the customer the new note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed with the department: {slot}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as kept: {slot}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as missed: {slot}. Make a complaint of it if the customer wishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: {slot}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint {number} registered from the missed appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another desk changed this appointment meanwhile: it now reads {slot} ({state}). Your typing is kept: check and save again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentNote</name>
    <message>
        <source>Appointment Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment no. {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry no. {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please have ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This replaces the appointment {slot}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO LONGER VALID: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To change or cancel the appointment, please call {phone} at least one day before and give the appointment number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To change or cancel the appointment, please contact our customer service desk at least one day before and give the appointment number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued {time} by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tel. {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentNotices</name>
    <message>
        <source>Appointments to confirm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentReminder</name>
    <message>
        <source>{names} …</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) tomorrow not yet confirmed with the department: {names} (Ctrl+Shift+Y: tomorrow&apos;s appointments)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm with {department}: {customer}, tomorrow {start}–{end} ({number}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Appointments</name>
    <message>
        <source>{department} {day} {start}–{end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment of inquiry {number} was missed: {department} was to come on {day} between {start} and {end} to {address}. What happened: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inquiry: {account}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the missed appointment of {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentsMenu</name>
    <message>
        <source>A&amp;ppointments of this inquiry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tomorrow&apos;s appointments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an inquiry in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentsTab</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments… (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments are booked for inquiries (delivery, installation, repair).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointment yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalsQueue</name>
    <message>
        <source>Approvals queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remedies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note, or the reason for declining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note / reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Please give the reason for declining.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <source>Assign customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers nobody holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebalance all customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customers of a clerk who leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of them VIP / sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leaving clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out a proposal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{moved} customers would move. Nothing is written until you apply; each one&apos;s first contact falls due a week after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} customers stay unassigned: no clerk has room left (capacity).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the assignment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} customers assigned.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files to the complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackDayList</name>
    <message>
        <source>Callback List for {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} call(s) · printed {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer / phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try {attempt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer&apos;s time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No callbacks are due on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greet, say who you are (the store&apos;s service desk), ask whether the remedy worked, ask for a score from 1 to 5, thank the customer. Type each outcome into the desk the same day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackNotices</name>
    <message>
        <source>Callbacks falling due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackQueue</name>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record… (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print day list (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue {overdue} · Today {today} · Upcoming {upcoming}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackQueueDock</name>
    <message>
        <source>Callback queue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackQueueModel</name>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose / topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{attempt}/{max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached after {tries} tries: on the outbound list of the handover.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackRecord</name>
    <message>
        <source>1. Greet the customer. 2. Say who you are: the service desk of the store. 3. Ask whether the remedy worked. 4. Ask how satisfied they are, from 1 to 5. 5. Thank them for their time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint {number} is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint {number} is reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached after {tries} tries: {customer} is moved to the outbound list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback moved to {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next try (#{attempt}) scheduled at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackRecordDialog</name>
    <message>
        <source>Callback record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction &amp;score (1-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt try at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{customer}&lt;/b&gt; · {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member no. {member}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint {number}: {category} · {product}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done: {remedies}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care call: {topic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt {attempt} of {max} · due {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose how the call went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another desk changed this callback meanwhile. Your entry is kept: check it and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has already recorded this callback: {outcome}. Nothing of yours was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackReminder</name>
    <message>
        <source>{names} …</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n callback(s) due within 15 minutes: {names} (F7: callback queue)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Call {customer} back at {time} ({phone}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackSettingsPage</name>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>00:00 means midnight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback &amp;window after the resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First call &amp;no sooner than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again after (&amp;unreachable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling &amp;hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers&apos; &amp;rest periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls on these &amp;dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call &amp;takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A time the customer asked for always wins over these rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackSummaryDialog</name>
    <message>
        <source>Callback summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackSummaryReport</name>
    <message>
        <source>Callback Summary Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: {start} to {end} · printed {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction rate (satisfied + basically satisfied) / reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean score (1-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made within the callback window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints reopened after a dissatisfied callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{part} of {whole}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbacksMenu</name>
    <message>
        <source>&amp;Callback queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;re callbacks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store &amp;rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback &amp;summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n care callback(s) created.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallbacksTab</name>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule callback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;cord…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel ca&amp;llback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the outbound list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback scheduled for {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the callback to {customer} called off?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareCallbacksDialog</name>
    <message>
        <source>Care callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members who &amp;complained between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spring Festival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store anniversary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the group first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) will get a care callback.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartTexts</name>
    <message>
        <source>Received and closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by {grouping}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassificationModel</name>
    <message>
        <source>{figure}: {now} in this period, {then} in the previous one. Double-click for the complaints.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassificationReport</name>
    <message>
        <source>Complaint Classification Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures in brackets: the previous period, {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows by: {grouping}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the complaints of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed {at} by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Money granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members&apos; complaints without a callback: {numbers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean callback score: {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By remedy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted by clerks on their own authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received and closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by {grouping}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked by (supervisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintActions</name>
    <message>
        <source>{action} (&amp;{key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step is open to you here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While you were working, another desk saved complaint {number}. Nothing of yours has been saved yet, and nothing of theirs is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved now by the other desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you wanted: {action}{inputs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload what is saved now and apply your change again (your entry is kept, you confirm it once more), or discard your change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload and re-apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard my change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactLog</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was &amp;said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationHelp</name>
    <message>
        <source>How to talk with the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen first, let them finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apologise for the trouble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restate the key points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer a remedy you may give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask what they think of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promising lightly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Not my department&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;No&quot;, &quot;don&apos;t know&quot;, &quot;can&apos;t&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. Nothing you typed is lost. Details were written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerRecordDialog</name>
    <message>
        <source>Customer record: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One phone per line; the first is the main one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. weekday evenings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declines callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card &amp;level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred &amp;time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred &amp;method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, first contact {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, first contact due by {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another desk saved this record meanwhile (now: {name}, {phones}). Your text is kept: check it and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{complaints} complaints, {inquiries} inquiries, {callbacks} callbacks, {contacts} contacts; remedies granted in all: ¥{total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersMenu</name>
    <message>
        <source>C&amp;ustomers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cus&amp;tomers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersWindow</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, phone, last 4 digits or member no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mer&amp;ge the two selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE since {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due by {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}{more} customers shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select exactly two records to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge two records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge {other} ({other_phones}) into {keep} ({keep_phones})? The complaints, callbacks and contacts of both are kept under one record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineReminder</name>
    <message>
        <source>{numbers} …</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) fall due within the hour: {numbers}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Complaint {number} ({customer}) falls due at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartmentRequests</name>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As&amp;k the department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nswer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the request selected above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered late: written into the incident log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the request that was answered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartmentsDialog</name>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ctive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hours to answer a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskSettingsDialog</name>
    <message>
        <source>This desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the embedded database on this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. postgresql://desk@server:5432/desk for a store with several desks. The password is never stored here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new database or language applies at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order / receipt no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judgment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{at} · {by}: {old} → {new} ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count}+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} {index}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered as {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked as a repeat of {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} ({note})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 3 or media involved: a supervisor must know at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;ntacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;partments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach&amp;ments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;llbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a complaint in the list to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This complaint no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint could not be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrilldownDialog</name>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to &amp;Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The list could not be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueNotices</name>
    <message>
        <source>Falls due within the hour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EarlierComplaintsModel</name>
    <message>
        <source>{number}  {date}  {category} · {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{head} ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EarlierComplaintsPanel</name>
    <message>
        <source>Type the phone number to see the customer&apos;s earlier complaints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier complaints cannot be read now (database unavailable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Earlier contacts of this customer: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No earlier complaints from this phone number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExcelWords</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook could not be written: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstContactNotices</name>
    <message>
        <source>First contacts with new customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstContactReminder</name>
    <message>
        <source>{names} …</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new customer(s) to contact for the first time: {names}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{text}; %n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{text} (Ctrl+Shift+M: my customers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact overdue since {due}: {name} ({phone}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact due by {due}: {name} ({phone}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Set up this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is new. Name the store and create the first supervisor, who can then add the desk clerks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. S01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor&apos;s staff c&amp;ode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor&apos;s na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN (4 to 8 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try with demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the store&apos;s server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Unfinished complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks due by the end of the next shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow&apos;s appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound list: unreachable after 3 tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers dissatisfied this shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slips printed but not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a supervisor&apos;s approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written replies due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contacts due (new customers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sudden events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsigned slips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge the complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose a resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get the customer&apos;s agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry out the remedy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the customer back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again or visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up (reopened)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting (other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One product model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the reply letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the first contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift Handover Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk on duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline / due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came in by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to hand over: {sections}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {more} more not printed ({total} in all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature of the clerk on duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature of the receiving clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed with PIN by {name} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet confirmed by the receiving clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverAckDialog</name>
    <message>
        <source>Confirm takeover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your staff &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm takeover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This handover is already confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: read the handover, then confirm with your own staff code and PIN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverBar</name>
    <message>
        <source>Confirm takeover…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the handover…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover of the {shift} shift from {from_name} waits for {to_name} to confirm ({count} open items).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{text} %n more handover(s) wait too.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoverComposer</name>
    <message>
        <source>End of shift handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the shift&apos;s data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else the next shift must know: a system fault, a promise made, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk on duty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receiving clerk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click the Note column of any item to add a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the clerk who takes over.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverHistory</name>
    <message>
        <source>Handover history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search notes, complaints, names…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk on duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n handover(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoverMenu</name>
    <message>
        <source>&amp;End of shift handover…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm takeover…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover submitted: it waits for the receiving clerk&apos;s PIN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverView</name>
    <message>
        <source>Shift:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{from_name} → {to_name} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by {name} at {time}; read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for {name} to confirm with their PIN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverViewDialog</name>
    <message>
        <source>Shift handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save sheet as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm takeover…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadOfficeWindow</name>
    <message>
        <source>Head office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office statistics: {n} stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot spots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} {name}: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which store&apos;s complaints?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a store: each store lists its own members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot across {stores}: choose a store to list its complaints.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HotspotFlag</name>
    <message numerus="yes">
        <source>Hot spots: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what}: %n complaint(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HotspotReport</name>
    <message>
        <source>Hot-Spot Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week: {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hot spot: the same product model, or the same cause at one department, complained about {count} times or more within {days} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed {at} by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hot spot this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}. {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} · {count} complaints from {first} to {last} · {customers} customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HotspotView</name>
    <message>
        <source>Hot spots of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot spot / complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule &amp;care callbacks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{what} ({kind}): %n complaint(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No hot spot this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hot spot(s) this week.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Hot-spot care: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A care callback for each of the %n customer(s) of this hot spot, at the first allowed time. Topic:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n care callback(s) scheduled.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentLogReport</name>
    <message>
        <source>Internal Incident Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers given from {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments that answered the service desk&apos;s request later than its deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed {at} by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No late answer in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{d} d {h} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked by (supervisor)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentLogView</name>
    <message>
        <source>Internal incident log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments that answered a request later than their deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log could not be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Entries: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{d} d {h} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{store} — Service desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;taff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;partments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;desk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration &amp;form as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blank registration form as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incident log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Escalations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On duty: {name} ({role}) · Desk: {desk} · {store}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a complaint first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blank-registration-form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the database again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database is lost. Nothing you type is lost; desk reconnects by itself and saves what is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be read from the database: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies the next time desk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Please fill this in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose one of the offered values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid phone number: 11-digit mobile (13912345678) or landline (010-62345678).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an amount: type e.g. 1299.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most two decimals (fen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purchase cannot be after the complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters and digits only, at most 16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff code {code} is already used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capital letters and digits only, at most 8 (e.g. S01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff code or PIN is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked after {max} wrong PINs. A supervisor can unlock the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store is already set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor may do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this record in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database is a file path or a postgresql://user@server:5432/name address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store must keep at least one active supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step is not possible in the complaint&apos;s current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action: {action}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected input for this step: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every complaint ends with a reply: record the reply to the customer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer gets a callback before the complaint is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This complaint came in writing: issue a reply letter (or a supervisor records why none is sent) before it is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remedy is above your authority: a supervisor approves the letter with their code and PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This complaint is closed: reopen it to answer again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a time in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence must be attachments of this complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changes: choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock is already paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock is not paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint is closed; reopen it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another supervisor has already acknowledged this alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request has already been answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer cannot come before the question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A department named {name} already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between {min} and {max} hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of at most {max_mb} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored file {filename} no longer matches its fingerprint (SHA-256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This staff account is not active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above your authority of {limit} yuan: a supervisor must approve this resolution of {total} yuan first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution can only be changed while investigating or proposing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {max} remedies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This remedy carries no amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another supervisor has already reviewed this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A slip is issued once the customer has agreed to the resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a SHA-256 fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip {number} is already signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer refused to sign slip {number}; issue a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature cannot come before the slip was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is the customer&apos;s rest time or outside store hours; choose another time, or tick that the customer asked for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This callback has already been recorded or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score only when the customer was reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end must come after the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write periods as 12:00-14:00, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write dates as 2027-02-06, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk must call on at least one day of the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be reached. Trying again; what you type is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: the database cannot be reached. Your entry is kept and will be saved as soon as the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the database file {where} cannot be written (it is read-only, write-protected or its disk is full). Trying again will not help. Ask the supervisor or the store&apos;s IT person to make the file and its folder writable for this PC&apos;s user (or free the disk); what you typed stays here, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the database server {where} takes no changes now (it is read-only or this desk&apos;s role may not write). Trying again will not help. Ask the store&apos;s IT person to make it writable again; what you typed stays here, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged. Restore the backup of {date} with: {command}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged and there is no backup in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_dump is not installed on this PC: install the PostgreSQL client tools or back up on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PostgreSQL store is restored on the server with pg_restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a readable database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is damaged; choose an older one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a desk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is in use: close desk on this PC (every window), then restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a time of day: type e.g. 08:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shift must end at another time than it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shift overlaps the shift {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over to another clerk, not to yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the clerk on duty who wrote this handover may submit or change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This handover is for another clerk: only the receiving clerk may confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This handover has already been confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This handover has been confirmed and can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phone} is not a valid phone number: 11-digit mobile or landline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {max} phones per customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phone} belongs to the record of {name}. If it is the same person, a supervisor can merge the two records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A level from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 1 customer, or leave it empty for no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active clerk to assign to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clerk of this proposal was deactivated meanwhile. Make a new proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another supervisor changed these customers&apos; clerks meanwhile. Nothing was written: make a new proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are already one record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the two records was merged meanwhile. Search again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This department is not (or no longer) in the store&apos;s list: choose one of the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time window is empty: the end must come after the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the window is before its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lies in the past: an appointment is for today later on or a later day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments are booked for inquiries (delivery, installation, repair).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This appointment is already settled; book a new one if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a missed appointment can be turned into a complaint.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Database password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password. Password for {who}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for {who}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember on this PC (credential store)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinApprovalDialog</name>
    <message>
        <source>Supervisor approves here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resolution of {total}, above the clerk&apos;s authority of {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor&apos;s staff &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>PIN (4-8 digits)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationForm</name>
    <message>
        <source>Complaint registration form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc: close; what you typed is kept as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter (Ctrl+Enter in the account) registers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer and contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile or landline, asked first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product and purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. air conditioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: no receipt is fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order / receipt no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s own account, in key points (Ctrl+Enter registers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: amount, date, what exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media involved (press, TV, social media)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell a supervisor at once: level 3 or media involved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat back to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 3 because the complaint came through {channel}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 3 because the media are involved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} ({date}, {category})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed: the same matter within {days} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the product, the problem and the demand to get the sentence to repeat back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{brand} {product}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{product} ({model})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, let me repeat to be sure I understood:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let me repeat to be sure I understood:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your {product}: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is about your {product}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You would like: {demands}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between demands</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{greeting} {about} {wish} {check}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have I got that right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be saved on this PC: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the form you had not finished ({time}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint could not be saved: the database is busy, locked or cannot be reached. Everything you typed is still here and kept as a draft on this PC. desk tries again every few seconds and saves it as soon as the database answers; if it keeps failing, call the supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered as {number}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationSheet</name>
    <message>
        <source>Customer Complaint Registration Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product (name, brand, model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order / receipt no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s account (key points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat of complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk repeats the key points back to the customer. Level 3 (media, consumer association, authorities) is reported to a supervisor at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyLetter</name>
    <message>
        <source>Dear {name},</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for your complaint of {date} ({channel}). We have looked into it carefully. You told us: {brief}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our investigation found that what you described is true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our investigation found: {explanation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We have considered your demand carefully and cannot accept it: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cause: {cause}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We resolve the matter as follows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}. {kind}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}. {kind}: {text} ({amount} yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In all {amount} yuan ({words}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We sincerely apologise for the trouble this has caused you, and thank you for your trust and for helping us improve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you have any question, please contact our customer service desk: {contact}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyLetterDialog</name>
    <message>
        <source>Reply letter: {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written reply to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint {number}, came in by {channel} on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter &amp;text (edit before issuing):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose the text &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remedy is above your authority: a supervisor approves the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor&apos;s &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No letter (supervisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why no letter is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;no letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved text of {time} was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}, issued {when} by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No letter, {when}, {name}: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet: the complaint cannot be closed without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter {number} issued: print it for the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: no letter is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another desk changed this complaint meanwhile. Your text is kept: check the replies above and issue again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyLetterPaper</name>
    <message>
        <source>Reply to Your Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter no. {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint no. {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT: not issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tel. {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(seal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled by: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature: ______________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPages</name>
    <message>
        <source>Page {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResolutionEditor</name>
    <message>
        <source>¥{amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add remedy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor approves here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution s&amp;lip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written &amp;reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text the customer reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your authority: up to {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above your authority: a supervisor must approve it after saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within your authority. Save to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a supervisor&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above your authority: a supervisor must approve it before the customer agrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within your authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came in writing: the reply letter is issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came in writing: issue a reply letter before closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded what is saved now. Check the remedies and save again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResolutionMenu</name>
    <message>
        <source>&amp;Approvals queue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view of clerks&apos; grants…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResolutionSlip</name>
    <message>
        <source>Resolution Confirmation Slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store&apos;s copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint in brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In words: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand and accept the resolution above; the matter has been settled to my satisfaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year      Month      Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed: the original is on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by (supervisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two parts: the customer keeps the customer&apos;s copy, the service desk files the store&apos;s copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut along this line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewList</name>
    <message>
        <source>Review of clerks&apos; own grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you noticed (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n not yet reviewed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveErrors</name>
    <message>
        <source>Not allowed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleCallbackDialog</name>
    <message>
        <source>Schedule a callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call {customer} back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call {customer} back about complaint {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer asked for this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the call is about (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next allowed time: {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionTables</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to add a note for the next clerk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} ({shown} of {count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>This database holds a real store: the self-check runs only on demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in screen could not be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in as the demo clerk failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo store has no agreed complaint to print a slip for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-check passed: this desk starts, signs in and prints.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftEndPrompt</name>
    <message>
        <source>The {shift} shift ends at {time}. Write the handover: Shift → End of shift handover… (Ctrl+Shift+H).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftSettingsPage</name>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover prompt &amp;before the end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sudden event from this many &amp;complaints:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Switch clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{store} · desk {desk}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk {desk}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type or scan your staff code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Staff code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>The customer signs here with the mouse, a pen or a finger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer signs here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlipDialog</name>
    <message>
        <source>Resolution slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 (both copies on one page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A5 (one page per copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer signs on &amp;screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scan attached (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach s&amp;can…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on p&amp;aper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned slip:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the customer will not sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;refuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution slip {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint {complaint} · total {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused on {at}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on {at}. Printed {n} time(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed {n} time(s); not signed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan could not be read: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has not signed on the pad yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerks grant remedies up to their authority limit; above it a supervisor approves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN for {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffEditor</name>
    <message>
        <source>Edit staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active (may sign in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority limit (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN (4-8 digits)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The database {where} is locked by another program. Close the other desk windows or programs that use it, wait a moment and start desk again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desk may not write to the database {where}. Make sure this user may write the file and its folder, or choose another database with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is not a desk database, or it is damaged. Restore it from a backup (desk restore) or choose another file with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {where} cannot be opened: the file or its folder is missing. Check the path given with --db or $DESK_DB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server {where} cannot be reached. Check that it is running and that this PC is on the network, or ask who set it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {where} cannot be used: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at {path}. Create a new, empty one there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {where} is older than this desk program and this desk may not upgrade it. Ask the store&apos;s IT person to run desk server upgrade on the server, then start desk again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server {where} refused the sign-in. Check the user name and the password: run desk join again, or check the pgpass file or PGPASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filling the database with demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data could not be made: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no store yet: start desk once without --quit-after-start to set it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the store&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection the store&apos;s IT person gave (desk server init prints it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a postgresql:// connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo store: supervisor admin, clerk c01, PIN 1234 for both.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Founded complaints received in the period that were answered on or before their deadline, over the founded complaints received in the period whose answer is decided (answered, or not answered and past the deadline). After a reopening the new answer and deadline count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founded complaints received in the period that were answered after their deadline, or are not answered and past it, over the same complaints as the on-time rate: the two rates add up to 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints received in the period that were transferred to another department or person at least once, over the complaints received in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints received in the period whose customer had made another complaint of the same category or about the same product model in the days before it (a store setting, 30 days by default), over the complaints received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks made in the period in which the customer was satisfied or basically satisfied, over the callbacks made in the period in which the customer was reached. The mean score is over those of them with a score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks made in the period on or before the end of their window (3 days after the resolution was carried out), over the callbacks made in the period that have a window. Every try counts, reached or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members&apos; founded complaints closed in the period whose customer was reached by a callback, over the members&apos; founded complaints closed in the period. The handbook demands 100%; the members missed are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints and inquiries received in the period. Every column counts these, as they stand now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of those received in the period, the ones closed now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of those received in the period, the ones not closed now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of those received in the period, the ones reopened at least once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of those received in the period, the ones transferred at least once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of those received in the period, the written ones (letter, e-mail, consumer association, 12315, media) still open without a written reply of their current round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median hours from receipt to closing of the closed ones, timed to the minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remedy amounts of the founded ones whose customer agreed to the resolution (agreed, carried out, awaiting the callback or closed).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsMenu</name>
    <message>
        <source>&amp;Statistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly &amp;hot spots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport the list to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaints</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsSettingsPage</name>
    <message>
        <source>A &amp;hot spot is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;repeat complaint follows one within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot spots: complaints about the same product model, or with the same cause at one department. Repeat complaints: the same customer, the same category or product model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsWindow</name>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot spots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal incident log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to &amp;Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only your own complaints: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures in brackets: the previous period. Double-click a number for the complaints behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a count for the complaints (or callbacks) behind it; ⓘ says how a rate is worked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;review of clerks&apos; grants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By remedy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted by clerks on their own authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly &amp;hot-spot view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a hot spot for its complaints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the figures shown are those computed before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statistics could not be computed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end}; in brackets the previous period, {before_start} to {before_end}. Computed at {at}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does this mean?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean callback score: {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n member complaint(s) without a callback: the handbook demands 100%. Show them…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total granted: {amount} yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot spots (%n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{figure} — {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members&apos; complaints without a callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statistics-{start}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsWords</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not founded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written reply due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median handling (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money granted (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassignment rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat-complaint rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks made within the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member callback coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same cause at one department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cause} at {place}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreSettingsDialog</name>
    <message>
        <source>Store rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TomorrowDialog</name>
    <message>
        <source>Tomorrow&apos;s appointments ({day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) tomorrow; {open} still to confirm with the department.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry / appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web / app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer association referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12315 hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service attitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair / after-sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price / billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion / gifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed with customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not founded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreasonable demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery / installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer misunderstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 3 complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-site check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided by a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arranged by the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elderly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has gone to the media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complains often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordinary card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silver card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platinum card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed with the department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge: founded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge: not founded (explain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse unreasonable demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask supervisor&apos;s approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer refuses the resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark carried out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over to callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen (repeat complaint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign / transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked as repeat complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply given to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor alerted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late answer logged as incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remedy added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remedy changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remedy removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval voided by the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by supervisor (PIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip reprinted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip signed by the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer refused to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply letter issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply letter (supervisor&apos;s note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment confirmed with the department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed appointment made a complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered from a missed appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 1: told to our staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 2: told to others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 3: third party (media, consumer association, authorities)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorklistModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue {m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue {h} h {m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue {d} d {h} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{h} h {m} min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{d} d {h} h left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock is paused; {left} left when it resumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{d} d {h} h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorklistPanel</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: number, phone or its last 4 digits, name, words (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A search looks through all complaints; Esc ends the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count}+ found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
