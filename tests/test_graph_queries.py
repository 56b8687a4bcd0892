"""The graph on a small province -> district -> commune corpus written as separate plan files
(tests/fixtures/binhphuoc), and on the bundled samples."""
import json
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLES
from graph.build import build_graph
from graph.ingest import ingest
from graph.memory import CompactGraph
from graph.store import StoreDir, StoreError, split_details
from queries import documents as qd
from queries import lineage as ql

FIXTURES = Path(__file__).parent / "fixtures" / "binhphuoc"
TINH = "45/KH-UBND@2024@UBND tỉnh Bình Phước"
HON_QUAN = "114/KH-UBND@2024@UBND huyện Hớn Quản, tỉnh Bình Phước"
BU_DANG = "114/KH-UBND@2024@UBND huyện Bù Đăng, tỉnh Bình Phước"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("store")
    report = ingest(StoreDir(path), sorted(FIXTURES.iterdir()))
    assert len(report.added) == 5 and not report.failed
    return StoreDir(path).open()


def test_same_label_of_two_districts_is_two_documents(store):
    assert qd.find(store, "114/KH-UBND") and {d["id"] for d in qd.find(store, "114/kh-ubnd")} == {HON_QUAN, BU_DANG}


def test_loaded_plan_merges_with_the_references_to_it(store):
    # the commune plan says only `của UBND huyện`; its district (Hớn Quản) comes from the gazetteer
    node = store.node(HON_QUAN)
    assert node["source"].endswith("huyen_honquan_kh114_2024.txt")
    citing = {d["id"] for d in qd.cited_by(store, HON_QUAN)}
    assert len(citing) == 1 and "Minh Tâm" in next(iter(citing))


def test_undated_reference_resolves_to_the_unique_candidate(store):
    duc_lieu = store.by_source(str(FIXTURES / "xa_ducLieu_2024.txt"))
    targets = {t for t, _ in store.out_edges(duc_lieu, {"implements"})}
    assert targets == {BU_DANG, TINH}


def test_same_directive_number_of_two_years_is_two_documents(store):
    found = {d["id"]: d["issued_date"] for d in qd.find(store, "27/CT-TTg")}
    assert found == {"27/CT-TTg@2023": "2023-10-27", "27/CT-TTg@2020": "2020-09-08"}
    assert [d["id"] for d in qd.find(store, "27/CT-TTg", year=2020)] == ["27/CT-TTg@2020"]
    with pytest.raises(qd.QueryError, match="2 documents"):
        qd.resolve_document(store, "27/CT-TTg")


def test_conflicting_dates_are_kept_with_both_sides(store):
    node = store.node(TINH)
    (conflict,) = node["conflicts"]
    assert conflict["field"] == "issued_date"
    sides = {v["value"]: [Path(s).name for s in v["sources"]] for v in conflict["values"]}
    assert sides == {"2024-03-05": ["huyen_honquan_kh114_2024.txt", "tinh_kh45_2024.txt"],
                     "2024-03-15": ["huyen_budang_kh114_2024.txt"]}
    assert node["issued_date"] == "2024-03-05"      # the loaded text's own date


def test_transitive_implementers_with_paths(store):
    directive = qd.resolve_document(store, "33/CT-TTg")
    direct = ql.implementers(store, directive)
    assert [(d["id"], d["relation"]) for d in direct] == [(TINH, "based_on")]
    found = {d["id"]: d for d in ql.implementers(store, directive, transitive=True)}
    assert {d["level"] for d in found.values()} == {"province", "district", "commune"}
    commune = next(d for d in found.values() if d["issuer"] == "UBND xã Minh Tâm")
    assert [step["id"] for step in commune["path"]] == [commune["id"], HON_QUAN, TINH, directive]
    assert commune["depth"] == 3
    # cites is not a way of carrying a directive out, unless asked for
    cites = ql.implementers(store, directive, relations={"cites"})
    assert {d["level"] for d in cites} == {"district", "commune"}


def test_lineage_from_commune_to_central(store):
    plan = store.by_source(str(FIXTURES / "xa_minhtam_2024.md"))
    chains = [[step["label"] for step in chain] for chain in ql.lineage(store, plan)]
    assert [None, "114/KH-UBND", "45/KH-UBND", "33/CT-TTg"] in chains
    assert [None, "114/KH-UBND", "45/KH-UBND", "114-KL/TW"] in chains
    # each step names its relation to the next: the commune and district plans open with
    # "Thực hiện Kế hoạch…", the province plan with "Căn cứ Chỉ thị…"
    relations = {tuple(step["relation"] for step in chain) for chain in ql.lineage(store, plan)}
    assert relations == {("implements", "implements", "based_on", None)}


