"""The reference grammar: regular expressions compiled once from the vocabulary data.

Shapes of a number-symbol (docs/vn-references.md §1), tried in this order:
  Party          114-KL/TW, 03-CTr/BDV-UBND      (hyphen before the type)
  normative      04/2015/NĐ-CP, 88/2019/QH14     (a /YEAR/ part)
  administrative 33/CT-TTg, 5973/UBND-KT         (everything else)
"""
from __future__ import annotations

import re
from datetime import date
from functools import cache, lru_cache
from typing import NamedTuple

from loaders.spelling import either_tone
from loaders.vocab import fold, vocabulary

# Vietnamese letters by case, for names ("Hoàng Ngọc Giang", "Hớn Quản").
UPPER = "A-ZĐ" + "".join(c for c in map(chr, range(0xC0, 0x1EFA)) if c.isalpha() and c.isupper())
LOWER = "a-zđ" + "".join(c for c in map(chr, range(0xC0, 0x1EFA)) if c.isalpha() and c.islower())
# (a word of a name of the Central Highlands' peoples may hold an apostrophe: `Rơ Châm H'Yun`, `Cư M'gar`)
NAME_WORD = f"[{UPPER}][{LOWER}]*(?:['’][{UPPER}{LOWER}][{LOWER}]*)?"
# A word of a place name: a name word, with an apostrophe too (`Ea H'leo`, `M'Đrắk`), or with
# a capital inside (`huyện KBang`, `xã HBông`, `Ia KRai`: the Central Highlands' official
# spellings), or the number of a numbered unit (`phường 1`, `Quận 10`); words are joined by a space,
# or by a hyphen between two names (`Bà Rịa - Vũng Tàu`). The gazetteer decides how many words are
# the place.
PLACE_WORD = rf"(?:{NAME_WORD}(?:[{UPPER}][{LOWER}]+)?|\d{{1,2}})(?!\w)"


def place_name(most_words: int) -> str:
    """A name of up to `most_words` words, on one line or broken over two (`huyện U Minh\nThượng`),
    spaced as a justified line spaces it (`thành phố  Phan  Rang - Tháp Chàm`)."""
    return rf"{PLACE_WORD}(?:(?:[ ]{{1,4}}|[ ]{{0,4}}\n[ ]{{0,4}}|[ ]{{0,4}}-[ ]{{0,4}}){PLACE_WORD}){{0,{most_words - 1}}}"

# A code ends at a word boundary, or where text copied from a web page glued the next word to it
# (`70-TB/TWngày 06 tháng 01 năm 2012`, `Luật Tổ chức Chính phủngày 25 tháng 12`)
_GLUED = r"(?=ngày\s*\d)"
_TOKEN = rf"[A-ZĐƯ][A-Za-zĐđƯ0-9&]*(?:(?!\w)|{_GLUED})"
_CAPS_TOKEN = r"[A-ZĐƯ][A-ZĐƯ0-9&]*(?!\w)"
# A hyphen joins codes; with spaces around it only before an all-caps or a known mixed-case code
# (`302/KH- UBND`, `1/CT- TTg`), so that `33/CT-TTg - Ban…` does not swallow the next word. Older
# or careless symbols join with a dot or a slash (`01/1999/QĐ.UB`, `1234/QĐ/UB`), always before an
# all-caps code.
_MIXED_CODES = "|".join(sorted({c for c in vocabulary().codes.values() if not c.isupper()}, key=len, reverse=True))
_CODES = rf"{_TOKEN}(?:-{_TOKEN}|[./]{_CAPS_TOKEN}|\s*-\s*(?:{_CAPS_TOKEN}|(?:{_MIXED_CODES})(?!\w)))*"

PARTY_COMMITTEES = ("TW", "TU", "HU", "ĐU")    # symbol codes of the Party's committees
# `28 NQ/TW`: a space for the Party symbol's hyphen, read so only before a committee's code, an organ's
# of one (`15 HD/BTGTU`) or the Youth Union's (`15 KH/ĐTN`, `07 HD/TWĐTN`)
_PARTY_SPACE = (rf"\s+(?=[A-ZĐ][A-Za-zĐđ]{{0,4}}\s*/\s*"
                rf"(?:[A-ZĐ]{{0,6}}(?:{'|'.join(PARTY_COMMITTEES)})|[A-ZĐ]{{0,4}}ĐTN)(?!\w))")
SYMBOL = re.compile(     # (a digit first, the look behind it after: the engine then skips to digits at once)
    # (`30c/NQ-CP`, `01a/KH-UBND`: a letter after the number; `số12/KH-UBND`: glued to its `số` by a PDF's
    # text layer or a web copy)
    r"(?P<num>\d(?:(?<![\w/.-]\d)|(?<=[Ss]ố\d)|(?<=SỐ\d))\d{0,4}[a-z]?)(?:"
    rf"(?:\s*-\s*|{_PARTY_SPACE})(?P<ptype>{_TOKEN})\s*/\s*(?P<pbody>{_CODES})"
    rf"|\s*/\s*(?P<year>(?:19|20)\d\d)\s*/\s*(?P<nsym>{_CODES})"
    rf"|\s*/\s*(?P<asym>{_CODES}))"
)

# a PDF's text layer may split the year (`16/7/20 21`); the month and year may be in figures after
# a day in words (`ngày 10 tháng 4/2024`)
DATE = (r"(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>(?:19|20)[ ]?\d\d)(?!\d)"
        r"|(?P<d2>\d{1,2})\s+(?i:tháng)\s+(?P<m2>\d{1,2})\s*(?:,?\s*(?i:năm)\s+|/\s*)(?P<y2>(?:19|20)\d\d)")


