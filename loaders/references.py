"""Text -> references: every document a text mentions, with its claims and evidence.

Four steps, each a function: find the number-symbols (and laws cited by name), read what
follows each one (date, issuer, subject), decide its relation to the citing document
(loaders/relations.py), then merge the mentions of one document into one record.
"""
from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import replace
from functools import lru_cache

from loaders import grammar as g
from loaders.hits import Context, Hit
from loaders.issuers import Issuer, body_of, is_state_body, joint_name, normalise_issuer
from loaders.laws import law_hits, resolve_law
from loaders.layout import Layout
from loaders.places import UNIT_WORDS, era_of, unit_word
from loaders.read import Text
from loaders.records import Locality, Mention, Reference, RelatedLink
from loaders.relations import paragraph_start, relation_of, sentence_of
from loaders.vocab import fold, vocabulary

RELATION_RANK = {"implements": 0, "based_on": 1, "cites": 2}
MAX_SUBJECT = 400


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
    if hit.shape == "law":
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
        if paragraph_start(layout, hit.start) > outer.start or _row_start(clean, hit.start) is not None:
            continue
        m = g.NESTED_BEFORE.search(clean, max(outer.tail_end, hit.start - 120), hit.start)
        between = clean[outer.tail_end:hit.start]
        if g.OWN_ACT.search(between):
            # `Thực hiện Kế hoạch số 114/KH-UBND …, UBND phường đã ban hành Kế hoạch số 45/KH-UBND`:
            # the citing text's own words name it, not the outer one's description
            continue
        if m:
            hit.nested_in, hit.nested_relation = outer, m.lastgroup
        elif re.search(r"\svà\s|,\s*\Z", between):
            # `… và hướng dẫn của Bộ Nội vụ tại Công văn số …`, `… giai đoạn 2021-2030, Nghị quyết
            # số …`: a sibling, not nested
            continue
        elif re.search(r"(?i)\b(?:về|v/v|ban hành|phê duyệt)\b", between):
            hit.nested_in = outer


# `1 Quyết định 12/2020/QĐ-UBND 15/3/2020 Ban hành …` / `2 Quyết định …`: a table copied as text
# (columns parted by spaces alone), a row a line opened by its number; a reference at the head of
# such a line begins a row of its own, neither inside the last row's subject nor named by it
_ROW_HEAD = re.compile(r"[ \t]*(?:\d{1,3}|[IVXLC]{1,6})[.)]?[ \t]+")


def _row_start(clean: str, pos: int) -> int | None:
    line = clean.rfind("\n", 0, pos) + 1
    return line if line and _ROW_HEAD.fullmatch(clean, line, pos) else None


def _enclosing(hits: list[Hit], reach: list[int], i: int) -> Hit | None:
    """The nearest earlier hit whose clause (after its own tail) holds hit i."""
    pos = hits[i].start
    for j in range(i - 1, -1, -1):
        if reach[j] <= pos:
            return None
        if hits[j].tail_end <= pos < hits[j].clause_end:
            return hits[j]
    return None


def read_subject(clean: str, hit: Hit, hits: list[Hit], starts: list[int]) -> str | None:
    """The subject after the hit's tail, up to the next reference or the clause's end; in a row of a
    table copied with spaces, an issuer's cell under it is taken off and becomes the hit's issuer."""
    if hit.shape == "law":
        return None
    if hit.subject_span:
        return _tidy_subject(clean[slice(*hit.subject_span)])
    m = g.SUBJECT_START.match(clean, hit.tail_end)
    if not m:
        return None
    own_act = g.OWN_ACT.search(clean, m.end(), hit.clause_end)
    stop = own_act.start() if own_act else hit.clause_end
    for other in hits[bisect.bisect_right(starts, hit.tail_end):]:
        if other.start >= stop:
            break
        if other.nested_in is not hit:
            stop = other.lead if other.lead is not None and other.lead > m.end() else other.start
            stop = _row_start(clean, stop) or stop
            break
    if m.group("quote"):
        close = _CLOSING_MARK.search(clean, m.end(), stop + 1)
        body = clean[m.end(): close.start() if close else stop]
    else:
        body = clean[m.start("marker") if m.group("marker") else m.start("verb"): stop]
        if _row_start(clean, hit.start) is not None:
            body = _without_issuer_cell(body, hit)
    return _tidy_subject(body)


