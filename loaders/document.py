"""Text -> the document's own record: who issued it, where, when, what, signed by whom.

Every clue is used (docs/vn-references.md §5): the letterhead, the `Số:` line, the
place-and-date line, the opening and closing sentences that name the issuer, the
`trên địa bàn …` phrases, the signature block, and the gazetteer for the rest.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import cache

from loaders import grammar as g
from loaders.layout import TYPE_KIND, Layout
from loaders.letterhead import document_issuer
from loaders.places import REFORM_DATE, UNIT_LEVEL, UNIT_WORDS, era_of, gazetteer, resolve
from loaders.records import DocumentRecord, Locality
from loaders.signature import signature
from loaders.spelling import unglued
from loaders.vocab import vocabulary

# the leading lookahead lets the engine skip most positions before trying the alternation; a
# Party committee names its unit too (`Huyện ủy Bạch Thông`, `Thành ủy Huế`)
PLACE_MENTION = re.compile(rf"(?=[{''.join({u[0] + u[0].upper() for u in UNIT_LEVEL})}])"
                           rf"(?<!\w)(?:(?P<unit>(?i:{UNIT_WORDS}))|(?P<committee>(?i:tỉnh|thành|huyện|quận|thị))"
                           rf"\s+(?i:ủy|uỷ))\s+(?P<name>{g.place_name(4)})")
_COMMITTEE_LEVELS = {"tỉnh": ["province"], "thành": ["province", "district"], "huyện": ["district"],
                     "quận": ["district"], "thị": ["district"]}
# the header's number line (`Số:`, `SỐ:` in capitals, a Party text's `Số`)
NUMBER_LINE = re.compile(r"(?<!\w)(?:Số\s*:?|SỐ\s*:|(?P<typed>số\s*:))\s*(?:(?P<blank>/)|(?=\d))")
_MOTTO_LINE = re.compile(g.MOTTO_SECOND)
# the place that starts the date line, after whatever a flattened table put before it on that line
DATED_AT = re.compile(rf"(?<!\S)(?P<name>{g.place_name(4)})\s*$")
TITLE_YEAR = re.compile(r"(?i)\bnăm\s+((?:19|20)\d\d)\b")


def extract_document(clean: str, layout: Layout, label_hit) -> tuple[DocumentRecord, dict[str, set[str]], list[str]]:
    """The document record, the place names the text mentions (hints for its references) and the
    gazetteer's eras to read its places in."""
    header = clean[: layout.heading[0]] if layout.heading else clean[:1500]
    dated = (g.DATE_LINE.search(header) or g.DATE_LINE_IN_FIGURES.search(header) or g.DATE_LINE_BARE.search(header)
             or g.DATE_LINE_UNSAID.search(header) or g.DATE_LINE_NO_COMMA.search(header)
             or g.DATE_LINE.search(clean, 0, (layout.title or (0, 3000))[1])
             # the motto's lines run into the date line's (`Vĩnh Long, ngày` / `Độc lập - …` / `06 tháng 6 …`)
             or g.DATE_LINE.search(_without_motto(header)))
    date, year = _issued(dated) if dated or not layout.old_heading else _heading_date(clean, layout)
    if date is None and layout.title:       # a regulation or plan issued with a decision: the decision's day
        attached = _ATTACHED.match(clean, layout.title[1])
        date = attached and g.iso_date(attached)
        year = int(date[:4]) if date else year
    doc_type = _doc_type(clean, layout, label_hit)
    title = _title_text(clean[slice(*layout.title)]) if layout.title else None
    if year is None:
        year = _year_from(title, label_hit)
    # a title in capitals names places too (`… TRÊN ĐỊA BÀN XÃ TÂN PHÚ, HUYỆN ĐỒNG PHÚ`)
    hints = place_hints(f"{clean}\n{title.title()}" if title and title.isupper() else clean)
    eras = era_of(date or _latest_cited(clean, year), year)
    dated_at = DATED_AT.search(dated.group("place")) if dated else None
    text_issuer, level, locality, possible = document_issuer(clean, layout, header, label_hit, hints, eras,
                                                             dated_at and dated_at.group("name"))
    signer, recipients = signature(clean)
    if label_hit:
        label_hit.read_for(level)
    record = DocumentRecord(
        doc_type=doc_type, label=label_hit.label if label_hit else None, title=title,
        issuer=text_issuer, level=level, locality=locality, issued_date=date, year=year,
        signer=signer, recipients=recipients, possible_localities=possible)
    return record, {k: set(v) for k, v in hints.items()}, eras


