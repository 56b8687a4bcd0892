"""Upload a plan: show what was read from it and what it attaches to, then add it to the store."""
from __future__ import annotations

import hashlib
from pathlib import Path

import streamlit as st

from graph.ingest import ingest
from graph.store import StoreDir, StoreError
from loaders.extract import extract_file
from loaders.read import MAX_BYTES
from queries import documents as qd
from views.present import LEVEL, RELATION, caption, esc, link, table_html, vn_date
from views.pages import html

SUFFIXES = ["txt", "md", "docx", "pdf", "html", "htm"]
# Streamlit writes its uploader's button and limit in English, with no setting to change them: the
# page's own words are put in their place (the limit is the reader's, which `vbgraph app` gives
# Streamlit too)
_UPLOADER_WORDS = f"""<style>
[data-testid="stFileUploaderDropzone"] button p,
[data-testid="stFileUploaderDropzoneInstructions"] span {{font-size: 0}}
[data-testid="stFileUploaderDropzone"] button p::after {{content: "Chọn tệp"; font-size: 0.875rem}}
[data-testid="stFileUploaderDropzoneInstructions"] span::after {{
  content: "hoặc kéo thả tệp vào đây • tối đa {MAX_BYTES // 2**20} MB một tệp"; font-size: 0.875rem}}
</style>"""


def upload_page(store, store_dir: StoreDir) -> None:
    html("<h1>Tải lên kế hoạch</h1>" + _UPLOADER_WORDS)
    upload = st.file_uploader("Tệp văn bản (.txt, .md, .docx, .pdf, .html)", type=SUFFIXES,
                              help="Kéo thả tệp vào ô, hoặc bấm Chọn tệp. Văn bản được đọc và "
                                   "đối chiếu với kho trước khi thêm.")
    if upload is None:
        return
    path = _save(store_dir, upload.name, upload.getvalue())
    result = extract_file(path)
    if result.errors:
        st.error(f"{upload.name}: {'; '.join(result.errors)}")
        return
    doc = result.document
    st.success(f"Đã đọc: {doc.doc_type or 'văn bản'} {doc.label or '(chưa có số)'} — {doc.issuer or 'chưa rõ cơ quan'}"
               f" — cấp {LEVEL.get(doc.level or 'unknown', '?').lower()} — {vn_date(doc.issued_date) or doc.year or ''}")
    rows = []
    for ref in result.references:
        known = qd.find(store, ref.label, ref.year) if ref.label else []     # (of that year: numbers restart)
        rows.append([esc(RELATION.get(ref.relation, ref.relation)), esc(ref.label or ref.name), esc(ref.doc_type),
                     esc(vn_date(ref.issued_date)), esc(ref.issuer),
                     "<br>".join(f"{link(k)} <small>{esc(caption(k))}</small>" for k in known) or "mới"])
    html(table_html(["Quan hệ", "Số, ký hiệu", "Loại", "Ngày", "Cơ quan", "Trong kho"], rows))
    if st.button("Thêm vào kho", type="primary"):
        _add(store_dir, path)


def _add(store_dir: StoreDir, path: Path) -> None:
    try:
        report = ingest(store_dir, [path])
    except StoreError as exc:
        st.error(str(exc))
        return
    if report.failed:
        st.error("; ".join(reason for _, reason in report.failed))
        return
    fresh = store_dir.open()
    node = qd.resolve_document(fresh, str(path))
    st.success("Đã thêm vào kho.")
    html("Mở văn bản: " + link(qd.doc_object(fresh, node)))


def _save(store_dir: StoreDir, name: str, data: bytes) -> Path:
    """Keep the uploaded file beside the store: the graph refers to its source path."""
    folder = store_dir.path / "uploads"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{hashlib.sha256(data).hexdigest()[:12]}-{Path(name).name}"
    path.write_bytes(data)
    return path