def _without_issuer_cell(body: str, hit: Hit) -> str:
    """A row of a table copied with spaces alone whose last column names the issuer: a PDF gives
    that cell on a line of its own after the subject's wrapped lines (`… quản lý` / `nhà nước …` /
    `UBND tỉnh`), as it draws the row a cell after the other."""
    rest, _, last = body.rstrip().rpartition("\n")
    last = last.strip()
    # (not a citation's: its issuer was named, and a clause's wrapped line ends with its stop)
    if hit.issuer_raw or not rest or last[-1:] in ";.," or not g.BODY_CELL.fullmatch(last):
        return body
    hit.issuer_raw = last
    return rest


def _tidy_subject(body: str) -> str | None:
    # `về` says that the subject follows, inside quotation marks too (`“Về tăng cường …”`), also after
    # the issuer's act (`do UBND tỉnh ban hành về …`)
    body = _ABOUT.sub("", body.strip())
    quoted = _QUOTED_THEN_CLAUSE.match(body) if body[:1] in "“\"" else None
    if quoted:      # `về “Tiếp tục …”, công tác …`: the closing mark ends the subject
        body = quoted.group(1)
    if "(" in body:
        body = _HEREAFTER.sub("", body)
    if "[" in body:
        body = _FOOTNOTE_MARK.sub("", body)
    if "thực t" in body:        # (a substring test first: the pattern's search is slow on every subject)
        body = _OWN_CIRCUMSTANCES.sub("", body)
    if "," in body:
        body = _PURPOSE.sub("", body)
    if "- " in body:     # a Markdown writer's escaped dash inside a symbol (`33/CT\-TTg`), read as `33/CT- TTg`
        body = _ESCAPED_DASH_GAP.sub(r"\1\2-", body)
    # `… năm 2025...`: the ellipsis (`and so on`) is no part of the subject
    if "\n" in body:
        body = g.DASH_BREAK.sub("-", body)
    body = _balanced(" ".join(body.split()).strip(" ,;:").rstrip(" .…"))
    if "trên địa bàn" in body:
        body = _PLACE_THEN_AIM.sub(r"\1", body)
    dangling = _DANGLING.search(body, max(0, len(body) - 40))     # (at the end: not searched from the start)
    if dangling:
        body = body[:dangling.start()]
    return body[:MAX_SUBJECT] or None


_ABOUT = re.compile(r"(?i)^(?:ban\s+hành\s+)?(?:về\s*việc|về|v/v)\s*:?\s*")
# words left at the end where a nested reference was cut off (`… theo` + `Quyết định số …`); not
# the verb of `học tập và làm theo` (follow), `noi theo`, `tuân theo`, nor `những năm tiếp theo`
_DANGLING = re.compile(r"(?i)(?:[\s,]+(?:và|tại|của|(?<!làm )(?<!noi )(?<!tuân )(?<!tiếp )theo|và các))+$")


# `… và tình hình thực tế địa bàn quận, Phòng … hướng dẫn`: the citing body's own grounds end the subject
_OWN_CIRCUMSTANCES = re.compile(r"(?i)[\s,]+(?:và|cùng\s+với)\s+(?:căn\s+cứ\s+)?(?:tình\s+hình|điều\s+kiện)\s+"
                                r"thực\s+(?:tế|tiễn)\b.*")
# `… về tăng cường công tác dân vận, góp phần …`: what the citing text means to achieve by it, or
# what it goes on to tell of the time since (`…, thời gian qua công tác dân vận đã đạt …`)
_PURPOSE = re.compile(r",\s*(?:góp\s+phần|nhằm|qua\s+đó|từ\s+đó|đồng\s+thời|tạo\s+(?:sự|đà|điều\s+kiện)"
                      r"|(?:trong\s+)?(?:thời\s+gian|những\s+năm|các\s+năm|năm)\s+qua)[\s,].*", re.S)
# `… trên địa bàn tỉnh Nghệ An phù hợp với các nội dung của Luật …`: after the place that ends a
# subject, the citing text's aim in it, without a comma
_PLACE_THEN_AIM = re.compile(rf"(?<=trên địa bàn )((?i:{UNIT_WORDS})\s+{g.place_name(4)})\s+"
                             r"(?:phù\s+hợp\s+với|bảo\s+đảm|đảm\s+bảo|đáp\s+ứng)\s.*", re.S)
