"""Text -> who signed the document and to whom it went: the closing signature block and the
recipients' list (`Nơi nhận`), however a PDF's text layer or a web copy laid the two out."""
from __future__ import annotations

import re

from loaders import grammar as g

# `KT.` (ký thay), `TM.`/`T/M` (thay mặt), `TL.` (thừa lệnh), `Q.` (quyền) before the position
_FOR = r"KT\.?,?|K/T|TM\.?|T/M|TL\.?|T/L|Q\."
# (the lookahead on the first letters lets the engine pass over most positions at once: 4x faster)
POSITION = (rf"(?=[KTQPCBGVHĐ])(?:(?:{_FOR})\s*)?(?:PHÓ\s+)?(?:CHỦ TỊCH|TRƯỞNG TIỂU BAN|TRƯỞNG BAN|BÍ THƯ|GIÁM ĐỐC|"
            "BỘ TRƯỞNG|THỦ TƯỚNG|CHÁNH VĂN PHÒNG|CHỦ NHIỆM|TỔNG CỤC TRƯỞNG|CỤC TRƯỞNG|THỦ TRƯỞNG|TRƯỞNG PHÒNG|"
            "CHÁNH THANH TRA|VIỆN TRƯỞNG|CHÁNH ÁN|HIỆU TRƯỞNG|THỨ TRƯỞNG|CHỈ HUY TRƯỞNG|"
            # a commune's police chief, an inspection team's or working group's head, a station's, a unit's
            "TRƯỞNG CÔNG AN|TRƯỞNG ĐOÀN|TỔ TRƯỞNG|TRƯỞNG TRẠM|ĐỘI TRƯỞNG|TỔNG BIÊN TẬP)")
# a commander signs with his rank (`Đại tá Nguyễn Văn Hải`), a school's or hospital's head with
# degrees and titles (`ThS. Nguyễn Thị Dung`, `PGS.TS. …`, `TS. BS. …`, `NGƯT. …`)
_TITLES = r"(?:(?:GS|PGS|TS|ThS|Ths|BS|BSCKI{1,2}|CKI{1,2}|DS|KS|LS|NGƯT|NGND|NSƯT|NSND|TTƯT|TTND)\.\s*,?\s*)*"
# (`Đã ký: Nguyễn Văn An`: a web copy's note of the signed original before the name)
_RANK = rf"(?:(?i:đã\s+ký)\s*:\s*)?{_TITLES}(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)\s+)?"
SIGNATURE = re.compile(rf"{POSITION}\s+{_RANK}(?P<name>{g.NAME_WORD}(?!\w)(?:\s+{g.NAME_WORD}(?!\w)){{1,4}})")


def signature(clean: str) -> tuple[str | None, list[str]]:
    """The signer's name and the recipients (`Nơi nhận`), each item as written."""
    tail_start = clean.rfind("Nơi nhận")
    region = clean[tail_start:] if tail_start >= 0 else clean[-1500:]
    signer, span = _signer(region)
    if signer is None and tail_start >= 0:      # the signature above the recipients, not beside them
        signer = _signer(clean[max(0, tail_start - 600):tail_start])[0]
    recipients = []
    if tail_start >= 0:
        block = _NOTE_START.split(region[:1500])[0]
        if span:        # without the signature: the recipients' lines may go on after it
            block = block[:span[0]] + "\n" + block[span[1]:]
        block = _recipient_lines(block[len("Nơi nhận"):], signer)
        recipients = [item for item in (" ".join(x.split()).strip(" ;,.:") for x in
                                        re.split(r"(?:^|\n|;)\s*-\s+", block.lstrip(" :\n")))
                      if item and not item.startswith(":")]
    return signer, recipients


def _recipient_lines(block: str, signer: str | None) -> str:
    """The lines of the recipients' list: its items (`- …`) and their wrapped lines. A PDF's text
    layer may put the signature block's lines among them (`- Bộ Công An;` / `TM. ỦY BAN NHÂN` /
    `DÂN` / `- Bộ Khoa học …`): those go, and the items after them stay."""
    kept: list[str] = []
    for line in _SIGNATURE_WORDS.sub("", _SIGNED_NOTE.sub("", block)).split("\n"):
        text = line.strip()
        if _RULE.fullmatch(text):
            if any(_ITEM.match(k) for k in kept):
                break       # a rule under the list (an appendix follows)
            continue        # a Markdown table's alignment row (`| :--- | :--- |`) above it
        if not text or _SIGNATURE_LINE.fullmatch(text) or text == signer:
            continue
        if kept and not _ITEM.match(text) and kept[-1].endswith((";", ".")):
            break       # neither an item nor the rest of one: what follows the list
        kept.append(text)
    return "\n".join(kept)


