"""The document's own issuer as its header names it (HeaderIssuer) -> its name as references name
it, its level and its place: a body named without its place is placed by the date line or the
text's place names, resolved with the gazetteer."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from loaders.issuers import DEPARTMENT, INSTITUTION, clean_phrase, department_name, joint_name
from loaders.places import UNIT_LEVEL, UNIT_WORDS, candidates, city_level, gazetteer, lookup_name, styled
from loaders.records import Locality
from loaders.vocab import vocabulary


@dataclass
class HeaderIssuer:
    """The issuer as the header names it, before its place is resolved."""
    body: str                 # "UBND", "Ủy ban bầu cử", "Ban Tuyên giáo và Dân vận Trung ương"
    unit: str | None          # "xã", "huyện", "tỉnh" …, None for central bodies
    name: str | None          # the place's name, when the text gives it
    sub: str | None = None    # a sub-body under the body (Tiểu ban …)
    partners: tuple[str, ...] = ()      # the other bodies of a joint letterhead, of the same place
    above: dict[str, str] | None = None   # the unit above that the letterhead's line over it names


def resolve_issuer(issuer: HeaderIssuer | None, label_hit, hints, eras, dated_at: str | None = None):
    """(issuer text, level, locality, the localities it may have when its unit is ambiguous).
    A body named without its place (`ỦY BAN NHÂN DÂN`, `UBND tỉnh`) is where the date line says
    (`Hưng Yên, ngày …`) when that is a unit of its level, else where the text most often says."""
    if issuer is None:
        return *_issuer_from_label(label_hit), []
    if issuer.unit is None:
        return issuer.body, "central", Locality(), []
    level = UNIT_LEVEL[issuer.unit] or ("province" if issuer.name is None else city_level(issuer.name, eras))
    dated = dated_at if dated_at and gazetteer().known(level, dated_at) else None
    written = issuer.name or dated or _most_common(hints, level)
    name = written and lookup_name(issuer.unit, written)       # "PHƯỜNG 9"
    units = candidates(level, name, eras, _with_date_line(hints, level, written, dated_at), issuer.unit,
                       issuer.above, own=True) if name else []
    unit = units[0] if len(units) == 1 else None
    place = styled(unit.name) if unit else " ".join(x for x in (issuer.unit, written and written.title()) if x)
    text = (_holding_place(issuer.body, written)
            or joint_name([_named(body, place) for body in (issuer.body, *issuer.partners)]))
    if issuer.sub and _holding_place(issuer.sub, written):
        # `UBND TỈNH ĐỒNG NAI / BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP ĐỒNG NAI`: its name holds its place
        text = _holding_place(issuer.sub, written)
    elif issuer.sub and DEPARTMENT.match(issuer.sub):
        # a committee's office is named with the place (`Phòng Nội vụ huyện …`), another body's with
        # that body (`CÔNG AN TỈNH … / PHÒNG CẢNH SÁT GIAO THÔNG`: `… Công an tỉnh …`)
        own = _COMMITTEE.fullmatch(issuer.body)
        text = _named(issuer.sub, place) if own else f"{department_name(issuer.sub)} {_named(issuer.body, place)}"
    elif issuer.sub and issuer.sub.lower().endswith(" " + issuer.unit):
        # `ĐẢNG BỘ TỈNH BÌNH PHƯỚC / ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH`: the body of that province
        text = clean_phrase(f"{issuer.sub[:-len(issuer.unit)]}{place}")
    elif issuer.sub and INSTITUTION.fullmatch(issuer.sub):
        # a school of the place, named as it is; a centre that has no name but its kind, by the place
        # (`UBND PHƯỜNG SÀI GÒN / TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG`: `… hành chính công phường Sài Gòn`)
        text = issuer.sub if issuer.sub.split()[-1][:1].isupper() else f"{issuer.sub} {place}"
    elif issuer.sub and _PARTY_COMMITTEE.match(issuer.body) and _COMMITTEE_OFFICE.match(issuer.sub):
        # `ĐẢNG ỦY XÃ TÂN KHAI / BAN XÂY DỰNG ĐẢNG`: the committee's office, named with it as a
        # Tỉnh ủy's is (`Ban Xây dựng Đảng Đảng ủy xã Tân Khai`, `Ban Tuyên giáo Tỉnh ủy …`)
        text = f"{department_name(issuer.sub)} {text}"
    elif issuer.sub and _body_of_the_place(issuer.sub):
        # `UBND HUYỆN … / BAN CHỈ HUY QUÂN SỰ`: the district's command, as citations name it
        text = _named(issuer.sub, place)
    elif issuer.sub:    # `Ban Thường trực Ủy ban MTTQ …`; `Chi bộ ấp 2, Đảng bộ xã …`
        text = f"{clean_phrase(issuer.sub)}{'' if STANDING_ORGAN.match(issuer.sub) else ','} {text}"
    if unit:
        return text, level, unit.locality, []
    return text, level, Locality(), [u.locality for u in units]


_COMMITTEE = re.compile(r"(?i)ubnd|[ủu][yỷ]\s+ban\s+nhân\s+dân|hđnd|hội\s+đồng\s+nhân\s+dân")
_PARTY_COMMITTEE = re.compile(r"(?i)đảng\s+[ủu][yỷ]\b")
_COMMITTEE_OFFICE = re.compile(r"(?i)(?:ban|văn\s+phòng|[ủu][yỷ]\s+ban\s+kiểm\s+tra|cơ\s+quan)\b")


# a body's standing board, office or council committee is named with it, as citations name it (`Ban
# Thường trực Ủy ban MTTQ Việt Nam huyện …`, `Văn phòng UBND tỉnh …`, `Thường trực HĐND tỉnh …`, `Ban
# Pháp chế HĐND tỉnh …`); a sub-committee or a cell is the body's, after a comma
STANDING_ORGAN = re.compile(r"(?i)(?:(?:ban\s+)?thường\s+trực|ban\s+thường\s+vụ|văn\s+phòng"
                            r"|ban\s+(?:pháp\s+chế|kinh\s+tế\s*-\s*(?:ngân\s+sách|xã\s+hội)|văn\s+hóa\s*-\s*xã\s+hội|đô\s+thị))$")


def _body_of_the_place(sub: str) -> bool:
    """A body of the place itself (`Ban Chỉ huy Quân sự`, `Ban Chỉ đạo 35`, `Công an`) under its
    committee's line, not the committee's own organ (`Ban Thường trực`, `Văn phòng`)."""
    lower = sub.lower()
    return not STANDING_ORGAN.match(sub) and any(
        lower.startswith(name + " ") or lower == name for name, _ in vocabulary().local_bodies)


def _holding_place(body: str, written: str | None) -> str | None:
    """A body whose name ends with its place's name without the unit word, that name capitalised
    (`Ban quản lý các khu công nghiệp đồng nai` -> `Ban Quản lý các khu công nghiệp Đồng Nai`)."""
    if not written or not body.lower().endswith(" " + written.lower()):
        return None
    if re.search(rf"(?i:{UNIT_WORDS})$", body[:-len(written)].rstrip()):     # `… huyện Hớn Quản`: with its unit
        return None
    return clean_phrase(f"{body[:-len(written)]}{written.title()}")


def _named(body: str, place: str) -> str:
    """A body of the letterhead with its place, named as references name it (`Sở Y tế tỉnh …`)."""
    return f"{department_name(body)} {place}" if DEPARTMENT.match(body) else clean_phrase(f"{body} {place}")


def _with_date_line(hints: dict[str, Counter], level: str, written: str | None, dated_at: str | None):
    """The text's place names, and the date line's when it names a unit above a district's or
    commune's body (`Đồng Xoài, ngày …` of phường Tân Phú). A number (`11, ngày …` of phường 11)
    is the ward's own."""
    found = {k: set(v) for k, v in hints.items()}
    if dated_at and level != "province" and not dated_at[:1].isdigit() and dated_at.lower() != (written or "").lower():
        for above in ("province", "district"):
            found.setdefault(above, set()).add(dated_at)
    return found


def _issuer_from_label(label_hit):
    if label_hit is None:
        return None, None, Locality()
    body = vocabulary().issuer_by_code.get((label_hit.codes[-1:] or [""])[0].rstrip("0123456789"))
    return (body, "central", Locality()) if body else (None, None, Locality())


def _most_common(hints: dict[str, Counter], level: str) -> str | None:
    counter = hints.get(level)
    return counter.most_common(1)[0][0] if counter else None
