"""Places from letterheads and `thành phố`, and references whose body is named without its place:
short plans written the way communes write them."""
from graph.build import build_graph
from loaders.extract import extract_text
from loaders.read import read_bytes

HEAD = "\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"


def extract(text: str, name: str = "plan.txt"):
    return extract_text(read_bytes(text.encode()), name)


def commune_plan(letterhead: str, place: str, opening: str) -> str:
    return (f"{letterhead}{HEAD}Số: 41/KH-UBND\n{place}, ngày 12 tháng 6 năm 2018\n\nKẾ HOẠCH\n"
            f"Thực hiện công tác dân vận năm 2018\n\n{opening} Ủy ban nhân dân ban hành Kế hoạch như sau:\n")


def test_governing_line_of_the_letterhead_places_an_ambiguous_commune():
    # Trung Thành is the name of many communes; the letterhead's first line says which one
    text = commune_plan("UBND HUYỆN VŨNG LIÊM\nUBND XÃ TRUNG THÀNH", "Trung Thành",
                        "Thực hiện Kế hoạch số 57/KH-UBND ngày 30/5/2018 của UBND huyện;")
    result = extract(text)
    doc = result.document
    assert doc.issuer == "UBND xã Trung Thành" and doc.level == "commune"
    assert (doc.locality.province, doc.locality.district) == ("Tỉnh Vĩnh Long", "Huyện Vũng Liêm")
    (ref,) = [r for r in result.references if r.relation == "implements"]
    assert ref.issuer == "UBND huyện Vũng Liêm"
    plain = extract(commune_plan("ỦY BAN NHÂN DÂN\nXÃ TRUNG THÀNH", "Trung Thành", "")).document
    assert plain.issuer == "UBND xã Trung Thành" and plain.locality.district is None


def test_numbered_ward_and_a_city_inside_a_province():
    text = commune_plan("ỦY BAN NHÂN DÂN\nPHƯỜNG 9", "Phường 9",
                        "Thực hiện Kế hoạch số 9/KH-UBND ngày 30/5/2018 của UBND thành phố Vĩnh Long;")
    result = extract(text)
    assert result.document.issuer == "UBND phường 9"
    assert result.document.locality.district == "Thành phố Vĩnh Long"
    (ref,) = [r for r in result.references if r.relation == "implements"]
    assert (ref.issuer, ref.level) == ("UBND thành phố Vĩnh Long", "district")     # not tỉnh Vĩnh Long
    hanoi = extract(commune_plan("ỦY BAN NHÂN DÂN\nPHƯỜNG 9", "Phường 9",
                                 "Thực hiện Kế hoạch số 9/KH-UBND ngày 30/5/2018 của UBND thành phố Hà Nội;"))
    assert [r.level for r in hanoi.references if r.relation == "implements"] == ["province"]


def test_a_body_named_without_its_place_resolves_to_the_only_candidate():
    district = ("ỦY BAN NHÂN DÂN\nHUYỆN VŨNG LIÊM" + HEAD + "Số: 57/KH-UBND\nVũng Liêm, ngày 30 tháng 5 năm 2018\n\n"
                "KẾ HOẠCH\nThực hiện công tác dân vận năm 2018\n\nỦy ban nhân dân huyện ban hành Kế hoạch như sau:\n")
    commune = commune_plan("ỦY BAN NHÂN DÂN\nXÃ TRUNG THÀNH", "Trung Thành",
                           "Thực hiện Kế hoạch số 57/KH-UBND ngày 30/5/2018 của UBND huyện;")
    graph = build_graph([extract(district, "huyen.txt"), extract(commune, "xa.txt")])
    (citing,) = [n for n, a in graph.nodes(data=True) if a.get("source") == "xa.txt"]
    targets = [t for _, t, k in graph.out_edges(citing, keys=True) if k == "implements"]
    assert targets == ["57/KH-UBND@2018@UBND huyện Vũng Liêm"]
