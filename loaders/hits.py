"""What the reference grammar passes between its steps: the citing document's context, and each
hit (a number-symbol, or a law's or a congress's resolution's name, found in the text) as it is
read (loaders/references.py)."""
from __future__ import annotations

from dataclasses import dataclass, field

from loaders.issuers import Issuer
from loaders.records import Locality


@dataclass
class Context:
    """What the citing document tells about itself, used to complete its references."""
    own_label: str | None
    locality: Locality
    eras: list[str]
    date: str | None
    hints: dict[str, set[str]] = field(default_factory=dict)
    own_issuer: str | None = None
    own_level: str | None = None
    own_number: tuple[int, int] | None = None      # where the header's `Số:` line gives it


@dataclass
class Hit:
    start: int                   # start of the type word, or of the number
    end: int                     # end of the number-symbol (or law name)
    label: str | None
    doc_type: str | None
    codes: list[str]             # issuer codes of the symbol, canonical
    shape: str                   # party | normative | administrative | law | congress
    year: int | None = None
    date: str | None = None
    issuer_raw: str | None = None
    subject: str | None = None
    name: str | None = None
    tail_end: int = 0
    clause_end: int = 0
    nested_in: "Hit | None" = None
    nested_relation: str | None = None
    candidates: list = field(default_factory=list)   # laws of that name, for a law hit
    issuer: Issuer | None = None     # resolved in merge()
    in_title: bool = False           # in the document's own title
    lead: int | None = None          # where `… và chỉ đạo của UBND tỉnh tại` before it starts
    horned: bool = False             # a Party symbol's body written `TƯ`: read as `TW` (see read_for)
    row: int | None = None           # where the table's row that holds it begins
    subject_span: tuple[int, int] | None = None     # a cell of that row that gives the subject

    def read_for(self, level: str | None) -> None:
        """`TƯ` is the Centre's (`TW`, as people write `Trung ương`) unless a local body issued the
        document: then it is a Tỉnh ủy's `TU` misread (`Số 445-KL/TƯ` under `TỈNH ỦY THỪA THIÊN HUẾ`)."""
        if self.horned and level not in (None, "central"):
            self.label, self.codes, self.horned = self.label.replace("/TW", "/TU"), ["TU"], False

    @property
    def named(self) -> bool:
        """Cited by name, without a number-symbol: a law, a Party congress's resolution."""
        return self.shape in ("law", "congress")

    @property
    def body_code(self) -> str | None:
        """The code of the issuing body: first after the type in `5973/UBND-KT` and `114/KH-UBND`,
        last in `04/2015/NĐ-CP` and `31-CT/TU`."""
        if not self.codes:
            return None
        return (self.codes[0] if self.shape == "administrative" else self.codes[-1]).rstrip("0123456789")
