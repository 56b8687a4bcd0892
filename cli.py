"""The `vbgraph` command: parse arguments, call one function, print. Nothing is computed here."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn,
                           TimeRemainingColumn)
from rich.text import Text
from rich.table import Column, Table

from graph.export import FORMATS, export as export_graph, write_neo4j_csv
from graph.ingest import ingest as ingest_files
from graph.neo4j_store import BATCH, Neo4jError, Neo4jStore, connect
from graph.neo4j_store import sync as neo4j_sync
from graph.rdf_store import open_rdf
from graph.store import DEFAULT_STORE, StoreDir, StoreError
from loaders.extract import extract_file
from loaders.read import MAX_BYTES, supported_files
from queries import documents as qd
from queries import lineage as ql

out = Console(soft_wrap=True, highlight=False)


class Group(click.Group):
    """Expected failures end in one line and exit 1; a traceback only with --debug."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort, SystemExit):
            raise
        except Exception as exc:
            if "--debug" in sys.argv:
                raise
            expected = isinstance(exc, (StoreError, qd.QueryError, Neo4jError, OSError))
            hint = "" if expected else " (run with --debug for details)"
            click.echo(f"error: {exc if expected else f'{type(exc).__name__}: {exc}'}{hint}", err=True)
            sys.exit(1)


class RateColumn(ProgressColumn):
    """Items per second, once known."""

    def render(self, task) -> Text:
        return Text(f"{task.speed:,.0f}/s" if task.speed else "", style="progress.data.speed")


def store_dir_option(f):
    return click.option("--store", "store_path", envvar="VBGRAPH_STORE", type=click.Path(file_okay=False),
                        default=str(DEFAULT_STORE), show_default=True,
                        help="Store directory (env VBGRAPH_STORE).")(f)


def store_option(f):
    """The store a query reads: --store, and --backend to run it on Neo4j or as SPARQL instead."""
    return click.option("--backend", type=click.Choice(["embedded", "neo4j", "rdf"]), default="embedded",
                        show_default=True, expose_value=False, is_eager=True,
                        callback=lambda ctx, _, value: ctx.meta.__setitem__("backend", value),
                        help="Where the query runs: the embedded store; the Neo4j server named by "
                             "NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD (filled by `vbgraph sync neo4j`); or "
                             "SPARQL on the store's RDF (Oxigraph, built beside the store on first use).")(store_dir_option(f))


def json_option(f):
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")(f)


def year_option(f):
    return click.option("--year", type=int, help="The year, when a number-symbol repeats across years.")(f)


def open_store(path: str):
    backend = click.get_current_context().meta.get("backend")
    if backend == "neo4j":
        return Neo4jStore(connect())
    if backend == "rdf":
        return open_rdf(StoreDir(path), on_build=lambda: click.echo("building the RDF store of this "
                                                                   "generation (once)…", err=True))
    return StoreDir(path).open()


