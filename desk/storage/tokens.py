"""Turn free text into search tokens: the database indexes these, not raw text.

Chinese has no spaces, so every Chinese character and every pair of neighbouring
characters becomes a token; so do the other scripts written without spaces between
words (Japanese kana, Korean hangul, Thai, Lao, Khmer, Myanmar). Every other script
the customers may write (Latin, Cyrillic, Greek, Arabic, Hebrew, ...) forms words of
its letters and digits. A query of one or two unspaced characters is then one exact
token, and a longer query is the AND of its pairs (candidates are checked against the
real text, see desk.complaints.search).

Accents and vowel marks do not separate what the clerk types from what is stored:
café and cafe, مُحَمَّد and محمد, Ёлка and елка are the same words. Japanese voicing
marks stay (が is not か).
"""

import re
import sys
import unicodedata

_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_UNSPACED = (
    _HAN
    + r"\u3040-\u309f\u30a0-\u30ff\u31f0-\u31ff"  # hiragana, katakana
    + r"\u1100-\u11ff\u3130-\u318f\uac00-\ud7af"  # hangul jamo and syllables
    + r"\u0e00-\u0e7f\u0e80-\u0eff\u1780-\u17ff\u1000-\u109f"  # Thai, Lao, Khmer, Myanmar
)
# A run of unspaced characters, or a word: letters and digits of any other script.
_RUN = re.compile(rf"[{_UNSPACED}]+|[^\W_{_UNSPACED}]+")
_IS_UNSPACED = re.compile(rf"[{_UNSPACED}]")
_KEEP_MARKS = {"\u3099", "\u309a"}  # kana voicing: part of the letter, not an accent


def _nonspacing_marks() -> re.Pattern:
    """Accents and vowel marks of the basic plane as one character class (built once)."""
    ranges, start = [], None
    for code in range(sys.maxunicode if sys.maxunicode < 0x10000 else 0x10000):
        char = chr(code)
        mark = unicodedata.category(char) == "Mn" and char not in _KEEP_MARKS
        if mark and start is None:
            start = code
        elif not mark and start is not None:
            ranges.append((start, code - 1))
            start = None
    return re.compile("[" + "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges) + "]")


_MARKS = _nonspacing_marks()


def normalize(text: str) -> str:
    """Full-width to half-width, lower case, accents off: ＫＦＲ３５ meets kfr35."""
    text = unicodedata.normalize("NFKC", text or "").lower()
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    if not _MARKS.search(decomposed):  # Chinese, mostly: nothing to take off
        return text
    return unicodedata.normalize("NFKC", _MARKS.sub("", decomposed))


def _run_tokens(run: str) -> list[str]:
    if not _IS_UNSPACED.match(run):
        return [run]
    tokens = list(run)
    tokens.extend(run[i : i + 2] for i in range(len(run) - 1))
    return tokens


def index_tokens(*texts: str) -> list[str]:
    """Distinct tokens of the texts, in first-seen order."""
    seen: dict[str, None] = {}
    for text in texts:
        for run in _RUN.findall(normalize(text)):
            for token in _run_tokens(run):
                seen.setdefault(token, None)
    return list(seen)


def query_tokens(query: str) -> list[str]:
    """Tokens that every matching text must contain.

    One or two unspaced characters are a single token; longer runs become their pairs.
    """
    needed: dict[str, None] = {}
    for run in _RUN.findall(normalize(query)):
        if _IS_UNSPACED.match(run) and len(run) > 2:
            for i in range(len(run) - 1):
                needed.setdefault(run[i : i + 2], None)
        else:
            needed.setdefault(run, None)
    return list(needed)


def needs_verification(query: str) -> bool:
    """Whether the token AND can give false hits (an unspaced run of 3+ characters)."""
    return any(_IS_UNSPACED.match(run) and len(run) > 2
               for run in _RUN.findall(normalize(query)))
