"""Chinese for `desk selftest`, the installation's self-check (wheel and bundle)."""

ZH_CN = {
    "This database holds a real store: the self-check runs only on demo data.":
        "此数据库保存的是真实门店的数据：自检只在演示数据上运行。",
    "The sign-in screen could not be shown.": "无法显示登录界面。",
    "Signing in as the demo clerk failed.": "演示客服员登录失败。",
    "The demo store has no agreed complaint to print a slip for.":
        "演示门店没有已达成处理意见的投诉，无法打印确认单。",
    "Self-check passed: this desk starts, signs in and prints.":
        "自检通过：本客服台可以启动、登录和打印。",
}
