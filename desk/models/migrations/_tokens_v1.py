"""The search tokens as the index was first built (steps 0002 to 0011), frozen.

Step 0002 builds the index with these and step 0012 replaces them where today's
tokens differ: SQLite's contentless index can only forget tokens it is told exactly.
"""

import re
import unicodedata

HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_RUN = re.compile(rf"[{HAN}]+|[0-9a-z]+")
_IS_HAN = re.compile(rf"[{HAN}]")


def v1_tokens(*texts: str) -> list[str]:
    """Chinese characters and their pairs, a-z/0-9 words; everything else was passed over."""
    seen: dict[str, None] = {}
    for text in texts:
        for run in _RUN.findall(unicodedata.normalize("NFKC", text or "").lower()):
            if _IS_HAN.match(run):
                for token in [*run, *(run[i : i + 2] for i in range(len(run) - 1))]:
                    seen.setdefault(token, None)
            else:
                seen.setdefault(run, None)
    return list(seen)
