"""A thin wrapper over the `vietnamadminunits` gazetteer: which units existed on a date.

Before 2025-07-01 local government had three levels (province, district, commune) in 63
provinces; from that day two levels (province, commune) in 34 provinces.
"""
from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from importlib import resources
from functools import cache, lru_cache

from loaders.records import Locality
from loaders.spelling import tone_on_first
from loaders.vocab import load_data, load_table

REFORM_DATE = "2025-07-01"
# Units of 2024 that the gazetteer's pre-reform snapshot (early 2025) has as something else: the
# district-level city Huế, raised to a province on this date (data/vocab/former_names.toml)
RAISED_ERA, RAISED_DATE = "2024", "2025-01-01"
# Documents before 2021: the communes of the statistics office's list of 2020 merged away (or moved
# with their district: Quận 2's wards into Thành phố Thủ Đức) by 2021 still stood. No unit is
# indexed under this era: it only tells `candidates` which merged units a document's date knew.
FIRST_LIST_ERA, FIRST_LIST_UNTIL = "2020", "2021-01-01"
UNIT_LEVEL = {
    "tỉnh": "province", "thành phố": None, "huyện": "district", "quận": "district",
    "thị xã": "district", "xã": "commune", "phường": "commune", "thị trấn": "commune",
    "đặc khu": "commune",
}
UNIT_WORDS = "|".join(sorted(UNIT_LEVEL, key=len, reverse=True))    # a regex alternation, longest first


@lru_cache(maxsize=1 << 16)
def key(name: str) -> str:
    """A place's name as texts and the gazetteer spell it, each its own way, made one:
    `Bà Rịa-Vũng Tàu`, `Bà Rịa - Vũng Tàu`, `Bà Rịa Vũng Tàu`; `Cư M’gar`, `Cư Mgar`; `Thuỷ`,
    `Thủy`; `Phường 02`, `Phường 2`; the Central Highlands' `Đăk Hà`, `Đắk Hà`, `Đak Đoa`, `Đăk
    Lăk`, `Krông Pắc`, `Krông Pắk`; `Qui Nhơn`, `Quy Nhơn`."""
    lower = _LEADING_ZEROS.sub("", tone_on_first(name).lower())
    lower = _FINAL_C.sub("k", lower)
    lower = _LAK.sub("lắk", _DAK.sub("đắk", lower)) if "đ" in lower else lower
    return " ".join(_APOSTROPHE.sub("", _QUI.sub("quy", lower)).replace("-", " ").replace("–", " ").split())


_LEADING_ZEROS = re.compile(r"(?<!\d)0+(?=\d)")
_FINAL_C = re.compile(r"(?<=[aăắ])c\b")    # (no two places differ by it: Vietnamese finals are `c`)
_DAK = re.compile(r"\bđ[aăắ]k\b")
_LAK = re.compile(r"\bl[ăắ]k\b")
_QUI = re.compile(r"\bqui\b")
_APOSTROPHE = re.compile(r"['’]\s*")


@dataclass(frozen=True)
class Unit:
    level: str
    name: str            # full name as in the gazetteer: "Huyện Hớn Quản"
    locality: Locality
    merged: bool = False     # merged into another before the snapshot (data/vocab/former_names.toml)
    lasted: str | None = None   # of a merged commune: the last era it stood in (data/vocab/merged_communes.csv)