def iso_date(m: re.Match) -> str | None:
    """A match of DATE as `YYYY-MM-DD`; None when a part is missing or out of range."""
    d, mo, y = (m.group("d") or m.group("d2"), m.group("m") or m.group("m2"), m.group("y") or m.group("y2"))
    if not (d and mo and y):
        return None
    return valid_date(int(y.replace(" ", "")), int(mo), int(d))


def valid_date(year: int, month: int, day: int) -> str | None:
    """`YYYY-MM-DD` of a day the calendar has (`ngày 31 tháng 02` is none)."""
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None

_TERM = either_tone("khóa")       # a Party body's term: `khóa XII`, also spelled `khoá`


def _spaced(pattern: str) -> str:
    """A pattern whose words may be parted by a line break too (`quy định chi\ntiết` of a PDF)."""
    return pattern.replace(" ", r"\s+")


def _words(words: tuple[str, ...]) -> str:
    """An alternation of phrases, a line break possible between their words (`hướng\ndẫn`)."""
    return "|".join(map(_spaced, words))


# `… của Ban Chấp hành Trung ương thi hành Điều lệ Đảng`; not the name of `Cục Thi hành án dân sự`
_CARRY_OUT = r"thi\s+hành(?!\s+án)"
# Words that end an issuer phrase ("của UBND huyện | về việc …").
# what a decision does, opening its subject right after its issuer in a list of decisions (`… của Ủy ban
# nhân dân tỉnh Bình Phước Tách phòng Tổ chức - Hành chính …`); no body's name has these words
_ACT_WORDS = ("tách", "sáp nhập", "hợp nhất", "giải thể", "đổi tên", "giao chỉ tiêu", "điều chỉnh", "chấp thuận")
_STOP_WORDS = _ACT_WORDS + (
    "ngày", "về", "vềviệc", "v/v", "ban hành", "quy định", "hướng dẫn", "phê duyệt", "thực hiện", "triển khai",
    "sửa đổi", "bổ sung", "thành lập", "kiện toàn", "bãi bỏ", "thay thế", "công bố", "phân bổ", "tại", "nhằm",
    "trên địa bàn", "đã", "để", "theo", _TERM, "kèm theo", "giai đoạn", "đề ra", "nêu rõ", "tuyên truyền", "trong",
    _CARRY_OUT,
    r"năm \d")
# an issuer's words: no punctuation but the comma of `phòng, chống` (`Ban Chỉ đạo phòng, chống
# dịch …`), of the anti-smuggling steering committees' `buôn lậu, gian lận thương mại` (`Ban Chỉ
# đạo 389 …`), of the legal education council's `phổ biến, giáo dục pháp luật`, of `Văn hóa, Thể
# thao` (`Sở Văn hóa, Thể thao và Du lịch`) and of `Lao động, Thương binh` (`Bộ Lao động, Thương
# binh và Xã hội`, for `Lao động - Thương binh`), and the comma before the units above a local body
# (`UBND huyện Hớn Quản, tỉnh Bình Phước`)
_INNER_COMMA = (r"\s*(?:chống|gian\s+lận\s+thương\s+mại|giáo\s+dục\s+pháp\s+luật|Thể\s+thao|Thương\s+binh)\b"
                rf"|\s*(?i:tỉnh|thành\s+phố|huyện|quận|thị\s+xã)\s+[{UPPER}\d]"
                rf"|(?<=[{UPPER}],)[{UPPER}]{{2}}")       # inside initials: `Sở VH,TT&DL`
