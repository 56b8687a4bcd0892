"""File -> Text: decode any supported format and normalise it for the grammar.

The normalised text (`Text.clean`) keeps the length of the decoded text wherever it can
(markup and look-alike characters are replaced one for one), so offsets found in it are
offsets into the decoded original; only Unicode recomposition (NFD -> NFC) changes lengths,
and `Text.to_original` maps those back.
"""
from __future__ import annotations

import bisect
import hashlib
import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from loaders import legacy, word

MAX_BYTES = 64 * 1024 * 1024   # larger files are refused (documented in the README)
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUPPORTED = (TEXT_SUFFIXES - {""}) | HTML_SUFFIXES | {".pdf", ".docx"}


class LoadError(Exception):
    """A file that cannot be read; the message names the problem (the caller adds the path)."""


@dataclass
class Text:
    original: str
    clean: str
    sha256: str
    # (clean_pos, orig_start, orig_end, clean_len) for each recomposed run, sorted
    _runs: list[tuple[int, int, int, int]] = field(default_factory=list)
    # where a table's cells part (a `|` or a tab, blanked in `clean`), sorted: a cell's text ends there
    cells: list[int] = field(default_factory=list)

    def to_original(self, pos: int, end: bool = False) -> int:
        if not self._runs:
            return pos
        i = bisect.bisect_right(self._runs, (pos, float("inf"))) - 1
        if i < 0:
            return pos
        new, o_start, o_end, n_len = self._runs[i]
        if pos < new + n_len:
            return o_end if end and pos > new else o_start
        return o_end + (pos - new - n_len)


# One-for-one replacements: look-alikes, dashes, invisible spaces, Markdown/table markup.
_TRANSLATE = str.maketrans({
    "\u00d0": "Đ", "\u00f0": "đ", "\u0110": "Đ",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u00a0": " ", "\u200b": " ", "\u200c": " ", "\u200d": " ", "\ufeff": " ", "\t": " ",
    "\r": " ", "\u00ad": " ", "*": " ", "#": " ", "|": " ", "\\": " ", "_": " ",
    "\u00b9": " ", "\u00b2": " ", "\u00b3": " ", "\u2070": " ", "\u2074": " ", "\u2075": " ",
    "\u2076": " ", "\u2077": " ", "\u2078": " ", "\u2079": " ", "\u02bc": "'",
})
# translate() looks every character up in a dict; a regex finds the few that change far faster
_TRANSLATED = re.compile("[" + re.escape("".join(map(chr, _TRANSLATE))) + "]")
_SUP = re.compile(r"<su[pb]>[^<]{0,12}</su[pb]>|</?su[pb]>", re.I)   # footnote marks go too
_MARKDOWN_NOTE = re.compile(r"\[\^(\d{1,3})\]")     # pandoc's `[^1]`, and `[^1]:` before the note: `[1]`
# a link or image `[text](address)`, and pandoc's span `[text]{.underline}`
_MARKDOWN_LINK = re.compile(r"(?P<image>!)?\[(?P<text>[^\[\]\n]*)\](?:\([^()\s]*\)|\{[^{}\n]*\})")
_BREAK_TAG = re.compile(r"<br\s*/?>", re.I)    # a line break inside a Markdown table's cell
_COMBINING_RUN = re.compile(r"[^\u0300-\u036f][\u0300-\u036f]+")
# line breaks a scraper left escaped (`1896/QĐ-TTg\r\nngày 25/12/2019`): a break, same length
_ESCAPED_BREAK = re.compile(r"\\r\\n|\\[rn]")
# a Markdown writer's escaped punctuation (`I\. MỤC ĐÍCH`, `33/CT\-TTg`): the mark, then a space;
# a rule of escaped dashes under a letterhead (`\-\-\-\--`) stays one rule
_ESCAPED_MARK = re.compile(r"(?:\\-){2,}-*|\\([!-/:-@\[-`{-~])")


# a page's number on a line of its own, where a PDF's text layer copied as text puts it (`2`,
# `- 2 -`, `Trang 2/9`): it would split the sentence that runs over the page (`lấn chiếm đất rừng
# trái` / `2` / `pháp luật`) or end the signer's name; blanked onto the line above
_PAGE_NUMBER_LINE = re.compile(r"\n[ \t\f]*(?:-[ \t]?(?P<dashed>\d{1,3})[ \t]?-|(?P<bare>\d{1,3})"
                               r"|Trang[ \t]+(?P<said>\d{1,3})(?:[ \t]*/[ \t]*\d{1,3})?)[ \t]*(?=\n|\Z)")


