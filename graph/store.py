"""The store: the interface the queries use, and its persisted form on disk (engines: graph/memory.py).

On disk a store is a directory:
  CURRENT            the name of the generation readers use (replaced atomically)
  gen-<n>/           manifest.json (format, counts), records.pickle (extractions, each pickled and
                     compressed on its own by the worker that made it: `pack`), graph.pickle
                     (nodes and edges as a graph.memory.CompactGraph: what every query walks) and
                     details.pickle + details.offsets.npy (each edge's evidence and each node's
                     citation claims: large, read a node at a time when asked for; graph.details).
                     records are written as a stream of pickled chunks: one pickle of millions of
                     objects holds a memo of them all (+40% memory while saving)
  lock               held by a writer (fcntl), so two ingests never write at once
A writer builds a new generation beside the old one and only then points CURRENT at it, so a
killed ingest leaves the previous store readable and unchanged, and a reader sees the old or
the new graph, never a mix.
"""
from __future__ import annotations

import fcntl
import gc
import json
import os
import pickle
import shutil
import time
import zlib
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator, Protocol

import networkx as nx

from graph.build import FORMAT
from graph.details import DetailsFile, write_details
from graph.memory import CompactGraph, CompactStore
from loaders.extract import VERSION as EXTRACTOR
from loaders.records import Extraction

DEFAULT_STORE = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "vbgraph" / "store"


class StoreError(Exception):
    pass


class Store(Protocol):
    """What every backend offers the queries."""

    def node(self, node_id: str) -> dict | None: ...
    def nodes(self, kind: str = "document") -> Iterator[dict]: ...
    def by_label(self, label: str) -> list[str]: ...
    def by_source(self, source: str) -> str | None: ...
    def out_edges(self, node_id: str, relations: set[str] | None = None) -> list[tuple[str, str]]: ...
    def in_edges(self, node_id: str, relations: set[str] | None = None) -> list[tuple[str, str]]: ...
    def evidence(self, source: str, target: str, relation: str) -> list[dict]: ...
    def claims(self, node_id: str) -> list[dict]: ...
    def memo(self, name: str, build: Callable[[], object]): ...
    def documents(self, ids: list[str]) -> dict[str, dict]: ...
    def reach(self, node_id: str, first: set[str], then: set[str], direction: str,
              depth: int) -> list[tuple[str, str, str]]: ...
    def citation_counts(self, relations: set[str]) -> list[tuple[int, str, str | None]]: ...


