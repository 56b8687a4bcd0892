"""Write a synthetic but realistic corpus of implementing plans, with its ground truth.

    python benchmarks/generate.py OUT --plans 10000 [--seed 1]

For campaigns (a central directive carried out in one year), provinces issue plans based on the
directive, their districts (before 2025-07-01) implement the province plan, and communes implement
the district plan (or the province plan after the reform). Places are real units from the
gazetteer for the plan's date. Each plan cites 10-60 documents with the noise real plans have:
spacing inside number-symbols, upper-case codes, hard line breaks, missing dates, wrong days.
OUT/truth.jsonl holds, per file, what the plan is and what it implements (the true lineage).
Deterministic for a given seed.
"""
from __future__ import annotations

import argparse
import bisect
import json
import random
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from loaders.places import REFORM_DATE, gazetteer, short_name, styled, unit_word  # noqa: E402

@dataclass
class Doc:
    doc_type: str
    label: str
    date: str
    issuer: str
    subject: str


TOPICS = ["công tác dân vận của cơ quan hành chính nhà nước", "cải cách hành chính", "chuyển đổi số",
          "phòng, chống tham nhũng, tiêu cực", "bảo đảm trật tự an toàn giao thông", "phòng, chống thiên tai",
          "xây dựng nông thôn mới", "thực hiện dân chủ ở cơ sở", "công tác tiếp công dân",
          "phòng cháy, chữa cháy", "bảo vệ môi trường", "phổ biến, giáo dục pháp luật"]
REAL = [Doc(*row) for row in [("Kết luận", "114-KL/TW", "2015-07-14", "Ban Bí thư",
         "nâng cao hiệu quả công tác dân vận của cơ quan nhà nước các cấp"),
        ("Quyết định", "23-QĐ/TW", "2021-07-30", "Bộ Chính trị",
         "ban hành Quy chế công tác dân vận của hệ thống chính trị"),
        ("Nghị định", "04/2015/NĐ-CP", "2015-01-09", "Chính phủ",
         "thực hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước và đơn vị sự nghiệp công lập"),
        ("Nghị quyết", "76/NQ-CP", "2021-07-15", "Chính phủ",
         "ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030")]]


@dataclass
class Plan:
    level: str
    unit: str                       # full gazetteer name of the issuing unit
    province: str
    district: str | None
    number: int
    date: str
    directive: Doc
    parent: "Plan | None"
    file: str = ""
    cites: list[Doc] = field(default_factory=list)

    @property
    def named(self) -> str:
        """The unit as texts of the plan's day name it."""
        return gazetteer().name_on(self.unit, self.date)

    @property
    def issuer(self) -> str:
        return f"UBND {styled(self.named)}"

    @property
    def label(self) -> str:
        return f"{self.number}/KH-UBND"


class Generator:
    def __init__(self, seed: int):
        self.rnd = random.Random(seed)
        self.numbers: dict[tuple[str, int], int] = {}
        self.directives = self._directives()
        self.catalogue = sorted(REAL + self.directives, key=lambda d: d.date)
        self.dates = [d.date for d in self.catalogue]

    def _directives(self) -> list[Doc]:
        seen, docs = set(), []
        while len(docs) < 300:
            year = self.rnd.randint(2016, 2025)
            number = self.rnd.randint(1, 40)
            if (number, year) not in seen:
                seen.add((number, year))
                day = date(year, 1, 1) + timedelta(days=self.rnd.randint(0, 364))
                docs.append(Doc("Chỉ thị", f"{number}/CT-TTg", day.isoformat(), "Thủ tướng Chính phủ",
                                f"tăng cường {self.rnd.choice(TOPICS)}"))
        return docs

    def campaigns(self, total: int):
        """Plans, campaign after campaign, until `total` plans."""
        made = 0
        while made < total:
            directive = self.rnd.choice(self.directives)
            year = min(int(directive.date[:4]) + self.rnd.randint(0, 1), 2026)
            for plan in self._campaign(directive, year):
                yield plan
                made += 1
                if made >= total:
                    return

    def _campaign(self, directive: Doc, year: int):
        start = max(date(year, 1, 1), date.fromisoformat(directive.date) + timedelta(days=7))
        era = "legacy" if start.isoformat() < REFORM_DATE else "2025"
        gaz = gazetteer()
        provinces = gaz.units("province", era)
        for province in self.rnd.sample(provinces, self.rnd.randint(1, min(8, len(provinces)))):
            top = self._plan("province", province.name, province.name, None, start, directive, None)
            yield top
            middle = gaz.units("district", era, province.locality) if era == "legacy" else [None]
            for district in self.rnd.sample(middle, max(1, int(len(middle) * self.rnd.uniform(0.4, 1)))):
                parent = top
                if district is not None:
                    parent = self._plan("district", district.name, province.name, district.name,
                                        date.fromisoformat(top.date), directive, top)
                    yield parent
                # (before 2025 not the wards whose names then meant another district's: the snapshot
                # has no district of that day for them)
                communes = [c for c in gaz.units("commune", era, district.locality if district else province.locality)
                            if gaz.stood(c, start.isoformat())]
                for commune in self.rnd.sample(communes, int(len(communes) * self.rnd.uniform(0.2, 0.7))):
                    yield self._plan("commune", commune.name, province.name, district and district.name,
                                     date.fromisoformat(parent.date), directive, parent)

    def _plan(self, level, unit, province, district, after: date, directive, parent) -> Plan:
        # a campaign stays in its year, and one of the old three levels ends before the reform
        # (no district plans after 2025-07-01)
        last = date(after.year, 12, 31)
        if after.isoformat() < REFORM_DATE:
            last = min(last, date.fromisoformat(REFORM_DATE) - timedelta(days=1))
        day = min(after + timedelta(days=self.rnd.randint(3, 40)), max(last, after))
        key = (province, district, unit, day.year)      # numbers run per issuing body and year
        self.numbers[key] = self.numbers.get(key, self.rnd.randint(1, 60)) + self.rnd.randint(1, 5)
        plan = Plan(level, unit, province, district, self.numbers[key], day.isoformat(), directive, parent)
        earlier = self.catalogue[:bisect.bisect_left(self.dates, plan.date)]
        plan.cites = self.rnd.sample(earlier, min(len(earlier), self.rnd.randint(10, 60)))
        return plan