_ESCAPED_DASH_GAP = re.compile(r"(\d/[A-ZĐ][A-Za-zĐ&]{0,7})- (?=[A-ZĐ])|\b(\d{1,5})- (?=[A-ZĐ]{1,8}/)")
_FOOTNOTE_MARK = re.compile(r"\s*\[\d{1,3}\]")
_CLOSING_MARK = re.compile(r"[”\"]")
_QUOTED_THEN_CLAUSE = re.compile(r"[“\"]([^“”\"]+)[”\"]\s*[,;]")
# `(sau đây viết tắt là Phong trào thi đua)`: the citing text's own short name, not the subject;
# open at the end where the short name is the number itself (`(gọi tắt là Kết luận số 48-KL/TW)`);
# and the line under an attached plan's title (`(Ban hành kèm theo Quyết định số …)`)
_HEREAFTER = re.compile(r"\s*\(\s*(?i:sau\s+đây|dưới\s+đây|gọi\s+tắt|viết\s+tắt|(?:ban\s+hành\s+)?kèm\s+theo)"
                        r"[^()]*(?:\)|$)")


def _balanced(body: str) -> str:
    """Without the quotation marks around the whole, or at either end without a partner inside:
    `Chương trình “Chăm sóc dinh dưỡng”` keeps its closing mark."""
    if body[:1] in "“\"" and body[-1:] in "”\"" and not any(q in body[1:-1] for q in "“”\""):
        return body[1:-1].strip()       # the whole subject quoted
    while body[:1] == "“" and body.count("“") > body.count("”"):
        body = body[1:].lstrip()
    while body[-1:] == "”" and body.count("”") > body.count("“"):
        body = body[:-1].rstrip()
    if body.count('"') % 2:         # a straight mark opens and closes alike: the odd one out
        body = body[1:] if body[:1] == '"' else body[:-1] if body[-1:] == '"' else body
    return body.strip(" ,;:")


_LIST_JOINER = re.compile(r"[\s,]*(?:và\s*)?")


def share_closing_issuers(clean: str, hits: list[Hit]) -> None:
    """`Chỉ thị số 31-CT/TU ngày …, Kế hoạch số 134-KH/TU ngày … của Ban Thường vụ Tỉnh ủy`:
    one closing issuer serves every reference of the list (same issuer code only); and a closing
    date gives its year to those that give none (`Nghị quyết số 18-NQ/TW, số 19-NQ/TW ngày
    25/10/2017`; the day may differ, the year does not)."""
    for i in range(len(hits) - 2, -1, -1):
        hit, nxt = hits[i], hits[i + 1]
        if hit.issuer_raw or hit.shape == "law" or not (nxt.issuer_raw or nxt.date or nxt.year):
            continue
        joiner = clean[hit.tail_end:nxt.start]
        if _LIST_JOINER.fullmatch(joiner) and hit.body_code == nxt.body_code:
            hit.issuer_raw = nxt.issuer_raw
            if not (hit.date or hit.year):
                hit.year = nxt.year or (int(nxt.date[:4]) if nxt.date else None)


# --- 4. merge (step 3, the relation, is loaders/relations.py) --------------------------------

def merge(text: Text, layout: Layout, ctx: Context, hits: list[Hit]) -> list[Reference]:
    clean = text.clean
    records: dict[str, Reference] = {}
    list_leads: dict[int, str] = {}
    for hit in hits:
        if hit.shape == "law":
            resolve_law(hit, ctx)
        issuer = hit.issuer = _issuer_of(hit, ctx, _speaker(hit, ctx))
        hit.read_for(issuer.level)
        # (the document's own number, unless the text says another body's: a symbol's code does not)
        if hit.label is not None and _same_label(hit.label, ctx.own_label) and not (
                hit.issuer_raw and _other_body(issuer, ctx)):
            continue
        relation = relation_of(clean, hit, layout, list_leads)
        key = hit.label or f"law:{hit.name}"
        mention = Mention(text.to_original(hit.start), text.to_original(hit.end, end=True),
                          sentence_of(clean, layout, hit))
        ref = records.get(key)
        if ref is not None and _another_body_s(ref, issuer):
            # `Kế hoạch số 85-KH/ĐU … của Đảng ủy xã Hà Vị; Kế hoạch số 85-KH/ĐU … của Đảng ủy xã Xuân
            # Tiến`: a local number is unique only per body, so these are two documents
            key = f"{key}@{body_of(issuer.name)}"
            ref = records.get(key)
        if ref is None:
            ref = records[key] = Reference(
                label=hit.label, doc_type=hit.doc_type, issued_date=hit.date, issuer=issuer.name,
                subject=hit.subject, relation=relation, name=hit.name,
                year=hit.year or (int(hit.date[:4]) if hit.date else None), level=issuer.level,
                locality=issuer.locality)
        else:
            _complete(ref, hit, issuer, relation)
        ref.mentions.append(mention)
        if hit.nested_in is not None and hit.nested_relation:
            _add_related(records, hit, key)
    _fold_yearless(records)
    return list(records.values())


