"""Text typed in the pre-Unicode Vietnamese encodings TCVN3 (ABC, .VnTime fonts) and VNI
(VNI-Times fonts) arrives as Latin-1 look-alikes: "Céng hoµ x· héi" or "Coäng hoøa xaõ hoäi".
Detect it by characters real Vietnamese never uses, and convert with the code charts in
data/vocab/legacy_encodings.toml."""
from __future__ import annotations

import re
import unicodedata
from functools import cache

from loaders.vocab import load_data

_VIETNAMESE = re.compile("[\u1ea0-\u1ef9ăđơưĂĐƠƯ]")
MIN_EVIDENCE = 3       # legacy characters needed (and more of them than Vietnamese letters)


def repair(text: str) -> str:
    """`text` converted to Unicode when it is TCVN3 or VNI; unchanged otherwise."""
    kind = detect(text)
    if kind == "tcvn3":
        return _tcvn3_pattern().sub(lambda m: _tcvn3_map()[m.group()], text)
    if kind == "vni":
        return _vni_pattern().sub(_vni_letter, text)
    return text


def read_8bit(data: bytes) -> str:
    """An 8-bit file's text: TCVN3/VNI glyphs as Windows stored them (Windows-1252 bytes), or
    Windows-1258 (tones as combining marks), whichever reads as more Vietnamese words."""
    as_legacy = repair(data.decode("cp1252", errors="replace"))
    as_1258 = unicodedata.normalize("NFC", data.decode("cp1258", errors="replace"))
    return max((as_1258, as_legacy), key=_common_words)


def _common_words(text: str) -> int:
    return len(_common_pattern().findall(text[:200_000]))


@cache
def _common_pattern() -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + "|".join(_tables()["common_words"]) + r")(?!\w)", re.I)


def detect(text: str) -> str | None:
    sample = text[:200_000]
    tcvn3 = len(_tcvn3_signature().findall(sample))
    vni = len(_vni_signature().findall(sample))
    best, count = max((("tcvn3", tcvn3), ("vni", vni)), key=lambda kv: kv[1])
    if count >= MIN_EVIDENCE and count > len(_VIETNAMESE.findall(sample)):
        return best
    return None


@cache
def _tables() -> dict:
    return load_data("legacy_encodings")


@cache
def _tcvn3_map() -> dict[str, str]:
    t = _tables()["tcvn3"]
    return dict(zip(t["legacy"], t["unicode"]))


@cache
def _tcvn3_pattern() -> re.Pattern:
    return re.compile("[" + re.escape("".join(_tcvn3_map())) + "]")


@cache
def _tcvn3_signature() -> re.Pattern:
    return re.compile("[" + re.escape(_tables()["tcvn3"]["signature"]) + "]")


def _both_cases(table: dict[str, str]) -> dict[str, str]:
    return {**table, **{k.upper(): v.upper() for k, v in table.items()}}


@cache
def _vni() -> tuple[dict, dict, dict]:
    v = _tables()["vni"]
    marks = {**v["marks"], **{k.upper(): c for k, c in v["marks"].items()}}
    return marks, _both_cases(v["bases"]), _both_cases(v["letters"])


@cache
def _vni_pattern() -> re.Pattern:
    marks, bases, letters = _vni()
    cls = lambda chars: "[" + re.escape("".join(chars)) + "]"  # noqa: E731
    return re.compile(f"(?P<base>{cls(bases)})(?P<mark>{cls(marks)})|(?P<letter>{cls(letters)})")


@cache
def _vni_signature() -> re.Pattern:
    """A base vowel followed by a mark no Vietnamese (or TCVN3) word puts after a vowel."""
    marks, bases, _ = _vni()
    odd = "".join(m for m in marks if m.lower() in "øûïäåëüõ")
    return re.compile(f"[{re.escape(''.join(bases))}][{re.escape(odd)}]")


def _vni_letter(m: re.Match) -> str:
    marks, bases, letters = _vni()
    if m.group("letter"):
        return letters[m.group("letter")]
    return unicodedata.normalize("NFC", bases[m.group("base")] + marks[m.group("mark")])