# a Markdown table's row, and the paragraphs of one of its cells, which a converter (markitdown) joins
# with two spaces (`| ỦY BAN NHÂN DÂN  TỈNH VĨNH LONG  Số: 43/KH-UBND | CỘNG HÒA …`): each its line
_TABLE_ROW = re.compile(r"(?m)^[ \t]*\|[^\n]*\|[ \t]*$")
_CELL_BREAK = re.compile(r"(?<=[^\s|]) {2,}(?=[^\s|])")
_CELL_MARK = re.compile(r"[|\t]")


def _without_page_numbers(text: str) -> str:
    """A number alone on its line is a page's when it goes on the run of them (1 or 2, then 3 …):
    a paragraph's last line may be a number too (`… của Luật Xây dựng ngày` / `17` / `tháng 6 …`)."""
    expected, pieces, pos = None, [], 0
    for m in _PAGE_NUMBER_LINE.finditer(text):
        n = int(m.group("dashed") or m.group("bare") or m.group("said"))
        if m.group("said") or n == expected or (expected is None and n in (1, 2)):
            pieces += [text[pos:m.start()], " " * (m.end() - m.start())]
            pos, expected = m.end(), n + 1
    return "".join(pieces) + text[pos:] if pieces else text


def _unescaped(m: re.Match) -> str:
    if m.group(1):
        # an opening quotation mark keeps to the word it opens (`\"một cửa\"` -> ` "một cửa" `)
        opens = m.group(1) in "\"'" and m.string[m.end():m.end() + 1].isalnum()
        return " " + m.group(1) if opens else m.group(1) + " "
    dashes = m.group().replace("\\", "")
    return dashes + " " * (len(m.group()) - len(dashes))


def normalise(original: str) -> tuple[str, list[tuple[int, int, int, int]], list[int]]:
    """NFC-compose, then blank out markup one character for one; and where table cells part."""
    text, runs, cells = original, [], []
    if not unicodedata.is_normalized("NFC", text):
        text, runs = _recompose(text)
    if "\\" in text:
        text = _ESCAPED_BREAK.sub(_as_break, text)
        text = _ESCAPED_MARK.sub(_unescaped, text)
    if "|" in text:
        text = _TABLE_ROW.sub(lambda m: _CELL_BREAK.sub(_as_break, m.group()), text)
    if "](" in text or "]{" in text:
        text = _MARKDOWN_LINK.sub(_link_text, text)
    if "[^" in text:
        text = _MARKDOWN_NOTE.sub(lambda m: f"[{m.group(1)}] ", text)
    if "|" in text or "\t" in text:
        cells = [m.start() for m in _CELL_MARK.finditer(text)]
    text = _TRANSLATED.sub(lambda m: m.group().translate(_TRANSLATE), text)
    if "<br" in text or "<BR" in text:
        text = _BREAK_TAG.sub(_as_break, text)
    if "<su" in text or "</su" in text:
        text = _SUP.sub(lambda m: " " * len(m.group()), text)
    text = _without_page_numbers(text)
    return text, runs, cells


def _link_text(m: re.Match) -> str:
    """A Markdown link's or span's text where it stood, its brackets and address or attributes
    blanked (an image wholly): they would part a citation from its date (`[Chỉ thị số
    33/CT-TTg](https://…) ngày 26/11/2021`, `[Chỉ thị số 33/CT-TTg]{.mark} ngày …`)."""
    if m.group("image"):
        return " " * len(m.group())
    return " " + m.group("text") + " " * (len(m.group()) - len(m.group("text")) - 1)


def _as_break(m: re.Match) -> str:
    """A line break of the matched text's length, so that offsets stay as they are."""
    return " " * (len(m.group()) - 1) + "\n"


def _recompose(text: str) -> tuple[str, list[tuple[int, int, int, int]]]:
    pieces, runs, pos, new_pos = [], [], 0, 0
    for m in _COMBINING_RUN.finditer(text):
        s, e = m.span()
        composed = unicodedata.normalize("NFC", m.group())
        pieces.append(text[pos:s])
        new_pos += s - pos
        if len(composed) != e - s:
            runs.append((new_pos, s, e, len(composed)))
        pieces.append(composed)
        new_pos += len(composed)
        pos = e
    pieces.append(text[pos:])
    return unicodedata.normalize("NFC", "".join(pieces)), runs


def supported_files(paths) -> list[Path]:
    """Files as given, and the supported files inside folders (recursively, sorted)."""
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files += sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED)
        else:
            files.append(p)
    return files


def read_file(path: str | Path) -> Text:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise LoadError(f"file is {size / 2**20:.0f} MiB, over the {MAX_BYTES // 2**20} MiB limit")
        data = path.read_bytes()
    except OSError as exc:
        raise LoadError(f"cannot read file: {exc.strerror or exc}") from exc
    return read_bytes(data, path.suffix.lower())