_YEARLESS = re.compile(r"(\d+)/([^/]+)")


def _fold_yearless(records: dict[str, Reference]) -> None:
    """`Nghị quyết số 41/2022/NQ-HĐND ngày 09/12/2022 của HĐND tỉnh` and, further on, `… số 41/NQ-HĐND ngày
    09/12/2022 của HĐND tỉnh`: one act, its year left out of the number once; the same body and
    day say so (the body's other series may well have a 41 of that year)."""
    for key, ref in list(records.items()):
        m = _YEARLESS.fullmatch(ref.label or "")
        full = m and ref.issued_date and records.get(f"{m[1]}/{ref.issued_date[:4]}/{m[2]}")
        if full and full.issuer == ref.issuer and full.issued_date in (ref.issued_date, None):
            full.issued_date = ref.issued_date
            full.relation = min(full.relation, ref.relation, key=RELATION_RANK.__getitem__)
            full.mentions = sorted(full.mentions + ref.mentions, key=lambda mention: mention.start)
            del records[key]


def _complete(ref: Reference, hit: Hit, issuer: Issuer, relation: str) -> None:
    if RELATION_RANK[relation] < RELATION_RANK[ref.relation]:
        ref.relation = relation
    ref.issued_date = ref.issued_date or hit.date
    if issuer.name and (ref.issuer is None or _names_more(issuer, ref)):
        ref.issuer, ref.level, ref.locality = issuer
    ref.level = ref.level or issuer.level
    if not ref.subject or (ref.subject.isupper() and hit.subject and not hit.subject.isupper()):
        ref.subject = hit.subject       # the title's capitals give way to the words of a sentence
    ref.year = ref.year or hit.year or (int(hit.date[:4]) if hit.date else None)
    if ref.doc_type in (None, "Công văn") and hit.doc_type not in (None, "Công văn"):
        ref.doc_type = hit.doc_type


def _names_more(issuer: Issuer, ref: Reference) -> bool:
    """Whether a later mention names the body more fully (`UBND huyện Châu Thành` after a Công
    văn's `V/v … của UBND huyện`), and places it no less."""
    return body_of(issuer.name).startswith(body_of(ref.issuer) + " ") and (
        issuer.locality is not None or ref.locality is None)


def _add_related(records: dict[str, Reference], hit: Hit, key: str) -> None:
    outer = hit.nested_in
    outer_key = outer.label or f"law:{outer.name}"
    target = records.get(outer_key)
    if target is None:
        return
    link = RelatedLink(hit.nested_relation, hit.label, hit.name if hit.label is None else None)
    if link not in target.related:
        target.related.append(link)


def _speaker(hit: Hit, ctx: Context) -> Locality:
    """Whose words name a nested reference's issuer: the outer document's, when it is local. In a
    Đồng Nai list, `Quyết định … của UBND tỉnh Bình Phước sửa đổi Quyết định số 67/2005/QĐ-UBND
    … của UBND tỉnh` means Bình Phước's. (Hits are merged in order: the outer one is resolved.)"""
    outer = hit.nested_in.issuer if hit.nested_in is not None else None
    return outer.locality if outer is not None and outer.locality is not None else ctx.locality


