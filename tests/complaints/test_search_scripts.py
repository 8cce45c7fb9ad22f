"""The search box finds names and accounts in every script a customer may write
(issue 15): stored intact, indexed, found by a word or part of a word, on both databases."""

import pytest

from desk.complaints import editing, registration
from tests.complaints.test_registration import make_input
from tests.helpers import all_search_ids

WRITTEN = {
    "arabic": ("مُحَمَّد عبد الله", "الثلاجة لا تعمل منذ يومين", ["محمد", "الثلاجة", "تعمل"]),
    "cyrillic": ("Андрей Ёлкин", "Холодильник не работает второй день", ["андрей", "ЁЛКИН",
                                                                          "холодильник"]),
    "korean": ("김민준", "냉장고가 작동하지 않습니다", ["민준", "김민준", "냉장고"]),
    "kana": ("さとう はなこ", "テレビが壊れました", ["さとう", "テレビ", "壊れ"]),
}


@pytest.mark.parametrize("script", sorted(WRITTEN))
def test_a_complaint_written_in_another_script_is_found_by_its_words(store, script):
    name, account, queries = WRITTEN[script]
    other = registration.register(make_input(), store.clerk, store.desk)
    written = registration.register(make_input(complainant_name=name, account=account),
                                    store.clerk, store.desk)
    assert written.complainant_name == name and written.account == account  # intact
    for query in queries:
        assert all_search_ids(query) == {written.id}, query
    assert other.id in all_search_ids("空调")


def test_an_edited_account_in_another_script_is_found_by_its_new_words_only(store):
    c = registration.register(make_input(account="Холодильник шумит"), store.clerk, store.desk)
    editing.update_complaint(c.id, c.version, {"account": "Телевизор не включается"},
                             store.clerk, store.desk)
    assert all_search_ids("телевизор") == {c.id}
    assert all_search_ids("холодильник") == set()