# `TP.`, `Tp.`, `TX.`: a city's or town's unit word cut short (`UBND TP. Hồ Chí Minh`, `UBND TP.HCM`)
_UNIT_DOT = r"(?<=\bT[PpXx])\."
_ISSUER_STOP = rf"(?=\s*(?:,(?!{_INNER_COMMA})|[;:()\[“”\"]|\.(?<!\bT[PpXx]\.)(?:\s|$)|$)|\s+(?i:{_words(_STOP_WORDS)})\b)"
_ISSUER_CHARS = rf"(?:[^;:,.()\[“”\"]|,(?={_INNER_COMMA})|{_UNIT_DOT})"
_CENTRAL_ORGANS = r"Bộ\s+Chính\s+trị|Ban\s+Bí\s+thư|Thủ\s+tướng\s+Chính\s+phủ|Chính\s+phủ|Quốc\s+hội"
_NUMBER_WORDS = r"(?:(?:nhất|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín|mười|mươi|mốt|lăm|linh)\b\s*)+"
TAIL_PIECE = re.compile(
    # `ngày …`, `(ngày …)`, `ban hành ngày …`, `được ký ngày …`, a list's `cùng ngày …` (the same day)
    rf"[\s,]*(?:(?P<paren>\()?\s*(?:(?i:được\s+)?(?i:ban\s+hành|ký)\s+|(?i:cùng)\s+)?(?i:ngày)\s*(?:{DATE})"
    r"(?(paren)\s*\))"
    # `Nghị quyết số 12-NQ/TU năm 2024 của …`; not after a comma (`…, năm 2023 xã đã …` is the text's)
    rf"|(?<!,)(?<!,\s)(?<!,\s\s)(?i:năm)\s+(?P<year>(?:19|20)\d\d)\b(?!\s*,)"
    # `… tháng 3/2024 của …`, `tháng 3 năm 2024`: the month's year; `ngày 1/3`, `ngày 01/3/24`: no year to
    # take, passed over to the issuer
    rf"|(?i:tháng)\s+\d{{1,2}}\s*(?:/\s*|,?\s*(?i:năm)\s+)(?P<month_year>(?:19|20)\d\d)(?!\d)"
    r"|(?i:ngày)\s*\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d\d)?(?![\d/])"
    # (or glued: `củaUBND`); a plenum is named without `của` too (`ngày 25/10/2017 Hội nghị lần thứ sáu
    # Ban Chấp hành Trung ương Đảng khóa XII về …`), and the Centre's organs right before the subject
    # (`ngày 22/12/2024 Bộ Chính trị về …`)
    rf"|(?:(?i:của|do)(?:\s+|(?=[{UPPER}]))|(?=Hội\s+nghị\s+(?:lần\s+thứ|Trung\s+ương|Ban\s+Chấp))"
    rf"|(?=(?:{_CENTRAL_ORGANS})(?:\s+(?i:{_TERM})\s+[IVXLC]+)?\s*(?:về\b|[;.]|$)))"
    rf"(?P<issuer>{_ISSUER_CHARS}{{2,160}}?){_ISSUER_STOP}"
    rf"|(?i:giữa)\s+(?P<joint>{_ISSUER_CHARS}{{2,160}}?){_ISSUER_STOP}"
    rf"|\(\s*(?i:{_TERM})\s+[IVXLC]+\s*\)|(?i:{_TERM})\s+[IVXLC]+\b"   # `(khóa XII)`, `khóa XII`
    rf"|\(?(?i:kỳ\s+họp\s+(?:thứ\s+(?:\d+|{_NUMBER_WORDS})|chuyên\s+đề|bất\s+thường))\)?"   # `khóa XVIII, kỳ họp thứ 15`
    r"|(?<=Bộ Chính trị),\s*Ban Bí thư\b"      # `Kết luận … của Bộ Chính trị, Ban Bí thư về …`
    r"|[A-ZĐ]{1,6}/[A-ZĐ]{1,8}(?![\w/])"       # a symbol's tail typed twice: `37-NQ/TW NQ/TW ngày …`
    r"|\[\d{1,3}\])"                            # a footnote's mark: `04/2015/NĐ-CP[1] ngày …`
)
# A body named by what it steers (`Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển
# đổi số tỉnh …`, `Ban Chỉ đạo Trung ương về …`, `Ủy ban Quốc gia về …`, `Ban Chỉ đạo thực hiện Quy
# chế dân chủ ở cơ sở huyện …`, `Tổ công tác triển khai Đề án 06 …`): its `về …`, `thực hiện …` or
# `triển khai …` is its name, not the subject, where a
# place ends it or a second `về` follows (`… xã An Thới Đông về thực hiện …`)
TOPIC_BODY = re.compile(r"(?i:ban\s+chỉ\s+đạo|tổ\s+công\s+tác|[ủu][yỷ]\s+ban\s+quốc\s+gia)(?:\s+(?:Trung\s+ương|quốc\s+gia))?")
BODY_TOPIC = re.compile(
    rf"\s+(?:về|thực\s+hiện|triển\s+khai)\s+(?!việc\b)(?:(?!(?:về|của)\b)[^;:()“”\"\n.]|\n(?!\s*\n)){{3,200}}?"
    rf"(?:\s(?i:xã|phường|thị\s+trấn|đặc\s+khu|huyện|quận|thị\s+xã|thành\s+phố|tỉnh)\s+{place_name(4)}"
    rf"(?=\s+(?:về|ngày|năm)\b|\s*[,;.:()]|\s*$)|(?=\s+về\s))")
# a reference's date in parentheses without `ngày`: `Kế hoạch số 116/KH-UBND (10/4/2024) của …`
PAREN_DATE = re.compile(rf"\s*\(\s*(?:{DATE})\s*\)")
# a date without `ngày` right after the number-symbol: the next cell of a table's row (`| Quyết định số
# 12/2020/QĐ-UBND | 15/3/2020 | UBND tỉnh Bình Phước |`, a Word table's cells one a line), or `ngày` left out
CELL_DATE = re.compile(rf"[ \t]*\n?[ \t]*(?:{DATE})(?![\d/])")
# a table's cell that gives a date (`15/3/2020`, `ngày 15 tháng 3 năm 2020`)
DATE_CELL = re.compile(rf"(?:(?i:ngày)\s*)?(?:{DATE})")
# The issuer named before the reference: `chỉ đạo của UBND tỉnh tại Công văn số …` (the nearest `của`)
ISSUER_BEFORE = re.compile(r"(?i:của|do)\s+(?P<issuer>(?:(?!\b(?i:của|do)\s)[^;:,.()“”\"]){2,120}?)"
                           r"(?:\s*\([^()]{1,120}\))?"      # `Sở Kế hoạch và Đầu tư (Thường trực Ban …) tại`
                           r"\s+(?i:tại)(?:\s+(?i:các\s+)?(?i:văn\s+bản))?\s*\Z")
# An issuer phrase runs on too far when a lower-case word (the sentence goes on) or another
# reference follows `và` (`Ban Thường vụ Tỉnh ủy | và Đề án số 13-ĐA/HU`: the type's words do not
# reach back over `và`); `… gian lận thương mại và hàng giả`, `Hội đồng Giáo dục quốc phòng và an
# ninh` are bodies' names.
ISSUER_OVERRUN = re.compile(rf"(?P<sentence>\s+và\s+(?=[{LOWER}])(?!hàng\s+giả\b|an\s+ninh\b))"
                            rf"|\s+(?:và\s+)?(?!và\s)\S+(?:\s+(?!và\s)\S+){{0,3}}\s+số\s*\d")
