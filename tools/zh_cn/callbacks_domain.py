"""Chinese for the callbacks domain's messages and history entries (issue 5, lead)."""

ZH_CN = {
    "That is the customer's rest time or outside store hours; choose another time, or tick that the customer asked for it.":
        "该时间是顾客休息时间或不在营业时间内；请另选时间，或勾选“顾客要求的时间”。",
    "This callback has already been recorded or cancelled.": "该回访已记录或已取消。",
    "A score only when the customer was reached.": "联系上顾客时才能评分。",
    "Callback scheduled": "已安排回访",
    "Callback recorded": "已记录回访",
    "Callback cancelled": "已取消回访",
}
ZH_CN.update({
    "Cancel ca&llback…": "取消回访(&L)…",
    "Cancel callback": "取消回访",
    "Why is the callback to {customer} called off?": "为什么取消对{customer}的回访？",
    "Callback cancelled.": "回访已取消。",
})
