"""Files -> store: extract what is new or changed (in worker processes), rebuild, save atomically."""
from __future__ import annotations

import ctypes
import gc
import hashlib
import multiprocessing
import os
import signal
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from graph.build import build_graph
from graph.store import StoreDir, pack, paused_gc, unpack
from loaders.extract import extract_file

PARALLEL_FROM = 16      # fewer files than this are extracted in-process
PR_SET_PDEATHSIG = 1    # prctl(2)


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)   # (path, reason)

    @property
    def changed(self) -> bool:
        return bool(self.added or self.replaced)


def ingest(store: StoreDir, paths: list[Path], on_file: Callable[[str], None] | None = None,
           workers: int | None = None, on_stage: Callable[[str], None] | None = None) -> IngestReport:
    """Extract, build, save; `on_file` after each file, `on_stage` when building ("graph") and
    saving ("save") begin, the two long steps after the last file."""
    report = IngestReport()
    stage = on_stage or (lambda _: None)
    # every extraction received stays alive until the save: without the cyclic collector walking
    # them again and again, the main process leaves the cores to the workers
    with store.writing(), paused_gc():
        if store.outdated():        # written by another version: extract every file again
            packed = {}
            paths = [Path(p) for p in store.old_sources() if os.path.exists(p)] + list(paths)
        else:
            packed = store.load_packed()
        records = {source: unpack(p) for source, p in packed.items()}
        todo = []
        for path in dict.fromkeys(Path(os.path.abspath(p)) for p in paths):
            source = os.path.abspath(path)
            digest = _sha256(path)
            old = records.get(source)
            if old is not None and digest is not None and old.sha256 == digest:
                report.unchanged.append(source)
                if on_file:
                    on_file(source)
            else:
                todo.append(source)
        for packed_result in _extract_all(todo, workers, store.lock_fd):
            result = unpack(packed_result)
            if result.errors:
                report.failed.append((result.source, "; ".join(result.errors)))
            else:
                (report.replaced if result.source in records else report.added).append(result.source)
                records[result.source], packed[result.source] = result, packed_result
            if on_file:
                on_file(result.source)
        if report.changed:
            stage("graph")
            graph = build_graph(list(records.values()))
            records.clear()     # the graph holds what it needs of them, the save writes `packed`: room for the save
            stage("save")
            store.save(packed, graph)
    return report


def _extract_all(sources: list[str], workers: int | None, lock_fd: int | None = None):
    """Each file's extraction, packed (graph.store.pack) by the process that made it."""
    if len(sources) < PARALLEL_FROM or workers == 1:
        yield from map(_extract_packed, sources)
        return
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers or os.cpu_count(), mp_context=context,
                             initializer=_worker_start, initargs=(lock_fd,)) as pool:
        yield from pool.map(_extract_packed, sources, chunksize=8)


def _extract_packed(source: str) -> bytes:
    return pack(extract_file(source))


def _worker_start(lock_fd: int | None) -> None:
    """A forked worker shares the store's lock: it closes its copy, else it would hold the lock on
    after this process is killed and refuse the next ingest. And it ends with this process (on
    Linux), else a killed ingest would leave its idle workers behind for ever. It collects
    its own garbage (the parent forked it with the collector paused)."""
    gc.enable()
    if lock_fd is not None:
        os.close(lock_fd)
    if sys.platform == "linux":
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


def _sha256(path: Path) -> str | None:
    try:
        with open(path, "rb") as fh:
            return hashlib.file_digest(fh, "sha256").hexdigest()
    except OSError:
        return None
