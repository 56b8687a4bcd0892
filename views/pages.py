"""The app's pages. Each asks the query functions and writes Streamlit elements; every piece of
document text goes through views.present (escaped) before it reaches HTML."""
from __future__ import annotations

import streamlit as st

from queries import documents as qd
from queries import lineage as ql
from views.present import (DOC_HEADERS, LEVEL, RELATION, caption, doc_name, doc_rows, esc, link, path_html,
                           table_html, vn_date)

UNITS_PER_PAGE = 20
PREVIEW = 5             # plans listed under each unit of the hierarchy
BUSY_UNIT = 100         # plans in a province above which its units show counts, not plans
PLANS_PER_PAGE = 50
TABLE_ROWS = 300        # rows of a coverage table
TABLE_SOURCES = 10      # citing files named under one side of a conflict
# (st.warning's box, which cannot hold links)
WARNING_STYLE = "background:#fffbe6;border-left:4px solid #f5b400;padding:0.6em 1em;margin:0.5em 0;border-radius:4px"
FIELD = {"issued_date": "Ngày ban hành", "issuer": "Cơ quan ban hành", "subject": "Trích yếu"}
TYPES = ["Chỉ thị", "Nghị quyết", "Kết luận", "Quyết định", "Kế hoạch", "Nghị định", "Thông tư", "Luật",
         "Quy định", "Hướng dẫn", "Chương trình", "Công văn"]


def html(markup: str) -> None:
    st.markdown(markup, unsafe_allow_html=True)


def search_page(store) -> None:
    html("<h1>Tra cứu văn bản</h1>")
    query = st.text_input("Số, ký hiệu, trích yếu, cơ quan hoặc địa danh", value=st.query_params.get("q", ""),
                          placeholder="VD: 33/CT-TTg, dân vận, Hớn Quản")
    if query != st.query_params.get("q", ""):
        st.query_params["q"] = query            # the URL keeps the search, so it can be shared
    if not query.strip():
        st.caption("Gõ số, ký hiệu (không phân biệt hoa thường, dấu cách, Đ/D) hoặc từ trong trích yếu, "
                   "tên cơ quan, địa danh.")
        loaded_list(store)
        return
    results = qd.search(store, query)
    st.caption(f"{len(results)} kết quả" + (" (hiển thị 200 đầu tiên)" if len(results) == 200 else ""))
    if results:
        html(table_html(DOC_HEADERS, doc_rows(results)))


def loaded_list(store) -> None:
    """Before a search: the documents read from files, to browse (the latest first, a page at a time)."""
    ids = qd.loaded(store)
    html(f"<h2>Văn bản đã nạp ({len(ids)})</h2>")
    html(table_html(DOC_HEADERS, doc_rows(qd.doc_objects(store, _page(ids, PLANS_PER_PAGE, "loaded_page")))))


def choose_page(store, spec: str, year: int | None) -> None:
    """A ?doc= that names several documents (one number-symbol, several issuers or years)."""
    found = qd.find(store, spec, year)
    html(f"<h1>{esc(spec)}</h1>")
    if not found:
        st.error(f"Không có văn bản {spec} trong kho.")
        return
    st.info(f"Có {len(found)} văn bản mang số, ký hiệu này; chọn một văn bản.")
    html(table_html(DOC_HEADERS, doc_rows(found)))


def document_header(doc: dict) -> None:
    html(f"<h1>{esc(' '.join(x for x in (doc.get('doc_type'), doc_name(doc)) if x))}</h1>")
    html(f"<p>{esc(caption(doc))}</p>")


def info_tab(store, data: dict) -> None:
    doc = data["document"]
    place = ", ".join(v for v in (doc.get("locality") or {}).values() if v)
    meta = [("Số, ký hiệu", doc.get("label")), ("Loại", doc.get("doc_type")), ("Trích yếu", doc.get("title")),
            ("Cơ quan ban hành", doc.get("issuer")), ("Cấp", LEVEL.get(doc.get("level") or "unknown")),
            ("Địa bàn", place), ("Ngày ban hành", vn_date(doc.get("issued_date"))), ("Người ký", data.get("signer")),
            ("Tệp nguồn", doc.get("source") or "chưa nạp văn bản, chỉ biết qua trích dẫn")]
    html(table_html(["Trường", "Giá trị"], [[esc(k), esc(v)] for k, v in meta if v]))
    for conflict in data["conflicts"]:
        sides = "; ".join(f"{esc(_value(conflict, s))} (theo {_citing(store, s['sources'])})"
                          for s in conflict["values"])
        html(f'<div style="{WARNING_STYLE}">Trích dẫn mâu thuẫn về '
             f'{esc(FIELD.get(conflict["field"], conflict["field"]).lower())}: {sides}</div>')
    for relation, targets in data["references"].items():
        html(f"<h3>{esc(RELATION.get(relation, relation).capitalize())} ({len(targets)})</h3>")
        for ref in targets:
            sentence = ref["evidence"][0]["sentence"] if ref["evidence"] else ""
            html(f"{link(ref)} · {esc(caption(ref))}<br><small>«{esc(sentence)}»</small>")
    if data["cited_by"]:
        html(f"<h3>Được dẫn chiếu bởi ({len(data['cited_by'])})</h3>")
        shown = _page(data["cited_by"], PLANS_PER_PAGE, "cited_page", "Trang danh sách dẫn chiếu")
        html("<br>".join(f"{link(ref)} <small>({esc(RELATION.get(ref['relation'], ref['relation']))})</small> · "
                         f"{esc(caption(ref))}" for ref in shown))