def _issuer_of(hit: Hit, ctx: Context, place: Locality) -> Issuer:
    if hit.shape == "law":
        return Issuer("Quốc hội", "central", None)
    # places are named as they were when the cited document was issued: `Kế hoạch … ngày 1/1/2020
    # của UBND thành phố Huế` is the city inside tỉnh Thừa Thiên Huế, even cited in 2025
    eras = era_of(hit.date, hit.year) if hit.date or hit.year else ctx.eras
    issuer = normalise_issuer(hit.issuer_raw, place, eras, ctx.hints)
    coded = _coded_bodies(hit)
    # a joint act's ministries: none named, `của liên Bộ: …`, or the first named and the others
    # after a comma (`của Bộ Nội vụ, Bộ Tài chính`)
    if coded and (issuer.name is None or JOINT_MINISTRIES.match(issuer.name)
                  or (len(coded) > 1 and issuer.name in coded)):
        return Issuer(joint_name(coded), "central", None)
    if issuer.name is None:
        if hit.codes[-1:] == ["TW"]:
            return Issuer(None, "central", None)
        committee = _coded_committee(hit, place)
        if committee:
            return normalise_issuer(committee, place, eras, ctx.hints)
    return issuer


def _coded_committee(hit: Hit, place: Locality | None) -> str | None:
    """The Party committee a symbol's code names when the text names none (`Thực hiện Kế hoạch số
    13-KH/TU`): the citing document's own, as `của Tỉnh ủy` would be. `TU` is also the code of a
    provincial city's or town's committee (Thành ủy Đồng Xoài, Thị ủy): cited there, it says nothing.
    `ĐU` is a commune's committee, or an agency's: only a commune's text says which."""
    if hit.shape != "party" or len(hit.codes) != 1 or place is None or not place.province:
        return None
    code, district = hit.codes[0], place.district or ""
    if code == "TU" and not district.startswith(("Thành phố", "Thị xã")):
        return "Tỉnh ủy"        # a city's (`Thành ủy Hà Nội`) as it is named (issuers.normalise_issuer)
    unit = place.commune and unit_word(place.commune)
    if code == "ĐU" and unit:      # in a commune's text, the commune's committee
        return f"Đảng ủy {unit}"
    return {"HU": "Huyện ủy", "QU": "Quận ủy"}.get(code) if district.startswith(("Huyện", "Quận")) else None


# `của liên Bộ: Lao động - Thương binh và Xã hội, Nội vụ, Tài chính`: the symbol names them
JOINT_MINISTRIES = re.compile(r"(?i)liên\s+bộ\b")


def _coded_bodies(hit: Hit) -> list[str]:
    """The central bodies the symbol's codes name: each ministry of a joint circular
    (`24/2012/TTLT-BLĐTBXH-BNV-BTC`), else the one body code (`5973/BNV-TCBC`)."""
    by_code = vocabulary().issuer_by_code
    codes = [c.rstrip("0123456789") for c in hit.codes] if hit.shape == "normative" else [hit.body_code]
    return list(dict.fromkeys(by_code[c] for c in codes if c in by_code))


def _another_body_s(ref: Reference, issuer: Issuer) -> bool:
    """Whether a local reference's issuer is another body than the one an earlier mention of that
    number named (not the same one named less fully: `UBND huyện` of `UBND huyện Hớn Quản`)."""
    if not (ref.issuer and issuer.name) or "central" in (ref.level, issuer.level):
        return False
    a, b = body_of(ref.issuer), body_of(issuer.name)
    return not (a == b or a.startswith(b + " ") or b.startswith(a + " "))


def _other_body(issuer: Issuer, ctx: Context) -> bool:
    """Whether a document numbered like the citing one is said to come from another body (a
    district's 62/KH-UBND implementing the province's 62/KH-UBND): then it is not a self-mention."""
    if issuer.level is None or ctx.own_level is None:
        return False
    if issuer.level != ctx.own_level or _UNIT.findall(issuer.name or "") != _UNIT.findall(ctx.own_issuer or ""):
        return True     # (`UBND thành phố` cited by an unplaced `UBND huyện Vĩnh Thạnh`: the unit says so)
    return issuer.locality is not None and body_of(issuer.name or "") != body_of(ctx.own_issuer or "")


_UNIT = re.compile(rf"(?i)\b(?:{UNIT_WORDS})\b(?!\s+hội)")      # (not `Xã hội` of a department's name)


def _same_label(a: str, b: str | None) -> bool:
    return b is not None and a.lower().lstrip("0") == b.lower().lstrip("0")