# `số 12/KH-UBND ngày 15/8/2025`: a document cites what was issued before it
_CITED_DATE = re.compile(rf"\d[\w/.-]*/[\w/.-]*\s*,?\s*ngày\s*(?:{g.DATE})")


def _latest_cited(clean: str, year: int | None) -> str | None:
    """An undated document of 2025 (`ngày … tháng … năm 2025` left blank) is no older than what it
    cites: one that cites a document of July 2025 or later names its places as the reform did."""
    if str(year) != REFORM_DATE[:4]:
        return None
    dates = [d for m in _CITED_DATE.finditer(clean) if (d := g.iso_date(m)) and d[:4] == str(year)]
    return max(dates, default=None)


def _title_text(span: str) -> str | None:
    """The title on one line. A Công văn's subject wrapped beside the motto's second line takes none
    of it; a range that a line break parts at its dash (`2017-\n2021`) stays whole; a draft's stamp
    on a line of its own (`(Dự thảo)` under the heading) is none of it; marks without a word are no title."""
    lines = [ln for ln in span.split("\n") if not g.DRAFT_MARK.fullmatch(ln.strip())]
    title = " ".join(unglued(g.DASH_BREAK.sub("-", _MOTTO_LINE.sub(" ", "\n".join(lines)))).split())
    byline = _BYLINE.match(title) or _ABOUT_MARK.match(title)
    title = (title[byline.end():] if byline else title).rstrip(" .;")    # (a title ends without a stop)
    return title if any(ch.isalpha() for ch in title) else None


# `KẾ HOẠCH V/v triển khai …`: the mark of what it is about, as a Công văn's subject line has it
_ABOUT_MARK = re.compile(r"(?i:v/v)\s*:?\s*")


# a Party document's byline under its type (`CHỈ THỊ / của Ban Thường vụ Tỉnh ủy / về …`, `KẾT LUẬN
# CỦA BỘ CHÍNH TRỊ / về …`): who issues it, not what it is about
_BYLINE = re.compile(r"(?i:của)\s+(?i:ban|bộ|tỉnh|thành|huyện|quận|thị|đảng|thường)\b[^\n]{0,80}?\s+(?=(?i:về)\s)")


def setting(document: DocumentRecord, hints: dict[str, set[str]], eras: list[str]) -> Locality:
    """Where the text stands, for the bodies its references leave unplaced (`của Tỉnh ủy`): the
    document's own place or, when it names no issuer (a web article, an outline for propaganda),
    the one province it names, and in it the one district it names, if any."""
    if document.issuer or document.locality.province or len(hints.get("province", ())) != 1:
        return document.locality
    province = resolve("province", next(iter(hints["province"])), eras, {})
    if province is None:
        return document.locality
    districts = {u.locality for name in hints.get("district", ()) if (u := resolve("district", name, eras, hints))
                 and u.locality.province == province.name}
    return districts.pop() if len(districts) == 1 else province.locality


def own_label_match(clean: str, layout: Layout) -> re.Match | None:
    """The symbol on the `Số:` line of the header (None for an unnumbered draft)."""
    end = layout.heading[0] if layout.heading else min(len(clean), 1500)
    # (`Số:` / `CHỦ NGHĨA VIỆT NAM` / `15/2023/QĐ-UBND`: a symbol the motto parts from its line)
    for header in (clean[:end], _without_motto(clean[:end])):
        for m in NUMBER_LINE.finditer(header):
            word = _type_word_before(clean, m.start())
            # `Chỉ thị Số 33/CT-TTg`, `Căn cứ Chỉ thị số: 1/CT-TTg`: citations, not the document's own
            # number; `Nghị quyết số: 653/2019/UBTVQH14` opening its line is (NUMBER_LINE `typed`)
            if m.group("typed"):
                own = word is not None and _opens_line(clean, word.start)
            else:
                own = word is None
            if own:
                return None if m.group("blank") else g.SYMBOL.match(header, m.end())
    if layout.old_heading:
        return g.SYMBOL.match(clean, _old_heading(clean, layout).start("symbol"))
    return None