# `vềviệc`: glued by a web copy (here and among the issuer's stop words)
_SUBJECT_WORDS = ("về việc", "vềviệc", "về", "v/v", "ban hành", "quy định", "hướng dẫn", "phê duyệt", "sửa đổi", "bổ sung", "bãi bỏ",
                  "thay thế", "thành lập", "kiện toàn", "công bố", "phân bổ", "thông qua") + _ACT_WORDS
# `… của UBND tỉnh triển khai Chỉ thị số …`: what the document does is its subject, when it follows
# the issuer directly (after a comma the sentence's own verb goes on: `…, thực hiện Kế hoạch …`), in
# lower case (`Thực hiện` opens the next sentence)
_SUBJECT_VERBS = ("triển khai", "thực hiện", "tổ chức", "tuyên truyền", _CARRY_OUT)
SUBJECT_START = re.compile(rf"[\s,]*(?:(?P<quote>[“\"])|(?P<marker>(?i:{_words(_SUBJECT_WORDS)})\b))"
                           rf"|\s+(?P<verb>(?:{_words(_SUBJECT_VERBS)})\b)")
# The heads of a body's name: those that name one by themselves, and those a capital must follow
# (`Sở Y tế`, not `Ban hành …`)
_NAMING_BODIES = ("ủy ban", "uỷ ban", "ubnd", "hội đồng nhân dân", "hđnd", "chủ tịch", "thường trực", "đảng ủy",
                  "đảng uỷ", "huyện ủy", "huyện uỷ", "tỉnh ủy", "tỉnh uỷ", "thành ủy", "thành uỷ", "công an")
_NAMED_BODIES = ("ban", "sở", "phòng", "văn phòng", "bộ chỉ huy", "cơ quan", "chi bộ", "trường", "trung tâm", "hội",
                 "đoàn", "liên đoàn", "mặt trận", "bệnh viện", "bộ", "tổng cục", "cục", "viện")
_OWN_BODIES = _NAMING_BODIES + _NAMED_BODIES
# A table's cell that names a body (`UBND tỉnh`, `Thủ tướng Chính phủ`, `Sở Tư pháp`; not `Ban hành Quy
# chế …`, `Phòng, chống …`), whole; and the cell after a date (a Word table's cells one a line) so named
BODY_NAME = (rf"(?=[{UPPER}])(?:(?i:{_words(_NAMING_BODIES + ('thủ tướng', 'chính phủ', 'quốc hội'))})\b"
             rf"|(?i:{_words(_NAMED_BODIES)})\s+(?=[{UPPER}]))")
BODY_CELL = re.compile(rf"{BODY_NAME}[^\n]{{0,120}}")
CELL_ISSUER = re.compile(rf"(?:[ \t]{{2,}}|[ \t]*\n[ \t]*)(?P<issuer>{BODY_NAME}[^\n]{{0,100}}?)"
                         r"(?=[ \t]*(?:\n|$)|[ \t]{2,})")
# The citing body's own act after its grounds: `Thực hiện Quyết định số … về …, UBND tỉnh ban hành
# Kế hoạch như sau:` (a notice's `…, Chủ tịch UBND phường kết luận như sau:`, a directive's `…, Chủ
# tịch UBND tỉnh chỉ thị:`) ends the cited document's subject at the comma.
# a body is written with its capital (`Ban Thường vụ`, `Sở Y tế`): `, phòng cháy chữa cháy và xây
# dựng …` inside a subject is no body's act
# (the body's short name in parentheses may follow it: `Phòng Giáo dục và Đào tạo (GDĐT) hướng dẫn`;
# its name a comma: `Cục Quản lý Khám, chữa bệnh xây dựng`)
OWN_ACT = re.compile(rf",\s*(?=[{UPPER}])(?i:{_words(_OWN_BODIES)})\s(?:[^,;:()]|,\s*(?=[{LOWER}])|\([^,;:()]{{1,20}}\)){{0,80}}?"
                     r"(?i:\bban\s+hành|\bxây\s+dựng|\bcó\s+ý\s+kiến|\bthông\s+báo|\byêu\s+cầu|\bchỉ\s+đạo"
                     r"|\bhướng\s+dẫn|\bđề\s+nghị|\bbáo\s+cáo|\btriển\s+khai|\bkết\s+luận|\bchỉ\s+thị)\b")
# A text whose letterhead a web page's copy lost names its issuer in its own act at the end of the
# preamble (`…; Ban Chấp hành Thành đoàn Hà Nội ban hành Kế hoạch tổ chức …`)
ISSUING_ACT = re.compile(rf"(?:^|(?<=[,;.:]))[ \t]*(?P<issuer>(?=[{UPPER}])(?i:{_words(_OWN_BODIES)})\s[^,;:.()\n“”\"]{{0,80}}?)"
                         r"\s+(?:đã\s+)?(?i:ban\s+hành|xây\s+dựng)\s+(?i:kế\s+hoạch|chương\s+trình|hướng\s+dẫn|quy\s+chế)\b"
                         r"(?!\s+(?i:số)\b)",      # (not `… ban hành Kế hoạch số 42/KH-UBND`: a reference's)
                         re.M)
