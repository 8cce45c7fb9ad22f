"""Chinese for the statistics' definitions (desk/statistics/types.py, context Statistics)."""

ZH_CN = {
    'Founded complaints received in the period that were answered on or before their deadline, over the founded complaints received in the period whose answer is decided (answered, or not answered and past the deadline). After a reopening the new answer and deadline count.':
        '本期受理、判定属实的投诉中，在承诺时限内（含时限当时）答复的件数，除以其中答复情况已确定的件数（已答复，或未答复且已超过时限）。投诉重开后，以新一轮的答复和时限为准。',
    'Founded complaints received in the period that were answered after their deadline, or are not answered and past it, over the same complaints as the on-time rate: the two rates add up to 100%.':
        '本期受理、判定属实的投诉中，超过时限才答复或至今未答复且已超时的件数，除以与及时率相同的分母：及时率与延时率之和为100%。',
    'Complaints received in the period that were transferred to another department or person at least once, over the complaints received in the period.':
        '本期受理的投诉中，至少转派过一次（转给其他部门或人员）的件数，除以本期受理的投诉件数。',
    'Complaints received in the period whose customer had made another complaint of the same category or about the same product model in the days before it (a store setting, 30 days by default), over the complaints received.':
        '本期受理的投诉中，同一顾客在此前若干天内（门店设置，默认30天）曾就同一类别或同一商品型号投诉过的件数，除以本期受理的投诉件数。',
    'Callbacks made in the period in which the customer was satisfied or basically satisfied, over the callbacks made in the period in which the customer was reached. The mean score is over those of them with a score.':
        '本期完成的回访中顾客表示满意或基本满意的次数，除以本期联系上顾客的回访次数。平均分按其中有评分的回访计算。',
    'Callbacks made in the period on or before the end of their window (3 days after the resolution was carried out), over the callbacks made in the period that have a window. Every try counts, reached or not.':
        '本期完成的回访中，在回访期限（处理方案实施后3天）截止前完成的次数，除以本期完成且有回访期限的回访次数。每次尝试都计入，无论是否联系上。',
    "Members' founded complaints closed in the period whose customer was reached by a callback, over the members' founded complaints closed in the period. The handbook demands 100%; the members missed are listed.":
        '本期结案、判定属实的会员投诉中，回访联系上顾客的件数，除以本期结案、判定属实的会员投诉件数。手册要求100%；未回访的会员逐一列出。',
    'Complaints and inquiries received in the period. Every column counts these, as they stand now.':
        '本期受理的投诉和咨询。每一列都按这些件数的当前状态统计。',
    'Of those received in the period, the ones closed now.':
        '本期受理的件数中，目前已结案的。',
    'Of those received in the period, the ones not closed now.':
        '本期受理的件数中，目前尚未结案的。',
    'Of those received in the period, the ones reopened at least once.':
        '本期受理的件数中，至少重开过一次的。',
    'Of those received in the period, the ones transferred at least once.':
        '本期受理的件数中，至少转派过一次的。',
    'Median hours from receipt to closing of the closed ones, timed to the minute.':
        '已结案件数从受理到结案所用小时数的中位数，精确到分钟。',
    'Remedy amounts of the founded ones whose customer agreed to the resolution (agreed, carried out, awaiting the callback or closed).':
        '判定属实且顾客已同意处理方案（已同意、已实施、待回访或已结案）的各项补偿金额合计。',
}
