"""Text -> references: every document a text mentions, with its claims and evidence.

Four steps, each a function: find the number-symbols (and laws and congresses' resolutions cited
by name: loaders/laws.py, loaders/congresses.py), read what follows each one (date, issuer here,
subject in loaders/subjects.py), decide its relation to the citing document
(loaders/relations.py), then merge the mentions of one document into one record (loaders/merge.py).
"""
from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import replace
from functools import lru_cache

from loaders import grammar as g
from loaders.congresses import congress_hits
from loaders.hits import Context, Hit
from loaders.issuers import is_state_body
from loaders.laws import law_hits
from loaders.layout import Layout
from loaders.merge import merge
from loaders.read import Text
from loaders.records import Reference
from loaders.relations import paragraph_start
from loaders.subjects import read_subject, row_start
from loaders.vocab import fold, vocabulary



def extract_references(text: Text, layout: Layout, ctx: Context) -> list[Reference]:
    clean = text.clean
    # (not the header's own number: a text layer that runs the header into one line would make the
    # preamble's references part of its clause)
    own = ctx.own_number or (0, 0)
    hits = [h for h in find_hits(clean) if h.start >= layout.start and not own[0] <= h.end - 1 < own[1]]
    title = layout.title or (0, 0)
    for hit in hits:
        in_title = title[0] <= hit.start < title[1]
        # (a title's tail ends with it: a Công văn's `V/v …` line is followed by the motto and the
        # place and date of the letter itself, which a citation's issuer and date would run into;
        # so does a table's cell)
        cell_end = _cell_end(text.cells, clean, hit) if text.cells and not in_title else None
        read_tail(clean, hit, min(title[1] if in_title else len(clean), cell_end or len(clean)))
        if in_title:
            hit.in_title = True
            hit.clause_end = min(hit.clause_end, title[1])     # a title has no full stop
        else:
            hit.clause_end = _next_paragraph(clean, layout, hit.tail_end, hit.clause_end)
        if cell_end is not None:
            _read_in_row(clean, hit, text.cells, cell_end)
    link_nested(clean, hits, layout)
    starts = [h.start for h in hits]
    for hit in hits:
        hit.subject = read_subject(clean, hit, hits, starts)
    share_closing_issuers(clean, hits)
    share_list_leads(clean, hits)
    return merge(text, layout, ctx, hits)


def _next_paragraph(clean: str, layout: Layout, start: int, end: int) -> int:
    """Where, before `end`, the next paragraph begins in capitals after one left without its final
    stop; else `end`. On paragraph lines, at a line's end (a converter's line break inside a
    paragraph goes on in lower case or a number); in a text broken at the page's width, at a blank
    line where blank lines part paragraphs, or after a line that the next word would have fitted
    on (the break was the writer's, not the page's)."""
    if layout.paragraph_lines:
        m = _NEXT_PARAGRAPH.search(clean, start, end)
        return m.start() if m else end
    m = _AFTER_BLANK_LINE.search(clean, start, end) if layout.blank_lines_part else None
    if m:
        return m.start()
    for m in _NEXT_PARAGRAPH.finditer(clean, start, end) if layout.line_width else ():
        line = clean[clean.rfind("\n", 0, m.start()) + 1:m.start()].rstrip()
        word = _WORD.match(clean, m.end())
        if len(line) + 1 + len(word.group()) <= FILLED * layout.line_width:
            return m.start()
    return end


_NEXT_PARAGRAPH = re.compile(rf"\n\s*(?=[{g.UPPER}])")
_AFTER_BLANK_LINE = re.compile(rf"\n[ \t]*\n\s*(?=[{g.UPPER}])")
_WORD = re.compile(r"\S+")
FILLED = 0.8        # of the width: a line ends short of it before a long word (proportional type)


# --- 1. find -------------------------------------------------------------------------------

def find_hits(clean: str) -> list[Hit]:
    hits = []
    for m in g.SYMBOL.finditer(clean):
        hit = symbol_hit(clean, m)
        if hit:
            hits += [*_sharing(clean, m, hit), hit]
    hits += law_hits(clean, hits)
    hits += congress_hits(clean, hits)
    hits.sort(key=lambda h: h.start)
    return hits