class Gazetteer:
    def __init__(self, rows_legacy: list[dict], rows_2025: list[dict], former: dict[str, list[dict]],
                 merged_communes: list[dict] = ()):
        self._index: dict[tuple[str, str, str], list[Unit]] = {}
        # (era, level, province, district) -> the units there; None: any province or district
        self._units: dict[tuple, list[Unit]] = {}
        for r in rows_legacy:
            self._add("legacy", r["province"], r["district"], r["ward"], r["provinceShort"],
                      r["districtShort"], r["wardShort"])
        for r in rows_2025:
            self._add("2025", r["province"], None, r["ward"], r["provinceShort"], None, r["wardShort"])
        for f in former.get("unit", ()):
            self._add_former(f["level"], f["name"], f["now"])
        for f in former.get("merged", ()):      # a district of its own until it was merged
            self._add_unit("legacy", "district", f["name"], None, Locality(f["province"], f["name"]), merged=True)
        for c in merged_communes:       # data/vocab/merged_communes.csv (tools/merged_communes.py)
            where = Locality(c["province"], c["district"], c["now"] or c["commune"])
            if c["now"]:
                self._add_spelling(c["commune"], where)
            else:
                lasted = FIRST_LIST_ERA if c["last_seen"] < FIRST_LIST_UNTIL else RAISED_ERA
                self._add_unit("legacy", "commune", c["commune"], None, where, merged=True, lasted=lasted)
        # the province a raised city became, and the name it had until then (`Tỉnh Thừa Thiên Huế`)
        self._raised: dict[str, tuple[str, str]] = {}
        for f in former.get("raised", ()):      # a district until its city became a province
            self._add_unit(RAISED_ERA, "district", f["name"], None, Locality(f["province"], f["name"]), merged=True)
            earlier = next((u["name"] for u in former.get("unit", ()) if u["now"] == f["province"]), f["province"])
            self._raised[f["province"]] = (earlier, f["until"])

    def _add(self, era, province, district, ward, p_short, d_short, w_short):
        self._add_unit(era, "province", province, p_short, Locality(province))
        if district:
            self._add_unit(era, "district", district, d_short, Locality(province, district))
        self._add_unit(era, "commune", ward, w_short, Locality(province, district, ward))

    def _add_unit(self, era: str, level: str, full: str | None, short: str | None, locality: Locality,
                  merged: bool = False, lasted: str | None = None) -> None:
        if full is None:
            return
        unit = Unit(level, full, locality, merged, lasted)
        # a merged unit is found by its name but not listed among the era's units (coverage,
        # the generator): it did not last the era
        if not merged and unit not in self._index.get((era, level, key(full)), ()):
            for scope in {(None, None), (locality.province, None), (locality.province, locality.district)}:
                self._units.setdefault((era, level, *scope), []).append(unit)
        # the table's short name says `Long Phú (Thị trấn)` where a district also has a xã
        # Long Phú: the name without its unit word is what texts write
        for name in {full, short, short_name(full)} - {None}:
            bucket = self._index.setdefault((era, level, key(name)), [])
            if unit not in bucket:
                bucket.append(unit)

    def _add_former(self, level: str, name: str, now: str) -> None:
        """A pre-reform name the snapshot lacks (`Tỉnh Thừa Thiên Huế`) finds the unit it became:
        its documents are named and placed as the ones issued under the new name, so that
        both are one body."""
        self._add_name(level, name, self._index.get(("legacy", level, key(now)), []))

    def _add_spelling(self, name: str, unit_at: Locality) -> None:
        """Another spelling of a commune of the snapshot (`Phó Bảng` of `Thị trấn Phố Bảng`)."""
        units = self._index.get(("legacy", "commune", key(unit_at.commune)), [])
        self._add_name("commune", name, [u for u in units if u.locality == unit_at])

    def _add_name(self, level: str, name: str, units: list[Unit]) -> None:
        """Another name (and its name without the unit word) that finds these units."""
        for spelling in (name, short_name(name)):
            bucket = self._index.setdefault(("legacy", level, key(spelling)), [])
            bucket.extend(u for u in units if u not in bucket)

    def find(self, level: str, name: str, era: str) -> list[Unit]:
        return list(self._index.get((era, level, key(name)), []))

    def units(self, level: str, era: str, within: Locality = Locality()) -> list[Unit]:
        """Every unit of a level in an era, inside a province (and district) when given."""
        district = within.district if within.province else None
        return list(self._units.get((era, level, within.province, district), []))

    def name_on(self, unit: str, day: str) -> str:
        """The unit's full name on that day, where the snapshot knows only a later one (for
        writing texts of that day: the benchmark's generator)."""
        earlier, until = self._raised.get(unit, (unit, ""))
        return earlier if day < until else unit

    def stood(self, unit: Unit, day: str) -> bool:
        """Whether the unit stood on that day as the snapshot has it: not where its name then meant
        a unit merged away or moved since (phường Nghi Tân was thị xã Cửa Lò's until 2025)."""
        eras = era_of(day, None)
        return not any(u.merged and u.lasted in eras and u.locality.province == unit.locality.province
                       for u in self._index.get(("legacy", unit.level, key(short_name(unit.name))), ()))

    def known(self, level: str, name: str) -> bool:
        return any(self._index.get((era, level, key(name))) for era in (RAISED_ERA, "legacy", "2025"))