def _page(items: list, size: int, key: str, title: str = "Trang") -> list:
    """One page of `items` (a directive is cited by tens of thousands of plans), with the page chooser."""
    pages = -(-len(items) // size)
    page = st.number_input(f"{title} (trên {pages})", 1, pages, 1, key=key) if pages > 1 else 1
    return items[(page - 1) * size: page * size]


def _citing(store, sources: list[str], shown: int = 3) -> str:
    """The citing documents (linked, by name) of the files `sources`, the first `shown` of them."""
    ids = [store.by_source(source) for source in sources[:shown]]
    docs = store.documents([i for i in ids if i])
    named = [link({**docs[i], "id": i}) if i in docs else esc(source) for i, source in zip(ids, sources)]
    more = f" và {len(sources) - shown} văn bản khác" if len(sources) > shown else ""
    return ", ".join(named) + more


def _value(conflict: dict, side: dict) -> str:
    return vn_date(side["value"]) if conflict["field"] == "issued_date" else side["value"]


def implementers_tab(store, node_id: str) -> None:
    cols = st.columns(3)
    relations = cols[0].multiselect("Quan hệ trực tiếp", ["implements", "based_on", "cites"],
                                    default=["implements", "based_on"], format_func=RELATION.get,
                                    placeholder="Chọn quan hệ")
    plans = ql.implementers(store, node_id, transitive=True, relations=set(relations))
    years = cols[1].multiselect("Năm", sorted({p["year"] for p in plans if p["year"]}, reverse=True),
                                placeholder="Mọi năm")
    place = cols[2].text_input("Địa danh, cơ quan")
    plans = [p for p in plans if (not years or p["year"] in years) and _matches(p, place)]
    if not plans:
        st.info("Chưa có kế hoạch nào trong kho thực hiện văn bản này.")
        return
    counts = ql.level_counts(plans)
    for col, (level, n) in zip(st.columns(len(counts)), counts.items()):
        col.metric(f"Cấp {LEVEL[level].lower()}", n)
    _hierarchy(ql.hierarchy(plans))
    coverage_section(store, node_id)


def _matches(plan: dict, text: str) -> bool:
    return not text.strip() or qd.matches(plan, text)


def _hierarchy(tree: dict) -> None:
    """Counts per unit, a few plans under each, pages of provinces; every plan of one unit is one
    choice away, in pages. Never one giant list, whatever the number of plans."""
    _plans(tree["plans"])
    provinces = tree["children"]
    pages = max(1, -(-len(provinces) // UNITS_PER_PAGE))
    page = st.number_input("Trang", 1, pages, 1) if pages > 1 else 1
    for province in provinces[(page - 1) * UNITS_PER_PAGE: page * UNITS_PER_PAGE]:
        with st.expander(f"{province['name']} — {province['count']} kế hoạch"):
            _plans(province["plans"])
            if province["count"] > BUSY_UNIT:     # a page of previews would be megabytes of HTML
                html("<ul>" + "".join(f"<li><b>{esc(unit['name'])}</b> — {unit['count']} kế hoạch</li>"
                                      for unit in province["children"]) + "</ul>"
                     "<small>Kế hoạch của từng đơn vị: «Toàn bộ kế hoạch của một đơn vị» bên dưới.</small>")
                continue
            for unit in province["children"]:
                html(f"<b>{esc(unit['name'])}</b> — {unit['count']} kế hoạch")
                _plans(ql.unit_plans(unit), indent=True)
    _unit_browser(tree)


def _unit_browser(tree: dict) -> None:
    units = [u for u in ql.units(tree) if u["count"] > PREVIEW]
    if not units:
        return
    chosen = st.selectbox("Toàn bộ kế hoạch của một đơn vị", range(len(units)), index=None,
                          format_func=lambda i: f"{units[i]['path']} — {units[i]['count']} kế hoạch",
                          placeholder="Chọn tỉnh hoặc huyện")
    if chosen is None:
        return
    _plans(_page(ql.unit_plans(units[chosen]), PLANS_PER_PAGE, "unit_page"), limit=PLANS_PER_PAGE)


def _plans(plans: list[dict], indent: bool = False, limit: int = PREVIEW) -> None:
    lines = [f"{link(p)} <small>({esc(RELATION.get(p['relation'], p['relation']))}) {esc(caption(p))}"
             + (f"<br>đường dẫn: {path_html(p['path'])}" if p["depth"] > 1 else "") + "</small>"
             for p in plans[:limit]]
    if len(plans) > limit:
        lines.append(f"… và {len(plans) - limit} kế hoạch khác (xem «Toàn bộ kế hoạch của một đơn vị» "
                     "bên dưới, hoặc lọc theo năm, địa danh)")
    if lines:
        style = ' style="margin-left:1.5em"' if indent else ""
        html(f"<ul{style}>" + "".join(f"<li>{line}</li>" for line in lines) + "</ul>")


def coverage_section(store, node_id: str) -> None:
    # a plan is carried out by the levels below its own (a district's plan by communes)
    own = (store.node(node_id) or {}).get("level")
    levels = list(ql.LEVELS[ql.LEVELS.index(own) + 1:] if own in ql.LEVELS else ql.LEVELS[1:])
    if not levels:
        return
    html("<h3>Độ phủ theo địa bàn</h3>")
    level = st.selectbox("Cấp", levels, format_func=LEVEL.get)
    cov = ql.coverage(store, node_id, level)
    era = "trước 01/7/2025" if cov["era"].startswith("before") else "từ 01/7/2025"
    st.caption(f"Đơn vị hành chính {era}, trong các tỉnh có kế hoạch.")
    left, right = st.columns(2)
    left.metric("Đã có kế hoạch", len(cov["covered"]))
    left.markdown(table_html(["Đơn vị", "Kế hoạch"], _capped([[esc(u["unit"]), _plan_links(u["plans"])]
                                                               for u in cov["covered"]])), unsafe_allow_html=True)
    right.metric("Chưa có kế hoạch", len(cov["missing"]))
    right.markdown(table_html(["Đơn vị", "Tỉnh"], _capped([[esc(u["unit"]), esc(u["province"])]
                                                          for u in cov["missing"]])), unsafe_allow_html=True)


def _plan_links(plans: list[dict], shown: int = 5) -> str:
    more = f" và {len(plans) - shown} kế hoạch khác" if len(plans) > shown else ""
    return ", ".join(link(p) for p in plans[:shown]) + more


def _capped(rows: list[list[str]]) -> list[list[str]]:
    """At most TABLE_ROWS rows (a commune-level table can have thousands), then one that says so."""
    if len(rows) <= TABLE_ROWS:
        return rows
    return rows[:TABLE_ROWS] + [[f"… và {len(rows) - TABLE_ROWS} đơn vị khác", ""]]


def lineage_tab(store, node_id: str) -> None:
    chains = ql.lineage(store, node_id)
    if not chains:
        st.info("Văn bản này không thực hiện hay căn cứ văn bản nào đã biết.")
    for chain in chains:
        html(" → ".join(link(e) + (f" <small>({esc(RELATION.get(e['relation'], e['relation']))})</small>"
                                   if e["relation"] else "") for e in chain))


def most_cited_page(store) -> None:
    html("<h1>Văn bản được dẫn chiếu nhiều nhất</h1>")
    left, right = st.columns(2)
    doc_type = left.selectbox("Loại văn bản", ["(tất cả)", *TYPES])
    top = right.slider("Số văn bản", 5, 100, 20)
    rows = qd.most_cited(store, None if doc_type == "(tất cả)" else doc_type, top)
    html(table_html(["Số lần", *DOC_HEADERS], [[str(r["cited_by"]), *cells] for r, cells in zip(rows, doc_rows(rows))]))


def conflicts_page(store) -> None:
    html("<h1>Trích dẫn mâu thuẫn</h1>")
    rows = qd.conflicts(store)
    st.caption(f"{len(rows)} văn bản được các văn bản khác ghi khác nhau về ngày hoặc cơ quan ban hành.")
    for row in _page(rows, UNITS_PER_PAGE, "conflicts_page"):
        html(f"<h3>{link(row)}</h3><p>{esc(caption(row))}</p>")
        for conflict in row["conflicts"]:
            html(table_html([esc(FIELD.get(conflict["field"], conflict["field"])), "Theo văn bản"],
                            [[esc(_value(conflict, side)), _citing(store, side["sources"], TABLE_SOURCES)]
                             for side in conflict["values"]]))