_ITEM = re.compile(r"[-+]\s")
_RULE = re.compile(r"[-=_:\s]{3,}")
# the signed copy's note in the signature's cell (`(Đã ký, đóng dấu)`, `(đã ký)`)
_SIGNED_NOTE = re.compile(r"\(\s*(?i:đã\s+ký)[^()\n]{0,30}\)")
# the recipients end at a footnote
_NOTE_START = re.compile(r"\n\s*\[\d+\]")
# a line of the signature block: `TM. ỦY BAN NHÂN`, or capitals alone (`DÂN`, `PHÓ CHỦ TỊCH`)
_SIGNATURE_LINE = re.compile(rf"(?:KT|TM|TL|Q|K/T|T/M|T/L)\.?,?\s+[{g.UPPER}]{{2}}.*|[{g.UPPER} ,.()]+")
_POSITION = re.compile(POSITION)
# the signer's name alone on its line, some lines under the position (a PDF's text layer puts
# the recipients' lines of the left column between them: `- UBND huyện; CHỦ TỊCH`), or at the end
# of such a line after the columns' gap (`- Lưu: VT.          Lê Văn Tám`; a tab-laid copy's one tab
# is a space in the clean text: `- Lưu: VT. Lê Văn Tám`, after the filing item's stop)
_NAME_LINE = re.compile(rf"(?:^[ \t]*|[ \t]{{3,}}|^[-+][ \t]*Lưu\b[^\n]*?\.[ \t]+)"
                        rf"(?P<signed>{_RANK}(?P<name>{g.NAME_WORD}(?!\w)(?:[ \t]+{g.NAME_WORD}(?!\w)){{1,4}}))[ \t]*$",
                        re.M)
# the signature block's words at the end of a recipients' line, where a PDF put them
# (a mark with its stop or slash: `Lưu: VT, KTNN` ends with an office's initials), or in the cell
# beside it (`Lưu: VT.   TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH`, a table a web copy flattened)
_SIGNATURE_WORDS = re.compile(rf"[ \t]+(?:(?:(?:KT|TM|TL|Q)\.|K/T|T/M|T/L)\s*[{g.UPPER}]|{POSITION})[{g.UPPER} ./\t]*$",
                              re.M)


def _signer(region: str) -> tuple[str | None, tuple[int, int] | None]:
    """The signer's name and where the signature (position and name) stands."""
    signatures = list(SIGNATURE.finditer(region))
    if signatures:
        return " ".join(signatures[-1].group("name").split()), signatures[-1].span()
    positions = list(_POSITION.finditer(region))
    line = positions and _NAME_LINE.search(region, positions[-1].end(), positions[-1].end() + 400)
    if line:
        return line.group("name"), line.span("signed")
    caps = positions and _NAME_IN_CAPITALS.search(region, positions[-1].end(), positions[-1].end() + 400)
    return (" ".join(caps.group("name").title().split()), caps.span()) if caps else (None, None)


# the name in capitals, as some offices set it (`NGUYỄN VĂN AN`): a line that opens with a family name
_SURNAMES = ("NGUYỄN|TRẦN|LÊ|PHẠM|HOÀNG|HUỲNH|PHAN|VŨ|VÕ|ĐẶNG|BÙI|ĐỖ|HỒ|NGÔ|DƯƠNG|LÝ|ĐÀO|ĐOÀN|ĐINH|LÂM|MAI|"
             "TRƯƠNG|TẠ|HÀ|LƯƠNG|CAO|CHU|TÔ|LƯU|TRỊNH|THÁI|KIỀU|TRIỆU|QUÁCH|LA|LỤC|HỨA|NÔNG|LÒ|KHỔNG|TĂNG|VƯƠNG|"
             "PHÙNG|TIÊU|TỐNG|LẠI|DIỆP|HẦU|MẠC|ÂU|VI|KHÚC|THÂN|TỪ|LỮ|QUAN|CÙ|BẠCH|GIANG|MÃ|LÃ|NINH|THẠCH|DANH|SƠN")
_NAME_IN_CAPITALS = re.compile(rf"^[ \t]*(?P<name>(?:{_SURNAMES})(?:[ \t]+[{g.UPPER}]+){{1,4}})[ \t]*$", re.M)