def symbol_hit(clean: str, m: re.Match) -> Hit | None:
    before = g.type_word_before(clean, max(0, m.start() - 70), m.start())
    type_word = vocabulary().type_words.get(" ".join(before.word.lower().split())) \
        if before and before.word else None
    num = m.group("num")
    horned = False
    if m.group("ptype"):
        kind_codes = g.canonical_codes(m.group("ptype"))
        codes = g.canonical_codes(m.group("pbody"))
        horned = codes == ["TU"] and "Ư" in m.group("pbody").upper()
        codes = ["TW"] if horned else codes
        label, shape = f"{num}-{'-'.join(kind_codes)}/{'-'.join(codes)}", "party"
    elif m.group("year"):
        codes = g.canonical_codes(m.group("nsym"), typed=True)
        label, shape = f"{num}/{m.group('year')}/{'-'.join(codes)}", "normative"
        kind_codes = codes[:1] if len(codes) > 1 else []
    else:
        codes = g.canonical_codes(m.group("asym"), typed=True)
        if len(codes) < 2 and not before:
            return None     # `12/UBND` alone is too weak without `số` or a type word
        label, shape = f"{num}/{'-'.join(codes)}", "administrative"
        kind_codes = codes[:1] if codes[0] in _type_codes() else []
        codes = codes[1:] if kind_codes else codes
        if len(codes) == 1 and codes[0] in g.PARTY_COMMITTEES and (kind_codes or type_word):
            # `Chỉ thị số 22/CT-TW … của Ban Bí thư`: no State body has a Party committee's code;
            # `Nghị quyết 06/TU` (Hải Dương, 2023): nor does its type's code go without saying
            kind = kind_codes[0] if kind_codes else vocabulary().code_of_type.get(type_word)
            if kind:
                label, shape, kind_codes = f"{num}-{kind}/{codes[0]}", "party", [kind]
    doc_type = type_word or _type_from_codes(kind_codes, codes, shape)
    year = int(m.group("year")) if m.group("year") else None
    start = before.start if before else m.start()
    return Hit(start, m.end(), label, doc_type, codes, shape, year, horned=horned)


# the numbers before a number-symbol that share its symbol: `Nghị quyết số 26, 27-NQ/TW`, `các
# Quyết định số 12 và 13/QĐ-UBND`
_SHARED_NUMBERS = re.compile(r"(?<!\S)\d{1,5}[a-z]?(?:\s*(?:,|và|&)\s*\d{1,5}[a-z]?)*\s*(?:,|và|&)\s*\Z")
_NUMBER = re.compile(r"\d{1,5}[a-z]?")


def _sharing(clean: str, m: re.Match, hit: Hit) -> list[Hit]:
    """A hit for each number that shares the symbol of `hit` (read at match m), when `số` or a type
    word stands before the first of them."""
    start = max(0, m.start() - 40)
    if not clean[start:m.start()].rstrip().endswith((",", "và", "&")):
        return []
    numbers = _SHARED_NUMBERS.search(clean, start, m.start())
    before = numbers and g.type_word_before(clean, max(0, numbers.start() - 70), numbers.start())
    if not before:
        return []
    suffix = hit.label[len(m.group("num")):]
    return [replace(hit, start=before.start if i == 0 else n.start(), end=n.end(), label=n.group() + suffix)
            for i, n in enumerate(_NUMBER.finditer(clean, numbers.start(), numbers.end()))]


@lru_cache(maxsize=1)
def _type_codes() -> frozenset[str]:
    """Canonical codes that name a document type (`KH`, `QĐ`, `CTr`), as opposed to a body."""
    vocab = vocabulary()
    return frozenset(c for c in vocab.codes.values() if fold(c) in vocab.type_by_code)


def _type_from_codes(kind_codes: list[str], codes: list[str], shape: str) -> str | None:
    by_code = vocabulary().type_by_code
    if kind_codes:
        return by_code.get(fold(kind_codes[0]))
    if shape == "normative" and codes and codes[0].startswith("QH"):
        return "Luật"
    if shape == "administrative":
        return "Công văn"    # a Công văn carries no type code: 5973/UBND-KT
    return None


def canonical_label(text: str) -> str | None:
    """`33/ct-ttg`, `04/2015/ND-CP`, `114 - KL/TW` -> the label as the graph writes it."""
    clean = " ".join(text.translate({0x2013: "-", 0x2014: "-", 0xD0: "Đ"}).split())
    upper = re.sub(r"^(\d+)([A-Z])(?=\s*/)", lambda m: m[1] + m[2].lower(), clean.upper())   # `30C/NQ-CP`
    for candidate in (clean, upper):
        padded = "số " + candidate        # so that a bare `12/UBND` counts as a number-symbol
        m = g.SYMBOL.fullmatch(padded, 3)
        hit = symbol_hit(padded, m) if m else None
        if hit:
            return hit.label
    return None


# --- 2. read what follows ------------------------------------------------------------------

