"""A Word (.docx) body -> text in reading order, as the layout and the grammar expect it.

Every paragraph on its own line, also inside table cells and text boxes (a letterhead and the
closing signature are two-column tables of several paragraphs a cell); tabs and line breaks kept;
the numbers Word draws for numbered paragraphs written out (`I.`, `1.`, `a)`), since the layout
finds sections and the grounds by them; footnotes after the body as `[n] …`, their marks `[n]`
where they stand, as a PDF's text layer gives them.
"""
from __future__ import annotations

import re
import zipfile

from lxml import etree      # python-docx's own XML library

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# property and layout subtrees hold no text (a `w:tab` in `w:pPr` is a tab stop, not a tab);
# `mc:Fallback` repeats a text box's content for old readers
_SKIP = {"pPr", "rPr", "sectPr", "tblPr", "trPr", "tcPr", "tblGrid", "Fallback", "instrText", "delText"}


def text_of(body, package: zipfile.ZipFile) -> str:
    names = set(package.namelist())
    numbering_xml, styles_xml = (package.read(f"word/{part}.xml") if f"word/{part}.xml" in names else None
                                 for part in ("numbering", "styles"))
    numbering = _Numbering(numbering_xml, styles_xml)
    capitals = _Capitals(styles_xml)
    parts: list[str] = []
    _walk(body, parts, numbering, capitals)
    text = "".join(parts).lstrip("\n")
    if "word/footnotes.xml" in names:
        text += _footnotes(etree.fromstring(package.read("word/footnotes.xml")), numbering, capitals)
    return text


def _walk(element, parts: list[str], numbering: "_Numbering", capitals: "_Capitals", caps: bool = False) -> None:
    for child in element:
        tag = child.tag.rsplit("}", 1)[-1] if isinstance(child.tag, str) else ""
        if tag in _SKIP:
            continue
        if tag == "t":
            parts.append((child.text or "").upper() if caps else child.text or "")
        elif tag == "tab":
            parts.append("\t")
        elif tag in ("br", "cr"):
            parts.append("\n")
        elif tag == "noBreakHyphen":     # Ctrl+Shift+- keeps `33/CT-TTg` on one line
            parts.append("-")
        elif tag == "footnoteReference":
            parts.append(f"[{child.get(_W + 'id')}]")
        elif tag == "tr" and (cells := _listing_cells(child)):
            parts.append("\n")
            for i, cell in enumerate(cells):
                inner: list[str] = []
                _walk(cell, inner, numbering, capitals, caps)
                parts.append(("\t" if i else "") + " ".join("".join(inner).split("\n")).strip())
        else:
            if tag in ("p", "tc"):
                parts.append("\n")
            if tag == "p":
                parts.append(numbering.label(child))
            # text typed in lower case that Word shows in capitals: a run's, or its paragraph's style's
            inner = capitals.of(child, caps) if tag in ("p", "r") else caps
            _walk(child, parts, numbering, capitals, inner)


def _listing_cells(row) -> list | None:
    """The cells of a table's row that lists (three cells or more, each of a paragraph at most, or
    opened by the row's number: an appendix's documents, one a row), to be written on one line parted
    by tabs as a text copy of the table has them; not a letterhead's or signature's columns of
    several lines each."""
    cells = [c for c in row if c.tag == _W + "tc"]
    if len(cells) < 3 or any(next(cell.iter(_W + "tbl"), None) is not None for cell in cells):
        return None
    texts = [[text for p in cell.iter(_W + "p") if (text := "".join(t.text or "" for t in p.iter(_W + "t")).strip())]
             for cell in cells]
    numbered = len(texts[0]) == 1 and _ROW_NUMBER.fullmatch(texts[0][0])
    return cells if numbered or all(len(paragraphs) <= 1 for paragraphs in texts) else None


_ROW_NUMBER = re.compile(r"[0-9]{1,4}\.?|[IVXLC]{1,6}\.?")


def _footnotes(root, numbering: "_Numbering", capitals: "_Capitals") -> str:
    notes = []
    for note in root.iterchildren(_W + "footnote"):
        if note.get(_W + "type"):        # the separator lines, not notes
            continue
        parts: list[str] = []
        _walk(note, parts, numbering, capitals)
        notes.append(f"[{note.get(_W + 'id')}] " + " ".join("".join(parts).split()))
    return "".join(f"\n{n}" for n in notes)