def read_bytes(data: bytes, suffix: str = ".txt") -> Text:
    if not data.strip():
        raise LoadError("file is empty")
    original = _decode(data, suffix)
    if not original.strip():
        raise LoadError("file has no text")
    clean, runs, cells = normalise(original)
    return Text(original, clean, hashlib.sha256(data).hexdigest(), runs, cells)


def _decode(data: bytes, suffix: str) -> str:
    """The file's text, whatever its format, in Unicode (legacy TCVN3/VNI typing converted)."""
    return legacy.repair(_decode_format(data, suffix))


def _decode_format(data: bytes, suffix: str) -> str:
    if data.startswith(b"%PDF"):
        return _pdf_text(data)
    if data.startswith(b"PK\x03\x04"):
        return _docx_text(data)
    if suffix == ".pdf":
        raise LoadError("not a PDF file (its content does not start with %PDF)")
    if suffix in (".docx", ".doc"):
        what = "an old binary Word .doc file; save it as .docx" if data.startswith(b"\xd0\xcf\x11\xe0") \
            else "not a DOCX file (its content is not a ZIP package)"
        raise LoadError(what)
    if data.lstrip().startswith(b"{\\rtf"):     # text, but markup no reading here understands
        raise LoadError("an RTF file; save it as .docx or .pdf")
    text = _decode_text(data)
    if suffix in HTML_SUFFIXES or re.match(r"\s*(<!doctype html|<html)", text[:200], re.I):
        return _html_text(text)
    return text


def _decode_text(data: bytes) -> str:
    if data[:4].count(b"\x00") or b"\x00\x00" in data[:4096] or data.count(b"\x00") > len(data) // 100:
        if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
            return data.decode("utf-16")
        raise LoadError("binary file, not a document (unknown format)")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:     # a legacy 8-bit file: TCVN3/VNI glyphs or Windows-1258
        text = legacy.read_8bit(data)
    if _looks_binary(text):
        raise LoadError("binary file, not a document (unknown format)")
    return text


