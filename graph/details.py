"""Evidence and claims on disk, read a node at a time.

Most of a store's bytes are the sentences that prove its edges (graph.store.split_details takes
them off the graph). A page shows those of one document, so they are written per node: node i's
claims and the evidence of the edges that leave it, pickled together and compressed (a quarter of
the bytes to write), at bytes `offsets[i]:offsets[i + 1]` of details.pickle (offsets in
details.offsets.npy; equal when the node has none). Showing a document reads its own piece, not
the whole file (at 100,000 plans the whole file took 18 s).
"""
from __future__ import annotations

import os
import pickle
import weakref
import zlib
from collections import defaultdict, deque
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterator

import numpy as np

DATA, OFFSETS = "details.pickle", "details.offsets.npy"
CACHED = 4096           # pieces kept unpickled (a page of cited-by rows reads one per citing plan)


def write_details(directory: Path, ids: list[str], details: dict) -> None:
    """Write `details` ({"evidence": {(u, v, relation): [...]}, "claims": {node: [...]}}) for the
    nodes `ids`, numbered as the compact graph numbers them."""
    leaving: dict[str, dict] = defaultdict(dict)
    for (source, target, relation), evidence in details["evidence"].items():
        leaving[source][target, relation] = evidence
    claims = details["claims"]
    offsets = np.zeros(len(ids) + 1, np.int64)
    pieces = ({k: v for k, v in (("claims", claims.get(node)), ("evidence", leaving.get(node))) if v}
              for node in ids)
    with open(directory / DATA, "wb") as fh:
        for i, data in enumerate(_compressed(pickle.dumps(p, pickle.HIGHEST_PROTOCOL) if p else b"" for p in pieces)):
            offsets[i + 1] = offsets[i] + fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    with open(directory / OFFSETS, "wb") as fh:
        np.save(fh, offsets)
        fh.flush()
        os.fsync(fh.fileno())


def _compressed(raw: Iterator[bytes], ahead: int = 256) -> Iterator[bytes]:
    """Each piece compressed, in order, by threads (zlib lets go of the interpreter's lock, so the
    cores compress while this one pickles the next pieces); at most `ahead` pieces wait."""
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        pending: deque = deque()
        for data in raw:
            pending.append(pool.submit(zlib.compress, data, 1) if data else None)
            if len(pending) > ahead:
                yield _result(pending.popleft())
        while pending:
            yield _result(pending.popleft())


def _result(future) -> bytes:
    return future.result() if future is not None else b""


class DetailsFile:
    """The details of an opened generation. The file stays open: a later ingest may remove the
    generation's directory, and this graph's details are still read from it. Reads are `pread`s
    at an offset, so app sessions in several threads read at once without sharing a position."""

    def __init__(self, directory: Path, ids: list[str], number: Callable[[str], int | None]):
        self._fh = open(directory / DATA, "rb")
        weakref.finalize(self, self._fh.close)       # closed with the store that reads it
        self._offsets = np.load(directory / OFFSETS)
        self._ids, self._number = ids, number
        self._piece = lru_cache(maxsize=CACHED)(self._read)

    def evidence(self, source: str, target: str, relation: str) -> list[dict]:
        return self._of(source).get("evidence", {}).get((target, relation), [])

    def claims(self, node_id: str) -> list[dict]:
        return self._of(node_id).get("claims", [])

    def everything(self) -> dict:
        """All of it, as graph.store.split_details gave it (for export and sync)."""
        merged: dict = {"evidence": {}, "claims": {}}
        ids = self._ids
        for i in np.flatnonzero(np.diff(self._offsets)).tolist():
            piece = self._read(i)
            if "claims" in piece:
                merged["claims"][ids[i]] = piece["claims"]
            for (target, relation), evidence in piece.get("evidence", {}).items():
                merged["evidence"][ids[i], target, relation] = evidence
        return merged

    def _of(self, node_id: str) -> dict:
        i = self._number(node_id)
        return {} if i is None else self._piece(i)

    def _read(self, i: int) -> dict:
        start, end = int(self._offsets[i]), int(self._offsets[i + 1])
        return pickle.loads(zlib.decompress(os.pread(self._fh.fileno(), end - start, start))) if end > start else {}
