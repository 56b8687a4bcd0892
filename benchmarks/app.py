"""How long the app's pages take to render on the bundled data (target: under 2 s each).

    python benchmarks/app.py [--runs 5] [--data DIR | --store DIR]

With a store (e.g. of a generated corpus) the pages include the directive with the most
implementing plans: its hierarchy must show counts and pages, not one giant list.

Two measures per page, each the median (and the slowest) of --runs renders:
  script   one run of app.py in Streamlit's AppTest (the server's share: queries and layout)
  browser  the real app (`vbgraph app`) in headless Chromium, from navigation until the page's
           own content is visible (what a user waits for; the browser's cache warmed by one load)
The store is built once beforehand, as on the app's first start, and not counted.
"""
from __future__ import annotations

import argparse
import logging
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.ingest import ingest  # noqa: E402
from graph.store import StoreDir  # noqa: E402
from loaders.read import supported_files  # noqa: E402
from queries import lineage as ql  # noqa: E402

# (name, query parameters, text that shows the page has rendered)
ANY_STORE = [
    ("most cited", {"view": "most-cited"}, "Dẫn chiếu nhiều nhất"),
    ("conflicts", {"view": "conflicts"}, "Trích dẫn mâu thuẫn"),
]
SAMPLES = [
    ("search 33/CT-TTg", {"view": "search", "q": "33/CT-TTg"}, "33/CT-TTg"),
    ("document 33/CT-TTg", {"doc": "33/CT-TTg"}, "Chỉ thị 33/CT-TTg"),
    ("document of a plan", {"doc": "114/KH-UBND"}, "114/KH-UBND"),
]


def script_times(store: Path, params: dict, runs: int) -> list[float]:
    from streamlit.testing.v1 import AppTest
    # AppTest runs the script without a browser session; its warning says so on every run
    logging.getLogger("streamlit.runtime.scriptrunner_utils.script_run_context").setLevel(logging.ERROR)
    os.environ["VBGRAPH_STORE"] = str(store)
    times = []
    for _ in range(runs + 1):                      # the first run loads the store: not counted
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
        at.query_params.update(params)
        start = time.perf_counter()
        at.run()
        times.append(time.perf_counter() - start)
        if at.exception:
            raise SystemExit(f"{params}: {at.exception}")
    return times[1:]


def browser_times(url: str, params: dict, marker: str, runs: int) -> list[float]:
    from playwright.sync_api import sync_playwright
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    times = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        for run in range(runs + 1):             # the first load fills the browser's cache: not counted
            page = context.new_page()
            start = time.perf_counter()
            page.goto(f"{url}?{urllib.parse.urlencode(params)}")
            page.get_by_text(marker).first.wait_for(timeout=30_000)
            times.append(time.perf_counter() - start)
            page.close()
        browser.close()
    return times[1:]


def serve(store: Path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, str(ROOT / "cli.py"), "app", "--port", str(port), "--store", str(store)],
                            start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/"
    for _ in range(200):
        try:
            if urllib.request.urlopen(url + "_stcore/health", timeout=2).status == 200:
                return proc, url
        except OSError:
            time.sleep(0.3)
    os.killpg(proc.pid, signal.SIGTERM)
    raise SystemExit("the app did not start")


def busiest_directive(store: Path) -> tuple[str, dict, str]:
    opened = StoreDir(store).open()
    central = [d for d in opened.nodes("document") if d.get("level") == "central" and d.get("label")]
    counts = {d["id"]: len(ql.implementers(opened, d["id"], transitive=True)) for d in central}
    busiest = max(counts, key=counts.get)
    print(f"busiest directive: {busiest}, {counts[busiest]} implementing plans")
    return "busiest directive", {"id": busiest}, opened.node(busiest)["label"]


def show(name: str, kind: str, times: list[float]) -> None:
    print(f"{name:22} {kind:8} median {statistics.median(times):6.2f} s   slowest {max(times):6.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--data", type=Path, default=ROOT / "data" / "samples")
    parser.add_argument("--store", type=Path, help="an ingested store to use instead of ingesting --data")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = args.store or Path(tmp) / "store"
        if not args.store:
            ingest(StoreDir(store), supported_files([args.data]))
        pages = ([] if args.store else SAMPLES) + ANY_STORE + [busiest_directive(store)]
        for name, params, _ in pages:
            show(name, "script", script_times(store, params, args.runs))
        proc, url = serve(store)
        try:
            for name, params, marker in pages:
                show(name, "browser", browser_times(url, params, marker, args.runs))
        finally:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=20)


if __name__ == "__main__":
    main()