def test_coverage_by_district_and_commune(store):
    directive = qd.resolve_document(store, "33/CT-TTg")
    districts = ql.coverage(store, directive, "district")
    assert {c["unit"] for c in districts["covered"]} == {"Hớn Quản", "Bù Đăng"}
    missing = {m["unit"] for m in districts["missing"]}
    assert {"Lộc Ninh", "Đồng Phú", "Bù Đốp"} <= missing and "Hớn Quản" not in missing
    assert all(m["province"] == "Tỉnh Bình Phước" for m in districts["missing"])
    communes = ql.coverage(store, directive, "commune")
    assert {c["unit"] for c in communes["covered"]} == {"Minh Tâm", "Đức Liễu"}
    assert len(communes["missing"]) > 50


def test_places_and_bodies_are_nodes(store):
    bodies = {n["name"] for n in store.nodes("body")}
    assert {"UBND huyện Hớn Quản", "UBND tỉnh Bình Phước", "Thủ tướng Chính phủ"} <= bodies
    places = {n["id"] for n in store.nodes("place")}
    assert "place:Tỉnh Bình Phước/Huyện Hớn Quản/Xã Minh Tâm" in places
    assert [t for t, _ in store.out_edges("place:Tỉnh Bình Phước/Huyện Hớn Quản")] == ["place:Tỉnh Bình Phước"]


def test_every_edge_keeps_its_evidence(store):
    for u, v, key in store.networkx().edges(keys=True):
        if key in qd.DOC_RELATIONS:
            evidence = store.evidence(u, v, key)
            assert evidence and all(e["sentence"] and e["source"] for e in evidence)


