"""Where the parts of a document are: letterhead, type heading, title, preamble, body.

Works on texts whose lines were broken by a PDF or Word export: a title goes on over a blank
line when the next line starts in lower case (it is the same phrase wrapped).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from loaders.grammar import (BODY_NAME, DATE_LINE, LOWER, MOTTO_START, OLD_HEADING, PARAGRAPH_BREAK, PART_ONE,
                             PREAMBLE_OPENING, SECTION_START, UPPER)
from loaders.vocab import vocabulary

MAX_TITLE_LINES = 8


@dataclass(frozen=True)
class Layout:
    start: int                          # the letterhead: a web page's title and metadata may stand above it
    heading: tuple[int, int] | None     # the type in capitals: "KẾ HOẠCH"
    title: tuple[int, int] | None
    authority: tuple[int, int] | None   # the issuing authority's line under the title
    old_heading: tuple[int, int] | None  # issuer, number and date before an older title (grammar.OLD_HEADING)
    preamble_end: int                   # the first numbered section ("I.", "Điều 1")
    grounds: tuple[int, int] | None     # a section of legal grounds ("I. CĂN CỨ XÂY DỰNG KẾ HOẠCH")
    breaks: tuple[int, ...]             # paragraph starts, sorted
    footnotes: tuple[tuple[int, int, int], ...]   # (start, end) of each `[n] …` note, and where `[n]` marks it
    # a paragraph a line (Word's text, a converter's Markdown), not lines broken at the page's width
    # (a PDF's text layer): a line's end then ends every clause on it
    paragraph_lines: bool = False
    # lines broken at the page's width, and a blank line between paragraphs (a converter's Markdown),
    # not between every two lines (a double-spaced PDF text layer) nor at page breaks only
    blank_lines_part: bool = False
    # how wide the lines of a text broken at the page's width run (None for paragraph lines)
    line_width: int | None = None
    # the preamble of a plan a decision issues, after the decision's signature (`KẾ HOẠCH … (Ban hành kèm
    # theo Quyết định số …)`): its leads say what the document carries out, as the decision's own do
    attached: tuple[int, int] | None = None


@cache
def _heading_pattern() -> re.Pattern:
    words = sorted({w.upper() for w in vocabulary().type_words.values()}, key=len, reverse=True)
    alternation = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    # also its letters spaced out (`K Ế H O Ạ C H`, typed so or as a PDF's text layer spells letters
    # drawn far apart)
    alternation += "|" + "|".join(r"[ \t]{1,3}".join(map(re.escape, w.replace(" ", ""))) for w in words)
    # the type alone on its line, or opening a line that goes on with the title (`KẾ HOẠCH TỔ
    # CHỨC KỶ NIỆM …` of a web page, `QUY CHẾ LÀM` of a wrapped export); `HÀNH ĐỘNG`, `LIÊN TỊCH`,
    # `PHỐI HỢP` are the type's (`CHƯƠNG TRÌNH HÀNH ĐỘNG`, `NGHỊ QUYẾT LIÊN TỊCH`, `QUY CHẾ PHỐI HỢP`),
    # not the title's
    return re.compile(rf"^[ \t]*(?P<word>(?:{alternation})(?:{TYPE_KIND.pattern})?)"
                      r"(?:[ \t]*:?[ \t]*$|[ \t]+(?=(?P<rest>[^\n]+)$))", re.M)


TYPE_KIND = re.compile(r"[ \t]+(?:HÀNH[ \t]+ĐỘNG|LIÊN[ \t]+TỊCH|PHỐI[ \t]+HỢP)", re.I)     # (on the type's line)


# the preamble: a type word after it is the enacting clause (`QUYẾT ĐỊNH:`), not the heading
_PREAMBLE = re.compile(r"^[ \t]*Căn cứ\b", re.M)
_ENACTING = re.compile(r"[ \t]*:[ \t]*\n\s*Điều\s+\d+\b")


def _heading(clean: str, start: int) -> tuple[int, int] | None:
    end = min(len(clean), start + 6000)
    preamble = _PREAMBLE.search(clean, start, end)
    for m in _heading_pattern().finditer(clean, start, preamble.start() if preamble else end):
        if _ENACTING.match(clean, m.end("word")):
            continue        # `QUYẾT ĐỊNH:` above `Điều 1.` where a web copy lost the `Căn cứ` that come first
        rest = m.group("rest")
        # `KẾ HOẠCH thực hiện Chỉ thị …`, `KẾ HOẠCH V/v …`: a title in lower case, or opened by
        # what it is about, on the heading's line (a Word paragraph joining the two)
        if (rest is None or (rest.isupper() and not rest.startswith("SỐ")) or rest[:1].islower()
                or _TITLE_ABOUT.match(rest)):
            return m.span("word")
    return None


_TITLE_ABOUT = re.compile(r"(?:V/v|Về)\s")


# lines that only a letterhead holds: the motto, the own number, the `V/v` subject of a Công văn
_LETTERHEAD = re.compile(rf"^[^\n]*?(?:{MOTTO_START}|Số\s*:|V/v\b)", re.M)


def find_layout(clean: str, cells: tuple[int, ...] = ()) -> Layout:
    """`cells`: where a table's cells part (read.Text.cells)."""
    letterhead = _LETTERHEAD.search(clean, 0, min(len(clean), 3000))
    start = letterhead.start() if letterhead else 0
    heading = _heading(clean, start)
    title = _title_span(clean, heading[1]) if heading else _subject_line(clean, start) or _headless_title(clean, start)
    if title and cells:
        title = _before_column(clean, title, cells)
    old = OLD_HEADING.match(clean, title[0], title[1]) if title else None
    if old:
        title = (old.end(), title[1]) if old.end() < title[1] else None
    after = title[1] if title else (heading[1] if heading else 0)
    section = SECTION_START.search(clean, after)
    while section and _NUMBERED_GROUND.match(clean, section.start()):     # `1. Căn cứ …`, `2. Căn cứ …`
        section = _ITEM_OR_SECTION.search(clean, section.end())
    breaks = (0, *(m.end() for m in PARAGRAPH_BREAK.finditer(clean)))
    paragraph_lines = _paragraph_lines(clean)
    preamble_end = _own_act_end(clean, after, section.start() if section else len(clean))
    authority = old.span("issuer") if old else _authority_line(clean, title[1]) if title else None
    return Layout(start, heading, title, authority, old.span() if old else None, preamble_end,
                  _grounds(clean, preamble_end), breaks, _footnotes(clean), paragraph_lines,
                  _blank_lines_part(clean), None if paragraph_lines else _line_width(clean),
                  _attached(clean, preamble_end))