# the motto and its rules, which a PDF's text layer may run between the letterhead's lines
_MOTTO_AND_RULES = re.compile(rf"{g.MOTTO_PARTS.pattern}|-{{3,}}", re.I)


def _without_motto(header: str) -> str:
    """The header with the motto and its rules blanked, character for character."""
    return _MOTTO_AND_RULES.sub(lambda m: " " * len(m.group()), header)


def _old_heading(clean: str, layout: Layout) -> re.Match:
    """The match the layout found: `CỦA <issuer> SỐ <number> NGÀY <date> VỀ …` (grammar.OLD_HEADING)."""
    return g.OLD_HEADING.match(clean, *layout.old_heading)


def _type_word_before(clean: str, pos: int) -> g.TypeWord | None:
    # (a stray mark between them, `Quyết định 'Số 2457/QĐ-BGDĐT`, as a scanned page's text gives it)
    start = max(0, pos - 40)
    before = g.type_word_before(clean, start, start + len(clean[start:pos].rstrip(" '‘\"“")))
    return before if before is not None and before.word is not None else None


def _opens_line(clean: str, pos: int) -> bool:
    return not clean[clean.rfind("\n", 0, pos) + 1:pos].strip()


# `(Ban hành kèm theo Quyết định số 59/QĐ-UBND ngày 22 tháng 7 năm 2021 của …)` under the title
_ATTACHED = re.compile(rf"\s*\(\s*(?i:ban\s+hành\s+)?(?i:kèm\s+theo)\s[^()]{{0,200}}?(?i:ngày)\s*(?:{g.DATE})")


def _issued(m: re.Match | None) -> tuple[str | None, int | None]:
    if not m:
        return None, None
    year = int(m.group("y").replace(" ", ""))        # (`năm 20 24`: a text layer's split year)
    if m.group("d") and m.group("m"):
        return g.valid_date(year, int(m.group("m")), int(m.group("d"))), year
    return None, year


def _heading_date(clean: str, layout: Layout) -> tuple[str | None, int | None]:
    """The date an older heading gives (`… SỐ 16/2001/CT-TTG NGÀY 21 THÁNG 6 NĂM 2001 VỀ …`)."""
    m = _old_heading(clean, layout)
    return g.iso_date(m), int((m.group("y") or m.group("y2")).replace(" ", ""))


def _doc_type(clean: str, layout: Layout, label_hit) -> str | None:
    if layout.heading:
        word = " ".join(clean[slice(*layout.heading)].split()).lower()
        words = vocabulary().type_words
        return words.get(word) or words.get(TYPE_KIND.sub("", word)) or _by_letters().get(word.replace(" ", ""))
    return label_hit.doc_type if label_hit else None


@cache
def _by_letters() -> dict[str, str]:
    """The type words by their letters alone, for a heading spelled out (`K Ế H O Ạ C H`)."""
    return {spelling.replace(" ", ""): word for spelling, word in vocabulary().type_words.items()}


def _year_from(title: str | None, label_hit) -> int | None:
    if label_hit and label_hit.year:
        return label_hit.year
    m = TITLE_YEAR.search(title or "")
    return int(m.group(1)) if m else None


def place_hints(clean: str) -> dict[str, Counter]:
    hints: dict[str, Counter] = {}
    gaz = gazetteer()
    for m in PLACE_MENTION.finditer(clean):
        words = m.group("name").split()
        if m.group("committee"):
            levels = _COMMITTEE_LEVELS[m.group("committee").lower()]
        else:
            unit = m.group("unit").lower()
            levels = [UNIT_LEVEL[unit]] if UNIT_LEVEL[unit] else ["province", "district"]
        found = next(((level, name) for n in range(len(words), 0, -1) for level in levels
                      if gaz.known(level, name := " ".join(words[:n]))), None)
        if found:
            hints.setdefault(found[0], Counter())[found[1]] += 1
    return hints