def test_details_are_read_a_node_at_a_time_by_many_threads_and_after_the_generation_is_gone(tmp_path):
    store_dir = StoreDir(tmp_path)
    ingest(store_dir, sorted(FIXTURES.iterdir()))
    built = build_graph(list(store_dir.load_records().values()))
    expected = split_details(built)
    opened = store_dir.open()
    shutil.rmtree(tmp_path / store_dir.generation())     # as a later ingest collecting old generations
    edges = sorted(expected["evidence"])
    answers: dict = {}

    def ask(part):            # app sessions run in threads, and read the one file at once
        for u, v, k in part:
            answers[u, v, k] = opened.evidence(u, v, k)
    threads = [threading.Thread(target=ask, args=(edges[i::8],)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert answers == expected["evidence"] != {}
    assert all(opened.claims(node) == claims for node, claims in expected["claims"].items())
    assert opened.all_details() == expected


def test_compact_engine_holds_the_built_graph_exactly(tmp_path):
    """Every node with its attributes and every edge with its relation, in networkx's order, survive
    the compact form the store saves (graph/memory.py)."""
    ingest(StoreDir(tmp_path), sorted(SAMPLES.rglob("*.txt")) + sorted(FIXTURES.iterdir()))
    built = build_graph(list(StoreDir(tmp_path).load_records().values()))
    split_details(built)
    again = CompactGraph.from_networkx(built).to_networkx()
    assert list(again.nodes(data=True)) == list(built.nodes(data=True))
    assert list(again.edges(keys=True)) == list(built.edges(keys=True)) and built.number_of_edges() > 500
    assert again.graph == built.graph


def test_sample_data_implementers_and_conflicts(tmp_path):
    ingest(StoreDir(tmp_path), sorted(SAMPLES.rglob("*.txt")))
    store = StoreDir(tmp_path).open()
    directive = qd.resolve_document(store, "33/CT-TTg")
    rows = ql.implementers(store, directive, relations={"implements", "based_on"})
    assert [(r["issuer"], r["relation"]) for r in rows] == [("UBND tỉnh Quảng Bình", "based_on")]
    cited = {r["issuer"] for r in qd.cited_by(store, directive)}
    assert cited == {"UBND xã Minh Tâm", "UBND huyện Tân Biên", "UBND xã Hồng Phong", "UBND xã Hành Thiện",
                     "UBND tỉnh Quảng Bình"}
    conflicts = {c["id"]: c["conflicts"] for c in qd.conflicts(store)}
    # 23-QĐ/TW: Ban Chấp hành Trung ương in the Tân Biên plan, Bộ Chính trị in two others
    issuer_sides = {v["value"] for v in conflicts["23-QĐ/TW@2021"][0]["values"]}
    assert issuer_sides == {"Ban Chấp hành Trung ương", "Bộ Chính trị"}
    assert {v["value"] for v in conflicts["27/CT-TTg@2023"][0]["values"]} == {"2023-10-27", "2023-09-27"}


def test_a_congress_s_resolution_is_one_node_and_a_district_s_is_named_with_its_province(tmp_path):
    # seeds 000 (Minh Tâm, Bình Phước) and 004 (Quảng Bình) both name the national congress of 2021 (`… toàn
    # quốc lần thứ XIII của Đảng`, `Nghị quyết Đại hội lần thứ XIII của Đảng`); two districts called Châu
    # Thành each name their own congress of the same term (the id names the body as ids do: `Huyện ủy …`)
    plans = [SAMPLES / "seeds" / "000_68e3b3ec1d53f4cc.txt", SAMPLES / "seeds" / "004_0801274d69028c56.txt"]
    for province in ("AN GIANG", "TIỀN GIANG"):
        plan = tmp_path / f"{province}.txt"
        plan.write_text(f"ỦY BAN NHÂN DÂN TỈNH {province}\nỦY BAN NHÂN DÂN\nHUYỆN CHÂU THÀNH\nSố: 12/KH-UBND\n"
                        "Châu Thành, ngày 03 tháng 4 năm 2023\n\nKẾ HOẠCH\nDân vận\n\nThực hiện Nghị quyết Đại hội "
                        "Đảng bộ huyện lần thứ XII, nhiệm kỳ 2020 - 2025, UBND huyện ban hành Kế hoạch như sau:\n"
                        "I. MỤC ĐÍCH\n", encoding="utf-8")
        plans.append(plan)
    ingest(StoreDir(tmp_path / "store"), plans)
    store = StoreDir(tmp_path / "store").open()
    national = "named@Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"
    assert {d["issuer"] for d in qd.cited_by(store, national)} == {"UBND xã Minh Tâm", "UBND tỉnh Quảng Bình"}
    districts = sorted(n["id"] for n in store.nodes("document") if "Châu Thành lần thứ XII" in n["id"])
    congress = "named@Nghị quyết Đại hội đại biểu Đảng bộ huyện Châu Thành lần thứ XII@Huyện ủy Châu Thành, tỉnh"
    assert districts == [f"{congress} An Giang", f"{congress} Tiền Giang"]
    assert [d["relation"] for d in qd.cited_by(store, districts[0])] == ["implements"]


def test_a_document_named_in_another_s_description_is_the_node_the_text_cites(tmp_path):
    # two provinces' 118/KH-UBND are known; a commune's plan carries out Định Quán's plan `… về triển khai thực
    # hiện Kế hoạch số 118/KH-UBND ngày 05/4/2023 của UBND tỉnh Đồng Nai`: the district plan's edge goes to
    # Đồng Nai's (it went to an unresolved `118/KH-UBND@?@?`, and the lineage ended there)
    texts = {"qb.txt": "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG BÌNH\nSố: 20/KH-UBND\nQuảng Bình, ngày 03 tháng 4 năm 2021\n\n"
                       "KẾ HOẠCH\nDân vận\n\nCăn cứ Kế hoạch số 118/KH-UBND ngày 22/01/2021 của UBND tỉnh Quảng Bình về "
                       "dân vận, UBND tỉnh ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n",
             "pn.txt": "ỦY BAN NHÂN DÂN\nXÃ PHÚ NGỌC\nSố: 30/KH-UBND\nPhú Ngọc, ngày 20 tháng 6 năm 2023\n\nKẾ HOẠCH\n"
                       "Dân vận\n\nThực hiện Kế hoạch số 245/KH-UBND ngày 15/5/2023 của UBND huyện Định Quán về triển "
                       "khai thực hiện Kế hoạch số 118/KH-UBND ngày 05/4/2023 của UBND tỉnh Đồng Nai, UBND xã ban hành "
                       "kế hoạch như sau:\nI. MỤC ĐÍCH\n"}
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    ingest(StoreDir(tmp_path / "store"), [tmp_path / name for name in texts])
    store = StoreDir(tmp_path / "store").open()
    assert sorted(d["id"] for d in qd.find(store, "118/KH-UBND")) == [
        "118/KH-UBND@2021@UBND tỉnh Quảng Bình", "118/KH-UBND@2023@UBND tỉnh Đồng Nai"]
    chain = ql.lineage(store, store.by_source(str(tmp_path / "pn.txt")))[0]
    assert [(step["id"], step.get("relation")) for step in chain][1:] == [
        ("245/KH-UBND@2023@UBND huyện Định Quán, tỉnh Đồng Nai", "implements"),
        ("118/KH-UBND@2023@UBND tỉnh Đồng Nai", None)]
    assert store.node("118/KH-UBND@2023@UBND tỉnh Đồng Nai")["level"] == "province"


def test_old_and_new_committee_symbol_are_one_document(tmp_path):
    # Đồng Nai's list cites Bình Phước's `Quyết định số 67/2005/QĐ-UB ngày 20 tháng 7 năm 2005` (item
    # 32) and, in item 49, `157/2005/QĐ-UB … Sửa đổi, bổ sung Quyết định số 67/2005/QĐ-UBND ngày 20
    # tháng 7 năm 2005 của Ủy ban nhân dân tỉnh`: the same decision spelled `UB` then `UBND`
    ingest(StoreDir(tmp_path), [SAMPLES / "corpus" / "015_dn-dongnai-qd2830-2025-baibo-vbqppl-yte.txt"])
    store = StoreDir(tmp_path).open()
    found = qd.find(store, "67/2005/QĐ-UBND")
    assert [d["id"] for d in found] == [d["id"] for d in qd.find(store, "67/2005/qđ-ub")]
    assert len(found) == 1 and found[0]["issuer"] == "UBND tỉnh Bình Phước"
    citing = {(d["label"], d["relation"]) for d in qd.cited_by(store, found[0]["id"])}
    assert citing == {("2830/QĐ-UBND", "cites"), ("157/2005/QĐ-UB", "amends")}


def test_ingest_is_idempotent_and_replaces_changed_files(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for f in FIXTURES.iterdir():
        (docs / f.name).write_bytes(f.read_bytes())
    store_dir = StoreDir(tmp_path / "store")
    ingest(store_dir, sorted(docs.iterdir()))
    generation = (tmp_path / "store" / "CURRENT").read_text()
    again = ingest(store_dir, sorted(docs.iterdir()))
    assert len(again.unchanged) == 5 and not again.changed
    assert (tmp_path / "store" / "CURRENT").read_text() == generation
    plan = docs / "huyen_budang_kh114_2024.txt"
    plan.write_text(plan.read_text(encoding="utf-8").replace("ngày 15/3/2024", "ngày 05/3/2024"), encoding="utf-8")
    changed = ingest(store_dir, sorted(docs.iterdir()))
    assert [Path(p).name for p in changed.replaced] == [plan.name]
    assert store_dir.open().node(TINH)["conflicts"] == []


@pytest.mark.parametrize("field", ["format", "extractor"])
def test_a_store_written_by_another_version_is_rebuilt_by_ingest(tmp_path, field):
    store_dir = StoreDir(tmp_path)
    ingest(store_dir, sorted(FIXTURES.iterdir()))
    manifest = tmp_path / store_dir.generation() / "manifest.json"
    manifest.write_text(json.dumps({**json.loads(manifest.read_text()), field: 0}))
    if field == "format":                       # unreadable: refused, never misread
        with pytest.raises(StoreError, match="format 0"):
            store_dir.open()
    report = ingest(store_dir, [])              # no file named: the old store's own files come back
    assert len(report.added) == 5 and not store_dir.outdated()
    assert store_dir.open().node(HON_QUAN)["source"].endswith("huyen_honquan_kh114_2024.txt")


def test_a_second_writer_is_refused(tmp_path):
    store_dir = StoreDir(tmp_path)
    with store_dir.writing():
        with pytest.raises(StoreError, match="being written"):
            ingest(StoreDir(tmp_path), [FIXTURES / "tinh_kh45_2024.txt"])


def run_cli(*args, store, columns=80):
    return subprocess.run([sys.executable, str(ROOT / "cli.py"), *args], capture_output=True, text=True,
                          env={"VBGRAPH_STORE": str(store), "PATH": "/usr/bin:/bin", "COLUMNS": str(columns)},
                          cwd=ROOT)


def test_cli_commands_json(tmp_path):
    ingested = run_cli("ingest", str(FIXTURES), store=tmp_path)
    assert ingested.returncode == 0, ingested.stderr
    rows = json.loads(run_cli("implementers", "33/CT-TTg", "--transitive", "--json", store=tmp_path).stdout)
    assert len(rows) == 5
    assert set(rows[0]) >= {"id", "label", "doc_type", "title", "issuer", "level", "locality", "year",
                            "issued_date", "source", "relation", "path"}
    shown = json.loads(run_cli("show", HON_QUAN, "--json", store=tmp_path).stdout)
    assert [r["id"] for r in shown["references"]["implements"]] == [TINH]
    cov = json.loads(run_cli("coverage", "33/CT-TTg", "--level", "district", "--json", store=tmp_path).stdout)
    assert len(cov["covered"]) == 2
    top = json.loads(run_cli("most-cited", "--top", "1", "--json", store=tmp_path).stdout)
    assert top[0]["label"] == "33/CT-TTg" and top[0]["cited_by"] == 3
    missing = run_cli("show", "999/XX-YY", store=tmp_path)
    assert missing.returncode == 1 and "no document" in missing.stderr and "Traceback" not in missing.stderr
    no_store = run_cli("conflicts", store=tmp_path / "nowhere")
    assert no_store.returncode == 1 and "no store" in no_store.stderr


def test_cli_tables_name_documents_as_arguments(tmp_path):
    # a plan without a number is named by its file (which `show`, `lineage` … accept), never by its
    # node id; the path to DOC shows what lies between, each step by its number-symbol
    assert run_cli("ingest", str(FIXTURES), store=tmp_path).returncode == 0
    table = run_cli("implementers", "33/CT-TTg", "--transitive", store=tmp_path, columns=240).stdout
    minh_tam = next(line for line in table.splitlines() if "xa_minhtam_2024.md" in line)
    assert "114/KH-UBND → 45/KH-UBND" in minh_tam and "implements" in minh_tam
    assert "draft@" not in table
    lineage = run_cli("lineage", "tests/fixtures/binhphuoc/xa_minhtam_2024.md", store=tmp_path)
    assert lineage.returncode == 0 and "45/KH-UBND (UBND tỉnh Bình Phước)" in lineage.stdout
    assert lineage.stdout.startswith("Kế hoạch UBND xã Minh Tâm 2024 —implements") and "draft@" not in lineage.stdout
    rows = json.loads(run_cli("implementers", "45/KH-UBND", "--transitive", "--json", store=tmp_path).stdout)
    draft = next(r for r in rows if r["source"].endswith("xa_minhtam_2024.md"))
    assert draft["path"][0] == {"id": draft["id"], "label": None, "name": None, "doc_type": "Kế hoạch",
                                "issuer": "UBND xã Minh Tâm", "year": 2024}


def test_cli_extract_table_keeps_each_number_whole_in_a_narrow_terminal(tmp_path):
    plan = tmp_path / "plan.txt"
    plan.write_text("ỦY BAN NHÂN DÂN\nXÃ TÂN KHAI\nSố: 45/KH-UBND\nTân Khai, ngày 12 tháng 9 năm 2025\n\nKẾ HOẠCH\nChuyển "
                    "đổi số\n\nThực hiện Kế hoạch số 112/KH-UBND ngày 20/8/2025 của Ủy ban nhân dân tỉnh Đồng Nai về "
                    "triển khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát "
                    "triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia trên địa bàn tỉnh;\n"
                    "Căn cứ Công văn số 2345/SKHCN-QLCN ngày 28/8/2025 của Sở Khoa học và Công nghệ về hướng dẫn;\n",
                    encoding="utf-8")
    table = run_cli("extract", str(plan), store=tmp_path, columns=80).stdout
    # (cut to `112/KH-UB…`, `2345/SKHC…` before; the subject was cut mid-word at 60 characters)
    assert all(any(label in line for line in table.splitlines()) for label in ("112/KH-UBND", "2345/SKHCN-QLCN"))
    wide = run_cli("extract", str(plan), store=tmp_path, columns=300).stdout
    assert "triển khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển …" in wide
