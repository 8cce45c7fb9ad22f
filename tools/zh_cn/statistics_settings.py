"""Chinese for the Statistics page of Store rules (lead)."""

ZH_CN = {
    "A &hot spot is": "热点：(&H)",
    " complaints": " 件投诉",
    "&within": "发生在(&W)",
    "A &repeat complaint follows one within": "重复投诉：前一次投诉后(&R)",
    "Hot spots: complaints about the same product model, or with the same cause at one department. Repeat complaints: the same customer, the same category or product model.":
        "热点：同一商品型号的投诉，或同一部门同一原因的投诉。重复投诉：同一顾客、同一类别或同一商品型号。",
}
CONTEXT_ZH_CN = {
    ("StatisticsSettingsPage", "Statistics"): "统计",
    ("StatisticsSettingsPage", " days"): " 天内",
}
