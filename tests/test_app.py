"""The app: its presentation functions directly, its pages through Streamlit's AppTest, on a store
built from the Bình Phước corpus plus a plan whose text carries HTML, Markdown and Cypher."""
import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import pytest
from streamlit.testing.v1 import AppTest

from conftest import ROOT
from graph.ingest import ingest
from graph.store import StoreDir
from queries import documents as qd
from queries import explore as qe
from queries import lineage as ql
from views import pages, present

FIXTURES = Path(__file__).parent / "fixtures"
TINH = "45/KH-UBND@2024@UBND tỉnh Bình Phước"
HON_QUAN = "114/KH-UBND@2024@UBND huyện Hớn Quản, tỉnh Bình Phước"
BU_DANG = "114/KH-UBND@2024@UBND huyện Bù Đăng, tỉnh Bình Phước"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    for sub in ("binhphuoc", "hostile"):
        shutil.copytree(FIXTURES / sub, folder / sub)
    return folder


@pytest.fixture(scope="module")
def store_dir(corpus, tmp_path_factory):
    store = StoreDir(tmp_path_factory.mktemp("store"))
    report = ingest(store, sorted(corpus.rglob("*.*")))
    assert len(report.added) == 6 and not report.failed
    return store


@pytest.fixture(scope="module")
def store(store_dir):
    return store_dir.open()


@pytest.fixture(autouse=True)
def app_store(store_dir, monkeypatch):
    """Every run of the app in a test, reruns included, reads the test's store."""
    monkeypatch.setenv("VBGRAPH_STORE", str(store_dir.path))


def run_app(store_dir, **params) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params.update(params)
    at.run()
    assert not at.exception, at.exception
    return at


def page_html(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)


# --- plain functions ----------------------------------------------------------------------

def test_esc_makes_markup_inert():
    text = '<script>alert(1)</script> **đậm** $x$ [a](javascript:x)'
    escaped = present.esc(text)
    assert "<" not in escaped and "*" not in escaped and "$" not in escaped and "(" not in escaped
    assert present.esc(None) == ""


def test_links_quote_the_node_id():
    html = present.link({"id": "114/KH-UBND@2024@UBND huyện Hớn Quản, tỉnh Bình Phước", "label": "114/KH-UBND"})
    assert ('href="?id=114%2FKH-UBND%402024%40UBND%20huy%E1%BB%87n%20H%E1%BB%9Bn%20Qu%E1%BA%A3n'
            '%2C%20t%E1%BB%89nh%20B%C3%ACnh%20Ph%C6%B0%E1%BB%9Bc"') in html
    assert 'target="_self"' in html and "114&#47;KH&#45;UBND" not in html   # "/" is not markdown
    assert present.doc_name({"id": "x", "doc_type": "Kế hoạch", "issuer": "UBND xã Minh Tâm", "year": 2024}) \
        == "Kế hoạch chưa có số UBND xã Minh Tâm 2024"


def test_search_forgives_case_spacing_diacritics_and_d(store):
    for query in ("33/CT-TTg", "33/ct-ttg", "33 / CT - TTg"):
        assert [d["id"] for d in qd.search(store, query)][:1] == ["33/CT-TTg@2021"]
    by_place = {d["id"] for d in qd.search(store, "hon quan")}
    assert HON_QUAN in by_place and not any("Bù Đăng" in i for i in by_place)
    # the district's plan, and the commune plan of Đức Liễu, a commune of Bù Đăng
    assert {d["id"] for d in qd.search(store, "kh-ubnd bu dang")} == {"114/KH-UBND@2024@UBND huyện Bù Đăng, tỉnh Bình Phước",
                                                                     "30/KH-UBND@2024@UBND xã Đức Liễu, huyện Bù Đăng, tỉnh Bình Phước"}
    assert qd.search(store, "   ") == []


def test_hierarchy_counts_plans_at_every_level(store):
    plans = ql.implementers(store, "33/CT-TTg@2021", transitive=True)
    tree = ql.hierarchy(plans)
    # the province plan, both district plans, the three commune plans (Tân Khai's is the hostile one)
    assert tree["count"] == len(plans) == 6
    (province,) = tree["children"]
    assert province["name"] == "Tỉnh Bình Phước" and province["count"] == 6
    assert [p["id"] for p in province["plans"]] == [TINH]
    districts = {d["name"]: d["count"] for d in province["children"]}
    assert districts == {"Huyện Hớn Quản": 3, "Huyện Bù Đăng": 2}
    assert ql.level_counts(plans) == {"province": 1, "district": 2, "commune": 3}


def test_neighbourhood_is_bounded(store):
    full = qe.neighbourhood(store, TINH, hops=2)
    assert not full["truncated"] and full["nodes"][0] == {**qd.doc_object(store, TINH), "distance": 0}
    ids = {n["id"] for n in full["nodes"]}
    assert {HON_QUAN, "33/CT-TTg@2021", "114-KL/TW@2015"} <= ids
    assert all(e["source"] in ids and e["target"] in ids for e in full["edges"])
    small = qe.neighbourhood(store, TINH, hops=2, limit=3)
    assert small["truncated"] and len(small["nodes"]) == 3
    elements = present.graph_elements(small)
    assert len(elements["nodes"]) == 3 and elements["nodes"][0]["data"]["name"].startswith("★")