LONG_LINE = 200     # characters: wider than any page a PDF's lines were broken at


def _paragraph_lines(clean: str) -> bool:
    """Whether most of the text stands on lines longer than a page is wide."""
    lengths = [len(line) for line in clean.split("\n")]
    return sum(n for n in lengths if n > LONG_LINE) * 2 > sum(lengths)


def _line_width(clean: str) -> int | None:
    """The width most lines reach (their 90th percentile), of a text of ten lines or more whose lines
    run that wide but for a paragraph's last (half of them at least 85 % of it); not of a text
    broken at uneven places (a converter's narrow columns)."""
    lengths = sorted(len(line.rstrip()) for line in clean.split("\n") if line.strip())
    if len(lengths) < 10:
        return None
    width = lengths[len(lengths) * 9 // 10]
    return width if lengths[len(lengths) // 2] >= 0.85 * width else None


def _blank_lines_part(clean: str) -> bool:
    """Whether a tenth to a half of the text's lines are followed by a blank line."""
    lines = clean.split("\n")
    written = sum(1 for line in lines if line.strip())
    before_blank = sum(1 for line, nxt in zip(lines, lines[1:]) if line.strip() and not nxt.strip())
    return written > 0 and 0.1 <= before_blank / written <= 0.5


# a Công văn's subject under its number (`V/v triển khai Chỉ thị số 33/CT-TTg`, also `Về việc …`,
# `(V/v …)`), up to a table's next cell (a tab, a bar or a wide gap)
# (a closing mark goes only with its opening one: `V/v … dữ liệu (HEMIS)` keeps its parenthesis)
_SUBJECT_LINE = re.compile(r"^[ \t|]*(?P<open>[(“\"])?(?:V/v|Về\s+việc)\b[ \t.:]*(?P<text>[^\t\n|]+?)[ \t]*"
                           r"(?(open)[)”\"]?)[ \t|]*(?=  |[\t|]|$)", re.M)
_SUBJECT_GOES_ON = re.compile(rf"[ \t]*[{LOWER}\d][^\t\n|]*$", re.M)


def _subject_line(clean: str, start: int) -> tuple[int, int] | None:
    """A Công văn's title: the text of its `V/v` line, and of the lines under it that go on in
    lower case (a wrapped phrase)."""
    m = _SUBJECT_LINE.search(clean, start, min(len(clean), start + 1500))
    if not m:
        return None
    end = m.end("text")
    while (more := _SUBJECT_GOES_ON.match(clean, clean.find("\n", end) + 1)) and not DATE_LINE.search(more.group()):
        end = more.end()
    return m.start("text"), end


def _before_column(clean: str, title: tuple[int, int], cells: tuple[int, ...]) -> tuple[int, int]:
    """A title of one line up to the column beside it (`V/v triển khai …<tab>Hớn Quản, ngày …`, a
    letterhead's table row): the letter's place and date are no part of it. (A title wrapped over
    lines with the motto beside them is parted from it by its own reading.)"""
    start, end = title
    if "\n" in clean[start:end]:
        return title
    for mark in cells[bisect.bisect_right(cells, start):bisect.bisect_left(cells, end)]:
        if clean[mark + 1:end].strip():
            return start, mark
    return title


def _headless_title(clean: str, start: int) -> tuple[int, int] | None:
    """The lines in capitals right under the place-and-date line, when a converter dropped the
    type heading above them (`BAN HÀNH KẾ HOẠCH TRIỂN KHAI …` of a Quyết định). Without the
    heading to go by, a line in lower case is taken for the body, not a wrapped title."""
    date_line = DATE_LINE.search(clean, start, min(len(clean), start + 1500))
    line_end = clean.find("\n", date_line.end()) if date_line else -1
    lines = []
    for m in _LINE.finditer(clean, line_end + 1) if line_end >= 0 else ():
        text = m.group().strip()
        if text and (not text.isupper() or _is_body_caps(text) or len(lines) >= MAX_TITLE_LINES):
            break
        if text:
            lines.append(m.span())
    return _span_of(clean, lines)


# the citing body's own act that closes the preamble, on a line ending with a colon: `…, UBND huyện đề nghị
# UBND các xã thực hiện một số nội dung sau:` (what follows, even as unnumbered items, is the body)
_OWN_ACT_LINE = re.compile(rf"(?:^|,)[ \t]*{BODY_NAME}[^\n:]{{0,200}}?\b(?:đề nghị|yêu cầu|ban hành|hướng dẫn|thông báo|báo cáo"
                           rf"|chỉ đạo|xây dựng|triển khai)\b[^\n]*:[ \t]*$", re.M)


# grounds under it (`… ban hành Kế hoạch như sau:` / `Căn cứ pháp lý:` / `- Luật …`): still the preamble
_GROUND_LINE = re.compile(r"^[ \t\-+•]*(?:Căn cứ|CĂN CỨ|Trên cơ sở|TRÊN CƠ SỞ)\b", re.M)


def _own_act_end(clean: str, start: int, end: int) -> int:
    """Where the preamble ends: the first section, or the line after the body's own act before it."""
    m = _OWN_ACT_LINE.search(clean, start, end)
    if m is None or m.end() >= end or _GROUND_LINE.search(clean, m.end(), end):
        return end
    return m.end() + 1


# grounds numbered as items, without a section over them: the preamble, not its first section (a
# Công văn's first task, `1. Thực hiện nghiêm Nghị định …`, tells how to carry a document out: no ground)
_NUMBERED_GROUND = re.compile(r"\n[ \t]*\d+[.-]\s*(?i:căn\s+cứ|trên\s+cơ\s+sở"
                              r"|thực\s+hiện(?!\s+(?:nghiêm|tốt|đúng|đầy\s+đủ|(?:có\s+)?hiệu\s+quả)\b))\b")
_ITEM_OR_SECTION = re.compile(rf"\n[ \t]*(?:\d+\.\s|\d+-[ \t]|I\.|I-[ \t]|Điều\s+1\b|QUYẾT ĐỊNH\s*:|{PART_ONE})")
_GROUNDS = re.compile(r"\s*[IVX]+[.-]\s*(?i:căn cứ|cơ sở pháp lý|cơ sở xây dựng)")
_NEXT_PART = re.compile(r"\n[ \t]*[IVX]+[.-]\s")


def _grounds(clean: str, section: int) -> tuple[int, int] | None:
    """The first section, when it lists the plan's legal grounds: its items are `based_on`."""
    if not _GROUNDS.match(clean, section):
        return None
    end = _NEXT_PART.search(clean, section + 1)
    return section, end.start() if end else len(clean)


# (on its own line or after the title in capitals: not a parenthesis inside an article's sentence)
_ATTACHED = re.compile(rf"^[^\n{LOWER}]*\(\s*(?i:ban\s+hành\s+)?(?i:kèm\s+theo)\s+(?i:quyết\s+định|nghị\s+quyết)\s"
                       r"[^()]{0,200}\)", re.M)


def _attached(clean: str, preamble_end: int) -> tuple[int, int] | None:
    """The preamble of the plan a decision issues, attached after it: from under its title's
    `(Ban hành kèm theo Quyết định số …)` to its first section."""
    m = _ATTACHED.search(clean, preamble_end)
    if m is None:
        return None
    section = SECTION_START.search(clean, m.end())
    return m.end(), section.start() if section else len(clean)


_NOTE = re.compile(r"^[ \t]*\[(\d{1,3})\]", re.M)


def _footnotes(clean: str) -> tuple[tuple[int, int, int], ...]:
    """Notes written `[n] …` at the start of a line (as Word's footnotes come out in text), each
    until the next one or the end, with the position of its mark `[n]` in the text above."""
    starts = [m for m in _NOTE.finditer(clean) if clean.find(f"[{m.group(1)}]", 0, m.start()) >= 0]
    ends = [m.start() for m in starts[1:]] + [len(clean)]
    return tuple((m.start(), end, clean.find(f"[{m.group(1)}]")) for m, end in zip(starts, ends))


_LINE = re.compile(r"[^\n]*")


def _title_span(clean: str, pos: int) -> tuple[int, int] | None:
    lines = []
    for m in _LINE.finditer(clean, pos):
        if m.start() > pos + 1500 or len(lines) >= MAX_TITLE_LINES:
            break
        text = m.group().strip()
        if not text:
            continue
        if set(text) <= set("-=_ ") or (not lines and TYPE_KIND.fullmatch(" " + text)):
            if lines:
                break
            continue        # (a rule, or the type's kind on a line of its own: `KẾ HOẠCH / LIÊN TỊCH / Về …`)
        if lines and not _continues(clean, lines[-1], m.start(), text):
            break
        lines.append((m.start(), m.end()))
        if text.endswith((".", ";")):
            break
    return _span_of(clean, lines)


def _span_of(clean: str, lines: list[tuple[int, int]]) -> tuple[int, int] | None:
    """From the first line's first character to the last line's end."""
    if not lines:
        return None
    first = clean[lines[0][0]:lines[0][1]]
    return lines[0][0] + len(first) - len(first.lstrip()), lines[-1][1]


def _continues(clean: str, previous: tuple[int, int], start: int, text: str) -> bool:
    """Is this line still the title? Yes after a single line break, or when it starts in lower
    case (a wrapped phrase), unless it opens the preamble."""
    before = clean[previous[0]:previous[1]].strip()
    if PREAMBLE_OPENING.match(text) and (
            re.search(r"\bsố\b|\d+/", text) or not any(c.islower() for c in before)):
        return False    # the preamble, even when its first line was wrapped before `số` (`Thực hiện Chỉ`)
    if re.match(r"(Căn cứ|Theo đề nghị|\((?:Ban\s+hành|kèm\s+theo))\b|(?:[IVX]+|\d+)\.\s"
                r"|(?:Phần|Chương|Mục)\s+(?:[IVX]+|\d+|thứ\s+\w+)\b", text, re.I):
        # the preamble, the first numbered section (`I. CĂN CỨ XÂY DỰNG KẾ HOẠCH`, `PHẦN I. KẾT
        # QUẢ …`), or the decision an attached regulation comes with (`(Ban hành kèm theo …)`)
        return False
    blank = clean.count("\n", previous[1], start) > 1
    if not blank:
        if _in_capitals(before) and _SENTENCE.match(text):
            return False    # the body's first paragraph under a title in capitals (Word puts no blank line)
        return not _is_body_caps(text) or _is_body_caps(before) or bool(_DANGLING.search(before))
    # over a blank line (a converter's Markdown parts Word's paragraphs so) a title goes on in lower
    # case, or in capitals after capitals when the line is no authority's line under it
    return text[0].islower() or text[0].isdigit() or (
        _in_capitals(before) and _in_capitals(text) and not _is_body_caps(text))


# a line that ends so goes on (`… NGÀY 16 THÁNG 7 NĂM 2021 CỦA` / `THỦ TƯỚNG CHÍNH PHỦ VỀ VIỆC …` is
# the title broken before a body's name, not the authority's line under it)
_DANGLING = re.compile(r"(?<!\w)(?:CỦA|VỀ|VÀ|VỚI|CHO|TẠI|THEO|ĐỐI VỚI)\s*\Z", re.I)
_LOWER_WORD = re.compile(rf"(?<![{UPPER}{LOWER}])[{LOWER}]{{2,}}")
_SENTENCE = re.compile(rf"[{UPPER}][{LOWER}]*\s.*(?<![{UPPER}{LOWER}])[{LOWER}]{{2,}}")


def _in_capitals(line: str) -> bool:
    """No word in lower case (`33/CT-TTg` has none: its `g` is part of a code)."""
    return _LOWER_WORD.search(line) is None


_AUTHORITY_HEADS = ("CHỦ TỊCH", "ỦY BAN", "UỶ BAN", "HỘI ĐỒNG NHÂN DÂN", "BỘ TRƯỞNG", "THỦ TƯỚNG", "GIÁM ĐỐC")
_NEXT_LINE = re.compile(r"\s*([^\n]*[^\s])")


def _is_body_caps(text: str) -> bool:
    """The issuing authority's line under the title (`CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH`)."""
    return text.isupper() and text.startswith(_AUTHORITY_HEADS)


def _authority_line(clean: str, pos: int) -> tuple[int, int] | None:
    line = _NEXT_LINE.match(clean, pos)
    return line.span(1) if line and _is_body_caps(line.group(1)) else None
