"""The `vbgraph` command: parse arguments, call one function, print. Nothing is computed here."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from loaders.extract import extract_file

SUFFIXES = {".txt", ".md", ".markdown", ".docx", ".pdf", ".html", ".htm"}
out = Console(soft_wrap=True)


def expand(paths: tuple[str, ...]) -> list[Path]:
    """Files as given, and the supported files inside folders (recursively, sorted)."""
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files += sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
        else:
            files.append(p)
    return files


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--debug", is_flag=True, help="Show Python tracebacks on unexpected errors.")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """vbgraph: a knowledge graph of Vietnamese directives and the plans that carry them out."""
    ctx.obj = {"debug": debug}


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array, one object per file.")
def extract(paths: tuple[str, ...], as_json: bool) -> None:
    """Extract the document record and every reference from FILES (.txt .md .docx .pdf .html;
    folders are searched recursively). Exits 1 when any file failed; the others are still printed."""
    results = [extract_file(f) for f in expand(paths)]
    if as_json:
        json.dump([r.to_json() for r in results], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for r in results:
            print_extraction(r)
    failed = [r for r in results if r.errors]
    for r in failed:
        click.echo(f"error {r.source}: {'; '.join(r.errors)}", err=True)
    sys.exit(1 if failed or not results else 0)


def print_extraction(result) -> None:
    if result.document is None:
        return
    d = result.document
    out.rule(result.source)
    out.print(f"{d.doc_type or '?'} {d.label or '(chưa số)'} — {d.issuer or '?'} "
              f"[{d.level or '?'}] {d.issued_date or d.year or ''}", highlight=False, markup=False)
    if d.title:
        out.print(d.title, highlight=False, markup=False)
    table = Table("label", "type", "date", "issuer", "relation", "subject", show_lines=False)
    for ref in result.references:
        table.add_row(ref.label or ref.name or "", ref.doc_type or "", ref.issued_date or "",
                      ref.issuer or "", ref.relation, (ref.subject or "")[:60])
    out.print(table)


if __name__ == "__main__":
    main()