# --- text --------------------------------------------------------------------------------

def render(plan: Plan, rnd: random.Random) -> str:
    d = date.fromisoformat(plan.date)
    governing = plan.parent.named if plan.level == "commune" and plan.parent else None
    letterhead = (f"UBND {governing.upper()}\nUBND {plan.named.upper()}" if governing and rnd.random() < 0.5
                  else f"ỦY BAN NHÂN DÂN\n{plan.named.upper()}")
    head = (f"{letterhead}\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            f"Độc lập - Tự do - Hạnh phúc\nSố: {plan.number}/KH-UBND\n"
            f"{_dated_at(plan.named)}, ngày {d.day:02d} tháng {d.month:02d} năm {d.year}\n\n"
            f"KẾ HOẠCH\nThực hiện Chỉ thị số {plan.directive.label} của Thủ tướng Chính phủ năm {d.year}\n\n")
    if plan.parent is None:
        opening = f"Căn cứ {cite(plan.directive, rnd, noisy=False)};"
    else:
        p = plan.parent
        named = styled(p.named) if rnd.random() < 0.5 else unit_word(p.named)       # "của UBND huyện" alone
        opening = (f"Thực hiện Kế hoạch số {p.number}/KH-UBND ngày {_vn(p.date)} của UBND {named} về thực hiện "
                   f"Chỉ thị số {plan.directive.label} của Thủ tướng Chính phủ;")
    own = {"province": "tỉnh", "district": "huyện", "commune": "xã"}[plan.level]
    body = [f"{opening} Ủy ban nhân dân {own} ban hành Kế hoạch thực hiện như sau:", "", "I. MỤC ĐÍCH, YÊU CẦU"]
    for i in range(0, len(plan.cites), 4):
        group = "; ".join(cite(doc, rnd) for doc in plan.cites[i:i + 4])
        body.append(f"{i // 4 + 1}. Tiếp tục quán triệt, tuyên truyền {group}.")
    body += ["", "II. TỔ CHỨC THỰC HIỆN", "Các cơ quan, đơn vị triển khai thực hiện nghiêm túc Kế hoạch này./.",
             "", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Nguyễn Văn An"]
    return head + "\n".join(body) + "\n"


def _dated_at(named: str) -> str:
    """The place of the date line: the unit's name (`Hớn Quản`), with its word when the name is a
    number (`Quận 3`, as its letters write it: `3, ngày …` says nothing)."""
    short = short_name(named)
    return named if short.isdigit() else short


def cite(doc: Doc, rnd: random.Random, noisy: bool = True) -> str:
    label = doc.label
    if noisy and rnd.random() < 0.05:
        label = label.replace("/", "/ ", 1)
    if noisy and rnd.random() < 0.03:
        label = label.upper()
    when = _vn(doc.date)
    if noisy and rnd.random() < 0.02:          # a wrong day, as real plans sometimes write
        wrong = date.fromisoformat(doc.date) + timedelta(days=rnd.choice([-2, -1, 1, 2]))
        when = _vn(wrong.isoformat())
    dated = "" if noisy and rnd.random() < 0.05 else f" ngày {when}"
    gap = "\n" if noisy and rnd.random() < 0.05 else " "
    return f"{doc.doc_type} số{gap}{label}{dated} của {doc.issuer} về {doc.subject}"


def _vn(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{int(d)}/{int(m)}/{y}"


def truth(plan: Plan) -> dict:
    ident = lambda p: {"label": p.label, "issuer": p.issuer, "year": int(p.date[:4]), "file": p.file}  # noqa: E731
    return {"file": plan.file, **ident(plan), "level": plan.level, "date": plan.date,
            "implements": ident(plan.parent) if plan.parent else None,
            "based_on": plan.directive.label if plan.parent is None else None,
            "directive": {"label": plan.directive.label, "year": int(plan.directive.date[:4])},
            "cites": len(plan.cites)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--plans", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if args.out.exists() and any(args.out.iterdir()):
        parser.error(f"{args.out} is not empty")
    gen = Generator(args.seed)
    text_rnd = random.Random(args.seed + 1)
    args.out.mkdir(parents=True, exist_ok=True)
    with open(args.out / "truth.jsonl", "w", encoding="utf-8") as out:
        for i, plan in enumerate(gen.campaigns(args.plans)):
            folder = args.out / f"{i // 1000:04d}"
            folder.mkdir(exist_ok=True)
            plan.file = str((folder / f"{plan.level}-{i:07d}.txt").relative_to(args.out))
            (args.out / plan.file).write_text(render(plan, text_rnd), encoding="utf-8")
            out.write(json.dumps(truth(plan), ensure_ascii=False) + "\n")
    print(f"{args.plans} plans -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