# The body that issued a reference as its sentence's subject, and the date that opens the sentence:
# `Ngày 13/5/2011, UBND huyện ban hành Kế hoạch số …`, `UBND tỉnh đã có văn bản số 4912/UBND-NC …`,
# also after a few words of time (`…, ngay từ đầu năm UBND Thành phố đã ban hành Chương trình …`) or
# a date without its comma (`Ngày 18 tháng 7 năm 2025 Uỷ ban nhân dân xã Long Phụng đã ban hành …`)
ACTOR_BEFORE = re.compile(rf"(?:(?<=[,;.:\n])|^)\s*(?:(?i:ngày)\s*(?:{DATE})\s*,?\s*)?(?:(?![{UPPER}])\w+\s+){{0,5}}?"
                          rf"(?P<issuer>(?=[{UPPER}])(?i:{_words(_OWN_BODIES)})"
                          rf"(?:\s(?:[^;:,.()“”\"]|,\s*(?=[{UPPER}])){{0,80}}?)?)\s+(?:đã\s+)?(?i:có|ban\s+hành)\s*\Z", re.M)
# A joint act's other issuers after the first, parted by commas (`của Bộ Tài chính, Bộ Công Thương,
# Bộ Công an và Bộ Quốc phòng quy định …`): passed over to the subject that follows them
_CO_ISSUER = (rf"(?:\s*,\s*|\s+và\s+){BODY_NAME}[^,;:.()\n“”\"]{{0,60}}?"
              rf"(?=\s*,|\s+và\s|\s+(?i:{_words(_SUBJECT_WORDS)})\b|\s*[;.\n]|\s*$)")
CO_ISSUERS = re.compile(rf"(?:{_CO_ISSUER})+")
# Verbs that make a reference nested inside another one's description, with the relation.
NESTED_VERBS = (
    ("implements", r"(?:triển khai,?\s+)?thực hiện|triển khai"),
    ("guides", r"hướng dẫn(?:\s+thi hành|\s+thực hiện)?"),
    ("details", r"quy định chi tiết(?:\s+(?:và\s+hướng\s+dẫn\s+)?thi\s+hành)?"),
    ("amends", r"sửa đổi(?:,?\s+bổ sung)?|bổ sung"),
    ("repeals", r"bãi bỏ"),
    ("replaces", r"thay thế"),
)
_FILLER = (r"(?:[\s,]+(?:một\s+số\s+(?:quy\s+định|nội\s+dung)|một\s+số\s+điều(?:\s+và\s+biện\s+pháp\s+để\s+tổ\s+chức,\s+hướng\s+dẫn\s+thi\s+hành)?"
           r"|của|và|tiếp\s+tục|hiệu\s+quả|nghiêm)){0,4}")
NESTED_BEFORE = re.compile(
    "(?:" + "|".join(f"(?P<{rel}>{_spaced(pat)})" for rel, pat in NESTED_VERBS) + rf"){_FILLER}[\s,]*\Z",
    re.I,
)

# The lead of a paragraph decides the relation of the references it governs.
# (`Theo Kế hoạch số …`, the reference right after it; not `Theo đề nghị của … tại Tờ trình số …`)
LEAD_BASED_ON = re.compile(_spaced(r"[\s\-+•.\d)]*(?i:(?:đồng thời\s+)?(?:căn cứ\b|trên cơ sở\b)|theo\s*$)"))
# A sentence that looks back (`Trong những năm qua, quán triệt và thực hiện Kết luận …`, `Sau 5 năm
# thực hiện Chỉ thị …`) tells what was done under a document, not that the text carries it out
LOOKING_BACK = re.compile(r"[\s\-+•.\d)]*(?i:(?:trong\s+)?(?:những|các|mấy)\s+năm\s+qua|thời\s+gian\s+qua"
                          r"|(?:sau|qua)\s+\S+\s+năm\s+(?:thực\s+hiện|triển\s+khai))\b")
# A sentence may open inside a paragraph (`… giai đoạn 2021 - 2025. Trên cơ sở Kế hoạch số …`).
# (not after an abbreviation: `UBND TP. Hồ Chí Minh`)
SENTENCE_START = re.compile(rf"(?<!\b[A-ZĐ])(?<!\b[A-ZĐ][A-ZĐa-z])\.\s+(?=[{UPPER}])")
# The letterhead's place and date: `Hưng Yên, ngày 15 tháng 5 năm 2019` (day and month may be blank)
DATE_LINE = re.compile(r"(?P<place>[^\n,;:]{2,40}?)\s*,\s*ngày\s*(?P<d>\d{1,2})?\s*tháng\s*(?P<m>\d{1,2})?"
                       r"\s*,?\s*năm\s*(?P<y>(?:19|20)[ ]?\d\d)(?!\d)")
# …without its comma, the place's name alone opening the line (`Minh Tâm ngày 03 tháng 4 năm 2024`)
DATE_LINE_NO_COMMA = re.compile(rf"^[ \t|*_]*(?P<place>{place_name(4)})[ \t]+ngày\s*(?P<d>\d{{1,2}})?\s*tháng\s*"
                                r"(?P<m>\d{1,2})?\s*,?\s*năm\s*(?P<y>(?:19|20)[ ]?\d\d)(?!\d)", re.M)
# …or in figures (`Hớn Quản, ngày 05/3/2024`), a place's name opening a line or a table's cell: a
# reference's `số 03-CTr/BDV-UBND, ngày 30/11/2021` is none
DATE_LINE_IN_FIGURES = re.compile(r"(?:^|[|\t]|  )[ \t]*(?P<place>[^\W\d_][^\n,;:\d/|]{1,39}?)\s*,\s*ngày\s*"
                                  r"(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>(?:19|20)\d\d)(?!\d)", re.M)
