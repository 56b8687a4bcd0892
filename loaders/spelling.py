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


# Words glued by a web copy that lost its line breaks or a PDF's text layer that lost its spaces
# (`Hội đồngnhân dân`, `Sở Kế hoạchvà Đầu tư`, `theoQuyết định`, `BANHÀNH`): a syllable has one
# run of vowels, so two runs parted by consonants in a word with a Vietnamese letter are two
# syllables or more, cut where each piece is a syllable and the cut is the only one
_VOWELS = "".join(unicodedata.normalize("NFC", v + t) for v in "aăâeêioôơuưy" for t in ("", *_TONES))
_VOWELS += _VOWELS.upper()
_CONSONANTS = "bcdđghklmnpqrstvxBCDĐGHKLMNPQRSTVX"
_VIETNAMESE = "".join(set(_VOWELS + "đĐ") - set("aeiouyAEIOUY"))
_GLUED = re.compile(rf"[{_VOWELS}][{_CONSONANTS}]+[{_VOWELS}]")      # (searched first: fast where none is)
_WORD = re.compile(rf"(?<![\w-])(?=[{_VOWELS}{_CONSONANTS}]*[{_VIETNAMESE}])[{_VOWELS}{_CONSONANTS}]*"
                   rf"[{_VOWELS}][{_CONSONANTS}]+[{_VOWELS}][{_VOWELS}{_CONSONANTS}]*(?![\w-])")
_SYLLABLE = re.compile(rf"(?i:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?[{_VOWELS}]{{1,3}}"
                       rf"(?i:ch|ng|nh|[cmnpt])?")
_TONE_MARKS = re.compile(f"[{_TONES}]")


# a range of years whose dash a PDF's text layer dropped (`giai đoạn 20112020`)
_YEARS = re.compile(r"(?<!\d)((?:19|20)\d\d)((?:19|20)\d\d)(?!\d)")


def unglued(text: str) -> str:
    """`Kế hoạchvà Đầu tư` -> `Kế hoạch và Đầu tư`, `20112020` -> `2011-2020`; a word with no single
    cut (`thanhân`) stays."""
    if _GLUED.search(text):
        text = _WORD.sub(_cut, text)
    return _YEARS.sub(_range, text) if _EIGHT_DIGITS.search(text) else text


_EIGHT_DIGITS = re.compile(r"\d{8}")


def _range(m: re.Match) -> str:
    first, last = int(m.group(1)), int(m.group(2))
    return f"{first}-{last}" if 0 < last - first <= 50 else m.group()


# loanwords written as one word (`panô` of a banner), not glued
_LOANWORDS = frozenset(("panô", "ôtô", "bêtông", "karaôkê", "xêmina", "catalô", "côngtenơ", "rađa", "pianô", "xêri"))


def _cut(m: re.Match) -> str:
    if m.group().lower() in _LOANWORDS:
        return m.group()
    ways = _cuts(m.group())
    if len(ways) > 1:       # `BANH|ÀNH` or `BAN|HÀNH`: a syllable opens with a consonant
        ways = [w for w in ways if all(part[0] in _CONSONANTS for part in w[1:])]
    return " ".join(ways[0]) if len(ways) == 1 else m.group()


def _cuts(word: str, depth: int = 0) -> list[list[str]]:
    if _is_syllable(word):
        return [[word]]
    if depth == 2:
        return []
    return [[word[:i], *rest] for i in range(1, len(word)) if _is_syllable(word[:i])
            for rest in _cuts(word[i:], depth + 1)]


def _is_syllable(part: str) -> bool:
    return (_SYLLABLE.fullmatch(part) is not None and (part.islower() or part.isupper() or part.istitle())
            and len(_TONE_MARKS.findall(unicodedata.normalize("NFD", part))) <= 1)
