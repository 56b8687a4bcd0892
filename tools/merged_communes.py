"""Write data/vocab/merged_communes.csv: the communes that the gazetteer's pre-reform snapshot
(`vietnamadminunits`, early 2025) no longer holds, from the General Statistics Office's lists of
2020-02-25 and 2023-05-07 as the `vietnam-provinces` package shipped them (versions 0.2.2 and
0.5.0). Plans of 2020-2024 are issued by them: without them such a plan has no place, or the
place of another commune of the same name.

    pip download --no-deps vietnam-provinces==0.2.2 vietnam-provinces==0.5.0 -d /tmp/vp
    python tools/merged_communes.py /tmp/vp/vietnam_provinces-0.2.2-py3-none-any.whl \
        /tmp/vp/vietnam_provinces-0.5.0-py3-none-any.whl

Each row is a commune as the older list names it (its province and district as the snapshot
names them now: data/vocab/former_names.toml) and the date of the last list that holds it. A
commune the snapshot holds under another spelling (`Phó Bảng`, `Phố Bảng`) gets the snapshot's
name in `now`: the same unit, found by either spelling.
"""
from __future__ import annotations

import csv
import json
import sys
import unicodedata
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from loaders.places import key, short_name, unit_word      # noqa: E402
from loaders.vocab import VOCAB_DIR, load_data      # noqa: E402

LISTS = {"0.2.2": "2020-02-25", "0.5.0": "2023-05-07"}     # the GSO list each version was made from
OUT = VOCAB_DIR / "merged_communes.csv"


def bare(name: str) -> str:
    """A name without its unit word, marks, spaces or dashes: spellings of one name compare equal."""
    folded = unicodedata.normalize("NFD", key(short_name(name)).replace("đ", "d"))
    return "".join(c for c in folded if c.isalnum() and not unicodedata.combining(c))


def old_communes(wheel: Path) -> list[tuple[str, str, str]]:
    with zipfile.ZipFile(wheel) as zf:
        data = json.loads(zf.read("vietnam_provinces/data/nested-divisions.json"))
    return [(p["name"], d["name"], w["name"]) for p in data for d in p["districts"] for w in d["wards"]]


def main(wheels: list[str]) -> None:
    from vietnamadminunits.database import get_data
    renamed = {key(u["name"]): u["now"] for u in load_data("former_names").get("unit", ())}
    # (province, district's name without its unit word) -> its communes by name key and by (unit
    # word, bare name); and the district's full name now (a district raised since keeps its name:
    # huyện Phú Quốc, thành phố since 2021)
    now: dict[tuple[str, str], dict[str, str]] = {}
    districts: dict[tuple[str, str], str] = {}
    for r in get_data(["province", "district", "ward"], table="admin_units_legacy"):
        where = key(r["province"]), key(short_name(r["district"]))
        districts[where] = r["district"]
        if r["ward"] is not None:      # (an island district has no communes)
            there = now.setdefault(where, {})
            there[unit_word(r["ward"]), bare(r["ward"])] = there[key(short_name(r["ward"]))] = r["ward"]
    rows: dict[tuple[str, str, str], dict] = {}
    for wheel in wheels:
        seen = LISTS[Path(wheel).name.split("-")[1]]
        for province, district, commune in old_communes(Path(wheel)):
            province, district = renamed.get(key(province), province), renamed.get(key(district), district)
            where = key(province), key(short_name(district))
            district, there = districts.get(where, district), now.get(where, {})
            if key(short_name(commune)) in there:
                continue    # in the snapshot as it is, or raised (`xã` to `thị trấn`): found by its name
            # (of its unit word: Vĩnh Thạnh has a thị trấn Thạnh An and a xã Thạnh An)
            same = there.get((unit_word(commune), bare(commune)))
            rows[key(province), key(district), key(commune)] = {
                "province": province, "district": district, "commune": commune,
                "last_seen": seen, "now": same or ""}
    with open(OUT, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, ["province", "district", "commune", "last_seen", "now"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(sorted(rows.values(), key=lambda r: (r["province"], r["district"], r["commune"])))
    print(f"{OUT}: {len(rows)} communes, {sum(1 for r in rows.values() if r['now'])} of them other spellings")


if __name__ == "__main__":
    main(sys.argv[1:])
