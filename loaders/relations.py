"""A reference's relation to the citing document (`implements`, `based_on`, `cites`) by where it stands
(the title, the preamble, a section of grounds, a footnote) and the lead of its clause, sentence or
paragraph (`Thực hiện …`, `Căn cứ …`); and the sentence that shows it."""
from __future__ import annotations

import bisect
import re

from loaders import grammar as g
from loaders.hits import Hit
from loaders.layout import Layout

MAX_SENTENCE = 600


# a plan's title says what it carries out: `Kế hoạch thực hiện (triển khai, học tập, quán triệt …) Nghị quyết …`
# (its words spaced as a justified line spaces them too: `TRIỂN   KHAI   THỰC   HIỆN`)
_TITLE_VERB = re.compile(r"(?i)\b(?:thực\s+hiện|triển\s+khai|quán\s+triệt|cụ\s+thể\s+h(?:óa|oá)|hưởng\s+ứng"
                         r"|thi\s+hành)\b")


def relation_of(clean: str, hit: Hit, layout: Layout, list_leads: dict[int, str] | None = None) -> str:
    """`list_leads`: the relation found for each list item's end, kept by the caller across the hits
    of one text (each item of a long list would walk up to the list's lead again)."""
    if hit.in_title:
        title = clean[layout.title[0]:hit.start]
        if _TITLE_VERB.search(title):
            return "implements"
    if hit.nested_in is not None:
        return "cites"
    # a footnote's references stand where its mark stands: `Thực hiện các Kết luận của Bộ Chính trị[1]`
    marker = next((m for start, end, m in layout.footnotes if start <= hit.start < end), None)
    at = hit.start if marker is None else marker
    return _relation_at(clean, layout, at, {} if list_leads is None else list_leads)


def _relation_at(clean: str, layout: Layout, pos: int, list_leads: dict[int, str]) -> str:
    """The relation a reference at pos has by the lead of its sentence or paragraph; an item of a
    list under a lead (its paragraph after one that ends with `;` or `:`) has the lead's. (A loop:
    a list of a thousand items is no thousand calls deep.)"""
    ends = []       # the list items' ends walked up, which all take the relation found
    relation = None
    while relation is None:
        grounds = layout.grounds is not None and layout.grounds[0] <= pos < layout.grounds[1]
        relation, paragraph = _lead_relation(clean, layout, pos, grounds)
        if relation is None:
            end = paragraph - 1
            while end >= 0 and clean[end].isspace():
                end -= 1
            if end >= 0 and clean[end] in ";:":
                ends.append(pos := end)
                relation = list_leads.get(end)
            else:
                relation = "based_on" if grounds else "cites"
    list_leads.update(dict.fromkeys(ends, relation))
    return relation


def _lead_relation(clean: str, layout: Layout, pos: int, grounds: bool) -> tuple[str | None, int]:
    """(the relation the leads before pos give, if any; the paragraph's start)."""
    attached = layout.attached is not None and layout.attached[0] <= pos < layout.attached[1]
    if pos >= layout.preamble_end and not (grounds or attached):
        return "cites", pos
    paragraph = paragraph_start(layout, pos)
    sentence = sentence_start(clean, paragraph, pos)
    # the lead of the clause first: `Thực hiện Kế hoạch …; căn cứ Kế hoạch …` bases on the second;
    # an opening word right before the reference, in its capital, leads it wherever it stands (a PDF
    # whose text layer runs the letterhead, title and preamble into one line)
    clause = clean.rfind(";", sentence, pos) + 1 or sentence
    if clause == sentence and g.LOOKING_BACK.match(clean, sentence, pos):
        return "cites", paragraph
    opening = g.OPENING_BEFORE.search(clean, max(clause, pos - 30), pos)
    # … and the verb after the clause's last comma (`Căn cứ tình hình thực tế, thực hiện Kế hoạch …`)
    comma = clean.rfind(",", clause, pos)
    for lead in (clean[opening.start():pos] if opening else "", clean[comma + 1:pos] if comma >= 0 else "",
                 *(clean[start:pos] for start in _clause_starts(clean, sentence, clause)), clean[paragraph:pos]):
        if g.LEAD_BASED_ON.match(lead):
            return "based_on", paragraph
        if g.LEAD_IMPLEMENTS.match(lead):
            return "implements", paragraph
    if g.OWN_PLAN_FOR.search(clean, max(0, pos - 80), pos):
        return "implements", paragraph
    if g.OWN_OPENING.match(clean, paragraph):
        return "cites", paragraph     # a proposal (`Xét đề nghị của Sở … tại Tờ trình số …`), in a section of grounds too
    return None, paragraph


def _clause_starts(clean: str, sentence: int, clause: int):
    """The clause's start and those of the sentence's clauses before it, nearest first: a clause
    without a lead of its own goes on the list of the last one with one (`Thực hiện Kế hoạch …;
    căn cứ Chỉ thị …; Nghị định …`: the decree is a ground)."""
    yield clause
    while clause > sentence:
        clause = clean.rfind(";", sentence, clause - 1) + 1 or sentence
        yield clause


def sentence_start(clean: str, start: int, pos: int) -> int:
    """Where the last sentence opened between start and pos begins, else start. (From the last full
    stop back: most clauses hold none.)"""
    stop = clean.rfind(".", start, pos)
    while stop >= 0:
        m = g.SENTENCE_START.match(clean, stop, pos)
        if m:
            return m.end()
        stop = clean.rfind(".", start, stop)
    return start


def paragraph_start(layout: Layout, pos: int) -> int:
    return layout.breaks[bisect.bisect_right(layout.breaks, pos) - 1]


def sentence_of(clean: str, layout: Layout, hit: Hit) -> str:
    start = paragraph_start(layout, hit.start)
    if hit.in_title:
        start = max(start, layout.title[0])     # not the letterhead above it
    if hit.row is not None:
        start = max(start, hit.row)             # a table's row is its own sentence
    semicolon = clean.rfind(";", start, hit.start)
    start = sentence_start(clean, semicolon + 1 if semicolon >= 0 else start, hit.start)
    lead = ""
    if hit.end - start > MAX_SENTENCE - 20:
        # a run-on sentence (a text layer without stops) whose excerpt would not reach the reference:
        # the words just before it instead
        start, lead = clean.find(" ", hit.start - MAX_SENTENCE // 4) + 1, "… "
    end = min(max(hit.clause_end, hit.end) + 1, start + 2 * MAX_SENTENCE)
    return (lead + " ".join(clean[start:end].split()))[:MAX_SENTENCE]
