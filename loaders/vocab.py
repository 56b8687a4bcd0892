"""The project's reference vocabulary, read once from data/vocab/*.toml."""
from __future__ import annotations

import csv
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
VOCAB_DIR = DATA_DIR / "vocab"


def load_data(name: str) -> dict:
    """One file of data/vocab, by its name without `.toml`."""
    with open(VOCAB_DIR / f"{name}.toml", "rb") as fh:
        return tomllib.load(fh)


def load_table(name: str) -> list[dict[str, str]]:
    """One table of data/vocab, by its name without `.csv`: a row per line, as a dict."""
    with open(VOCAB_DIR / f"{name}.csv", newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def fold(text: str) -> str:
    """Upper-case and read Đ as D, and Ư as U (a scan's misreading: `445-KL/TƯ`, `ƯBND`): the key
    under which symbol codes are looked up."""
    return text.upper().replace("Đ", "D").replace("Ư", "U")


_JOINERS = re.compile(r"\s*[-–,&]\s*|\s+và\s+")


def loose(name: str) -> str:
    """A body's name without case and joining words: `Bộ Giáo dục Đào tạo`, `Bộ Giáo dục - Đào tạo`
    and `Bộ Y Tế` are written like `Bộ Giáo dục và Đào tạo` and `Bộ Y tế`."""
    return " ".join(_JOINERS.sub(" ", name.lower()).split())


@dataclass(frozen=True)
class Law:
    name: str
    number: str | None                 # None for a constitution: it has no number
    date: str
    aliases: tuple[str, ...] = ()      # other names texts give it
    doc_type: str = "Luật"


@dataclass(frozen=True)
class Vocabulary:
    type_words: dict[str, str]        # lower-cased spelling -> canonical type word
    type_by_code: dict[str, str]      # folded code -> canonical type word
    code_of_type: dict[str, str]      # canonical type word -> its own code (`Nghị quyết` -> `NQ`)
    codes: dict[str, str]             # upper-cased code -> canonical spelling
    folded_codes: dict[str, str]      # folded code -> canonical spelling (unambiguous only)
    issuer_by_code: dict[str, str]    # canonical code -> central body
    body_aliases: dict[str, str]      # loose alias -> canonical body
    laws: tuple[Law, ...]
    local_bodies: tuple[tuple[str, str], ...]     # (lower-cased, as written), longest first
    body_abbreviations: dict[str, str]     # `MTTQ` -> `Mặt trận Tổ quốc`
    department_abbreviations: dict[str, str]     # `GD&ĐT` -> `Giáo dục và Đào tạo`


@cache
def vocabulary() -> Vocabulary:
    types = load_data("doc_types")["type"]
    issuers = load_data("issuers")
    laws = load_data("laws")["law"]

    type_words: dict[str, str] = {}
    type_by_code: dict[str, str] = {}
    all_codes: list[str] = []
    for entry in types:
        for spelling in [entry["word"], *entry.get("aliases", [])]:
            type_words[spelling.lower()] = entry["word"]
        for code in entry["codes"]:
            type_by_code.setdefault(fold(code), entry["word"])
            all_codes.append(code)
    all_codes += list(issuers["codes"]) + issuers["other_codes"]["local"]

    codes = {c.upper(): c for c in all_codes}
    by_fold: dict[str, set[str]] = {}
    for c in all_codes:
        by_fold.setdefault(fold(c), set()).add(c)
    folded = {k: next(iter(v)) for k, v in by_fold.items() if len(v) == 1}

    aliases = {loose(name): name for name in issuers["codes"].values()}
    for canonical, names in issuers["bodies"].items():
        for name in names:
            aliases[loose(name)] = canonical
    return Vocabulary(
        type_words=type_words,
        type_by_code=type_by_code,
        code_of_type={entry["word"]: entry["codes"][0] for entry in types if entry["codes"]},
        codes=codes,
        folded_codes=folded,
        issuer_by_code=dict(issuers["codes"]),
        body_aliases=aliases,
        laws=tuple(Law(x["name"], x.get("number"), x["date"], tuple(x.get("aliases", ())), x.get("type", "Luật"))
                   for x in laws),
        local_bodies=tuple((n.lower(), n) for n in sorted(issuers["local_bodies"]["names"], key=len, reverse=True)),
        body_abbreviations=dict(issuers["local_bodies"]["abbreviations"]),
        department_abbreviations=dict(issuers["departments"]["abbreviations"]),
    )
