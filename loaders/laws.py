"""Laws cited by name (`Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015`): which
law of data/vocab/laws.toml a name, date, year or number means, or a law the file does not know."""
from __future__ import annotations

import re
from functools import lru_cache

from loaders import grammar as g
from loaders.hits import Context, Hit
from loaders.spelling import tone_on_first
from loaders.vocab import vocabulary


def law_hits(clean: str, symbols: list[Hit]) -> list[Hit]:
    """Laws cited by name, known to the vocabulary (`Luật Tổ chức chính quyền địa phương`) or not
    but dated (`Luật Chuyển đổi số ngày 11 tháng 12 năm 2025`), where no number-symbol stands."""
    hits: list[Hit] = []
    taken = [(h.start, h.end) for h in symbols]
    numbers = {h.start: h.label for h in symbols if h.shape == "normative"}
    others = {m.start(): m for m in g.OTHER_LAW.finditer(clean)}
    for m in g.law_names().finditer(clean):
        other = others.get(m.start())
        if other and other.end("law") > m.end("law"):
            continue    # `Luật Quy hoạch đô thị ngày …`: a longer name than the known `Luật Quy hoạch`
        if not any(s < m.end() and m.start() < e for s, e in taken):
            # `Luật Tổ chức chính quyền địa phương số 77/2015/QH13`: the number says which law
            hits.append(_law_hit(clean, m, numbers.get(_NUMBER_AFTER.match(clean, m.end()).end())))
    taken += [(h.start, h.end) for h in hits]
    return hits + [_law_hit(clean, m) for m in others.values()
                   if not any(s < m.end() and m.start() < e for s, e in taken)]


_NUMBER_AFTER = re.compile(r"\s*")     # a symbol's hit starts at its `số`


def _law_hit(clean: str, m: re.Match, number: str | None = None) -> Hit:
    spoken = " ".join(m.group("law").split())
    date = g.iso_date(m)
    laws = _laws_by_name().get(_name_key(spoken), [])
    if number:      # the law of that number, whether or not the vocabulary knows it
        laws = [law for law in laws if law.number == number]
    names = {law.name for law in laws}      # `Hiến pháp`: of 1992 or 2013, as the date decides
    start, name = m.start(), names.pop() if len(names) == 1 else spoken
    amending = g.AMENDING_LAW_BEFORE.search(clean, max(0, start - 80), start)
    if amending:    # an amending law not in the vocabulary: not the law it amends
        laws, start, name = [], amending.start(), f"Luật sửa đổi, bổ sung một số điều của {name}"
    year = m.group("law_year")
    # the cited date; else the day and month when the year is a slip (`Luật Công nghệ thông tin
    # ngày 29/6/2016`: the law of 29/6/2006); else the cited year (`Luật Nhà ở năm 2014`)
    chosen = (_only(laws, lambda law: law.date == date) or _only(laws, lambda law: law.date[4:] == date[4:])
              if date else _only(laws, lambda law: law.date[:4] == year) if year else None)
    doc_type = laws[0].doc_type if laws else "Bộ luật" if name.startswith("Bộ luật") else "Luật"
    hit = Hit(start, m.end(), None, doc_type, ["QH"], "law", name=name)
    hit.date = date
    hit.tail_end = m.end()
    hit.candidates = laws            # resolved against the citing document's date in merge()
    if number and not laws:      # a number the vocabulary does not know
        _numbered(hit, number)
    elif not laws and (date or year):   # a law the vocabulary does not know, of the year cited
        hit.year = int((date or year)[:4])
    elif chosen or number:
        _choose_law(hit, chosen or laws[0])
    return hit


def _choose_law(hit: Hit, law) -> None:
    hit.name = law.name
    if law.number:
        _numbered(hit, law.number)
    else:
        hit.year = int(law.date[:4])


def _numbered(hit: Hit, number: str) -> None:
    hit.label, hit.year = number, int(number.split("/")[1])


def _only(laws: list, test):
    """The one law of those that passes the test, if exactly one does."""
    passing = [law for law in laws if test(law)]
    return passing[0] if len(passing) == 1 else None


@lru_cache(maxsize=1)
def _laws_by_name() -> dict[str, list]:
    by_name: dict[str, list] = {}
    for law in vocabulary().laws:
        for name in g.law_spellings(law):
            by_name.setdefault(_name_key(name), []).append(law)
    return by_name


def _name_key(name: str) -> str:
    return " ".join(tone_on_first(name).replace(",", " ").lower().split())


def resolve_law(hit: Hit, ctx: Context) -> None:
    """A law named without a date: the latest of that name passed by the citing date, or by the
    date of the document in whose description it is named (`Nghị định số 01/2017/NĐ-CP … quy định
    chi tiết thi hành Luật đất đai`: the law of 2013, not the one in force when citing it)."""
    if hit.label or hit.year or not hit.candidates or hit.date is not None:
        return
    outer = hit.nested_in
    cutoff = (outer and (outer.date or (outer.year and f"{outer.year}-12-31"))) or ctx.date or "9999-12-31"
    passed = [law for law in hit.candidates if law.date <= cutoff]
    if not passed:      # every law of that name is later than the citing document: not one of them
        return
    _choose_law(hit, max(passed, key=lambda x: x.date))