class StoreDir:
    """A store directory on disk (see the module docstring)."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.lock_fd: int | None = None     # the writer's lock, while `writing()` holds it

    def exists(self) -> bool:
        return (self.path / "CURRENT").is_file()

    def generation(self) -> str:
        """The name of the generation readers use now; pass it to `open` to read exactly that one."""
        try:
            return (self.path / "CURRENT").read_text().strip()
        except FileNotFoundError:
            raise StoreError(f"no store at {self.path} (run `vbgraph ingest` first)") from None

    def outdated(self) -> bool:
        """True when another version of the store format or of the loaders wrote the store
        (ingest then extracts its files again)."""
        if not self.exists():
            return False
        manifest = self.manifest()
        return manifest.get("format") != FORMAT or manifest.get("extractor") != EXTRACTOR

    def manifest(self, generation: str | None = None) -> dict:
        return json.loads((self.path / (generation or self.generation()) / "manifest.json").read_text())

    def load_records(self) -> dict[str, Extraction]:
        return {source: unpack(packed) for source, packed in self.load_packed().items()}

    def load_packed(self) -> dict[str, bytes]:
        """Each file's extraction as `pack` made it (ingest writes back the unchanged ones as they are)."""
        if not self.exists():
            return {}
        return self._read(self.generation(), "records.pickle", _read_records)

    def old_sources(self) -> list[str]:
        """The files an outdated store was built from, so that ingest can extract them again."""
        try:
            with open(self.path / self.generation() / "records.pickle", "rb") as fh:
                return sorted(source for chunk in _chunks(fh) for source in chunk)
        except Exception:          # any unreadable old store: the caller starts from nothing
            return []

    def open(self, generation: str | None = None) -> CompactStore:
        generation = generation or self.generation()
        graph = self._read(generation, "graph.pickle")
        store = CompactStore(graph)
        try:
            store.details = DetailsFile(self.path / generation, graph.ids, store.number)
        except (OSError, ValueError) as exc:
            raise StoreError(f"{self.path / generation} is damaged ({exc}); "
                             f"delete {self.path} and run `vbgraph ingest` again") from exc
        return store

    def _read(self, generation: str, name: str, read: Callable = pickle.load):
        gen = self.path / generation
        manifest = self.manifest(generation)
        if manifest.get("format") != FORMAT:
            raise StoreError(f"{self.path}: store format {manifest.get('format')} is not {FORMAT}; "
                             f"run `vbgraph ingest` on its documents to rebuild it")
        try:
            with open(gen / name, "rb") as fh, paused_gc(keep=True):
                return read(fh)
        except Exception as exc:      # unpickling raises many kinds on a damaged file
            raise StoreError(f"{gen / name} is damaged ({type(exc).__name__}: {exc}); "
                             f"delete {self.path} and run `vbgraph ingest` again") from exc

    @contextmanager
    def writing(self):
        """Hold the writer's lock; refuse at once when another process holds it. A directory this
        made is removed again when nothing was saved in it (an ingest whose every file failed)."""
        made = not self.path.exists()
        self.path.mkdir(parents=True, exist_ok=True)
        try:
            with open(self.path / "lock", "w") as lock:
                try:
                    fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    raise StoreError(f"{self.path} is being written by another vbgraph process") from None
                self.lock_fd = lock.fileno()
                try:
                    yield self
                finally:
                    self.lock_fd = None
        finally:
            if made and not self.exists():
                shutil.rmtree(self.path, ignore_errors=True)

    def save(self, records: dict[str, bytes], graph: nx.MultiDiGraph) -> None:
        """Write a new generation, then switch CURRENT to it (call inside `writing()`). `records`:
        each file's packed extraction. The graph's evidence and claims are moved out of it into
        details.pickle."""
        gen_name = f"gen-{time.time_ns()}"
        tmp = self.path / f".{gen_name}.tmp"
        tmp.mkdir()
        details = split_details(graph)
        compact = CompactGraph.from_networkx(graph)
        write_details(tmp, compact.ids, details)
        for name, chunks in (("records.pickle", _split(records)), ("graph.pickle", [compact])):
            with open(tmp / name, "wb") as fh:
                pickler = pickle.Pickler(fh, protocol=pickle.HIGHEST_PROTOCOL)
                for chunk in chunks:
                    pickler.dump(chunk)
                    pickler.clear_memo()
                fh.flush()
                os.fsync(fh.fileno())
        counts = count_kinds(graph)
        (tmp / "manifest.json").write_text(json.dumps({"format": FORMAT, "extractor": EXTRACTOR,
                                                       "documents_loaded": len(records),
                                                       "nodes": counts, "edges": len(compact.out_edges)}))
        os.rename(tmp, self.path / gen_name)
        pointer = self.path / ".CURRENT.tmp"
        pointer.write_text(gen_name)
        os.replace(pointer, self.path / "CURRENT")
        self._collect(keep=gen_name)

    def _collect(self, keep: str) -> None:
        """Remove all but the two newest generations: a reader that read CURRENT just before the
        switch still finds the one it named."""
        gens = sorted((c for c in self.path.iterdir() if c.is_dir() and c.name.startswith("gen-")),
                      key=lambda c: int(c.name[4:]))
        for child in gens[:-2] + [c for c in self.path.iterdir() if c.name.endswith(".tmp") and c.is_dir()]:
            shutil.rmtree(child, ignore_errors=True)


CHUNK = 2000       # entries per pickled chunk of records.pickle


def _split(items: dict, size: int = CHUNK) -> Iterator[dict]:
    """`items` in dicts of `size` entries."""
    keys = list(items)
    for i in range(0, len(keys), size):
        yield {k: items[k] for k in keys[i:i + size]}


def _chunks(fh) -> Iterator[dict]:
    end = os.fstat(fh.fileno()).st_size       # a file cut short raises, it does not end early
    while fh.tell() < end:
        yield pickle.load(fh)


def _read_records(fh) -> dict[str, bytes]:
    return {source: packed for chunk in _chunks(fh) for source, packed in chunk.items()}


def pack(extraction: Extraction) -> bytes:
    """An extraction as stored: pickled and compressed (a fifth of the bytes). Workers pack what
    they extract, so that saving writes their bytes instead of pickling 100,000 records again."""
    return zlib.compress(pickle.dumps(extraction, pickle.HIGHEST_PROTOCOL), 1)


def unpack(packed: bytes) -> Extraction:
    return pickle.loads(zlib.decompress(packed))


@contextmanager
def paused_gc(keep: bool = False):
    """No cyclic garbage collection while millions of objects are made that all stay alive (a
    graph unpickled or built): the collector would walk them again and again for nothing
    (store load 2.5x faster). `keep`: what was made lives as long as the process (a loaded
    store), so it is moved out of the collector's sight for good; else every full collection
    that a query's allocations trigger walks the whole graph again (300 ms pauses at 1M plans)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if keep:
            gc.freeze()
        if enabled:
            gc.enable()


def split_details(graph: nx.MultiDiGraph) -> dict:
    """Take evidence off the edges and claims off the nodes (in place): most of the graph's bytes,
    and no query walks them."""
    # networkx's own adjacency (as graph.memory reads it): through the edge view this took twice as long
    evidence = {(u, v, k): d.pop("evidence") for u, nbrs in graph._succ.items() for v, keys in nbrs.items()
                for k, d in keys.items() if "evidence" in d}
    claims = {n: d.pop("claims") for n, d in graph.nodes(data=True) if "claims" in d}
    return {"evidence": evidence, "claims": claims}


def count_kinds(graph: nx.MultiDiGraph) -> dict[str, int]:
    counts: dict[str, int] = {}
    for _, kind in graph.nodes(data="kind"):
        counts[kind] = counts.get(kind, 0) + 1
    return counts