@cache
def gazetteer() -> Gazetteer:
    from vietnamadminunits.database import get_data
    legacy = get_data(["province", "district", "ward", "provinceShort", "districtShort", "wardShort"],
                      table="admin_units_legacy")
    current = get_data(["province", "ward", "provinceShort", "wardShort"], table="admin_units")
    return Gazetteer(legacy, current, load_data("former_names"), load_table("merged_communes"))


def former_place(place: Locality) -> Locality | None:
    """The province (and district) that a commune of 2025 was made from on 2025-07-01, when all its
    parts were of one (xã Tân Khai, Đồng Nai: Bình Phước's huyện Hớn Quản)."""
    parts = _parts_of_2025().get((place.province, place.commune), ())
    provinces = {province for province, _ in parts}
    if len(provinces) != 1:
        return None
    return Locality(provinces.pop(), next(iter(parts))[1] if len(parts) == 1 else None)


@cache
def _parts_of_2025() -> dict[tuple[str, str], set[tuple[str, str]]]:
    """(province, commune) of 2025 -> the (province, district) of each unit merged into it, from the
    gazetteer's own table of the reform (the units by their keys, `tinhbinhphuoc_huyenhonquan_xatanhiep`)."""
    from vietnamadminunits.database import get_data
    districts = {(r["provinceKey"], r["districtKey"]): (r["province"], r["district"])
                 for r in get_data(["provinceKey", "districtKey", "province", "district"], table="admin_units_legacy")}
    communes = {(r["provinceKey"], r["wardKey"]): (r["province"], r["ward"])
                for r in get_data(["provinceKey", "wardKey", "province", "ward"], table="admin_units")}
    table = json.loads(resources.files("vietnamadminunits").joinpath("data/converter_2025.json").read_text("utf-8"))
    parts: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    whole = ((province, new, old) for province, wards in table["DICT_PROVINCE_WARD_NO_DIVIDED"].items()
             for new, olds in wards.items() for old in olds)
    divided = ((province, new["newWardKey"], old) for province, olds in table["DICT_PROVINCE_WARD_DIVIDED"].items()
               for old, news in olds.items() for new in news)
    for province, new, old in (*whole, *divided):
        commune, district = communes.get((province, new)), districts.get(tuple(old.split("_")[:2]))
        if commune and district:
            parts[commune].add(district)
    return parts


def era_of(date: str | None, year: int | None) -> list[str]:
    """The gazetteer eras to try for a document of this date, most likely first."""
    if date:
        if date < RAISED_DATE:
            return [RAISED_ERA, "legacy", "2025"] + ([FIRST_LIST_ERA] if date < FIRST_LIST_UNTIL else [])
        return ["legacy", "2025"] if date < REFORM_DATE else ["2025", "legacy"]
    if year and year < 2025:
        return [RAISED_ERA, "legacy", "2025"] + ([FIRST_LIST_ERA] if f"{year}-12-31" < FIRST_LIST_UNTIL else [])
    if year and year > 2025:
        return ["2025", "legacy"]
    return ["legacy", "2025"]


def resolve(level: str, name: str, eras: list[str], hints: dict[str, set[str]]) -> Unit | None:
    """The unit of this level and name, disambiguated by the other place names the text gives."""
    found = candidates(level, name, eras, hints)
    return found[0] if len(found) == 1 else None