# …or alone on its line, without the place (`Ngày 05 tháng 5 năm 2024`) or without `ngày` (`Hớn Quản,
# 05/5/2024`: the whole line, so that no reference's `…, 30/11/2021` is taken for it)
DATE_LINE_BARE = re.compile(r"^[ \t|]*(?P<place>)(?i:ngày)\s*(?P<d>\d{1,2})?\s*tháng\s*(?P<m>\d{1,2})?\s*năm\s*"
                            r"(?P<y>(?:19|20)\d\d)[ \t.|]*$", re.M)
DATE_LINE_UNSAID = re.compile(r"^[ \t|]*(?P<place>[^\W\d_][^\n,;:\d/|]{1,39}?)\s*,\s*(?P<d>\d{1,2})\s*[/.-]\s*"
                              r"(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>(?:19|20)\d\d)[ \t.|]*$", re.M)
# A heading of the older style (before Nghị định 110/2004/NĐ-CP) gives the issuer, number and date
# between the type and the subject: `CHỈ THỊ | CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG NGÀY 21
# THÁNG 6 NĂM 2001 VỀ VIỆC XÂY DỰNG …`
OLD_HEADING = re.compile(rf"CỦA\s+(?P<issuer>[{UPPER}][{UPPER},&\s-]{{2,120}}?)\s+SỐ\s*:?\s*"
                         rf"(?P<symbol>\d[^\n]{{0,40}}?)\s+(?i:ngày\s*(?:{DATE}))"
                         r"\s*(?:(?i:về\s*việc|về|v/v)(?!\w)\s*:?\s*)?")
# `UBND thành phố xây dựng Kế hoạch triển khai Kế hoạch số 02-KH/TU`: the plan says what it carries out
OWN_PLAN_FOR = re.compile(_spaced(r"(?i:ban hành|xây dựng)\s+(?i:kế hoạch)(?:\s+hành\s+động)?\s+(?i:triển khai|thực hiện)"
                                  r"(?:,?\s+thực\s+hiện)?\s*\Z"))
# (`Quán triệt và triển khai thực hiện …`, `Tổ chức thực hiện …`, `Hưởng ứng Chỉ thị …`: a Party plan's
# and a campaign's openings; `Theo chỉ đạo của … tại Công văn số …`)
LEAD_IMPLEMENTS = re.compile(_spaced(
    r"[\s\-+•.\d)]*(?i:(?:đồng thời\s+)?(?:(?:để|nhằm)\s+)?(?:tiếp tục\s+)?(?:quán triệt(?:,|\s+và)?\s+)?"
    r"(?:tổ chức\s+)?"
    r"(?:triển khai,?\s+)?(?:thực hiện|triển khai|cụ thể h(?:óa|oá)|quán triệt|hưởng ứng|thi hành)"
    # `Theo chỉ đạo của UBND tỉnh tại Văn bản số …`: as `Thực hiện chỉ đạo …`
    r"|theo (?:sự )?(?:ý kiến )?chỉ đạo)\b"
))

# A proposal (`Theo đề nghị của …`, `Xét Tờ trình …`) opens a paragraph of its own: it is no ground
_PROPOSAL = r"(?:Theo đề nghị|Xét)\b"
# a paragraph that looks back opens so (after a title, which ends without a stop)
_LOOKING_BACK_OPENS = r"Trong\s+(?:những|các)\s+năm\s+qua|(?:Những|Các)\s+năm\s+qua|Thời\s+gian\s+qua"
# The words that open the preamble's paragraphs (`Căn\ncứ`: a web copy's line break inside them)
_OPENINGS = _words(("Căn cứ", "Thực hiện", "Triển khai", "Trên cơ sở", "Tiếp tục", "Quán triệt", "Cụ thể hóa",
                    "Hưởng ứng", "Tổ chức thực hiện", "Thi hành", "Để", "Nhằm", "Theo"))
PREAMBLE_OPENING = re.compile(rf"(?:{_OPENINGS})\b")
OPENING_BEFORE = re.compile(rf"(?<!\w)(?:{_OPENINGS})\s*\Z")      # `… XÃ HỘI Căn cứ | Nghị định số …`
# A clause ends at a semicolon, a full stop before a capital or the line end, `./.`, before the
# enacting words of a decision or resolution (`Xét đề nghị của … tại Tờ trình số …,\nQUYẾT ĐỊNH:`),
# or before a section's heading or a paragraph's opening words on the next line (`II. NỘI DUNG`,
# `PHẦN II`, `Thực hiện …`: a paragraph that a converter or a PDF left without its final stop)
# (a Party body's in capitals before them, its colon may be left out: `BAN THƯỜNG VỤ ĐẢNG ỦY XÃ QUYẾT ĐỊNH`)
_ENACTING = (rf"(?:[ \t]*(?:QUYẾT\s+ĐỊNH|QUYẾT\s+NGHỊ|CHỈ\s+THỊ)\s*:"
             rf"|[ \t]*[{UPPER}][{UPPER} ]+[ \t]QUYẾT[ \t]+ĐỊNH[ \t]*:?[ \t]*(?:\n|$))")
# (each alternative opens with a punctuation mark or a line break, which the engine skips to)
CLAUSE_END = re.compile(rf";|\.\s*/\s*\.|\.(?=\s+[{UPPER}\d]|\s*\n|\s*$)|:\s*\n|,(?=[ \t]*\n{_ENACTING})|\n(?={_ENACTING})"
                        # a section's heading
                        r"|\n(?=[ \t]*(?:[IVX]+\.[ \t]|(?:PHẦN|CHƯƠNG|MỤC|Phần|Chương)\s+(?:[IVX]+|\d+|THỨ|thứ)\b))"
                        rf"|\n(?=[ \t]*(?:{_OPENINGS})\b)")    # a paragraph's opening (`Thực hiện …`, `Căn cứ …`)