# --- pages --------------------------------------------------------------------------------

def test_document_page_by_label_shows_plans_and_lineage(store_dir):
    at = run_app(store_dir, doc="33/CT-TTg")
    html = page_html(at)
    assert "Chỉ thị 33/CT&#45;TTg" in html
    assert "Tỉnh Bình Phước — 6 kế hoạch" in [e.label for e in at.expander]
    assert [m.value for m in at.metric][:3] == ["1", "2", "3"]        # province, district, commune
    assert "%2FKH-UBND%402024%40UBND%20huy%E1%BB%87n%20H%E1%BB%9Bn%20Qu%E1%BA%A3n" in html
    assert "đường dẫn:" in html                                          # commune plans show their path


def test_a_loaded_plans_page_dates_it_and_names_who_cites_it_otherwise(store_dir):
    # the province's plan says 05/3/2024 (so does Hớn Quản's plan); Bù Đăng's cites it as of 15/3/2024
    html = page_html(run_app(store_dir, doc="45/KH-UBND"))
    assert "<td>Ngày ban hành</td><td>05/03/2024</td>" in html
    warning = next(line for line in html.splitlines() if "Trích dẫn mâu thuẫn về ngày ban hành" in line)
    assert "15/03/2024 (theo <a href=\"?id=" + quote(BU_DANG, safe="") in warning


def test_coverage_is_offered_at_the_levels_below_the_document(store_dir):
    assert [s.options for s in run_app(store_dir, doc="33/CT-TTg").selectbox if s.label == "Cấp"] == [
        ["Tỉnh", "Huyện", "Xã"]]
    district = run_app(store_dir, id=HON_QUAN)
    assert [s.options for s in district.selectbox if s.label == "Cấp"] == [["Xã"]]
    assert "Độ phủ theo địa bàn" in page_html(district)
    commune = run_app(store_dir, doc="30/KH-UBND")          # Đức Liễu's: nothing lies below a commune
    assert not [s for s in commune.selectbox if s.label == "Cấp"]


def test_ambiguous_label_offers_a_choice(store_dir):
    at = run_app(store_dir, doc="114/KH-UBND")
    html = page_html(at)
    assert "Có 2 văn bản" in at.info[0].value
    assert "UBND huyện Hớn Quản" in html and "UBND huyện Bù Đăng" in html


def test_lineage_of_a_commune_plan_reaches_the_directive(store_dir):
    at = run_app(store_dir, doc="30/KH-UBND")
    html = page_html(at)
    assert "33/CT&#45;TTg" in html and "45/KH&#45;UBND" in html
    # Đức Liễu's plan implements Bù Đăng's, which implements the province's
    assert ("30/KH&#45;UBND</a> <small>(thực hiện)</small> → <a href=\"?id=114%2FKH-UBND%402024%40UBND%20huy%E1%BB"
            "%87n%20B%C3%B9%20%C4%90%C4%83ng%2C%20t%E1%BB%89nh%20B%C3%ACnh%20Ph%C6%B0%E1%BB%9Bc\" target=\"_self\">"
            "114/KH&#45;UBND</a> <small>(thực hiện)</small>") in html


def test_search_page_keeps_the_query_in_the_url(store_dir):
    at = run_app(store_dir)
    at.text_input[0].input("33/ct-ttg").run()
    assert at.query_params["q"] == ["33/ct-ttg"] or at.query_params["q"] == "33/ct-ttg"
    assert "?id=33%2FCT-TTg%402021" in page_html(at)


def test_conflicts_and_most_cited_pages(store_dir):
    html = page_html(run_app(store_dir, view="conflicts"))
    # 45/KH-UBND is of 05/3/2024 by Hớn Quản's plan and of 15/3/2024 by Bù Đăng's: each date with
    # the plan that gives it, linked by its number-symbol (not its file)
    rows = re.findall(r"<tr><td>([^<]*)</td><td>(.*?)</td></tr>", html)
    by_date = {date: cited for date, cited in rows}
    assert quote(BU_DANG, safe="") in by_date["15/03/2024"] and quote(HON_QUAN, safe="") in by_date["05/03/2024"]
    assert "114/KH&#45;UBND</a>" in by_date["15/03/2024"] and ".txt" not in html
    most = run_app(store_dir, view="most-cited")
    assert "33/CT&#45;TTg" in page_html(most)


def test_document_text_never_reaches_html_as_markup(store_dir):
    at = run_app(store_dir, doc="12/KH-UBND")
    html = page_html(at)
    assert "vbgraphPwned" in html                    # the title is shown…
    assert "<script" not in html and "<img" not in html and "<b " not in html   # …but inert
    assert "&#60;script&#62;" in html and "&#60;b onmouseover=" in html


# --- a directive with hundreds of implementing plans (generated corpus) ---------------------