_CONTROL_OR_BAD = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffd]")


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    return len(_CONTROL_OR_BAD.findall(sample)) > max(8, len(sample) // 20)


def _pdf_text(data: bytes) -> str:
    import pdfplumber  # imported here: only PDF inputs pay for it
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            # in the order the text was drawn: Word and LibreOffice draw a letterhead table cell by
            # cell, which sorting by height would interleave word by word (`ỦY CỘNG HÒA … BAN NHÂN DÂN`)
            pages = [_page_text(page) for page in pdf.pages]
    except Exception as exc:   # pdfminer raises many unrelated types for bad files
        name = type(exc).__name__
        inner = " ".join(type(e).__name__ for e in (exc.__cause__, *exc.args) if isinstance(e, Exception))
        if any(word in f"{name} {inner}" for word in ("Password", "Encrypt")):
            raise LoadError("PDF is encrypted (password protected)") from exc
        raise LoadError(f"cannot read PDF ({name}: {exc or 'damaged file'})") from exc
    text = "\n\n".join(_PAGE_NUMBER.sub("", page) for page in pages)
    if not text.strip():
        raise LoadError("PDF has no text layer (a scan?); run OCR on it first")
    return text


def _page_text(page) -> str:
    """As `page.extract_text(use_text_flow=True)` would give it, from the characters in line order;
    but a ruled table of three columns or more (an appendix listing documents) a row a line, its
    cells parted by tabs, as Word's tables are read (word.py)."""
    tables = [t for t in page.find_tables() if max(len(row.cells) for row in t.rows) >= 3]
    if not tables:
        return _flow_text(page, page.chars)
    parts, run, written = [], [], set()
    for char in page.chars:
        table = next((i for i, t in enumerate(tables) if _inside(char, t.bbox)), None)
        if table is None:
            run.append(char)
        elif table not in written:
            parts += [_flow_text(page, run), _table_text(tables[table])]
            run = []
            written.add(table)
    return "\n".join(part for part in (*parts, _flow_text(page, run)) if part)


def _flow_text(page, chars: list[dict]) -> str:
    from pdfplumber.utils import chars_to_textmap
    return chars_to_textmap(_in_line_order(chars), layout_bbox=page.bbox, layout_width=page.width,
                            layout_height=page.height, y_tolerance=6, use_text_flow=True).as_string


def _inside(char: dict, bbox: tuple[float, float, float, float]) -> bool:
    x = (char["x0"] + char["x1"]) / 2
    y = (char["top"] + char["bottom"]) / 2
    return bbox[0] <= x <= bbox[2] and bbox[1] <= y <= bbox[3]


def _table_text(table) -> str:
    return "\n".join("\t".join(" ".join((cell or "").split()) for cell in row) for row in table.extract())


def _in_line_order(chars: list[dict]) -> list[dict]:
    """The characters as drawn, each run of them on one line put left to right: a PDF whose font
    lacks a glyph draws the line's missing ones after the rest from another font (LibreOffice with
    Liberation Serif: `Th c hi n … ự ệ`, the `ự` and `ệ` of DejaVu Serif drawn last). Lines and
    table cells keep their drawing order."""
    ordered: list[dict] = []
    start = 0
    for i in range(1, len(chars) + 1):
        if i == len(chars) or abs(chars[i]["top"] - chars[start]["top"]) > 1.5:
            ordered += sorted(chars[start:i], key=lambda c: c["x0"])
            start = i
    return ordered


# a page's number alone on its first or last line (Vietnamese documents number their pages at the
# top): left in, it splits the sentence that runs over the page (`của Ủy ban nhân dân` / `2` / `tỉnh`)
_PAGE_NUMBER = re.compile(r"\A[ \t]*-?[ \t]*\d{1,3}[ \t]*-?[ \t]*\n|\n[ \t]*-?[ \t]*\d{1,3}[ \t]*-?[ \t]*\Z")


# what a ZIP package holds when it is not a Word document, by a member that names it
ZIP_KINDS = (("xl/", "an Excel spreadsheet"), ("ppt/", "a PowerPoint presentation"),
             ("content.xml", "an OpenDocument file; save it as .docx"))


def _docx_text(data: bytes) -> str:
    import docx  # python-docx
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        names = package.namelist()
    except zipfile.BadZipFile as exc:
        raise LoadError(f"damaged or truncated DOCX/ZIP file ({exc})") from exc
    if "word/document.xml" not in names:
        kind = next((what for member, what in ZIP_KINDS if any(n.startswith(member) for n in names)),
                    "a ZIP archive; unpack it and give the documents inside")
        raise LoadError(f"not a document: {kind}")
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise LoadError(f"not a readable DOCX file ({exc})") from exc
    return word.text_of(document.element.body, package)


_HTML_SPACE = re.compile(r"[ \t\r\n\f]+")


class _HTMLText(HTMLParser):
    BLOCKS = {"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
              "table", "section", "article", "header"}
    VOID = {"br", "img", "hr", "meta", "link", "input", "col", "area", "base", "wbr", "source"}
    # text shown in capitals by its style (`text-transform:uppercase`, as Word writes its All caps
    # to a web page): read as shown, so that a letterhead typed in lower case is one
    CAPITALS = re.compile(r"text-transform\s*:\s*uppercase", re.I)

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0
        self._open: list[tuple[str, bool]] = []      # the open elements, each with its capitals
        self._rows: list[tuple[int, list[int]]] = []     # each open table row: where it and its cells start

    # not the page's text: code, and a portal's menus, sidebars (`Văn bản liên quan`: other documents'
    # numbers, which would be read as references) and footer
    SKIPPED = {"script", "style", "nav", "aside", "footer", "noscript", "template"}

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIPPED:
            self._skip += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")
        if tag == "tr":
            self._rows.append((len(self.parts), []))
        elif tag in ("td", "th") and self._rows:
            self._rows[-1][1].append(len(self.parts))
        if tag not in self.VOID:
            style = dict(attrs).get("style") or ""
            self._open.append((tag, bool(self.CAPITALS.search(style)) or self._capitals()))

    def handle_endtag(self, tag):
        if tag in self.SKIPPED and self._skip:
            self._skip -= 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")
        if tag == "tr" and self._rows:
            self._list_row(*self._rows.pop())
        for i in range(len(self._open) - 1, -1, -1):     # an element left open closes with its parent
            if self._open[i][0] == tag:
                del self._open[i:]
                break

    def handle_data(self, data):
        if not self._skip:
            if not any(tag == "pre" for tag, _ in self._open):
                data = _HTML_SPACE.sub(" ", data)   # the source's line breaks are spaces on the page
            self.parts.append(data.upper() if self._capitals() else data)

    def _list_row(self, start: int, cells: list[int]) -> None:
        """A row that lists (three cells or more, of a line each: an appendix's documents, one a row)
        on one line, its cells parted by tabs, as Word's (word.py); not a letterhead's columns."""
        texts = ["".join(self.parts[a:b]).strip() for a, b in zip(cells, cells[1:] + [len(self.parts)])]
        if len(texts) >= 3 and not any("\n" in t for t in texts):
            self.parts[start:] = ["\n", "\t".join(" ".join(t.split()) for t in texts), "\n"]

    def _capitals(self) -> bool:
        return bool(self._open) and self._open[-1][1]


def _html_text(html: str) -> str:
    """Each block on its own line, as Word's paragraphs are (word.py): not parted by blank lines,
    which a web page's markup would put between every two (`</p>\n<p>`), so that a title set in
    several paragraphs is still one title."""
    parser = _HTMLText()
    parser.feed(html)
    return "\n".join(line for line in "".join(parser.parts).split("\n") if line.strip())