# Paragraph breaks that survive PDF hard line breaks: a line ending a sentence or a clause, or a
# new line that starts a list item, a numbered heading or a known opening word.
PARAGRAPH_BREAK = re.compile(   # (a list item in figures, `- 100% …`, but not a range broken before its
    r"[.;:!?]\s*\n"                # dash: `Kế hoạch 5 năm (2021` / `- 2025) theo …`)
    r"|\n(?<!\d\n)(?<!\d[ \t]\n)(?=[ \t]*[-+•][ \t]*\d)"
    r"|\n(?=[ \t]*(?:[-+•][ \t](?![ \t]*\d)|[IVX]+\.|\d+\.|[IVX]+-[ \t]|\d{1,2}-[ \t]|[a-zđ]\)|Điều \d|\[\d+\]"
    rf"|(?:{_OPENINGS}|Nơi\s+nhận|{_spaced(_PROPOSAL)}|{_LOOKING_BACK_OPENS})\b))"
)
# A paragraph after one that ends at `;` or `:` goes on with its lead (`Căn cứ:` / `- Luật …;` /
# `- Nghị định …;`, or `Thực hiện A;` wrapped before `B`), unless it is a proposal
OWN_OPENING = re.compile(_spaced(rf"[ \t]*{_PROPOSAL}"))
# a text's first part or chapter: `PHẦN I`, `Phần thứ nhất`, `Chương I`
PART_ONE = r"(?:PHẦN|Phần|CHƯƠNG|Chương)\s+(?:I|1|THỨ\s+NHẤT|thứ\s+nhất)\b"
# (Party texts number sections `I-`, `1-`; also after a sentence's end on one line, as a text layer
# that runs the page into one line gives it: `… như sau: I. MỤC ĐÍCH, YÊU CẦU`)
SECTION_START = re.compile(rf"\n[ \t]*(?:I\.|I-[ \t]|Điều\s+1\b|1\.\s|1-[ \t]|QUYẾT ĐỊNH\s*:|{PART_ONE})"
                           rf"|(?<=[.:;])[ \t]+(?:I\.[ \t]+[{UPPER}]{{2}}|Điều\s+1\.|QUYẾT ĐỊNH\s*:)")
# a range or a number-symbol that a line break parts at its dash (`2016-` / `2020`, `NĐ-` / `CP`: a
# PDF's line may end on a hyphen): one word
DASH_BREAK = re.compile(r"(?<=[\dA-ZĐ])-[ \t]*\n[ \t]*(?=[\dA-ZĐ])")
# a draft's stamp on a line of its own (`DỰ THẢO`, `(Dự thảo lần 2)`): no part of the letterhead or title
DRAFT_MARK = re.compile(r"\(?\s*(?i:dự\s+thảo)(?:\s+(?i:lần)\s+\d+)?\s*\)?")
MOTTO_SECOND = r"Độc\s+lập\s*-\s*Tự\s+do\s*-\s*Hạnh\s+phúc"     # the motto's second line
# The national or Party motto, which only a letterhead holds (either spelling: `CỘNG HÒA`, `CỘNG HOÀ`).
REPUBLIC = either_tone(r"C[ỘÔ]NG\s*HÒA\s+XÃ\s+HỘI")     # `CỘNGHÒA` glued by a web copy, `CÔNG` of a scan
# the Party's (and the Youth Union's: `ĐOÀN TNCS HỒ CHÍ MINH`) in place of the Republic's motto
YOUTH_UNION_MOTTO = r"ĐOÀN\s+TNCS\s+HỒ\s+CHÍ\s+MINH"
PARTY_MOTTO = rf"ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM|{YOUTH_UNION_MOTTO}"
MOTTO_START = f"{REPUBLIC}|{PARTY_MOTTO}"
# its parts, each alone on a line too (a PDF's text layer may run the motto's two lines between the
# letterhead's: `CỘNG HÒA XÃ HỘI` / `Số: 43/KH-UBND` / `CHỦ NGHĨA VIỆT NAM`)
_MOTTO_WORDS = ("CỘNG", "HÒA", "XÃ", "HỘI", "CHỦ", "NGHĨA", "VIỆT", "NAM")
# (a part alone on its line: the motto broken after any of its words, `CỘNG HÒA XÃ` / `HỘI CHỦ NGHĨA …`)
_MOTTO_HALVES = "|".join([r"\s+".join(_MOTTO_WORDS[:n]) for n in range(2, 8)]
                         + [r"\s+".join(_MOTTO_WORDS[n:]) for n in range(2, 7)])
MOTTO_PARTS = re.compile(rf"{REPUBLIC}(?:\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM)?|CHỦ\s+NGHĨA\s+VIỆT\s+NAM|{MOTTO_SECOND}"
                         rf"|{PARTY_MOTTO}|(?m:^[ \t|*]*(?:{either_tone(_MOTTO_HALVES)})[ \t|*]*$)", re.I)


class TypeWord(NamedTuple):
    start: int              # where the type word (or `số` alone) begins
    word: str | None        # the type word as written; None for `số` alone


def type_word_before(text: str, start: int, end: int) -> TypeWord | None:
    """The type word (and `số`) that `text[start:end]` ends with, standing before a number: matched
    on the window read backwards, so that one attempt at its end replaces a search of every position."""
    m = _type_word_reversed().match(text[start:end][::-1])
    if m is None:
        return None
    word = m.group("tw")
    return TypeWord(end - m.end(), word[::-1] if word else None)


