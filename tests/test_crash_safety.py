"""Crash safety and concurrency of the store, with real `vbgraph ingest` processes.

A store first holds the bundled samples ("old"); then a generated corpus of 300 plans is ingested
into it ("new"). Killing that ingest with SIGKILL at random moments must leave the old store
loadable and unchanged (or the complete new one, when the kill came after the switch); the next
ingest completes the work; a second writer is refused; a reader sees the old or the new graph.
"""
import fcntl
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLES
from graph.ingest import ingest
from graph.store import StoreDir
from loaders.read import supported_files

KILLS = 6


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    out = tmp_path_factory.mktemp("generated") / "plans"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generate.py"), str(out), "--plans", "300",
                    "--seed", "3"], check=True, capture_output=True)
    return out


@pytest.fixture(scope="module")
def expected(tmp_path_factory, corpus):
    """The old and the new graph, built without interruption."""
    store = StoreDir(tmp_path_factory.mktemp("reference"))
    ingest(store, supported_files([SAMPLES]))
    old = snapshot(store)
    ingest(store, supported_files([corpus]))
    new = snapshot(store)
    assert len(old[0]) > 50 and len(new[0]) > 1000
    return old, new


def snapshot(store: StoreDir) -> tuple:
    """What a reader sees: the nodes, the edges and every edge's evidence."""
    view = store.open()
    graph = view.networkx()
    edges = sorted((u, v, k) for u, v, k in graph.edges(keys=True))
    evidence = [len(view.evidence(u, v, k)) for u, v, k in edges]
    return sorted(graph.nodes), edges, evidence


def start_ingest(path, store):
    return subprocess.Popen([sys.executable, str(ROOT / "cli.py"), "ingest", str(path), "--store", str(store)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=ROOT)


def old_store(tmp_path):
    store = StoreDir(tmp_path / "store")
    ingest(store, supported_files([SAMPLES]))
    return store


def wait_for_save(store: StoreDir, proc, timeout=60) -> bool:
    """Until the writer starts writing its new generation (a `.gen-…tmp` directory appears)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        if any(p.name.startswith(".gen-") for p in store.path.iterdir()):
            return True
        time.sleep(0.001)
    return False


def survivors(store_path, patience: float = 5.0) -> list[int]:
    """Processes still running with this store on their command line (forked workers carry their
    parent's), once they have had `patience` seconds to end."""
    deadline = time.monotonic() + patience
    while True:
        found = []
        for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
            try:
                if str(store_path).encode() in cmdline.read_bytes():
                    found.append(int(cmdline.parent.name))
            except OSError:          # the process ended meanwhile
                continue
        if not found or time.monotonic() > deadline:
            return found
        time.sleep(0.1)


def test_sigkill_at_random_moments_loses_nothing(tmp_path, corpus, expected):
    old, new = expected
    store = old_store(tmp_path)
    rnd = random.Random(7)
    seen = []
    for i in range(KILLS):
        proc = start_ingest(corpus, store.path)
        if i % 2:               # half the kills land while the new generation is being written
            wait_for_save(store, proc)
            time.sleep(rnd.uniform(0, 0.3))
        else:
            time.sleep(rnd.uniform(0.2, 4.0))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert not survivors(store.path), f"kill {i}: extraction workers outlived the killed ingest"
        state = snapshot(store)
        assert state in (old, new), f"kill {i}: the store is neither the old graph nor the new one"
        seen.append("new" if state == new else "old")
        if state == new:        # the kill came after the switch: start again from the old store
            store = old_store(tmp_path / f"again-{i}")
    assert "old" in seen
    finish = start_ingest(corpus, store.path)
    assert finish.wait(timeout=300) == 0, finish.stderr.read()
    assert snapshot(store) == new
    assert not [p for p in store.path.iterdir() if p.name.endswith(".tmp")], "debris of killed writers stays"


def test_a_second_ingest_process_is_refused_while_one_writes(tmp_path, corpus, expected):
    store = old_store(tmp_path)
    first = start_ingest(corpus, store.path)
    with open(store.path / "lock") as lock:
        while first.poll() is None:     # until the first process holds the writer's lock
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
                fcntl.flock(lock, fcntl.LOCK_UN)
                time.sleep(0.01)
            except BlockingIOError:
                break
    second = subprocess.run([sys.executable, str(ROOT / "cli.py"), "ingest", str(SAMPLES), "--store",
                             str(store.path)], capture_output=True, text=True, cwd=ROOT)
    assert second.returncode != 0
    assert "being written by another vbgraph process" in second.stderr and "Traceback" not in second.stderr
    assert first.wait(timeout=300) == 0, first.stderr.read()
    assert snapshot(store) == expected[1]


def test_a_reader_sees_the_old_or_the_new_graph_never_a_mix(tmp_path, corpus, expected):
    old, new = expected
    store = old_store(tmp_path)
    writer = start_ingest(corpus, store.path)
    reads = {"old": 0, "new": 0}
    while writer.poll() is None:
        state = snapshot(store)
        assert state in (old, new), "a reader saw a graph that is neither the old nor the new one"
        reads["new" if state == new else "old"] += 1
    assert writer.returncode == 0, writer.stderr.read()
    assert reads["old"] > 0
    assert snapshot(store) == new
