"""Pure functions that turn query results into what the app shows: Vietnamese labels, escaped
HTML, links that keep the page's URL shareable, graph elements. No Streamlit here."""
from __future__ import annotations

import html
from urllib.parse import quote

LEVEL = {"central": "Trung ương", "province": "Tỉnh", "district": "Huyện", "commune": "Xã",
         "unknown": "Chưa rõ"}
RELATION = {"implements": "thực hiện", "based_on": "căn cứ", "cites": "dẫn chiếu", "guides": "hướng dẫn",
            "details": "quy định chi tiết", "amends": "sửa đổi", "repeals": "bãi bỏ", "replaces": "thay thế"}
LEVEL_COLOUR = {"central": "#b71c1c", "province": "#1565c0", "district": "#2e7d32", "commune": "#ef6c00",
                "unknown": "#757575"}
RELATION_STYLE = {"implements": ("#b71c1c", "solid", 3), "based_on": ("#1565c0", "dashed", 2),
                  "cites": ("#9e9e9e", "dotted", 1)}
_INERT = str.maketrans({c: f"&#{ord(c)};" for c in "&<>\"'\\`*_{}[]()#+-.!|$~:"})


def esc(text: object) -> str:
    """Untrusted document text made inert inside st.markdown: HTML escaped, and every character
    Markdown or LaTeX would interpret written as an entity."""
    return ("" if text is None else str(text)).translate(_INERT)


def doc_url(node_id: str) -> str:
    return "?id=" + quote(node_id, safe="")


def doc_name(doc: dict) -> str:
    """How a document is named in a list: its number-symbol, or its type and title when unnumbered."""
    if doc.get("label"):
        return doc["label"]
    if doc.get("name"):
        return doc["name"]
    unnumbered = f"{doc.get('doc_type') or 'Văn bản'} chưa có số"
    return " ".join(x for x in (unnumbered, doc.get("issuer"), str(doc.get("year") or "")) if x)


def link(doc: dict, text: str | None = None) -> str:
    return f'<a href="{html.escape(doc_url(doc["id"]))}" target="_self">{esc(text or doc_name(doc))}</a>'


def caption(doc: dict) -> str:
    """Type, issuer, level and date on one line (plain text)."""
    date = vn_date(doc.get("issued_date")) or (str(doc["year"]) if doc.get("year") else None)
    parts = [doc.get("doc_type"), doc.get("issuer"), LEVEL.get(doc.get("level") or "unknown"), date]
    return " · ".join(p for p in parts if p)


def path_html(path: list[dict]) -> str:
    return " → ".join(link(step) for step in path)


def table_html(headers: list[str], rows: list[list[str]]) -> str:
    """An HTML table; cells must already be escaped (esc, link)."""
    head = "".join(f"<th>{h}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def doc_rows(docs: list[dict]) -> list[list[str]]:
    return [[link(d), esc(d.get("doc_type")), esc(d.get("title")), esc(d.get("issuer")),
             esc(LEVEL.get(d.get("level") or "unknown")), esc(vn_date(d.get("issued_date")) or d.get("year"))]
            for d in docs]


DOC_HEADERS = ["Số, ký hiệu", "Loại", "Trích yếu", "Cơ quan ban hành", "Cấp", "Ngày"]


def legend_html() -> str:
    levels = " ".join(f'<span style="color:{c}">●</span> {LEVEL[lv]}' for lv, c in LEVEL_COLOUR.items())
    lines = {"solid": "───", "dashed": "- - -", "dotted": "·····"}
    relations = " ".join(f'<span style="color:{c}">{lines[style]}</span> {RELATION[rel]}'
                         for rel, (c, style, _) in RELATION_STYLE.items())
    return f"<small>{levels} &nbsp;|&nbsp; {relations}</small>"


def graph_elements(neighbourhood: dict) -> dict:
    """Cytoscape elements: nodes grouped by level (colour), edges by relation (style)."""
    nodes = [{"data": {"id": n["id"], "label": n.get("level") or "unknown",
                       "name": ("★ " if n["id"] == neighbourhood["center"] else "") + doc_name(n),
                       "loai": n.get("doc_type") or "", "co_quan": n.get("issuer") or "",
                       "nam": n.get("year") or ""}} for n in neighbourhood["nodes"]]
    edges = [{"data": {"id": f"e{i}", "source": e["source"], "target": e["target"],
                       "label": e["relation"], "quan_he": RELATION.get(e["relation"], e["relation"])}}
             for i, e in enumerate(neighbourhood["edges"])]
    return {"nodes": nodes, "edges": edges}


def vn_date(iso: str | None) -> str | None:
    """`2021-11-26` -> `26/11/2021`, as Vietnamese documents write a date."""
    if not iso:
        return None
    year, month, day = iso.split("-")
    return f"{day}/{month}/{year}"