def read_tail(clean: str, hit: Hit, end: int, start: int | None = None) -> None:
    """What follows the hit up to `end` (from `start`, a table's cell after the hit's own)."""
    if hit.named:
        hit.clause_end = _clause_end(clean, hit.end)
        return
    pos = hit.end if start is None else start
    cell = g.CELL_DATE.match(clean, pos, end)
    if cell:        # a table's row: the date's cell, then perhaps the issuer's
        hit.date, pos = g.iso_date(cell), cell.end()
        issuer = g.CELL_ISSUER.match(clean, pos, end)
        if issuer:
            hit.issuer_raw, pos = issuer.group("issuer"), issuer.end()
    for _ in range(4):
        # (the date in parentheses without `ngày` is tried apart: in TAIL_PIECE it slowed every match)
        m = g.TAIL_PIECE.match(clean, pos, end) or g.PAREN_DATE.match(clean, pos, end)
        if not m or m.end() == pos:
            break
        if m.group("y") or m.group("y2"):
            if hit.issuer_raw and "," in m.group()[:4] and _ACTOR_AFTER.match(clean, m.end()):
                break       # `… của UBND tỉnh, ngày 15/3/2024 UBND huyện đã …`: the next clause's date
            hit.date = hit.date or g.iso_date(m)
        elif m.group("year") or m.group("month_year"):
            hit.year = hit.year or int(m.group("year") or m.group("month_year"))
        elif m.group("issuer") or m.group("joint"):
            group = "issuer" if m.group("issuer") else "joint"
            phrase = m.group(group)     # (ISSUER_OVERRUN needs `và` or `số`: most phrases have neither)
            over = g.ISSUER_OVERRUN.search(phrase) if "và" in phrase or "số" in phrase else None
            hit.issuer_raw = hit.issuer_raw or phrase[:over.start() if over else None]
            if over and over.group("sentence"):
                # the sentence goes on (`của UBND tỉnh và các nguồn kinh phí được giao bổ sung …`):
                # the tail ends with the issuer, and no subject follows it. (A sibling reference
                # after `và` shares the subject that follows both.)
                pos = m.start(group) + over.start()
                break
            topic = g.BODY_TOPIC.match(clean, m.end(), end) if g.TOPIC_BODY.fullmatch(m.group(group)) else None
            if topic:       # `của Ban Chỉ đạo về phát triển … xã An Thới Đông về …`: the body's own name
                hit.issuer_raw = clean[m.start(group):topic.end()]
                pos = topic.end()
                continue
            aside = _ASIDE.match(clean, m.end(), end)
            if aside:       # `của Bộ Giáo dục và Đào tạo (GDĐT) ban hành …`: the subject follows it
                pos = aside.end()
                continue
            others = _joint(hit) and g.CO_ISSUERS.match(clean, m.end(), end)
            if others:      # the symbol's other bodies, named after the first: the codes name them all
                pos = others.end()
                continue
        pos = m.end()
    hit.tail_end = pos
    hit.clause_end = _clause_end(clean, pos)
    if hit.issuer_raw is None:
        _read_before(clean, hit)


def _joint(hit: Hit) -> bool:
    """A joint act: its symbol codes several bodies (`64/2015/TTLT-BTC-BCT-BCA-BQP`)."""
    return hit.shape == "normative" and len(hit.codes) > 1


# a body's name after a date: the date opens its clause (`…, ngày 15/3/2024 UBND huyện đã tổ chức …`)
_ACTOR_AFTER = re.compile(rf"\s*,?\s*{g.BODY_NAME}")


def _cell_end(cells: list[int], clean: str, hit: Hit) -> int | None:
    """Where the table cell that holds the hit ends, if a cell of its row lies before it on its line."""
    i = bisect.bisect_left(cells, hit.end)
    if i == 0 or i == len(cells):
        return None
    line_start = clean.rfind("\n", 0, hit.start)
    return cells[i] if cells[i - 1] > line_start and "\n" not in clean[hit.end:cells[i]] else None


def _read_in_row(clean: str, hit: Hit, cells: list[int], cell_end: int) -> None:
    """A hit in a table's cell: its clause ends with the cell, its row is its sentence, and the
    row's next cells give what its own did not say."""
    hit.row = clean.rfind("\n", 0, hit.start) + 1
    hit.clause_end = min(hit.clause_end, cell_end)
    if not clean[hit.tail_end:cell_end].strip():
        read_row(clean, hit, cells, cell_end)
    if hit.issuer_raw is None:
        _issuer_cell_before(clean, hit, cells)


