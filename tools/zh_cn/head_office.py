"""Chinese for the head office's statistics window (desk head-office)."""

ZH_CN = {
    "Head office": "总部",
    "Head office statistics: {n} stores": "总部统计：{n} 家门店",
    "Whole chain": "全连锁",
    "&Store": "门店(&S)",
    "Stores": "各门店",
    "Store": "门店",
    "{code} {name}: {n}": "{code} {name}：{n} 件",
    "Which store's complaints?": "查看哪家门店的投诉？",
    "Choose a store: each store lists its own members.": "请选择门店：会员名单按门店列出。",
    "Hot across {stores}: choose a store to list its complaints.":
        "跨门店热点（{stores}）：请选择门店查看其投诉。",
}