@cache
def _type_word_reversed() -> re.Pattern:
    """`Kế hoạch số:` read backwards (`:ốs hcạoh ếK`); the longest type word first."""
    words = sorted(vocabulary().type_words, key=len, reverse=True)
    alternation = "|".join(r"\s+".join(map(re.escape, w[::-1].split())) for w in words)
    return re.compile(rf"\s*(?:(?:(?::\s*)?ốs\s*)*(?P<tw>{alternation})|:?\s*ốs)(?!\w)", re.I)


# `Luật sửa đổi, bổ sung một số điều của | Luật Xây dựng ngày 17/6/2020`, the amending law unknown
AMENDING_LAW_BEFORE = re.compile(r"(?<!\w)Luật\s+sửa\s+đổi,?\s+bổ\s+sung\s+(?:một\s+số\s+điều\s+)?của\s+\Z", re.I)


_ABBREVIATED = (("Hội đồng nhân dân", "HĐND"), ("Ủy ban nhân dân", "UBND"))


def law_spellings(law) -> set[str]:
    """A law's names (vocab.Law), each as written in full and with the bodies abbreviated
    (`Luật Tổ chức HĐND và UBND`)."""
    spellings = set()
    for name in (law.name, *law.aliases):
        spellings.add(name)
        for full, abbreviation in _ABBREVIATED:
            name = name.replace(full, abbreviation)
        spellings.add(name)
    return spellings


@cache
def law_names() -> re.Pattern:
    """Laws cited by name, longest name first so that amending laws win over the law amended."""
    names = sorted({v for law in vocabulary().laws for v in law_spellings(law)}, key=len, reverse=True)
    by_head: dict[str, list[str]] = {}     # `Luật`, `Bộ`: tried once, not once per name
    for name in names:
        head, *rest = map(re.escape, name.replace(",", "").split())
        by_head.setdefault(head, []).append(r"[\s,]+".join(rest))
    alternation = either_tone("|".join(rf"{head}[\s,]+(?:{'|'.join(rests)})" for head, rests in by_head.items()))
    initials = "".join({n[0].lower() + n[0].upper() for n in names})
    return re.compile(rf"(?=[{initials}])(?<!\w)(?P<law>{alternation})(?:(?!\w)|{_GLUED})(?:\s*(?:\(sửa đổi\)))?"
                      rf"(?:[\s,]*(?:ngày\s+)?(?:{DATE})|[\s,]+năm\s+(?P<law_year>(?:19|20)\d\d)(?!\d))?", re.I)


# A law the vocabulary does not know, named with its date or year (`Luật Chuyển đổi số ngày 11
# tháng 12 năm 2025`, a law passed after the vocabulary was written); not the verb of its passing
# (`Luật … được Quốc hội thông qua ngày …`), nor the next document of a list (`Luật Đất đai, Luật Nhà
# ở`, `Luật An ninh mạng, Chỉ thị số 32/CT-TTg ngày …`, `Luật Hộ tịch và Quyết định số 101/QĐ-TTg`)
OTHER_LAW = re.compile(rf"(?=[BL])(?<!\w)(?P<law>(?:Bộ\s+luật|Luật)\s+(?=[{UPPER}])"
                       rf"(?:(?!\s(?:ngày|được|đã|do|có)\s|\s+và\s+(?:Bộ\s+luật|Luật)\s|\s*,\s*[{UPPER}])"
                       rf"[^;:.()“”\"\n/]){{2,120}}?)"
                       rf"[\s,]*(?:(?i:ngày)\s+(?:{DATE})|năm\s+(?P<law_year>(?:19|20)\d\d)(?!\d))")


@lru_cache(maxsize=1 << 16)
def canonical_code(token: str) -> str:
    """`TTG` -> `TTg`, `ND` -> `NĐ`, `QH14` -> `QH14`; unknown codes upper-cased."""
    vocab = vocabulary()
    head, digits = re.match(r"(.*?)(\d*)$", token).groups()
    code = vocab.codes.get(head.upper()) or vocab.folded_codes.get(fold(head))
    if code is None:
        code = head if any(c.islower() for c in head[1:]) and len(head) <= 3 else head.upper()
    return code + digits


def canonical_codes(text: str, typed: bool = False) -> list[str]:
    """The codes of a symbol; `typed`: its first code may be a type code (`QĐ-UBND`, `NĐ-CP`)."""
    return list(_canonical_codes(text, typed))


@lru_cache(maxsize=1 << 16)        # a corpus writes the same few hundred symbols' codes again and again
def _canonical_codes(text: str, typed: bool) -> tuple[str, ...]:
    tokens = [t for t in _CODE_PARTS.split(text.strip()) if t]
    first = _unglued(tokens[0]) if typed and tokens else tokens[:1]
    return tuple(canonical_code(t) for t in [*first, *tokens[1:]])


_CODE_PARTS = re.compile(r"\s*-\s*|[./]")


@lru_cache(maxsize=1 << 16)
def _unglued(token: str) -> list[str]:
    """A PDF extraction may drop the hyphen after the type code (`1961/QĐUBND`, `61/2018/NĐCP`): an
    unknown code that is a type code followed by a known body's code is read as the two (not a
    Party type such as `CTHĐ`, whose second half is a type code too)."""
    types = vocabulary().type_by_code
    if not _known(token):
        for i in range(2, len(token) - 1):
            if fold(token[:i]) in types and _known(token[i:]) and fold(token[i:]) not in types:
                return [token[:i], token[i:]]
    return [token]


def _known(token: str) -> bool:
    head = token.rstrip("0123456789")
    return head.upper() in vocabulary().codes or fold(head) in vocabulary().folded_codes