def _issuer_cell_before(clean: str, hit: Hit, cells: list[int]) -> None:
    """`| 2 | UBND xã An Bình | Kế hoạch số 30/KH-UBND | 22/6/2022 |`: a body's cell before the
    reference's own in its row (a report's table of who issued what) names its issuer."""
    bounds = [hit.row - 1, *cells[bisect.bisect_left(cells, hit.row):bisect.bisect_left(cells, hit.start)]]
    for start, stop in zip(reversed(bounds[:-1]), reversed(bounds[1:])):
        cell = _CELL_TEXT.search(clean, start + 1, stop)
        if cell and g.BODY_CELL.fullmatch(cell.group()):
            hit.issuer_raw = cell.group()
            return


def read_row(clean: str, hit: Hit, cells: list[int], cell_end: int) -> None:
    """The cells after a reference's own in a table's row give what its own cell did not: its date,
    issuer and subject (`| Quyết định | 12/2020/QĐ-UBND | 15/3/2020 | Ban hành Quy chế … | UBND tỉnh |`),
    in whatever order the table's columns put them."""
    line_end = clean.find("\n", cell_end)
    line_end = len(clean) if line_end < 0 else line_end
    bounds = [c for c in cells[bisect.bisect_left(cells, cell_end):] if c < line_end] + [line_end]
    for start, stop in zip(bounds, bounds[1:]):
        cell = _CELL_TEXT.search(clean, start + 1, stop)
        if cell is None:
            continue
        date = g.DATE_CELL.fullmatch(cell.group())
        if date:
            hit.date = hit.date or g.iso_date(date)
        elif g.BODY_CELL.fullmatch(cell.group()):
            hit.issuer_raw = hit.issuer_raw or cell.group()
        elif g.TAIL_PIECE.match(clean, cell.start(), stop):
            # the rest of a citation, its number put in a cell of its own (`… số 12/QĐ-UBND<tab>ngày …`)
            read_tail(clean, hit, stop, cell.start())
            cell = _CELL_TEXT.search(clean, hit.tail_end, stop)
            if cell and hit.subject_span is None:
                hit.subject_span = cell.span()
        elif hit.subject_span is None and _WORDS.search(cell.group()):
            hit.subject_span = cell.span()
    hit.clause_end = line_end


_CELL_TEXT = re.compile(r"\S(?:.*\S)?")
_WORDS = re.compile(rf"[{g.LOWER}]\w*\s+\w")     # a cell of words, not a number or a code


# what an issuer's name is followed by in parentheses: its short name or what it is (`(UBND tỉnh)`,
# `(sau đây gọi tắt là Sở)`, `(Thường trực Ban Chỉ đạo)`); not a date, which is the tail's own piece
_ASIDE = re.compile(r"\s*\((?!\s*(?i:ngày|\d))[^()\n]{1,120}\)")


def _read_before(clean: str, hit: Hit) -> None:
    """The issuer named before the reference: `của UBND tỉnh tại Công văn số …`, or `Ngày 13/5/2011,
    UBND huyện ban hành Kế hoạch số …` with its date; not a State body for a Party document
    (`của Thường trực Tỉnh ủy và của UBND tỉnh tại Thông báo số 55-TB/TU`)."""
    window = max(0, hit.start - 160), hit.start
    m = g.ISSUER_BEFORE.search(clean, *window) or g.ACTOR_BEFORE.search(clean, *window)
    if m is None or (hit.shape == "party" and is_state_body(m.group("issuer"))):
        return
    hit.issuer_raw = m.group("issuer")
    if hit.date is None and "d" in m.re.groupindex:
        hit.date = g.iso_date(m)
    noun = _LEAD_NOUN.search(clean, max(0, m.start() - 40), m.start())
    hit.lead = noun.start() if noun else m.start()


# what the issuer named before a reference gave (`… và chỉ đạo | của UBND tỉnh tại văn bản số …`)
_LEAD_NOUN = re.compile(r"(?:[\s,]+và)?\s+(?:sự\s+)?(?:chỉ\s+đạo|hướng\s+dẫn|ý\s+kiến(?:\s+chỉ\s+đạo)?)\s*\Z", re.I)


def _clause_end(clean: str, pos: int) -> int:
    m = g.CLAUSE_END.search(clean, pos, pos + 2000)
    return m.start() if m else min(len(clean), pos + 2000)


