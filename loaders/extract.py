"""The loaders' one entry point: file (or text) -> Extraction (document + references)."""
from __future__ import annotations

import traceback
from pathlib import Path

from loaders.document import extract_document, own_label_match, setting
from loaders.hits import Context
from loaders.layout import find_layout
from loaders.read import LoadError, Text, read_file
from loaders.records import Extraction
from loaders.references import extract_references, symbol_hit

# Raised whenever a change to the loaders changes what they extract: a store built by another
# version has its files extracted again on the next ingest.
VERSION = 274


def extract_text(text: Text, source: str) -> Extraction:
    clean = text.clean
    layout = find_layout(clean, tuple(text.cells))
    number = own_label_match(clean, layout)
    label_hit = symbol_hit(clean, number) if number else None
    document, hints, eras = extract_document(clean, layout, label_hit)
    ctx = Context(own_label=document.label, locality=setting(document, hints, eras), eras=eras,
                  date=document.issued_date, hints=hints, own_issuer=document.issuer,
                  own_level=document.level, own_number=number.span() if number else None)
    references = extract_references(text, layout, ctx)
    return Extraction(source, document, references, [], text.sha256)


def extract_file(path: str | Path) -> Extraction:
    """Never raises for a bad file: the problem is reported in `errors`; so is a failure of the
    extraction itself (a text that trips a bug), with where it failed, so that one file does not
    stop an ingest of thousands."""
    try:
        text = read_file(path)
    except LoadError as exc:
        return Extraction(str(path), None, [], [str(exc)])
    try:
        return extract_text(text, str(path))
    except Exception as exc:    # (a bug: said, never hidden; the file counts as failed)
        where = traceback.extract_tb(exc.__traceback__)[-1]
        return Extraction(str(path), None, [], [f"extraction failed ({type(exc).__name__}: {exc} at "
                                               f"{Path(where.filename).name}:{where.lineno}); please report "
                                               "this file"], text.sha256)
