"""Whether an article's prose is English, and if not, the language it seems to be in.

Job: numcheck reads English only; `other_language` names the language of a text that is
surely not English, so that the command line can say so instead of passing it in silence.
The guess is CLD2's (pycld2, Google's Compact Language Detector 2, whose tables ship inside
the package), made on the words of the prose that do not open with a capital letter: names
are what make a short English paragraph look Spanish or Portuguese ("São Paulo Mayor Ricardo
Nunes met Luiz Inácio Lula da Silva in Brasília"), and every language writes plenty of
words without one (scripts without capitals keep all their words). A language is named only
when there is text enough (`MINIMUM_BYTES` of such words), CLD2 calls its guess reliable and
finds at least `MINIMUM_PERCENT` of the text in that one language.

Limits: pure; reads the first `SAMPLE` characters of the prose. Never raises: a text CLD2
cannot read is taken for English.
"""

from __future__ import annotations

import regex as re

SAMPLE = 20_000  # characters of prose read
MINIMUM_BYTES = 100  # UTF-8 bytes of words without a capital: about 20 words of a Latin script
MINIMUM_PERCENT = 60  # of the text in the one language guessed
_WORD = re.compile(r"\p{L}[\p{L}\p{M}'’-]*")
_NAMES = {"ChineseT": "Chinese (traditional characters)"}


def other_language(prose: str) -> str:
    """The name of the language `prose` seems to be in ("Spanish") when it is surely not
    English; '' when it is English, too short to tell, or not surely any one language."""
    words = " ".join(w for w in _WORD.findall(prose, 0, SAMPLE) if not w[0].isupper())
    if len(words.encode("utf-8", "replace")) < MINIMUM_BYTES:
        return ""
    import pycld2

    try:
        reliable, _, details = pycld2.detect(words)[:3]
    except (pycld2.error, ValueError):  # text CLD2 cannot take (a lone surrogate)
        return ""
    name, code, percent, _ = details[0]
    if not reliable or code in ("en", "un") or percent < MINIMUM_PERCENT:
        return ""
    return _plain(name)


def _plain(name: str) -> str:
    """CLD2's name of a language in words: 'SPANISH' is Spanish, 'X_Cyrillic' (a script it
    cannot narrow down) is 'a language written in Cyrillic'."""
    if name.startswith("X_"):
        return f"a language written in {name[2:].replace('_', ' ')}"
    return _NAMES.get(name, name.replace("_", " ").capitalize() if name.isupper() else name)