def link_nested(clean: str, hits: list[Hit], layout: Layout) -> None:
    """`Kết luận … về tiếp tục thực hiện Nghị quyết số 25-NQ/TW`: the second is named inside
    the first one's description, with the relation the verb states."""
    reach = list(itertools.accumulate((h.clause_end for h in hits), max))   # no clause before j ends later
    for i, hit in enumerate(hits):
        outer = _enclosing(hits, reach, i)
        if outer is None or outer.label == hit.label:
            continue
        if paragraph_start(layout, hit.start) > outer.start or row_start(clean, hit.start) is not None:
            continue
        m = g.NESTED_BEFORE.search(clean, max(outer.tail_end, hit.start - 120), hit.start)
        between = clean[outer.tail_end:hit.start]
        if g.OWN_ACT.search(between):
            # `Thực hiện Kế hoạch số 114/KH-UBND …, UBND phường đã ban hành Kế hoạch số 45/KH-UBND`:
            # the citing text's own words name it, not the outer one's description
            continue
        if m:
            hit.nested_in, hit.nested_relation = outer, m.lastgroup
        elif between.count("“") > between.count("”"):
            # named inside a quotation the description opened (a campaign's motto: `… với chủ đề: “…
            # thực hiện thắng lợi Nghị quyết Đại hội …”`): part of it
            hit.nested_in = outer
        elif re.search(r"\svà\s|,\s*\Z", between):
            # `… và hướng dẫn của Bộ Nội vụ tại Công văn số …`, `… giai đoạn 2021-2030, Nghị quyết
            # số …`: a sibling, not nested
            continue
        elif re.search(r"(?i)\b(?:về|v/v|ban hành|phê duyệt)\b", between):
            hit.nested_in = outer


def _enclosing(hits: list[Hit], reach: list[int], i: int) -> Hit | None:
    """The nearest earlier hit whose clause (after its own tail) holds hit i."""
    pos = hits[i].start
    for j in range(i - 1, -1, -1):
        if reach[j] <= pos:
            return None
        if hits[j].tail_end <= pos < hits[j].clause_end:
            return hits[j]
    return None


_LIST_JOINER = re.compile(r"[\s,]*(?:và\s*)?")
_SAME_DAY = re.compile(r"(?i:cùng)\s+(?i:ngày)")


def share_closing_issuers(clean: str, hits: list[Hit]) -> None:
    """`Chỉ thị số 31-CT/TU ngày …, Kế hoạch số 134-KH/TU ngày … của Ban Thường vụ Tỉnh ủy`:
    one closing issuer serves every reference of the list (same issuer code only); and a closing
    date gives its year to those that give none (`Nghị quyết số 18-NQ/TW, số 19-NQ/TW ngày
    25/10/2017`; the day may differ, the year does not), its day too when the list says they share
    it (`Quyết định số 23/QĐ-UBND, số 24/QĐ-UBND cùng ngày 10/01/2024`)."""
    same_day = set()     # the items given the day of the list's `cùng ngày`
    for i in range(len(hits) - 2, -1, -1):
        hit, nxt = hits[i], hits[i + 1]
        if hit.issuer_raw or hit.named or not (nxt.issuer_raw or nxt.date or nxt.year):
            continue
        joiner = clean[hit.tail_end:nxt.start]
        if _LIST_JOINER.fullmatch(joiner) and hit.body_code == nxt.body_code:
            hit.issuer_raw = nxt.issuer_raw
            if not (hit.date or hit.year):
                hit.year = nxt.year or (int(nxt.date[:4]) if nxt.date else None)
                if nxt.date and (i + 1 in same_day or _SAME_DAY.search(clean, nxt.end, nxt.tail_end)):
                    hit.date = nxt.date
                    same_day.add(i)


# `các Nghị quyết của Hội đồng nhân dân tỉnh: số 340/NQ-HĐND …; số 160/NQ-HĐND …`: a list's lead
# names the issuer of its items, each after a semicolon or a comma, up to the sentence's end
_LIST_LEAD = re.compile(r"(?i:các|những)\s+\S+(?:\s+\S+){0,3}?\s+(?i:của)\s+(?P<issuer>[^;:,.()“”\"]{2,120}?)\s*:\s*\Z")
_ITEM_HEAD = re.compile(r"[;,]\s*(?:và\s+)?\Z")
_LIST_END = re.compile(r"[:.]\s|\n\s*\n")


def share_list_leads(clean: str, hits: list[Hit]) -> None:
    """The issuer a list's lead names, to each of its items that names none and shares its code."""
    lead, code = None, None
    for hit in hits:
        if hit.issuer_raw or hit.named:
            continue
        m = _LIST_LEAD.search(clean, max(0, hit.start - 200), hit.start)
        if m:
            lead, code = m, hit.body_code
        elif not (lead and hit.body_code == code and _ITEM_HEAD.search(clean, max(0, hit.start - 5), hit.start)
                  and not _LIST_END.search(clean, lead.end(), hit.start)):
            continue
        hit.issuer_raw = lead.group("issuer")
