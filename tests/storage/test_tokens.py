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


# -- every script the customers may write (issue 15) ----------------------------------

def test_arabic_words_are_found_with_or_without_their_vowel_marks():
    index = tokens.index_tokens("السيد مُحَمَّد عبد الله")
    assert {"السيد", "محمد", "عبد", "الله"} <= set(index)
    assert tokens.query_tokens("محمد") == ["محمد"] and tokens.query_tokens("مُحَمَّد") == ["محمد"]


def test_cyrillic_words_are_words_in_lower_case():
    index = tokens.index_tokens("Андрей Ёлкин: холодильник не работает")
    assert {"андреи", "елкин", "холодильник", "работает"} <= set(index)
    assert set(tokens.query_tokens("ХОЛОДИЛЬНИК")) <= set(index)


def test_korean_is_indexed_like_chinese_so_part_of_a_name_is_found():
    index = set(tokens.index_tokens("김민준 고객님"))
    assert {"김민", "민준", "고객"} <= index
    assert tokens.query_tokens("민준") == ["민준"]
    assert set(tokens.query_tokens("김민준")) <= index and tokens.needs_verification("김민준")


def test_japanese_kana_are_indexed_like_chinese_and_keep_their_voicing():
    index = set(tokens.index_tokens("テレビが壊れた、ｶﾞｽ"))  # half-width katakana too
    assert {"テレ", "レビ", "ビが", "壊れ", "ガス"} <= index
    assert set(tokens.query_tokens("テレビ")) <= index
    assert tokens.query_tokens("が") == ["が"] != tokens.query_tokens("か")


def test_accented_latin_is_one_word_and_meets_its_plain_spelling():
    assert tokens.index_tokens("Café Müller") == ["cafe", "muller"]
    assert tokens.query_tokens("cafe") == tokens.query_tokens("CAFÉ") == ["cafe"]


def test_every_query_token_of_a_substring_is_an_index_token_in_every_script():
    for text in ("김민준 고객님 냉장고", "テレビが壊れたので交換して", "ตู้เย็นเสีย"):
        index = set(tokens.index_tokens(text))
        for size in (1, 2, 3, 4):
            for start in range(len(text) - size):
                part = text[start : start + size]
                if " " not in part:
                    assert set(tokens.query_tokens(part)) <= index, part