class _Capitals:
    """Whether Word shows a run's text in capitals (`w:caps`, `w:smallCaps`): a letterhead and a
    heading are often typed in lower case and formatted so. The run's own format decides, else
    its character style's, else its paragraph's style (a paragraph's own `w:rPr` formats only
    its mark)."""

    def __init__(self, styles: bytes | None):
        own: dict[str, bool | None] = {}
        based_on: dict[str, str] = {}
        for style in etree.fromstring(styles).iterchildren(_W + "style") if styles else ():
            name = style.get(_W + "styleId")
            own[name] = _caps_format(style.find(_W + "rPr"))
            parent = style.find(_W + "basedOn")
            if parent is not None:
                based_on[name] = parent.get(_W + "val")
        self._styles: dict[str, bool | None] = {}
        for name in own:        # a style without its own setting has its base style's
            current, seen = name, {name}
            while own.get(current) is None and based_on.get(current) not in seen | {None}:
                current = based_on[current]
                seen.add(current)
            self._styles[name] = own.get(current)

    def of(self, element, inherited: bool) -> bool:
        """For a run (`w:r`), given its paragraph's; for a paragraph (`w:p`), its style's."""
        is_run = element.tag == _W + "r"
        props = element.find(_W + ("rPr" if is_run else "pPr"))
        if props is None:
            return inherited if is_run else False
        own = _caps_format(props) if is_run else None
        if own is not None:
            return own
        style = props.find(_W + ("rStyle" if is_run else "pStyle"))
        found = self._styles.get(style.get(_W + "val")) if style is not None else None
        return bool(found) if found is not None or not is_run else inherited


def _caps_format(props) -> bool | None:
    """True or False where run properties set capitals, None where they leave them."""
    if props is None:
        return None
    for name in ("caps", "smallCaps"):
        node = props.find(_W + name)
        if node is not None:
            return node.get(_W + "val", "true") not in ("0", "false", "off")
    return None


class _Numbering:
    """The number Word draws before a numbered paragraph, counted as Word counts: per list, a
    level restarting when a level above it moves on."""

    def __init__(self, xml: bytes | None, styles: bytes | None):
        self._levels: dict[str, dict[int, tuple[str, str, int]]] = {}    # numId -> ilvl -> format
        self._counts: dict[str, list[int]] = {}
        self._by_style: dict[str, object] = {}      # a paragraph style's own numbering (`Heading 1`)
        if xml is None:
            return
        for style in etree.fromstring(styles).iterchildren(_W + "style") if styles else ():
            num_pr = style.find(f"{_W}pPr/{_W}numPr")
            if num_pr is not None:
                self._by_style[style.get(_W + "styleId")] = num_pr
        root = etree.fromstring(xml)
        abstract = {a.get(_W + "abstractNumId"): {int(lvl.get(_W + "ilvl")): _level_format(lvl)
                                                  for lvl in a.iterchildren(_W + "lvl")}
                    for a in root.iterchildren(_W + "abstractNum")}
        for num in root.iterchildren(_W + "num"):
            ref = num.find(_W + "abstractNumId")
            if ref is not None:
                self._levels[num.get(_W + "numId")] = abstract.get(ref.get(_W + "val"), {})

    def label(self, paragraph) -> str:
        num_pr = paragraph.find(f"{_W}pPr/{_W}numPr")
        if num_pr is None:
            style = paragraph.find(f"{_W}pPr/{_W}pStyle")
            num_pr = self._by_style.get(style.get(_W + "val")) if style is not None else None
        if num_pr is None or not self._levels:
            return ""
        id_node, level_node = num_pr.find(_W + "numId"), num_pr.find(_W + "ilvl")
        num_id = id_node.get(_W + "val") if id_node is not None else None
        level = int(level_node.get(_W + "val")) if level_node is not None else 0
        levels = self._levels.get(num_id)
        if not levels or level not in levels:
            return ""
        counts = self._counts.setdefault(num_id, [0] * 9)
        counts[level] += 1
        for deeper in range(level + 1, 9):
            counts[deeper] = 0
        fmt, text, _ = levels[level]
        if fmt == "bullet":
            return "- "
        for n in range(level + 1):
            lvl_fmt, _, start = levels.get(n, ("decimal", "", 1))
            text = text.replace(f"%{n + 1}", _format(max(counts[n], 1) + start - 1, lvl_fmt))
        return f"{text} " if text else ""


def _level_format(lvl) -> tuple[str, str, int]:
    def val(name: str, default: str) -> str:
        node = lvl.find(_W + name)
        return node.get(_W + "val", default) if node is not None else default
    return val("numFmt", "decimal"), val("lvlText", ""), int(val("start", "1"))


_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def _format(n: int, fmt: str) -> str:
    if fmt in ("upperRoman", "lowerRoman"):
        roman = ""
        for value, letters in _ROMAN:
            count, n = divmod(n, value)
            roman += letters * count
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt in ("upperLetter", "lowerLetter"):
        letter = chr(ord("a") + (n - 1) % 26)
        return letter.upper() if fmt == "upperLetter" else letter
    return str(n) if fmt != "none" else ""
