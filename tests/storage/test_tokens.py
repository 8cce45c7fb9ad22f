"""Search tokens: every Chinese character and neighbouring pair, latin words whole."""

from desk.storage import tokens


def test_chinese_text_gives_characters_and_pairs():
    assert tokens.index_tokens("空调闪") == ["空", "调", "闪", "空调", "调闪"]


def test_latin_and_digits_are_words_in_lower_case_and_half_width():
    assert tokens.index_tokens("格力ＫＦＲ-35GW") == ["格", "力", "格力", "kfr", "35gw"]


def test_punctuation_splits_runs():
    assert "调屏" not in tokens.index_tokens("空调，屏幕")


def test_query_of_one_or_two_characters_is_one_token():
    assert tokens.query_tokens("闪") == ["闪"]
    assert tokens.query_tokens("空调") == ["空调"]
    assert not tokens.needs_verification("空调")


def test_longer_query_is_its_pairs_and_needs_checking():
    assert tokens.query_tokens("制冷效果") == ["制冷", "冷效", "效果"]
    assert tokens.needs_verification("制冷效果")


def test_every_query_token_of_a_substring_is_an_index_token():
    text = "顾客反映新买的海尔冰箱KFR-35GW不制冷，送货师傅态度差"
    index = set(tokens.index_tokens(text))
    for size in (1, 2, 3, 5):
        for start in range(len(text) - size):
            part = text[start : start + size]
            if all("\u4e00" <= ch <= "\u9fff" for ch in part):
                assert set(tokens.query_tokens(part)) <= index, part