@pytest.fixture(scope="module")
def big_store(tmp_path_factory):
    out = tmp_path_factory.mktemp("generated") / "plans"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generate.py"), str(out), "--plans", "1000",
                    "--seed", "1"], check=True, capture_output=True)
    store = StoreDir(tmp_path_factory.mktemp("big-store"))
    assert not ingest(store, sorted(out.rglob("*.txt"))).failed
    return store


def plan_items(markdown: str) -> list[str]:
    return re.findall(r'<li><a href="([^"]+)"', markdown)


def longest_list(at: AppTest) -> list[str]:
    """The page of the chosen unit: the only list longer than a preview."""
    return max((plan_items(m.value) for m in at.markdown), key=len)


def test_hundreds_of_plans_show_as_counts_previews_and_pages(big_store, monkeypatch):
    monkeypatch.setenv("VBGRAPH_STORE", str(big_store.path))
    store = big_store.open()
    central = [d["id"] for d in store.nodes("document") if d.get("level") == "central"]
    directive = max(central, key=lambda i: len(store.in_edges(i, {"implements", "based_on"})))
    plans = ql.implementers(store, directive, transitive=True)
    largest = max(ql.units(ql.hierarchy(plans)), key=lambda u: u["count"])
    assert len(plans) > 200 and largest["count"] > pages.PLANS_PER_PAGE     # the corpus is big enough
    at = run_app(big_store, id=directive)
    listed = [item for m in at.markdown for item in plan_items(m.value)]
    units = ql.units(ql.hierarchy(plans))
    assert len(listed) <= pages.PREVIEW * (1 + len(units)) < len(plans)       # previews, not everything
    for expander in at.expander:
        for m in expander.markdown:
            assert len(plan_items(m.value)) <= pages.PREVIEW
    assert any("kế hoạch khác" in m.value for m in at.markdown)
    chooser = next(s for s in at.selectbox if s.label == "Toàn bộ kế hoạch của một đơn vị")
    chooser.set_value(next(i for i, o in enumerate(chooser.options) if o.startswith(largest["path"] + " — "))).run()
    first = longest_list(at)
    page = next(n for n in at.number_input if n.label.startswith("Trang (trên"))
    page.set_value(2).run()
    second = longest_list(at)
    assert len(first) == pages.PLANS_PER_PAGE and 0 < len(second) <= pages.PLANS_PER_PAGE
    assert not set(first) & set(second)
    assert len(first) + len(second) == min(largest["count"], 2 * pages.PLANS_PER_PAGE)


def test_a_province_with_many_plans_lists_its_units_with_counts(big_store, monkeypatch):
    monkeypatch.setenv("VBGRAPH_STORE", str(big_store.path))
    monkeypatch.setattr(pages, "BUSY_UNIT", 10)          # the generated corpus has tens per province, not hundreds
    store = big_store.open()
    central = [d["id"] for d in store.nodes("document") if d.get("level") == "central"]
    directive = max(central, key=lambda i: len(store.in_edges(i, {"implements", "based_on"})))
    tree = ql.hierarchy(ql.implementers(store, directive, transitive=True))
    busy = [p for p in tree["children"][:pages.UNITS_PER_PAGE] if p["count"] > 10 and p["children"]]
    assert busy                                                                # the corpus is big enough
    at = run_app(big_store, id=directive)
    for province in busy:
        shown = next(e for e in at.expander if e.label == f"{province['name']} — {province['count']} kế hoạch")
        text = " ".join(m.value for m in shown.markdown)
        assert all(f"<b>{present.esc(u['name'])}</b> — {u['count']} kế hoạch" in text for u in province["children"])
        assert len(plan_items(text)) == len(province["plans"][:pages.PREVIEW])   # the province's own plans only


def test_thousands_of_citing_plans_and_conflicts_show_in_pages(big_store, monkeypatch):
    monkeypatch.setenv("VBGRAPH_STORE", str(big_store.path))
    store = big_store.open()
    central = [d["id"] for d in store.nodes("document") if d.get("level") == "central"]
    directive = max(central, key=lambda i: len(store.in_edges(i)))
    citing = len(qd.cited_by(store, directive))
    assert citing > 2 * pages.PLANS_PER_PAGE                                   # the corpus is big enough
    at = run_app(big_store, id=directive)
    header = next(i for i, m in enumerate(at.markdown) if "Được dẫn chiếu bởi" in m.value)
    assert f"({citing})" in at.markdown[header].value
    assert at.markdown[header + 1].value.count("<a href") == pages.PLANS_PER_PAGE
    pager = next(n for n in at.number_input if n.label.startswith("Trang danh sách dẫn chiếu"))
    assert pager.label.endswith(f"(trên {-(-citing // pages.PLANS_PER_PAGE)})")
    conflicted = len(qd.conflicts(store))
    assert conflicted > pages.UNITS_PER_PAGE                                   # dates disagree in the corpus
    shown = run_app(big_store, view="conflicts")
    assert len([m for m in shown.markdown if m.value.startswith("<h3>")]) == pages.UNITS_PER_PAGE
