"""The callback summary report (《回访总结报告》), read back from the PDF: counts by outcome
and method, the satisfaction rate over the customers reached, the mean score, and the
complaints reopened by a dissatisfied customer."""

import datetime

from desk.callbacks import calls as callbacks
from desk.complaints import sheet_data as documents
from desk.models import now
from desk.printing import callback_summary_report
from desk.ui import labels
from tests.complaints.test_lifecycle import Desk
from tests.pdf_tools import pdf_fonts, pdf_text


def recorded(store):
    desk = Desk(store)
    outcomes = (("satisfied", "phone", 5, ""), ("basically_satisfied", "sms", 4, ""),
                ("dissatisfied", "phone", 2, "新机器还是有噪音"), ("unreachable", "phone", None, ""))
    complaints = []
    for outcome, method, score, notes in outcomes:
        c = desk.reach("complaint", "carried_out")
        (info,) = callbacks.callbacks_of(c.id)
        callbacks.record(info.id, info.version, store.clerk, store.desk, method=method,
                         outcome=outcome, score=score, notes=notes)
        complaints.append(c)
    return complaints


def test_the_summary_counts_outcomes_methods_satisfaction_and_lists_the_reopened(store):
    complaints = recorded(store)
    start = datetime.datetime.combine(now().date(), datetime.time())
    end = start + datetime.timedelta(days=1)
    summary = callbacks.summary(start, end)
    pdf = callback_summary_report.build(documents.store_header(), start, end, summary, labels)
    text = pdf_text(pdf)
    lines = {" ".join(line.split()) for line in text.splitlines()}
    assert "Callback Summary Report" in text
    assert f"Period: {start:%Y-%m-%d} to {start:%Y-%m-%d}" in text
    assert "Callbacks recorded 4" in lines and "Customers reached 3" in lines
    assert "Satisfaction rate (satisfied + basically satisfied) / reached 66.7%" in lines
    assert "Mean score (1-5) 3.67" in lines
    assert "Made within the callback window 4 of 4 (100.0%)" in lines
    for line in ("Satisfied 1 25.0%", "Basically satisfied 1 25.0%", "Dissatisfied 1 25.0%",
                 "Unreachable 1 25.0%", "Rescheduled 0 0.0%", "Phone 3 75.0%", "SMS 1 25.0%",
                 "Visit 0 0.0%"):
        assert line in lines, line
    reopened = complaints[2]
    assert reopened.number in text and "新机器还是有噪音" in text
    assert all(c.number not in text for c in complaints[:2] + complaints[3:])
    assert all(f["emb"] == "yes" for f in pdf_fonts(pdf))


def test_an_empty_period_has_no_rate_and_nothing_reopened(store):
    start = datetime.datetime(2027, 1, 1)
    end = datetime.datetime(2027, 2, 1)
    pdf = callback_summary_report.build(documents.store_header(), start, end,
                                        callbacks.summary(start, end), labels)
    lines = {" ".join(line.split()) for line in pdf_text(pdf).splitlines()}
    assert any(line.startswith("Period: 2027-01-01 to 2027-01-31 ·") for line in lines)
    assert "Callbacks recorded 0" in lines and "Mean score (1-5) —" in lines
    assert "None." in lines
