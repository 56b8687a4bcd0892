"""The two ways Vietnamese places a tone mark, read as one when matching names.

In an open syllable ending in `oa`, `oe` or `uy` the mark goes on the first vowel in one
convention (`hóa`, `Thủy`, `ma túy`) and on the second in the other (`hoá`, `Thuỷ`, `ma tuý`);
both are in daily use, often within one province. The text itself is left as written (its
subjects and titles are quoted as they are); names are compared in the first convention.
"""
from __future__ import annotations

import re
import unicodedata

_TONES = "\u0301\u0300\u0309\u0303\u0323"      # sắc, huyền, hỏi, ngã, nặng
_PAIRS = [(a, b) for first, second in (("o", "a"), ("o", "e"), ("u", "y"))
          for a in (first, first.upper()) for b in (second, second.upper())]
_SECOND = {a + unicodedata.normalize("NFC", b + t): unicodedata.normalize("NFC", a + t) + b
           for a, b in _PAIRS for t in _TONES}
_FIRST = {v: k for k, v in _SECOND.items()}
# not after `q` (`quý`, `Quỳ`: `qu` is a consonant) and only at the end of a syllable (`hoàng` is right)
_SECOND_MARKED = re.compile(rf"(?<![qQ])(?:{'|'.join(_SECOND)})(?!\w)")
_FIRST_MARKED = re.compile(rf"(?<![qQ])(?:{'|'.join(_FIRST)})(?!\w)")


def tone_on_first(text: str) -> str:
    """`Thuỷ Nguyên`, `hoá`, `UỶ BAN` -> `Thủy Nguyên`, `hóa`, `ỦY BAN`: a key for comparing names."""
    return _SECOND_MARKED.sub(lambda m: _SECOND[m.group()], text)


def either_tone(pattern: str) -> str:
    """A regular expression (of escaped names) that matches a name in either convention."""
    return _FIRST_MARKED.sub(lambda m: f"(?:{m.group()}|{_FIRST[m.group()]})", tone_on_first(pattern))