def emit(data, as_json: bool, table) -> None:
    if as_json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=1, default=str)
        sys.stdout.write("\n")
    else:
        table(data)


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--debug", is_flag=True, help="Show Python tracebacks on unexpected errors.")
def main(debug: bool) -> None:
    """vbgraph: a knowledge graph of Vietnamese directives and the plans that carry them out.

    A DOC argument is a number-symbol (33/CT-TTg; spacing, case and Đ/D are forgiven), a node id
    as printed by `find`, or the path of an ingested file."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@json_option
def extract(paths: tuple[str, ...], as_json: bool) -> None:
    """Extract the document record and every reference from FILES (.txt .md .docx .pdf .html;
    folders are searched recursively). Exits 1 when any file failed; the others are still printed."""
    results = [extract_file(f) for f in supported_files(paths)]
    emit([r.to_json() for r in results], as_json, lambda _: [print_extraction(r) for r in results])
    failed = [r for r in results if r.errors]
    for r in failed:
        click.echo(f"error {r.source}: {'; '.join(r.errors)}", err=True)
    sys.exit(1 if failed or not results else 0)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@store_option
@click.option("--workers", type=int, default=None, help="Worker processes for extraction (default: all cores).")
def ingest(paths: tuple[str, ...], store_path: str, workers: int | None) -> None:
    """Add FILES (or folders, recursively) to the store. Unchanged files are skipped, changed files
    replace their earlier version. Exits 1 when any file failed; the others are still stored."""
    files = supported_files(paths)
    if not files:
        raise click.UsageError("no supported files found in the given paths")
    stages = {"graph": "building the graph…", "save": "saving the store…"}
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TextColumn("files"),
                  RateColumn(), TimeRemainingColumn(), console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("ingest", total=len(files))
        report = ingest_files(StoreDir(store_path), files, on_file=lambda _: bar.advance(task), workers=workers,
                              on_stage=lambda stage: bar.update(task, description=stages[stage]))
    where = f"-> {store_path}" if StoreDir(store_path).exists() else "(no store written)"
    click.echo(f"{len(report.added)} added, {len(report.replaced)} replaced, {len(report.unchanged)} unchanged, "
               f"{len(report.failed)} failed {where}", err=True)
    for path, reason in report.failed:
        click.echo(f"error {path}: {reason}", err=True)
    sys.exit(1 if report.failed else 0)


@main.command()
@click.argument("label")
@year_option
@store_option
@json_option
def find(label: str, year: int | None, store_path: str, as_json: bool) -> None:
    """Every document with number-symbol LABEL."""
    found = qd.find(open_store(store_path), label, year)
    emit([{**d, "loaded": d["source"] is not None} for d in found], as_json,
         lambda rows: doc_table(rows, ids=True))
    if not found:
        sys.exit(1)


@main.command()
@click.argument("doc")
@year_option
@store_option
@json_option
def show(doc: str, year: int | None, store_path: str, as_json: bool) -> None:
    """A document: metadata, references by relation, what cites it, its conflicts."""
    store = open_store(store_path)
    emit(qd.show(store, qd.resolve_document(store, doc, year)), as_json, print_show)


@main.command()
@click.argument("doc")
@year_option
@click.option("--transitive", is_flag=True, help="Follow implements/based_on chains through intermediate plans.")
@click.option("--relation", "relations", default="implements,based_on", show_default=True,
              help="Relations of the first hop, comma-separated (implements, based_on, cites).")
@store_option
@json_option
def implementers(doc, year, transitive, relations, store_path, as_json) -> None:
    """The plans that carry DOC out, each with its path up to DOC."""
    store = open_store(store_path)
    wanted = {r.strip() for r in relations.split(",") if r.strip()}
    result = ql.implementers(store, qd.resolve_document(store, doc, year), transitive, wanted)
    # (each row's path runs from the row's plan to DOC: the table shows what lies between)
    emit(result, as_json, lambda rows: doc_table([{**r, "via": " → ".join(map(doc_name, r["path"][1:-1]))}
                                                  for r in rows], extra=("relation", "depth", "via")))


@main.command()
@click.argument("doc")
@year_option
@store_option
@json_option
def lineage(doc: str, year: int | None, store_path: str, as_json: bool) -> None:
    """The chains from DOC up to the documents it ultimately implements."""
    store = open_store(store_path)
    node = qd.resolve_document(store, doc, year)
    emit({"document": qd.doc_object(store, node), "chains": ql.lineage(store, node)}, as_json, print_lineage)


@main.command("cited-by")
@click.argument("doc")
@year_option
@store_option
@json_option
def cited_by(doc: str, year: int | None, store_path: str, as_json: bool) -> None:
    """The documents that cite DOC, with the relation."""
    store = open_store(store_path)
    emit(qd.cited_by(store, qd.resolve_document(store, doc, year)), as_json,
         lambda rows: doc_table(rows, extra=("relation",)))


@main.command("most-cited")
@click.option("--type", "doc_type", help="Only this document type, e.g. 'Chỉ thị'.")
@click.option("--top", type=int, default=10, show_default=True)
@store_option
@json_option
def most_cited(doc_type: str | None, top: int, store_path: str, as_json: bool) -> None:
    """The documents cited by the most documents."""
    emit(qd.most_cited(open_store(store_path), doc_type, top), as_json,
         lambda rows: doc_table(rows, extra=("cited_by",)))


@main.command()
@click.argument("doc")
@year_option
@click.option("--level", type=click.Choice(["province", "district", "commune"]), default="province",
              show_default=True)
@store_option
@json_option
def coverage(doc: str, year: int | None, level: str, store_path: str, as_json: bool) -> None:
    """Which units of LEVEL have a plan carrying DOC out, and which known units have none."""
    store = open_store(store_path)
    emit(ql.coverage(store, qd.resolve_document(store, doc, year), level), as_json, print_coverage)


@main.command()
@store_option
@json_option
def conflicts(store_path: str, as_json: bool) -> None:
    """Every document whose citations disagree (date, issuer), with the sources on each side."""
    emit(qd.conflicts(open_store(store_path)), as_json, print_conflicts)


@main.group()
def sync() -> None:
    """Copy the store's graph to a database server."""


