"""Plain records passed from the loaders to the graph. No behaviour beyond serialisation."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

RELATIONS = ("implements", "based_on", "cites")
LEVELS = ("central", "province", "district", "commune")


@dataclass(frozen=True, slots=True)
class Locality:
    """A place as it was on the document's date (districts exist only before 2025-07-01)."""
    province: str | None = None
    district: str | None = None
    commune: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        """As `dataclasses.asdict` gives it, twenty times faster (once per node of a large graph)."""
        return {"province": self.province, "district": self.district, "commune": self.commune}


@dataclass(slots=True)
class Mention:
    start: int       # offsets into the original (decoded) text
    end: int
    sentence: str


@dataclass(slots=True)
class RelatedLink:
    """A relation the text states between a cited document and another one it names."""
    relation: str    # implements | guides | details | amends | repeals | replaces | issues
    label: str | None
    name: str | None = None


@dataclass(slots=True)
class Reference:
    label: str | None             # canonical number-symbol; None for a law known only by name
    doc_type: str | None
    issued_date: str | None       # ISO yyyy-mm-dd
    issuer: str | None
    subject: str | None
    relation: str                 # implements | based_on | cites
    name: str | None = None       # a law cited by name ("Luật Tiếp công dân")
    year: int | None = None
    level: str | None = None      # level of the issuer when known
    locality: Locality | None = None   # place of a local issuer, as far as the text tells
    mentions: list[Mention] = field(default_factory=list)
    related: list[RelatedLink] = field(default_factory=list)


@dataclass(slots=True)
class DocumentRecord:
    doc_type: str | None
    label: str | None
    title: str | None
    issuer: str | None
    level: str | None
    locality: Locality
    issued_date: str | None
    year: int | None
    signer: str | None
    recipients: list[str] = field(default_factory=list)
    # where the document may be when several units share its unit's name and the text does not
    # say which (`UBND xã Tân Hạnh`, no district named): the graph narrows its references with it
    possible_localities: list[Locality] = field(default_factory=list)


@dataclass(slots=True)
class Extraction:
    source: str
    document: DocumentRecord | None
    references: list[Reference]
    errors: list[str]
    sha256: str | None = None

    def to_json(self) -> dict:
        return asdict(self)
