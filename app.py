"""vbgraph web app. Start it with `vbgraph app` (or `./dev.sh app`).

Every page is a URL: ?doc=33/CT-TTg (&year=2021), ?id=<node id>, ?view=search&q=…,
?view=most-cited, ?view=conflicts, ?view=upload. The store is $VBGRAPH_STORE (built from
$VBGRAPH_DATA, default data/samples, on first start)."""
from __future__ import annotations

import os
from pathlib import Path

import streamlit as st

from graph.ingest import ingest
from graph.store import DEFAULT_STORE, StoreDir, StoreError
from loaders.read import supported_files
from queries import documents as qd
from views import pages
from views.graph_view import graph_tab
from views.upload import upload_page

DATA = Path(os.environ.get("VBGRAPH_DATA", Path(__file__).resolve().parent / "data" / "samples"))
VIEWS = {"search": ("Tra cứu", pages.search_page), "most-cited": ("Dẫn chiếu nhiều nhất", pages.most_cited_page),
         "conflicts": ("Trích dẫn mâu thuẫn", pages.conflicts_page), "upload": ("Tải lên kế hoạch", None)}


@st.cache_resource(max_entries=2, show_spinner="Đang nạp kho dữ liệu…")
def open_generation(path: str, generation: str):
    """One loaded graph per store generation: a finished ingest shows up on the next page view,
    and a page never mixes two generations."""
    return StoreDir(path).open(generation)


def build_store(store_dir: StoreDir) -> None:
    files = supported_files([DATA])
    bar = st.progress(0.0, text=f"Đang xây dựng kho từ {DATA}…")
    done = []

    def advance(_source: str) -> None:
        done.append(_source)
        bar.progress(min(1.0, len(done) / max(len(files), 1)), text=f"Đang xây dựng kho: {len(done)}/{len(files)} tệp")

    stages = {"graph": "Đang dựng đồ thị…", "save": "Đang lưu kho…"}
    try:
        ingest(store_dir, files, on_file=advance, on_stage=lambda stage: bar.progress(1.0, text=stages[stage]))
    except StoreError:
        st.info("Kho đang được một tiến trình khác xây dựng; hãy tải lại trang sau ít phút.")
        st.stop()
    bar.empty()


def sidebar(store_dir: StoreDir, generation: str) -> None:
    manifest = store_dir.manifest(generation)
    st.sidebar.markdown("## vbgraph")
    st.sidebar.markdown("<br>".join(f'<a href="?view={key}" target="_self">{label}</a>'
                                    for key, (label, _) in VIEWS.items()), unsafe_allow_html=True)
    st.sidebar.caption(f"Kho: {store_dir.path}\n\n{manifest['documents_loaded']} văn bản đã nạp, "
                       f"{manifest['nodes'].get('document', 0)} văn bản trong đồ thị.")


def document(store, node_id: str) -> None:
    data = qd.show(store, node_id, cited_evidence=False)
    pages.document_header(data["document"])
    info, plans, chains, graph = st.tabs(["Thông tin", "Kế hoạch thực hiện", "Chuỗi thực hiện", "Đồ thị"])
    with info:
        pages.info_tab(store, data)
    with plans:
        pages.implementers_tab(store, node_id)
    with chains:
        pages.lineage_tab(store, node_id)
    with graph:
        graph_tab(store, node_id)


def route(store, store_dir: StoreDir) -> None:
    params = st.query_params
    spec = params.get("id") or params.get("doc")
    if spec:
        year = params.get("year")
        try:
            document(store, qd.resolve_document(store, spec, int(year) if year and year.isdigit() else None))
        except qd.QueryError:
            pages.choose_page(store, spec, None)
        return
    view = params.get("view", "search")
    if view == "upload":
        upload_page(store, store_dir)
    else:
        VIEWS.get(view, VIEWS["search"])[1](store)


def main() -> None:
    st.set_page_config(page_title="vbgraph — văn bản chỉ đạo và kế hoạch thực hiện", layout="wide")
    store_dir = StoreDir(os.environ.get("VBGRAPH_STORE", DEFAULT_STORE))
    if not store_dir.exists() or store_dir.outdated():
        build_store(store_dir)
    generation = store_dir.generation()
    sidebar(store_dir, generation)
    route(open_generation(str(store_dir.path), generation), store_dir)


main()