@sync.command("neo4j")
@click.option("--uri", envvar="NEO4J_URI", required=True, help="Bolt URI, e.g. bolt://127.0.0.1:7687 (env NEO4J_URI).")
@click.option("--user", envvar="NEO4J_USER", default="neo4j", show_default=True, help="(env NEO4J_USER)")
@click.option("--password", envvar="NEO4J_PASSWORD", default="", help="(env NEO4J_PASSWORD)")
@click.option("--database", default=None, help="Database name (default: the server's default).")
@click.option("--batch-size", type=click.IntRange(1, 10_000), default=BATCH, show_default=True,
              help="Rows per statement (fewer when the server takes only small messages).")
@store_dir_option
def sync_neo4j(uri, user, password, database, batch_size, store_path) -> None:
    """Write the whole graph to Neo4j: only what changed since the last sync, MERGE on stable ids."""
    store = StoreDir(store_path).open()
    driver = connect(uri, user, password)
    graph = store.networkx()
    total = graph.number_of_nodes() + graph.number_of_edges()
    with Progress(TextColumn("sync"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("sync", total=total)
        report = neo4j_sync(driver, graph, store.all_details(), batch_size, database,
                            progress=lambda n: bar.advance(task, n))
    driver.close()
    click.echo(f"{report.nodes_written} nodes and {report.edges_written} relationships written, "
               f"{report.nodes_deleted} nodes and {report.edges_deleted} relationships deleted "
               f"({report.schema}) -> {uri}", err=True)


@main.command()
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True,
              help="turtle, json-ld, n-triples: RDF with the ELI ontology; graphml; neo4j-csv: the files "
                   "`neo4j-admin database import` reads.")
@click.option("--output", "-o", type=click.Path(), help="File to write (a directory for neo4j-csv); default stdout.")
@store_dir_option
def export(fmt: str, output: str | None, store_path: str) -> None:
    """Write the store's graph, with its evidence and conflicts, for other tools."""
    store = StoreDir(store_path).open()
    if fmt == "neo4j-csv":
        if output is None:
            raise click.UsageError("neo4j-csv writes several files: give a directory with --output")
        command = write_neo4j_csv(store.networkx(), store.all_details(), Path(output))
        click.echo(f"wrote {output}; load it into an empty database with:\n  {command}", err=True)
    else:
        export_graph(store.networkx(), store.all_details(), fmt, output)


@main.command()
@store_dir_option
@click.option("--port", type=int, default=8501, show_default=True)
@click.option("--address", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option("--data", "data_dir", type=click.Path(exists=True, file_okay=False),
              default=str(Path(__file__).resolve().parent / "data" / "samples"), show_default=True,
              help="Documents to ingest when the store does not exist yet.")
def app(store_path: str, port: int, address: str, data_dir: str) -> None:
    """Start the web app (Streamlit) on the store; the app builds it from --data, showing
    progress, when it does not exist yet."""
    script = Path(__file__).resolve().parent / "app.py"
    os.environ["VBGRAPH_STORE"] = store_path
    os.environ["VBGRAPH_DATA"] = data_dir
    click.echo(f"vbgraph: http://{address}:{port}/  (store {store_path})", err=True)
    os.execvp(sys.executable, [sys.executable, "-m", "streamlit", "run", str(script),
                               "--server.headless", "true", "--server.address", address,
                               "--server.port", str(port), "--browser.gatherUsageStats", "false",
                               "--client.toolbarMode", "viewer",    # (no `Deploy` button: a local tool)
                               "--server.maxUploadSize", str(MAX_BYTES // 2**20)])   # (what the reader takes)


# --- printing ------------------------------------------------------------------------------

def print_extraction(result) -> None:
    if result.document is None:
        return
    d = result.document
    out.rule(result.source)
    out.print(f"{d.doc_type or '?'} {d.label or '(no number)'} — {d.issuer or '?'} "
              f"[{d.level or '?'}] {d.issued_date or d.year or ''}", markup=False)
    if d.title:
        out.print(d.title, markup=False)
    # (a number-symbol, a date or a relation cut short is wrong, not shorter: they fold or keep their width)
    labels = [ref.label or ref.name or "" for ref in result.references]
    table = Table(Column("label", overflow="fold", min_width=min(20, max(map(len, ["label", *labels])))), "type",
                  Column("date", min_width=10), "issuer", Column("relation", min_width=10), Column("subject", ratio=2))
    for label, ref in zip(labels, result.references):
        table.add_row(label, ref.doc_type or "", ref.issued_date or "", ref.issuer or "", ref.relation,
                      _shortened(ref.subject or "", SUBJECT_SHOWN))
    out.print(table)


SUBJECT_SHOWN = 100     # characters of a subject in the table (all of it with --json)


def _shortened(text: str, most: int) -> str:
    return text if len(text) <= most else text[:most].rsplit(" ", 1)[0] + " …"


def doc_table(rows: list[dict], extra: tuple[str, ...] = (), ids: bool = False) -> None:
    """`document` is what names it as a DOC argument: its number-symbol, else its file, else its
    node id (`ids`: always the id)."""
    if not rows:
        out.print("(none)")
        return
    extras = [[("" if row.get(col) is None else str(row[col])) for row in rows] for col in extra]
    # (a number-symbol, a relation or a date cut short is wrong, not shorter: they fold or keep their width)
    table = Table(*(Column(c, min_width=min(12, max(map(len, [c, *cells])))) for c, cells in zip(extra, extras)),
                  Column("id" if ids else "document", overflow="fold", min_width=12), "type", "issuer",
                  Column("level", min_width=8), Column("date", min_width=10), "loaded")
    for i, row in enumerate(rows):
        name = row["id"] if ids else row.get("label") or _as_argument(row.get("source")) or row["id"]
        table.add_row(*(cells[i] for cells in extras), name, row.get("doc_type") or "", row.get("issuer") or "",
                      row.get("level") or "", row.get("issued_date") or str(row.get("year") or ""),
                      "yes" if row.get("source") else "")
    out.print(table)


def _as_argument(source: str | None) -> str | None:
    """A file as the shortest DOC argument that names it: relative to here when under it."""
    if source is None:
        return None
    relative = os.path.relpath(source)
    return source if relative.startswith("..") else relative


def doc_name(doc: dict) -> str:
    """A document in a path: its number-symbol or name, else type, issuer and year."""
    return doc.get("label") or doc.get("name") or " ".join(
        str(doc[f]) for f in ("doc_type", "issuer", "year") if doc.get(f)) or doc["id"]


def print_show(data: dict) -> None:
    d = data["document"]
    out.rule(d["id"])
    for key in ("label", "doc_type", "title", "issuer", "level", "issued_date", "year", "source"):
        out.print(f"{key:12} {d.get(key) or ''}", markup=False)
    for relation, targets in data["references"].items():
        out.print(f"\n[bold]{relation}[/bold] ({len(targets)})")
        doc_table(targets)
    if data["cited_by"]:
        out.print(f"\n[bold]cited by[/bold] ({len(data['cited_by'])})")
        doc_table(data["cited_by"], extra=("relation",))
    if data["conflicts"]:
        print_conflicts([{**d, "conflicts": data["conflicts"]}])


def print_lineage(data: dict) -> None:
    if not data["chains"]:
        out.print(f"{doc_name(data['document'])}: implements nothing known", markup=False)
    for chain in data["chains"]:
        out.print("  →  ".join(doc_name(e) + (f" ({e['issuer'] or '?'})" if e["label"] or e.get("name") else "")
                               + (f" —{e['relation']}" if e["relation"] else "") for e in chain), markup=False)


def print_coverage(data: dict) -> None:
    out.print(f"{data['document']['id']} — {data['level']} ({data['era']}): "
              f"{len(data['covered'])} with a plan, {len(data['missing'])} without", markup=False)
    table = Table("unit", "province", "plans")
    for row in data["covered"]:
        table.add_row(row["unit"], row["province"] or "", ", ".join(doc_name(p) for p in row["plans"]))
    for row in data["missing"]:
        table.add_row(row["unit"], row["province"] or "", "—")
    out.print(table)


def print_conflicts(rows: list[dict]) -> None:
    for row in rows:
        for conflict in row["conflicts"]:
            out.print(f"{row['id']}  {conflict['field']}:", markup=False)
            for side in conflict["values"]:
                out.print(f"    {side['value']}  ← {', '.join(side['sources'])}", markup=False)


if __name__ == "__main__":
    main()