def candidates(level: str, name: str, eras: list[str], hints: dict[str, set[str]],
               unit: str | None = None, within: dict[str, str] | None = None, own: bool = False) -> list[Unit]:
    """The units of this level and name in the first era that has any, narrowed to those of the
    unit word given (`xã`, not `phường`) and those that agree best with the other place names
    the text gives. `within`: the units above it that the text states (`xã Thọ Lộc, huyện Phúc
    Thọ`, a letterhead's line above): a unit elsewhere is another of the same name, never it.
    `own`: the unit of the text's own letterhead, which names the unit that stood on its date."""
    for era in eras:
        found = gazetteer().find(level, name, era)
        if within:
            found = [u for u in found if _inside(u.locality, within)]
        if unit:
            found = [u for u in found if key(u.name).startswith(key(unit) + " ")] or found
        if len(found) > 1:
            scores = [_agreement(u.locality, hints) for u in found]
            found = _of_its_day([u for u, score in zip(found, scores) if score == max(scores)], eras)
        elif level == "commune" and not within and found and found[0].merged and not (own and found[0].lasted in eras):
            # a commune merged away (1,310 of them) only where the text places it: else `xã Xuân
            # Tiến` cited in Bắc Kạn would be Nam Định's, gone since 2023
            found = [u for u in found if _agreement(u.locality, hints)]
        if found:
            return found
    return []


def _of_its_day(found: list[Unit], eras: list[str]) -> list[Unit]:
    """Units of one name that the text does not tell apart: those that still exist (a merged-away
    district only where the text places it: huyện Kỳ Sơn of Hòa Bình until 2020, of Nghệ An still),
    each as the text's date knew it (`phường Thảo Điền` of 2019 is Quận 2's ward, not Thành phố Thủ
    Đức's: the merged unit of the same name in the same province stands for it)."""
    current = [u for u in found if not u.merged]
    then = [u for u in found if u.merged and u.lasted in eras]
    per_province = Counter(u.locality.province for u in current + then)
    # (one of each in the province: Hà Nội's several phường Quang Trung say nothing of which one)
    moved = {u.locality.province: u for u in then if per_province[u.locality.province] == 2}
    return [moved.get(u.locality.province, u) for u in current] or found


def city_level(name: str, eras: list[str]) -> str:
    """`thành phố X` is a province only when the province itself is called so (Hà Nội, Huế…);
    `thành phố Vĩnh Long` is a city inside tỉnh Vĩnh Long."""
    if eras[:1] == [RAISED_ERA] and gazetteer().find("district", name, RAISED_ERA):
        return "district"       # Huế before 2025-01-01
    unit = resolve("province", name, eras, {})
    return "province" if unit and unit.name.startswith("Thành phố") else "district"


def _inside(loc: Locality, within: dict[str, str]) -> bool:
    """Whether the unit lies in the stated units above it (a level it has no unit of, as a
    commune after the reform has no district, says nothing against it)."""
    for level, name in within.items():
        full = getattr(loc, level)
        if full and key(name) not in (key(full), key(short_name(full))):
            return False
    return True


def _agreement(loc: Locality, hints: dict[str, set[str]]) -> int:
    """How many of the unit's province and district the text names."""
    score = 0
    for level in ("province", "district"):
        full = getattr(loc, level)
        if full and hints.get(level):
            names = {key(full), key(short_name(full))}
            if names & {key(h) for h in hints[level]}:
                score += 1
    return score


def lookup_name(unit: str, name: str) -> str:
    """The name to look a unit up by: numbered units are known by their full name (`phường 1`)."""
    return f"{unit} {name}" if name[:1].isdigit() else name


def short_name(full: str) -> str:
    """`Huyện Hớn Quản` -> `Hớn Quản`; `Thành phố Hà Nội` -> `Hà Nội`."""
    for unit in sorted(UNIT_LEVEL, key=len, reverse=True):
        if full.lower().startswith(unit + " "):
            return full[len(unit) + 1:]
    return full


def unit_word(full: str) -> str:
    """`Huyện Hớn Quản` -> `huyện`; `Thành phố Hà Nội` -> `thành phố` (empty for a bare name)."""
    return full[: len(full) - len(short_name(full))].strip().lower()


def styled(full: str) -> str:
    """`Huyện Hớn Quản` -> `huyện Hớn Quản` (the unit word lower-cased, as texts write it)."""
    short = short_name(full)
    return full[: len(full) - len(short)].lower() + short
