"""A reference's subject: what the text says the cited document is about (`về …`, `V/v …`, a
verb, a quotation), from its tail to where the citing text's own words begin.
"""
from __future__ import annotations

import bisect
import re

from loaders import grammar as g
from loaders.hits import Hit
from loaders.places import UNIT_WORDS
from loaders.spelling import unglued

MAX_SUBJECT = 400


# `1 Quyết định 12/2020/QĐ-UBND 15/3/2020 Ban hành …` / `2 Quyết định …`: a table copied as text
# (columns parted by spaces alone), a row a line opened by its number; a reference at the head of
# such a line begins a row of its own, neither inside the last row's subject nor named by it
_ROW_HEAD = re.compile(r"[ \t]*(?:\d{1,3}|[IVXLC]{1,6})[.)]?[ \t]+")


def row_start(clean: str, pos: int) -> int | None:
    line = clean.rfind("\n", 0, pos) + 1
    return line if line and _ROW_HEAD.fullmatch(clean, line, pos) else None


def read_subject(clean: str, hit: Hit, hits: list[Hit], starts: list[int]) -> str | None:
    """The subject after the hit's tail, up to the next reference or the clause's end; in a row of a
    table copied with spaces, an issuer's cell under it is taken off and becomes the hit's issuer."""
    if hit.named:
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
            stop = row_start(clean, stop) or stop
            break
    if m.group("quote"):
        close = _CLOSING_MARK.search(clean, m.end(), stop + 1)
        body = clean[m.end(): close.start() if close else stop]
    else:
        body = clean[m.start("marker") if m.group("marker") else m.start("verb"): stop]
        if row_start(clean, hit.start) is not None:
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
    if "tế" in body or "tiễn" in body:     # (a substring test first: the pattern is slow on every subject)
        body = _OWN_CIRCUMSTANCES.sub("", body)
    if "văn bản" in body:
        body = _OTHER_DOCUMENTS.sub("", body)
    if "," in body:
        body = _PURPOSE.sub("", body)
    if "- " in body:     # a Markdown writer's escaped dash inside a symbol (`33/CT\-TTg`), read as `33/CT- TTg`
        body = _ESCAPED_DASH_GAP.sub(r"\1\2-", body)
    # `… năm 2025...`: the ellipsis (`and so on`) is no part of the subject
    if "\n" in body:
        body = g.DASH_BREAK.sub("-", body)
    body = _balanced(" ".join(unglued(body).split()).strip(" ,;:").rstrip(" .…"))
    if "trên địa bàn" in body:
        body = _PLACE_THEN_AIM.sub(r"\1", body)
    if "tập trung" in body:
        body = _OWN_FOCUS.sub("", body)
    dangling = _DANGLING.search(body, max(0, len(body) - 40))     # (at the end: not searched from the start)
    if dangling:
        body = body[:dangling.start()]
    return body[:MAX_SUBJECT] or None


_ABOUT = re.compile(r"(?i)^(?:ban\s+hành\s+)?(?:về\s*việc|về|v/v)\s*:?\s*")
# words left at the end where a nested reference was cut off (`… theo` + `Quyết định số …`); not
# the verb of `học tập và làm theo` (follow), `noi theo`, `tuân theo`, nor `những năm tiếp theo`
_DANGLING = re.compile(r"(?i)(?:[\s,]+(?:và|tại|của|(?<!làm )(?<!noi )(?<!tuân )(?<!tiếp )theo|và các))+$")


# `… và tình hình thực tế địa bàn quận, Phòng … hướng dẫn`, `…, căn cứ tình hình thực tế, UBND xã …`:
# the citing body's own grounds end the subject
_OWN_CIRCUMSTANCES = re.compile(r"(?i)(?:[\s,]+(?:và|cùng\s+với)\s+|\s*,\s*(?=căn))(?:căn\s+cứ\s+(?:vào\s+)?)?"
                                r"(?:tình\s+hình|điều\s+kiện)\s+thực\s+(?:tế|tiễn)\b.*", re.S)
# `… và các văn bản hướng dẫn của tỉnh`: the other documents the citing text goes on to name
_OTHER_DOCUMENTS = re.compile(r"(?i)\s+và\s+các\s+văn\s+bản\s+(?:hướng\s+dẫn|chỉ\s+đạo|(?:có\s+)?liên\s+quan)\b.*",
                              re.S)
# `… về tăng cường công tác dân vận, góp phần …`: what the citing text means to achieve by it, what it
# asks under it (`…, theo đó yêu cầu …`), or what it goes on to tell of the time since (`…, thời
# gian qua công tác dân vận đã đạt …`)
_PURPOSE = re.compile(r",\s*(?:góp\s+phần|nhằm|qua\s+đó|từ\s+đó|theo\s+đó|đồng\s+thời|tạo\s+(?:sự|đà|điều\s+kiện)"
                      r"|(?:trong\s+)?(?:thời\s+gian|những\s+năm|các\s+năm|năm)\s+qua)[\s,].*", re.S)
# `… trên địa bàn tỉnh Nghệ An phù hợp với các nội dung của Luật …`: after the place that ends a
# subject, the citing text's aim in it, without a comma
_PLACE_THEN_AIM = re.compile(rf"(?<=trên địa bàn )((?i:{UNIT_WORDS})\s+{g.place_name(4)})\s+"
                             r"(?:phù\s+hợp\s+với|bảo\s+đảm|đảm\s+bảo|đáp\s+ứng)\s.*", re.S)
# `… chuyển đổi số quốc gia tập trung vào việc tuyên truyền …`: what the citing text means to do
# under the document, without a comma (a title names what it is about, not `việc` to focus on)
_OWN_FOCUS = re.compile(r"\s+(?:(?:trong\s+đó\s+)?tập\s+trung\s+vào\s+việc|trong\s+đó\s+tập\s+trung)\s.*", re.S)
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
