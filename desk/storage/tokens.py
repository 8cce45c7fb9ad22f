"""Turn free text into search tokens: the database indexes these, not raw text.

Chinese has no spaces, so every Chinese character and every pair of neighbouring
characters becomes a token; latin letters and digits form words. A query of one or
two characters is then one exact token, and a longer query is the AND of its pairs
(candidates are checked against the real text, see desk.complaints.search).
"""

import re
import unicodedata

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_RUN = re.compile(rf"[{_CJK}]+|[0-9a-z]+")
_IS_CJK = re.compile(rf"[{_CJK}]")


def normalize(text: str) -> str:
    """Full-width to half-width, lower case, so ＫＦＲ３５ and kfr35 meet."""
    return unicodedata.normalize("NFKC", text or "").lower()


def _run_tokens(run: str) -> list[str]:
    if not _IS_CJK.match(run):
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

    One or two Chinese characters are a single token; longer runs become their pairs.
    """
    needed: dict[str, None] = {}
    for run in _RUN.findall(normalize(query)):
        if _IS_CJK.match(run) and len(run) > 2:
            for i in range(len(run) - 1):
                needed.setdefault(run[i : i + 2], None)
        else:
            needed.setdefault(run, None)
    return list(needed)


def needs_verification(query: str) -> bool:
    """Whether the token AND can give false hits (a Chinese run of 3+ characters)."""
    return any(_IS_CJK.match(run) and len(run) > 2 for run in _RUN.findall(normalize(query)))
