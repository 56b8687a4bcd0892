"""Places from letterheads and `thành phố`, and references whose body is named without its place:
short plans written the way communes write them."""
import pytest

from graph.build import build_graph
from graph.identity import spellings
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


def test_a_commune_numbered_after_the_2025_merger():
    text = commune_plan("ỦY BAN NHÂN DÂN\nXÃ BẢO LÂM 2", "Bảo Lâm 2", "").replace("năm 2018", "năm 2026")
    doc = extract(text).document
    assert (doc.issuer, doc.locality.province) == ("UBND xã Bảo Lâm 2", "Tỉnh Lâm Đồng")


@pytest.mark.parametrize("cited, province", [("15/8/2025", "Tỉnh Quảng Ngãi"), ("15/3/2025", "Tỉnh Long An")])
def test_an_undated_plan_of_2025_is_no_older_than_what_it_cites(cited, province):
    # xã Long Phụng is a commune of Long An's Cần Giuộc until July 2025, of Quảng Ngãi after: a
    # draft dated `ngày … tháng … năm 2025` that cites a plan of August 2025 is of the new commune
    text = ("ỦY BAN NHÂN DÂN\nXÃ LONG PHỤNG" + HEAD + "Số:    /KH-UBND\nLong Phụng, ngày    tháng    năm 2025\n\n"
            f"KẾ HOẠCH\nCải cách hành chính năm 2025\n\nThực hiện Kế hoạch số 45/KH-UBND ngày {cited} của UBND tỉnh "
            "về cải cách hành chính, UBND xã ban hành Kế hoạch như sau:\n")
    assert extract(text).document.locality.province == province


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
    assert targets == ["57/KH-UBND@2018@UBND huyện Vũng Liêm, tỉnh Vĩnh Long"]


def test_a_district_name_shared_by_provinces_is_the_one_in_the_plans_province():
    # huyện Chợ Mới exists in An Giang and in Bắc Kạn; xã Mỹ Hội Đông is in the An Giang one
    text = commune_plan("UBND HUYỆN CHỢ MỚI\nUBND XÃ MỸ HỘI ĐÔNG", "Mỹ Hội Đông",
                        "Thực hiện Kế hoạch số 18/KH-UBND ngày 27/7/2018 của UBND huyện Chợ Mới về công tác dân vận;")
    (ref,) = [r for r in extract(text).references if r.relation == "implements"]
    assert (ref.issuer, ref.locality.province) == ("UBND huyện Chợ Mới", "Tỉnh An Giang")


@pytest.mark.parametrize("district, parent, own", [
    ("Bình Giang", "UBND tỉnh Hải Dương", "UBND huyện Bình Giang"),
    # huyện Vĩnh Thạnh is Cần Thơ's and Bình Định's: the plan has no place, and `UBND thành phố` no
    # name; its unit word still says another body than `UBND huyện` (it was dropped as a self-mention)
    ("Vĩnh Thạnh", "UBND thành phố", "UBND huyện"),
])
def test_the_same_number_from_another_body_is_a_reference_not_the_plan_itself(district, parent, own):
    text = (f"ỦY BAN NHÂN DÂN\nHUYỆN {district.upper()}{HEAD}Số: 62/KH-UBND\n{district}, ngày 10 tháng 10 năm 2018\n\n"
            "KẾ HOẠCH\nThực hiện công tác dân vận năm 2018\n\nThực hiện Kế hoạch số 62/KH-UBND ngày 10/9/2018 "
            f"của {parent} về công tác dân vận; Ủy ban nhân dân huyện ban hành Kế hoạch như sau:\n"
            f"Trên đây là Kế hoạch số 62/KH-UBND của {own} về công tác dân vận năm 2018.\n")
    refs = extract(text).references
    assert [(r.label, r.issuer, r.relation, len(r.mentions)) for r in refs] == \
        [("62/KH-UBND", parent, "implements", 1)]


def district(name: str, day: str = "30 tháng 5") -> str:
    return (f"ỦY BAN NHÂN DÂN\nHUYỆN {name.upper()}" + HEAD + f"Số: 57/KH-UBND\n{name}, ngày {day} năm 2018"
            "\n\nKẾ HOẠCH\nThực hiện công tác dân vận năm 2018\n\nỦy ban nhân dân huyện ban hành Kế hoạch như sau:\n")


def test_a_body_without_its_place_cited_from_a_commune_whose_name_many_districts_share():
    # two districts issued a 57/KH-UBND in 2018; only Vũng Liêm has a commune named Trung Thành
    commune = commune_plan("ỦY BAN NHÂN DÂN\nXÃ TRUNG THÀNH", "Trung Thành",
                           "Thực hiện Kế hoạch số 57/KH-UBND ngày 30/5/2018 của UBND huyện;")
    graph = build_graph([extract(district("Vũng Liêm"), "vungliem.txt"), extract(district("Hớn Quản"), "honquan.txt"),
                         extract(commune, "xa.txt")])
    (citing,) = [n for n, a in graph.nodes(data=True) if a.get("source") == "xa.txt"]
    targets = [t for _, t, k in graph.out_edges(citing, keys=True) if k == "implements"]
    assert targets == ["57/KH-UBND@2018@UBND huyện Vũng Liêm, tỉnh Vĩnh Long"]


def test_of_two_candidate_districts_the_one_that_issued_the_plan_on_the_cited_day():
    # xã Phú Hữu exists in huyện An Phú and in huyện Long Phú, and both issued a 57/KH-UBND in
    # 2018: the citation's date says which one the commune carries out
    commune = commune_plan("ỦY BAN NHÂN DÂN\nXÃ PHÚ HỮU", "Phú Hữu",
                           "Thực hiện Kế hoạch số 57/KH-UBND ngày 30/5/2018 của UBND huyện;")
    plans = [extract(district("An Phú", "2 tháng 6"), "anphu.txt"), extract(district("Long Phú"), "longphu.txt")]
    graph = build_graph(plans + [extract(commune, "xa.txt")])
    (citing,) = [n for n, a in graph.nodes(data=True) if a.get("source") == "xa.txt"]
    assert [t for _, t, k in graph.out_edges(citing, keys=True) if k == "implements"] == ["57/KH-UBND@2018@UBND huyện Long Phú, tỉnh Sóc Trăng"]
    undated = build_graph(plans + [extract(commune.replace(" ngày 30/5/2018", ""), "xa.txt")])
    (citing,) = [n for n, a in undated.nodes(data=True) if a.get("source") == "xa.txt"]
    assert [t for _, t, k in undated.out_edges(citing, keys=True) if k == "implements"] == ["57/KH-UBND@?@UBND huyện"]


def test_place_names_with_a_hyphen_an_apostrophe_or_a_number():
    text = ("UBND HUYỆN CƯ M'GAR\nUBND XÃ EA TAR" + HEAD + "Số: 61/KH-UBND\nEa Tar, ngày 16 tháng 01 năm 2019\n\n"
            "KẾ HOẠCH\nThực hiện công tác dân vận năm 2019\n\nThực hiện Kế hoạch số 49/KH-UBND ngày 30/12/2018 "
            "của UBND huyện Cư M'gar về công tác dân vận; Căn cứ Kế hoạch số 20/KH-UBND ngày 9/4/2018 của UBND tỉnh "
            "Bà Rịa-Vũng Tàu về công tác dân vận; Căn cứ Kế hoạch số 3/KH-UBND ngày 9/4/2018 của UBND Quận 1 về "
            "công tác dân vận; Ủy ban nhân dân xã ban hành Kế hoạch như sau:\n")
    result = extract(text)
    assert (result.document.issuer, result.document.locality.district) == ("UBND xã Ea Tar", "Huyện Cư M'gar")
    assert [(r.issuer, r.locality.province) for r in result.references] == [
        ("UBND huyện Cư M'gar", "Tỉnh Đắk Lắk"), ("UBND tỉnh Bà Rịa - Vũng Tàu", "Tỉnh Bà Rịa - Vũng Tàu"),
        ("UBND quận 1", "Thành phố Hồ Chí Minh")]


def carrying_out(name: str, province: str | None) -> str:
    """A district's plan carrying out its province's, which names the province (or, None, not)."""
    opening = f"Thực hiện Kế hoạch số 9/KH-UBND ngày 2/5/2018 của UBND tỉnh {province}; " if province else ""
    return district(name).replace("Ủy ban nhân dân huyện ban hành", opening + "Ủy ban nhân dân huyện ban hành")


def chau_thanh(province: str | None) -> str:
    return carrying_out("Châu Thành", province)


def implemented_by(graph, source: str) -> list[str]:
    (citing,) = [n for n, a in graph.nodes(data=True) if a.get("source") == source]
    return [t for _, t, k in graph.out_edges(citing, keys=True) if k == "implements"]


def test_one_district_name_in_two_provinces_is_two_bodies_and_two_plans():
    # huyện Châu Thành exists in ten provinces; both of these issued a 57/KH-UBND on 30/5/2018.
    # xã Điềm Hy is in the Tiền Giang one, whether its plan names the district or not
    plans = [extract(chau_thanh("Bến Tre"), "bentre.txt"), extract(chau_thanh("Tiền Giang"), "tiengiang.txt")]
    named, unnamed = (commune_plan("UBND HUYỆN CHÂU THÀNH\nUBND XÃ ĐIỀM HY", "Điềm Hy",
                                   f"Thực hiện Kế hoạch số 57/KH-UBND ngày 30/5/2018 của UBND huyện{name};")
                      for name in (" Châu Thành", ""))
    graph = build_graph(plans + [extract(named, "xa.txt")])
    tien_giang = "57/KH-UBND@2018@UBND huyện Châu Thành, tỉnh Tiền Giang"
    assert {n for n, a in graph.nodes(data=True) if a.get("label") == "57/KH-UBND"} == {
        "57/KH-UBND@2018@UBND huyện Châu Thành, tỉnh Bến Tre", tien_giang}
    assert implemented_by(graph, "xa.txt") == [tien_giang]
    assert implemented_by(build_graph(plans + [extract(unnamed, "xa.txt")]), "xa.txt") == [tien_giang]
    assert list(graph.successors("body:UBND huyện Châu Thành, tỉnh Bến Tre")) == ["place:Tỉnh Bến Tre/Huyện Châu Thành"]


def test_a_district_plan_that_never_names_its_province_is_still_the_one_its_commune_cites():
    commune = commune_plan("UBND HUYỆN CHÂU THÀNH\nUBND XÃ ĐIỀM HY", "Điềm Hy",
                           "Thực hiện Kế hoạch số 57/KH-UBND ngày 30/5/2018 của UBND huyện Châu Thành;")
    graph = build_graph([extract(chau_thanh(None), "huyen.txt"), extract(commune, "xa.txt")])
    assert implemented_by(graph, "xa.txt") == ["57/KH-UBND@2018@UBND huyện Châu Thành"]


def test_units_the_gazetteer_lists_with_a_qualified_short_name():
    # the table's short name of thị trấn Long Phú is `Long Phú (Thị trấn)`, of huyện Kỳ Anh `Kỳ Anh (Huyện)`
    doc = extract(commune_plan("ỦY BAN NHÂN DÂN\nTHỊ TRẤN LONG PHÚ", "Long Phú", "")).document
    assert (doc.issuer, doc.locality.district) == ("UBND thị trấn Long Phú", "Huyện Long Phú")
    doc = extract(district("Kỳ Anh")).document
    assert (doc.issuer, doc.locality.province) == ("UBND huyện Kỳ Anh", "Tỉnh Hà Tĩnh")


def test_hai_phong_is_a_city_not_a_department_of_hai():
    doc = extract(commune_plan("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG", "Hải Phòng", "")).document
    assert (doc.issuer, doc.level) == ("UBND thành phố Hải Phòng", "province")
    office = extract(commune_plan("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG\nPHÒNG NỘI VỤ", "Hải Phòng", "")).document
    assert (office.issuer, office.locality.province) == ("Phòng Nội vụ thành phố Hải Phòng", "Thành phố Hải Phòng")


def test_a_ward_of_a_city_inside_a_city_carries_out_its_own_city():
    # phường Lưu Kiếm is in thành phố Thủy Nguyên, itself in thành phố Hải Phòng
    text = commune_plan("UBND THÀNH PHỐ THỦY NGUYÊN\nUBND PHƯỜNG LƯU KIẾM", "Lưu Kiếm",
                        "Thực hiện Kế hoạch số 55/KH-UBND ngày 30/5/2018 của UBND thành phố;")
    (ref,) = [r for r in extract(text).references if r.relation == "implements"]
    assert (ref.issuer, ref.level) == ("UBND thành phố Thủy Nguyên", "district")


def test_a_commune_of_a_shared_name_finds_its_district_among_unplaced_ones_by_name():
    # neither huyện Phú Tân (of An Giang or of Cà Mau) nor xã Phú Mỹ (one of many) says its province;
    # of the two districts that issued a 57/KH-UBND, only Phú Tân has a xã Phú Mỹ
    commune = commune_plan("ỦY BAN NHÂN DÂN\nXÃ PHÚ MỸ", "Phú Mỹ",
                           "Thực hiện Kế hoạch số 57/KH-UBND ngày 30/5/2018 của UBND huyện;")
    graph = build_graph([extract(district("Phú Tân"), "phutan.txt"), extract(district("Vũng Liêm"), "vungliem.txt"),
                         extract(commune, "xa.txt")])
    assert implemented_by(graph, "xa.txt") == ["57/KH-UBND@2018@UBND huyện Phú Tân"]


def test_namesake_communes_are_placed_by_the_plan_they_carry_out_and_stay_two_plans():
    # xã Phong Thạnh is in thị xã Giá Rai (Bạc Liêu) and in huyện Cầu Kè (Trà Vinh), among others;
    # both letterheads name the commune alone and both plans are 41/KH-UBND of 12/6/2018
    districts = [extract(district("Giá Rai").replace("HUYỆN GIÁ RAI", "THỊ XÃ GIÁ RAI"), "giarai.txt"),
                 extract(district("Cầu Kè", "4 tháng 6"), "cauke.txt")]
    communes = [extract(commune_plan("ỦY BAN NHÂN DÂN\nXÃ PHONG THẠNH", "Phong Thạnh",
                                     f"Thực hiện Kế hoạch số 57/KH-UBND ngày {day}/2018 của UBND {unit};"), name)
                for day, unit, name in (("30/5", "thị xã", "xa-giarai.txt"), ("4/6", "huyện", "xa-cauke.txt"))]
    graph = build_graph(districts + communes)
    assert implemented_by(graph, "xa-giarai.txt") == ["57/KH-UBND@2018@UBND thị xã Giá Rai, tỉnh Bạc Liêu"]
    assert implemented_by(graph, "xa-cauke.txt") == ["57/KH-UBND@2018@UBND huyện Cầu Kè, tỉnh Trà Vinh"]
    assert {n for n, a in graph.nodes(data=True) if a.get("label") == "41/KH-UBND"} == {
        "41/KH-UBND@2018@UBND xã Phong Thạnh, thị xã Giá Rai, tỉnh Bạc Liêu",
        "41/KH-UBND@2018@UBND xã Phong Thạnh, huyện Cầu Kè, tỉnh Trà Vinh"}


def test_a_district_that_carries_out_an_unnamed_city_is_in_that_city():
    # huyện An Lão is in Hải Phòng and in Bình Định; `UBND thành phố` over it can only be Hải Phòng
    def province(letterhead: str) -> str:
        return (f"ỦY BAN NHÂN DÂN\n{letterhead}" + HEAD + "Số: 64/KH-UBND\nHà Nội, ngày 2 tháng 5 năm 2018\n\n"
                "KẾ HOẠCH\nThực hiện công tác dân vận năm 2018\n\nỦy ban nhân dân ban hành Kế hoạch như sau:\n")
    an_lao = district("An Lão").replace("Ủy ban nhân dân huyện ban hành",
                                        "Thực hiện Kế hoạch số 64/KH-UBND ngày 2/5/2018 của UBND thành phố; "
                                        "Ủy ban nhân dân huyện ban hành")
    graph = build_graph([extract(province("THÀNH PHỐ HẢI PHÒNG"), "haiphong.txt"),
                         extract(province("TỈNH BÌNH ĐỊNH"), "binhdinh.txt"), extract(an_lao, "anlao.txt")])
    assert implemented_by(graph, "anlao.txt") == ["64/KH-UBND@2018@UBND thành phố Hải Phòng"]
    assert [n for n, a in graph.nodes(data=True) if a.get("source") == "anlao.txt"] == [
        "57/KH-UBND@2018@UBND huyện An Lão, thành phố Hải Phòng"]


# Thừa Thiên Huế's 2021 plan: the province became Thành phố Huế on 2025-01-01
HUE_PROVINCE_2021 = ("ỦY BAN NHÂN DÂN\nTỈNH THỪA THIÊN HUẾ" + HEAD + "Số: 150/KH-UBND\nThừa Thiên Huế, ngày 12 tháng "
                     "5 năm 2021\n\nKẾ HOẠCH\nThực hiện Chỉ thị số 05/CT-TTg\n\nThực hiện Chỉ thị số 05/CT-TTg ngày "
                     "01/3/2021 của Thủ tướng Chính phủ, UBND tỉnh ban hành Kế hoạch như sau:\n")


def graph_of(texts: dict[str, str]):
    """The graph of these texts (by file name), and each file's node."""
    graph = build_graph([extract(text, name) for name, text in texts.items()])
    return graph, {a["source"]: n for n, a in graph.nodes(data=True) if a.get("source")}


def test_a_province_under_its_name_before_2025_is_the_unit_it_became():
    # the gazetteer's pre-reform snapshot is of early 2025: a 2021 province plan and the district
    # plan citing it are still one lineage
    district = ("ỦY BAN NHÂN DÂN\nHUYỆN PHÚ VANG" + HEAD + "Số: 210/KH-UBND\nPhú Vang, ngày 20 tháng 5 năm 2021\n\n"
                "KẾ HOẠCH\nThực hiện Kế hoạch số 150/KH-UBND\n\nThực hiện Kế hoạch số 150/KH-UBND ngày 12/5/2021 "
                "của UBND tỉnh Thừa Thiên Huế, UBND huyện ban hành Kế hoạch như sau:\n")
    doc = extract(HUE_PROVINCE_2021, "tinh.txt").document
    assert (doc.level, doc.locality.province) == ("province", "Thành phố Huế")
    graph, node = graph_of({"tinh.txt": HUE_PROVINCE_2021, "huyen.txt": district})
    assert implemented_by(graph, "huyen.txt") == [node["tinh.txt"]]
    assert graph.nodes[node["huyen.txt"]]["locality"]["province"] == "Thành phố Huế"


def test_the_city_of_hue_before_2025_is_a_district_of_its_province():
    # until 2025-01-01 `thành phố Huế` was a city inside tỉnh Thừa Thiên Huế, numbering its plans
    # apart from the province's (Nghị quyết 1314/NQ-UBTVQH15); cited later, it is still that city
    city = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HUẾ" + HEAD + "Số: 150/KH-UBND\nHuế, ngày 20 tháng 5 năm 2021\n\nKẾ HOẠCH\n"
            "Thực hiện Kế hoạch số 150/KH-UBND\n\nThực hiện Kế hoạch số 150/KH-UBND ngày 12/5/2021 của UBND tỉnh "
            "Thừa Thiên Huế, UBND thành phố ban hành Kế hoạch như sau:\n")
    later = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HUẾ" + HEAD + "Số: 30/BC-UBND\nHuế, ngày 20 tháng 3 năm 2025\n\nBÁO CÁO\n"
             "Kết quả công tác dân vận\n\nThực hiện Kế hoạch số 150/KH-UBND ngày 20/5/2021 của UBND "
             "thành phố Huế, UBND thành phố báo cáo như sau:\n")
    doc = extract(city, "city.txt").document
    assert (doc.level, doc.locality.province, doc.locality.district) == ("district", "Thành phố Huế", "Thành phố Huế")
    assert extract(later, "later.txt").document.level == "province"
    graph, node = graph_of({"tinh.txt": HUE_PROVINCE_2021, "city.txt": city, "later.txt": later})
    assert len(set(node.values())) == 3
    assert implemented_by(graph, "city.txt") == [node["tinh.txt"]]
    assert implemented_by(graph, "later.txt") == [node["city.txt"]]


def test_the_unit_word_chooses_between_a_town_and_a_district_of_one_name():
    # Trà Vinh has both huyện Duyên Hải and thị xã Duyên Hải
    plan = commune_plan("ỦY BAN NHÂN DÂN\nPHƯỜNG 1", "Duyên Hải", "Thực hiện Kế hoạch số 39/KH-UBND ngày 16/11/2019 "
                        "của UBND thị xã Duyên Hải về thực hiện Chỉ thị số 11/CT-TTg của Thủ tướng Chính phủ;")
    ref = next(r for r in extract(plan).references if r.label == "39/KH-UBND")
    assert (ref.issuer, ref.locality.province, ref.locality.district) == (
        "UBND thị xã Duyên Hải", "Tỉnh Trà Vinh", "Thị xã Duyên Hải")


def test_a_text_without_an_issuer_places_unnamed_bodies_in_the_one_province_it_names():
    # an article of Quảng Trị's school of politics, and Phan Rang - Tháp Chàm's outline for propaganda
    article = ("Thực tiễn công tác sắp xếp đơn vị hành chính cấp huyện, cấp xã trên địa bàn tỉnh Quảng Trị\n\n"
               "Theo đó, Tỉnh ủy, HĐND, UBND tỉnh đã ban hành các văn bản như: Kế hoạch số 86-KH/TU ngày 07/5/2018 "
               "của Tỉnh ủy về thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban chấp hành Trung ương Đảng "
               "khóa XII; Nghị quyết số 22/2019/NQ-HĐND ngày 17/10/2019 của HĐND tỉnh về việc thông qua Đề án;\n")
    refs = {r.label: r for r in extract(article).references}
    assert (refs["86-KH/TU"].issuer, refs["22/2019/NQ-HĐND"].issuer) == ("Tỉnh ủy Quảng Trị", "HĐND tỉnh Quảng Trị")
    outline = ("ĐỀ CƯƠNG TUYÊN TRUYỀN SẮP XẾP ĐƠN VỊ HÀNH CHÍNH CẤP XÃ GIAI ĐOẠN 2023-2025\n\nI. Căn cứ pháp lý\n\n"
               "Căn cứ Phương án số 316/PA-UBND ngày 19/01/2024 của Ủy ban nhân dân tỉnh về phương án tổng thể sắp "
               "xếp đơn vị hành chính cấp huyện, cấp xã giai đoạn 2023-2025 của tỉnh Ninh Thuận;\n")
    result = extract(outline)
    assert (result.document.doc_type, result.document.issuer) == ("Đề cương", None)
    assert result.references[0].issuer == "UBND tỉnh Ninh Thuận"


def test_a_department_cited_without_its_place_is_the_citing_province_s():
    # KH 186/KH-UBND of Bắc Ninh (2025): every province has a Sở Khoa học và Công nghệ
    text = ("ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH" + HEAD + "Số: 186/KH-UBND\nBắc Ninh, ngày 29 tháng 12 năm 2025\n\n"
            "KẾ HOẠCH\nPHÁT TRIỂN CHÍNH QUYỀN SỐ TỈNH BẮC NINH GIAI ĐOẠN 2026-2030\n"
            "Căn cứ Quyết định số 2629/QĐ-TTg ngày 01/12/2025 của Thủ tướng Chính phủ về việc Phê duyệt "
            "Chương trình phát triển Chính phủ số;\nTheo đề nghị của Sở Khoa học và Công nghệ tại Tờ trình số "
            "164/TTr- SKHCN ngày 17/12/2025.\n")
    refs = {r.label: r for r in extract(text).references}
    ref = refs["164/TTr-SKHCN"]
    assert (ref.issuer, ref.level, ref.locality.province) == (
        "Sở Khoa học và Công nghệ tỉnh Bắc Ninh", "province", "Tỉnh Bắc Ninh")


def plan_of(letterhead: str, place: str, number: str, lines: str) -> str:
    return (f"{letterhead}{HEAD}Số: {number}\n{place}, ngày 20 tháng 3 năm 2024\n\nKẾ HOẠCH\n"
            f"Triển khai công tác năm 2024\n\n{lines}\n")


def test_departments_are_the_province_s_or_the_district_s_whoever_cites_them():
    guidance = "Căn cứ Hướng dẫn số 12/HD-SGDĐT ngày 06/3/2024 của Sở giáo dục và Đào tạo về tuyển sinh;"
    plans = {
        # the department's own document, under its province's letterhead
        "so.txt": plan_of("UBND TỈNH NGHỆ AN\nSỞ GIÁO DỤC VÀ ĐÀO TẠO", "Nghệ An", "12/HD-SGDĐT", ""),
        "nghean.txt": plan_of("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN", "Nghệ An", "120/KH-UBND",
                              guidance + "\nCăn cứ Kế hoạch số 45/KH-BCH ngày 01/02/2024 của Bộ Chỉ huy Quân sự "
                              "tỉnh về diễn tập;"),
        "yenthanh.txt": plan_of("ỦY BAN NHÂN DÂN\nHUYỆN YÊN THÀNH", "Yên Thành", "20/KH-UBND",
                                guidance.replace("Sở giáo dục", "Sở Giáo dục") + "\nTheo đề nghị của Trưởng phòng "
                                "Nội vụ tại Tờ trình số 9/TTr-PNV ngày 9/3/2024;"),
        "hatinh.txt": plan_of("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH", "Hà Tĩnh", "88/KH-UBND", guidance),
    }
    results = {name: extract(text, name) for name, text in plans.items()}
    assert results["so.txt"].document.issuer == "Sở Giáo dục và Đào tạo tỉnh Nghệ An"
    refs = {r.label: r for r in results["nghean.txt"].references + results["yenthanh.txt"].references}
    assert (refs["45/KH-BCH"].issuer, refs["45/KH-BCH"].level) == ("Bộ Chỉ huy Quân sự tỉnh Nghệ An", "province")
    assert (refs["9/TTr-PNV"].issuer, refs["9/TTr-PNV"].level) == ("Phòng Nội vụ huyện Yên Thành", "district")
    graph = build_graph(list(results.values()))
    cited = {n: sorted(graph.nodes[s]["source"] for s, _ in graph.in_edges(n))
             for n, a in graph.nodes(data=True) if a.get("label") == "12/HD-SGDĐT"}
    assert cited == {"12/HD-SGDĐT@2024@Sở Giáo dục và Đào tạo tỉnh Nghệ An": ["nghean.txt", "yenthanh.txt"],
                     "12/HD-SGDĐT@2024@Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh": ["hatinh.txt"]}
    assert graph.nodes["12/HD-SGDĐT@2024@Sở Giáo dục và Đào tạo tỉnh Nghệ An"]["source"] == "so.txt"


def test_a_department_cited_by_its_abbreviated_name_is_the_one_of_its_letterhead():
    # `Sở NN&PTNT`, `Sở GD&ĐT`: how plans cite the departments; `SỞ NÔNG NGHIỆP VÀ PTNT`: how some sign
    plans = {
        "snn.txt": plan_of("UBND TỈNH BÌNH PHƯỚC\nSỞ NÔNG NGHIỆP VÀ PTNT", "Đồng Xoài", "12/KH-SNN", ""),
        "tinh.txt": plan_of("ỦY BAN NHÂN DÂN\nTỈNH BÌNH PHƯỚC", "Đồng Xoài", "120/KH-UBND",
                            "Căn cứ Kế hoạch số 12/KH-SNN ngày 20/3/2024 của Sở NN&PTNT về công tác;\nCăn cứ Hướng "
                            "dẫn số 3/HD-SGDĐT ngày 10/3/2024 của Sở GD&ĐT về công tác;\nCăn cứ Hướng dẫn số "
                            "4/HD-PLĐTBXH ngày 10/3/2024 của Phòng LĐ-TB&XH huyện Hớn Quản về công tác;\nCăn cứ "
                            "Kế hoạch số 5/KH-SVHTTDL ngày 12/3/2024 của Sở VH,TT&DL về công tác;"),
    }
    results = {name: extract(text, name) for name, text in plans.items()}
    assert results["snn.txt"].document.issuer == "Sở Nông nghiệp và Phát triển nông thôn tỉnh Bình Phước"
    refs = {r.label: r.issuer for r in results["tinh.txt"].references}
    assert refs == {"12/KH-SNN": "Sở Nông nghiệp và Phát triển nông thôn tỉnh Bình Phước",
                    "3/HD-SGDĐT": "Sở Giáo dục và Đào tạo tỉnh Bình Phước",
                    "4/HD-PLĐTBXH": "Phòng Lao động - Thương binh và Xã hội huyện Hớn Quản",
                    "5/KH-SVHTTDL": "Sở Văn hóa, Thể thao và Du lịch tỉnh Bình Phước"}
    graph = build_graph(list(results.values()))
    plan = "12/KH-SNN@2024@Sở Nông nghiệp và Phát triển nông thôn tỉnh Bình Phước"
    assert (graph.nodes[plan]["source"], [graph.nodes[s]["source"] for s, _ in graph.in_edges(plan)]) == (
        "snn.txt", ["tinh.txt"])


@pytest.mark.parametrize("school, issuer", [("TRƯỜNG THCS MINH TÂM", "Trường THCS Minh Tâm"),
                                            ("TRƯỜNG MẦM NON HOA SEN", "Trường Mầm non Hoa Sen")])
def test_a_school_under_its_district_s_line_carries_out_its_office_s_plan(school, issuer):
    # a school's plan for the school year: `UBND HUYỆN … / TRƯỜNG …` was one issuer of no place
    # (`UBND huyện Hớn Quản Trường Thcs Minh Tâm`), so its office's plan stayed unplaced too
    text = plan_of(f"UBND HUYỆN HỚN QUẢN\n{school}", "Hớn Quản", "15/KH-THCS",
                   "Thực hiện Kế hoạch số 12/KH-PGDĐT ngày 10/3/2024 của Phòng GD&ĐT về công tác năm học;")
    result = extract(text)
    assert (result.document.issuer, result.document.level, result.document.locality.district) == (
        issuer, "district", "Huyện Hớn Quản")
    assert [(r.issuer, r.relation) for r in result.references] == [
        ("Phòng Giáo dục và Đào tạo huyện Hớn Quản", "implements")]


def test_a_decision_of_the_chairman_is_the_committee_s_whichever_the_citation_names():
    # QĐ 232/QĐ-UBND of Ninh Bình (2019): a web copy's letterhead lost its second line; the
    # authority's line under the title says whose it is
    decision = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 232/QĐ-UBND | Ninh Bình, ngày 12 tháng "
                "4 năm 2019 |\nQUYẾT ĐỊNH\nVỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN GIẢI QUYẾT "
                "CỦA SỞ GIÁO DỤC VÀ ĐÀO TẠO\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\nCăn cứ Luật Tổ chức chính "
                "quyền địa phương ngày 19/6/2015;\nXét đề nghị của Giám đốc sở Giáo dục và Đào tạo,\nQUYẾT ĐỊNH:\n")
    doc = extract(decision, "qd.txt").document
    assert (doc.issuer, doc.level, doc.locality.province) == ("Chủ tịch UBND tỉnh Ninh Bình", "province", "Tỉnh Ninh Bình")
    assert doc.title.endswith("SỞ GIÁO DỤC VÀ ĐÀO TẠO")
    plan = plan_of("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH", "Ninh Bình", "70/KH-UBND",
                   "Căn cứ Quyết định số 232/QĐ-UBND ngày 12/4/2019 của UBND tỉnh Ninh Bình về công bố thủ tục;")
    graph = build_graph([extract(decision, "qd.txt"), extract(plan.replace("2024", "2019"), "kh.txt")])
    (node,) = [n for n, a in graph.nodes(data=True) if a.get("label") == "232/QĐ-UBND"]
    assert node == "232/QĐ-UBND@2019@UBND tỉnh Ninh Bình" and graph.nodes[node]["source"] == "qd.txt"


@pytest.mark.parametrize("cited, issuer, level", [
    ("Sở Lao động - Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An", "province"),
    ("Bảo hiểm xã hội tỉnh", "Bảo hiểm xã hội tỉnh Nghệ An", "province"),      # `xã hội` is no commune
    ("UBND xã Hội Sơn", "UBND xã Hội Sơn", "commune"),                         # xã Hội Sơn is
    ("Tỉnh đoàn", "Tỉnh đoàn Nghệ An", "province"),
])
def test_bodies_of_the_province_named_without_it(cited, issuer, level):
    text = plan_of("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN", "Nghệ An", "122/KH-UBND",
                   f"Căn cứ Công văn số 12/CV ngày 05/3/2024 của {cited} về việc trợ cấp;")
    (ref,) = extract(text).references
    assert (ref.issuer, ref.level, ref.locality.province) == (issuer, level, "Tỉnh Nghệ An")


def test_a_district_merged_away_before_the_gazetteer_s_snapshot_is_still_a_body_of_its_own():
    # huyện Yên Dũng joined thành phố Bắc Giang, huyện Kỳ Sơn of Hòa Bình thành phố Hòa Bình
    # (Nghệ An still has a huyện Kỳ Sơn); huyện Tĩnh Gia is thị xã Nghi Sơn renamed
    places = {name: extract(carrying_out(name, province)).document
              for name, province in (("Yên Dũng", "Bắc Giang"), ("Kỳ Sơn", "Hòa Bình"), ("Tĩnh Gia", None))}
    assert {name: (d.issuer, d.locality.province, d.locality.district) for name, d in places.items()} == {
        "Yên Dũng": ("UBND huyện Yên Dũng", "Tỉnh Bắc Giang", "Huyện Yên Dũng"),
        "Kỳ Sơn": ("UBND huyện Kỳ Sơn", "Tỉnh Hòa Bình", "Huyện Kỳ Sơn"),
        "Tĩnh Gia": ("UBND thị xã Nghi Sơn", "Tỉnh Thanh Hóa", "Thị xã Nghi Sơn")}
    unplaced = extract(district("Kỳ Sơn")).document      # no province named: the one that still is
    assert unplaced.locality.province == "Tỉnh Nghệ An"


def test_a_city_s_party_committee_is_a_district_s_inside_a_province():
    # Đề cương of thành phố Phan Rang - Tháp Chàm (2024): `Chỉ thị số 36-CT/TU … của Ban Thường vụ Thành ủy`
    text = plan_of("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ PHAN RANG - THÁP CHÀM", "Phan Rang - Tháp Chàm", "57/KH-UBND",
                   "Căn cứ Chỉ thị số 36-CT/TU ngày 28/02/2024 của Ban Thường vụ Thành ủy về việc thực hiện sắp "
                   "xếp các đơn vị hành chính cấp phường, xã;")
    (ref,) = extract(text).references
    assert (ref.issuer, ref.level, ref.locality.district) == (
        "Ban Thường vụ Thành ủy Phan Rang - Tháp Chàm", "district", "Thành phố Phan Rang - Tháp Chàm")


def test_a_minister_s_documents_are_the_ministry_s():
    # KH 07/KH-UBND of Lạng Sơn (2020) carries out a Chỉ thị `của Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn`
    plan = plan_of("ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN", "Lạng Sơn", "07/KH-UBND",
                   "Thực hiện Chỉ\nthị số 8008/CT-TCTL ngày 25/10/2019 của Bộ trưởng Bộ Nông nghiệp và Phát triển\n"
                   "nông thôn về việc tăng cường thực hiện các giải pháp thủy lợi; Căn cứ Thông tư số "
                   "05/2022/TT-BNNPTNT ngày 25/7/2022 của Bộ Nông nghiệp và Phát triển nông thôn về hướng dẫn;")
    graph = build_graph([extract(plan)])
    issuers = {graph.nodes[n]["label"]: b for n, b, k in graph.edges(keys=True) if k == "issued_by"
               and graph.nodes[n].get("label") in ("8008/CT-TCTL", "05/2022/TT-BNNPTNT")}
    assert issuers == {"8008/CT-TCTL": "body:Bộ Nông nghiệp và Phát triển nông thôn",
                       "05/2022/TT-BNNPTNT": "body:Bộ Nông nghiệp và Phát triển nông thôn"}


@pytest.mark.parametrize("cited", ["Ban Thường vụ Tỉnh ủy", "Thường trực Tỉnh ủy", "Tỉnh ủy",
                                   "Ban Chấp hành Đảng bộ tỉnh", None])
def test_a_party_committee_s_plan_is_one_whichever_of_its_organs_the_citation_names(cited):
    # a plan `-KH/TU` is the Tỉnh ủy's, signed for its Ban Thường vụ; a district plan that carries it
    # out names the Ban Thường vụ (Huyện ủy Cô Tô's plans name Quảng Ninh's so), or no one: `KH/TU` says
    # whose it is
    province = ("TỈNH ỦY QUẢNG NINH\n*\nSố 45-KH/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nHạ Long, ngày 01 tháng 02 năm 2022\n\n"
                "KẾ HOẠCH\nthực hiện Chỉ thị số 05-CT/TW\n\nThực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ "
                "Chính trị, Ban Thường vụ Tỉnh ủy xây dựng kế hoạch như sau:\n")
    district = ("ĐẢNG BỘ TỈNH QUẢNG NINH\nHUYỆN ỦY CÔ TÔ\n*\nSố 12-KH/HU\nĐẢNG CỘNG SẢN VIỆT NAM\nCô Tô, ngày 05 "
                f"tháng 3 năm 2022\n\nKẾ HOẠCH\nthực hiện công tác dân vận\n\nThực hiện Kế hoạch số 45-KH/TU ngày "
                f"01/02/2022{f' của {cited}' if cited else ''} về thực hiện Chỉ thị số 05-CT/TW, Ban Thường vụ Huyện ủy xây dựng kế "
                "hoạch như sau:\n")
    graph, nodes = graph_of({"tu.txt": province, "hu.txt": district})
    assert nodes["tu.txt"] == "45-KH/TU@2022@Tỉnh ủy Quảng Ninh"
    assert nodes["tu.txt"] in graph.successors(nodes["hu.txt"])
    assert [n for n, a in graph.nodes(data=True) if a.get("label") == "45-KH/TU"] == [nodes["tu.txt"]]
    assert graph.nodes[nodes["tu.txt"]]["conflicts"] == []      # an organ's name is no other issuer


def test_a_parent_named_without_its_place_is_no_conflicting_issuer():
    # a commune whose letterhead names it alone (several districts have a xã Tân Hiệp), placed by
    # the plan it carries out, `của UBND huyện`: the same body, less fully named
    district = plan_of("ỦY BAN NHÂN DÂN\nHUYỆN HỚN QUẢN", "Hớn Quản", "20/KH-UBND", "")
    commune = plan_of("ỦY BAN NHÂN DÂN\nXÃ TÂN HIỆP", "Tân Hiệp", "7/KH-UBND", "Thực hiện Kế hoạch số 20/KH-UBND "
                      "ngày 20/3/2024 của UBND huyện về công tác năm 2024, UBND xã ban hành Kế hoạch như sau:")
    graph, nodes = graph_of({"huyen.txt": district, "xa.txt": commune})
    assert nodes["xa.txt"] == "7/KH-UBND@2024@UBND xã Tân Hiệp, huyện Hớn Quản, tỉnh Bình Phước"
    assert implemented_by(graph, "xa.txt") == [nodes["huyen.txt"]]
    assert graph.nodes[nodes["huyen.txt"]]["conflicts"] == []      # (central ones: test_graph_queries)


def test_a_citation_s_date_does_not_choose_between_a_dated_plan_and_an_undated_namesake():
    # two districts with a xã Tân Hiệp each issued a 20/KH-UBND in 2024; Tân Châu's text gives no
    # date (a scan's date line lost): the date the commune cites may be either's
    commune = plan_of("ỦY BAN NHÂN DÂN\nXÃ TÂN HIỆP", "Tân Hiệp", "7/KH-UBND", "Thực hiện Kế hoạch số 20/KH-UBND "
                      "ngày 20/3/2024 của UBND huyện về công tác năm 2024, UBND xã ban hành Kế hoạch như sau:")
    tan_chau = plan_of("ỦY BAN NHÂN DÂN\nHUYỆN TÂN CHÂU\nTỈNH TÂY NINH", "Tân Châu", "20/KH-UBND", "").replace(
        "Tân Châu, ngày 20 tháng 3 năm 2024", "Tân Châu, ngày   tháng 3 năm 2024")
    texts = {"xa.txt": commune, "honquan.txt": plan_of("ỦY BAN NHÂN DÂN\nHUYỆN HỚN QUẢN", "Hớn Quản", "20/KH-UBND", "")}
    graph, nodes = graph_of(texts)
    assert implemented_by(graph, "xa.txt") == [nodes["honquan.txt"]]        # the only one loaded
    graph, nodes = graph_of({**texts, "tanchau.txt": tan_chau})
    assert graph.nodes[nodes["tanchau.txt"]]["issued_date"] is None
    assert nodes["xa.txt"] == "7/KH-UBND@2024@UBND xã Tân Hiệp"
    assert implemented_by(graph, "xa.txt") == ["20/KH-UBND@2024@UBND huyện"]


@pytest.mark.parametrize("letterhead, place, year, issuers", [
    ("ĐẢNG BỘ HUYỆN HỚN QUẢN\nĐẢNG ỦY XÃ THANH AN", "Thanh An", 2024,
     {"45-KH/TU": "Tỉnh ủy Bình Phước", "12-KH/HU": "Huyện ủy Hớn Quản"}),
    # in a provincial city `TU` is also the city's committee (Thành ủy Đồng Xoài): not known whose
    ("ĐẢNG BỘ THÀNH PHỐ ĐỒNG XOÀI\nĐẢNG ỦY PHƯỜNG TÂN PHÚ", "Đồng Xoài", 2024, {"45-KH/TU": None, "12-KH/HU": None}),
    # Huế was a province until 2025: its committee, a Tỉnh ủy, named as its unit of today
    ("ĐẢNG BỘ TỈNH THỪA THIÊN HUẾ\nHUYỆN ỦY PHÚ VANG", "Phú Vang", 2022,
     {"45-KH/TU": "Thành ủy Huế", "12-KH/HU": "Huyện ủy Phú Vang"}),
    # a 2025 ward of a city run by the centre (Số 254-BC/ĐU of Đảng ủy phường Bình Tiên)
    ("ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH\nĐẢNG ỦY PHƯỜNG BÌNH TIÊN", "Bình Tiên", 2025,
     {"45-KH/TU": "Thành ủy Hồ Chí Minh", "12-KH/HU": None}),
])
def test_a_party_committee_s_code_names_it_where_the_text_names_no_issuer(letterhead, place, year, issuers):
    text = (f"{letterhead}\n*\nSố 20-KH/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\n{place}, ngày 05 tháng 12 năm {year}\n\n"
            "KẾ HOẠCH\nthực hiện công tác dân vận\n\nThực hiện Kế hoạch số 45-KH/TU ngày 01/10/{year} và Kế hoạch số "
            f"12-KH/HU ngày 10/10/{year} về công tác dân vận, Ban Thường vụ Đảng ủy xây dựng kế hoạch như sau:\n")
    assert {r.label: r.issuer for r in extract(text).references} == issuers


def test_a_commune_s_text_citing_a_party_plan_by_its_code_alone_means_its_own_committee():
    # `ĐU` is a commune's Party committee or an agency's: in a commune's plan, the commune's
    text = plan_of("ỦY BAN NHÂN DÂN\nPHƯỜNG TÂN PHÚ\nTHÀNH PHỐ ĐỒNG XOÀI", "Đồng Xoài", "12/KH-UBND",
                   "Thực hiện Kế hoạch số 15-KH/ĐU ngày 1/3/2024 về công tác dân vận, UBND phường ban hành Kế "
                   "hoạch như sau:")
    district = plan_of("ỦY BAN NHÂN DÂN\nHUYỆN HỚN QUẢN", "Hớn Quản", "20/KH-UBND",
                       "Thực hiện Kế hoạch số 15-KH/ĐU ngày 1/3/2024 về công tác dân vận;")
    assert [(r.issuer, r.level) for r in extract(text).references] == [("Đảng ủy phường Tân Phú", "commune")]
    assert [r.issuer for r in extract(district).references] == [None]


def test_a_party_document_naming_its_own_number_does_not_cite_itself():
    # Kết luận 445-KL/TU of Tỉnh ủy Thừa Thiên Huế (2022), its number again under the signature
    text = ("TỈNH ỦY THỪA THIÊN HUẾ\nĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 445-KL/TU\nThừa Thiên Huế, ngày 13 tháng 5 năm "
            "2022\nKẾT LUẬN\nHỘI NGHỊ LẦN THỨ BẢY\nSau 10 năm thực hiện Nghị quyết 13-NQ/TU của Tỉnh ủy (khóa XIV), "
            "hệ thống kết cấu hạ tầng có bước phát triển.\nCác cấp ủy quán triệt Kết luận số 445-KL/TU.\n")
    result = extract(text)
    assert (result.document.label, result.document.issuer) == ("445-KL/TU", "Thành ủy Huế")
    assert [(r.label, r.issuer) for r in result.references] == [("13-NQ/TU", "Thành ủy Huế")]


def test_a_party_committee_renamed_with_its_unit_is_one_body():
    # Tỉnh ủy Thừa Thiên Huế became Thành ủy Huế with its province (2025-01-01), as its UBND tỉnh
    # became UBND thành phố Huế; a 2025 text citing the 2022 plan names the committee of its day
    plan = ("TỈNH ỦY THỪA THIÊN HUẾ\nĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 60-KH/TU\nThừa Thiên Huế, ngày 13 tháng 5 "
            "năm 2022\nKẾ HOẠCH\nthực hiện Chỉ thị số 05-CT/TW\nThực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của "
            "Bộ Chính trị, Ban Thường vụ Tỉnh ủy xây dựng kế hoạch như sau:\n")
    later = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HUẾ" + HEAD + "Số: 40/KH-UBND\nHuế, ngày 20 tháng 3 năm 2025\n\nKẾ HOẠCH\n"
             "Thực hiện Kế hoạch số 60-KH/TU\n\nThực hiện Kế hoạch số 60-KH/TU ngày 13/5/2022 của Ban Thường vụ "
             "Thành ủy Huế, UBND thành phố ban hành Kế hoạch như sau:\n")
    graph, node = graph_of({"tinh.txt": plan, "later.txt": later})
    assert graph.nodes[node["tinh.txt"]]["issuer"] == "Thành ủy Huế"
    assert implemented_by(graph, "later.txt") == [node["tinh.txt"]]
    # huyện Tĩnh Gia is thị xã Nghi Sơn renamed: its committee is the Thị ủy
    county = "Căn cứ Nghị quyết số 12-NQ/HU ngày 3/4/2019 của Huyện ủy Tĩnh Gia, tỉnh Thanh Hóa về nông thôn mới."
    assert [r.issuer for r in extract(county).references] == ["Thị ủy Nghi Sơn"]


@pytest.mark.parametrize("cited", ["Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"])
def test_the_front_s_plan_is_one_whether_the_citation_names_its_standing_board_or_not(cited):
    province = ("ỦY BAN MTTQ VIỆT NAM\nTỈNH BÌNH PHƯỚC\nBAN THƯỜNG TRỰC\n" + HEAD + "Số: 45/KH-MTTQ-BTT\nĐồng Xoài, "
                "ngày 01 tháng 02 năm 2022\n\nKẾ HOẠCH\nthực hiện công tác dân vận\n\nThực hiện Chỉ thị số 05-CT/TW "
                "ngày 15/5/2016 của Bộ Chính trị, Ban Thường trực xây dựng kế hoạch như sau:\n")
    district = ("ỦY BAN MTTQ VIỆT NAM\nHUYỆN HỚN QUẢN\nBAN THƯỜNG TRỰC\n" + HEAD + "Số: 12/KH-MTTQ-BTT\nHớn Quản, "
                f"ngày 05 tháng 3 năm 2022\n\nKẾ HOẠCH\nthực hiện công tác dân vận\n\nThực hiện Kế hoạch số "
                f"45/KH-MTTQ-BTT ngày 01/02/2022 của {cited} về công tác dân vận, Ban Thường trực xây dựng kế hoạch "
                "như sau:\n")
    graph, nodes = graph_of({"tinh.txt": province, "huyen.txt": district})
    assert graph.nodes[nodes["huyen.txt"]]["issuer"] == "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện Hớn Quản"
    assert nodes["tinh.txt"] in graph.successors(nodes["huyen.txt"])


def test_a_number_written_with_or_without_its_leading_zero_is_one_document():
    # `Số: 01/KH-UBND` on the province's plan, `Kế hoạch số 1/KH-UBND` in the district's; a decree
    # cited as `04/2015/NĐ-CP` and as `4/2015/NĐ-CP`
    province = plan_of("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN", "Nghệ An", "01/KH-UBND",
                       "Căn cứ Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ về dân chủ;")
    district = plan_of("ỦY BAN NHÂN DÂN\nHUYỆN NAM ĐÀN", "Nam Đàn", "7/KH-UBND",
                       "Căn cứ Nghị định số 4/2015/NĐ-CP ngày 09/01/2015 của Chính phủ; Thực hiện Kế hoạch số "
                       "1/KH-UBND ngày 20/3/2024 của UBND tỉnh về dân chủ;")
    graph, nodes = graph_of({"tinh.txt": province, "huyen.txt": district})
    assert nodes["tinh.txt"] in graph.successors(nodes["huyen.txt"])
    assert [n for n, a in graph.nodes(data=True) if a.get("label") in ("04/2015/NĐ-CP", "4/2015/NĐ-CP")] == [
        "4/2015/NĐ-CP"]
    assert set(spellings("1/KH-UBND")) >= {"1/KH-UBND", "01/KH-UBND"}


def test_a_party_regulation_under_either_of_its_codes_is_one_document():
    # the Politburo's Quy định 11 of 2019 is `11-QĐi/TW` by the Party's rules and `11-QĐ/TW` in most
    # citations (seed 000 writes it so; docs/vn-references.md)
    province = plan_of("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN", "Nghệ An", "01/KH-UBND",
                       "Căn cứ Quy định số 11-QĐi/TW ngày 18/02/2019 của Bộ Chính trị về trách nhiệm tiếp dân;")
    district = plan_of("ỦY BAN NHÂN DÂN\nHUYỆN NAM ĐÀN", "Nam Đàn", "7/KH-UBND",
                       "Căn cứ Quy định số 11-QĐ/TW ngày 18/02/2019 của Bộ Chính trị về trách nhiệm tiếp dân;")
    graph, nodes = graph_of({"tinh.txt": province, "huyen.txt": district})
    rule = [n for n, a in graph.nodes(data=True) if a.get("label") in ("11-QĐi/TW", "11-QĐ/TW")]
    assert rule == ["11-QĐ/TW@2019"]
    assert {nodes["tinh.txt"], nodes["huyen.txt"]} == set(graph.predecessors(rule[0]))
    assert {"11-QĐ/TW", "11-QĐi/TW"} <= set(spellings("11-QĐi/TW")) & set(spellings("11-QĐ/TW"))


def school(place_line: str, school_line: str, number: str, body: str) -> str:
    return (f"{place_line}\n{school_line}\nSố: {number}\nTây Hồ, ngày 05 tháng 6 năm 2021\nKẾ HOẠCH\nCông tác năm "
            f"học\n{body}\n")


def test_a_school_named_without_its_place_is_the_loaded_one_of_the_citing_province():
    # a Tây Hồ school's plan (its letterhead under the district's line), then its report and the
    # district's education office citing it by the school's name alone
    plan = school("UBND QUẬN TÂY HỒ", "TRƯỜNG MẦM NON HOA SEN", "12/KH-MN", "Thực hiện Kế hoạch số 43/KH-PGDĐT "
                  "ngày 01/3/2021 của Phòng Giáo dục và Đào tạo quận Tây Hồ, Trường Mầm non Hoa Sen xây dựng kế hoạch.")
    report = school("UBND QUẬN TÂY HỒ", "TRƯỜNG MẦM NON HOA SEN", "20/BC-MN", "Thực hiện Kế hoạch số 12/KH-MN ngày "
                    "05/3/2021 của Trường Mầm non Hoa Sen về công tác năm học, nhà trường báo cáo như sau:")
    office = ("ỦY BAN NHÂN DÂN\nQUẬN TÂY HỒ\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 50/KH-PGDĐT\nTây Hồ, ngày 05 tháng 7 "
              "năm 2021\nKẾ HOẠCH\nKiểm tra\nThực hiện Kế hoạch số 12/KH-MN ngày 05/3/2021 của trường Mầm non Hoa "
              "Sen về công tác năm học, Phòng Giáo dục và Đào tạo ban hành kế hoạch như sau:\n")
    graph, nodes = graph_of({"plan.txt": plan, "report.txt": report, "office.txt": office})
    assert nodes["plan.txt"] == "12/KH-MN@2021@Trường Mầm non Hoa Sen, quận Tây Hồ, thành phố Hà Nội"
    assert implemented_by(graph, "report.txt") == implemented_by(graph, "office.txt") == [nodes["plan.txt"]]
    # a namesake school of another province is not the one a Hà Nội office means
    elsewhere = school("UBND HUYỆN HỚN QUẢN", "TRƯỜNG MẦM NON HOA SEN", "12/KH-MN", "").replace("Tây Hồ, ngày",
                                                                                              "Hớn Quản, ngày")
    graph, nodes = graph_of({"elsewhere.txt": elsewhere, "office.txt": office})
    assert nodes["elsewhere.txt"] == "12/KH-MN@2021@Trường Mầm non Hoa Sen, huyện Hớn Quản, tỉnh Bình Phước"
    assert implemented_by(graph, "office.txt") == ["12/KH-MN@2021@Trường Mầm non Hoa Sen"]


def test_a_commune_merged_before_the_gazetteer_s_snapshot():
    # xã Hà Vị (Bạch Thông, Bắc Kạn, in the statistics office's list of 2020) was merged before the
    # snapshot: cited in Bạch Thông, it is that district's (data/vocab/merged_communes.csv). Nam
    # Định's xã Xuân Tiến, merged too, is not a Bắc Kạn text's `xã Xuân Tiến`: that one keeps its
    # name, still its own body, not any `Đảng ủy xã`
    graph, nodes = graph_of({"huyen.txt": district("Bạch Thông").replace(
        "Ủy ban nhân dân huyện ban hành", "Căn cứ Kế hoạch số 85-KH/ĐU ngày 21/8/2019 của Đảng ủy xã Hà Vị về "
        "đại hội; Kế hoạch số 85-KH/ĐU ngày 22/8/2019 của Đảng ủy xã Xuân Tiến về đại hội; Ủy ban nhân dân huyện ban hành")})
    cited = sorted(t for _, t, k in graph.out_edges(nodes["huyen.txt"], keys=True) if t.startswith("85-KH/ĐU"))
    assert cited == ["85-KH/ĐU@2019@Đảng ủy xã Hà Vị, huyện Bạch Thông, tỉnh Bắc Kạn",
                     "85-KH/ĐU@2019@Đảng ủy xã Xuân Tiến"]


def _place_of(issuer: str) -> tuple:
    ref = extract(commune_plan("ỦY BAN NHÂN DÂN\nXÃ MINH TÂM", "Minh Tâm", f"Căn cứ Kế hoạch số 9/KH-UBND ngày "
                               f"1/2/2018 của {issuer} về phối hợp;")).references[0]
    place = ref.locality
    return ref.issuer, place and (place.province, place.district, place.commune)


@pytest.mark.parametrize("issuer, named, place", [
    # the district and province after the name say which of the communes so named: Cao Bằng has a xã
    # Đình Phùng too, Thanh Hóa a xã Thọ Lộc; these two were merged in 2020 and 2024, Thái Bình's and
    # Hà Nội's (the statistics office's lists, data/vocab/merged_communes.csv)
    ("UBND xã Đình Phùng, huyện Kiến Xương, tỉnh Thái Bình", "UBND xã Đình Phùng",
     ("Tỉnh Thái Bình", "Huyện Kiến Xương", "Xã Đình Phùng")),
    ("UBND xã Thọ Lộc, huyện Phúc Thọ", "UBND xã Thọ Lộc", ("Thành phố Hà Nội", "Huyện Phúc Thọ", "Xã Thọ Lộc")),
    ("UBND xã Thọ Lộc, huyện Thọ Xuân", "UBND xã Thọ Lộc", ("Tỉnh Thanh Hóa", "Huyện Thọ Xuân", "Xã Thọ Lộc")),
    # a name the gazetteer does not know is not cut to one it does (Quảng Trị's xã Thanh)
    ("UBND xã Thanh Lạc Hạ", "UBND xã Thanh Lạc Hạ", None),
    # a commune spelt as the statistics office's older list spells it (`Phó Bảng`, now `Phố Bảng`)
    ("UBND thị trấn Phó Bảng, huyện Đồng Văn", "UBND thị trấn Phố Bảng",
     ("Tỉnh Hà Giang", "Huyện Đồng Văn", "Thị trấn Phố Bảng")),
    ("UBND Phường 02, quận Phú Nhuận", "UBND phường 2", ("Thành phố Hồ Chí Minh", "Quận Phú Nhuận", "Phường 2")),
])
def test_a_cited_commune_is_placed_where_the_text_says(issuer, named, place):
    assert _place_of(issuer) == (named, place)


@pytest.mark.parametrize("letterhead, issuer, province, district", [
    # Ninh Bình's xã Gia Tiến (Gia Viễn, merged in 2025-01) under its district's line: not Hải
    # Dương's xã Gia Tiến, the only one the snapshot holds
    ("UBND HUYỆN GIA VIỄN\nUBND XÃ GIA TIẾN", "UBND xã Gia Tiến", "Tỉnh Ninh Bình", "Huyện Gia Viễn"),
    # a letterhead names the commune that stood on its date, the only one of its name (merged in 2024)
    ("ỦY BAN NHÂN DÂN\nXÃ CỘNG LẠC", "UBND xã Cộng Lạc", "Tỉnh Hải Dương", "Huyện Tứ Kỳ"),
])
def test_a_letterhead_places_a_commune_merged_since(letterhead, issuer, province, district):
    doc = extract(commune_plan(letterhead, "", "")).document
    assert (doc.issuer, doc.locality.province, doc.locality.district) == (issuer, province, district)


@pytest.mark.parametrize("issuer, named, place", [
    # the Central Highlands' `đắk` spelt as each text spells it (the gazetteer: `Huyện Đăk Hà`,
    # `Huyện Đak Đoa`, `Tỉnh Đắk Lắk`), and `Qui Nhơn` as older texts spell it
    ("UBND huyện Đắk Hà", "UBND huyện Đăk Hà", ("Tỉnh Kon Tum", "Huyện Đăk Hà", None)),
    ("UBND huyện Đăk Đoa", "UBND huyện Đak Đoa", ("Tỉnh Gia Lai", "Huyện Đak Đoa", None)),
    ("UBND tỉnh Đăk Lăk", "UBND tỉnh Đắk Lắk", ("Tỉnh Đắk Lắk", None, None)),
    ("UBND thành phố Qui Nhơn", "UBND thành phố Quy Nhơn", ("Tỉnh Bình Định", "Thành phố Quy Nhơn", None)),
    ("UBND huyện Krông Pắk", "UBND huyện Krông Pắc", ("Tỉnh Đắk Lắk", "Huyện Krông Pắc", None)),
    ("UBND huyện Cư Mgar", "UBND huyện Cư M'gar", ("Tỉnh Đắk Lắk", "Huyện Cư M'gar", None)),
    # a capital inside a word, as the official names of Gia Lai write it
    ("UBND huyện KBang", "UBND huyện KBang", ("Tỉnh Gia Lai", "Huyện KBang", None)),
    ("UBND xã HBông, huyện Chư Sê", "UBND xã HBông", ("Tỉnh Gia Lai", "Huyện Chư Sê", "Xã HBông")),
    # a name's dash written or not (`Thừa Thiên - Huế`, named and placed as the city it became)
    ("UBND tỉnh Bà Rịa Vũng Tàu", "UBND tỉnh Bà Rịa - Vũng Tàu", ("Tỉnh Bà Rịa - Vũng Tàu", None, None)),
    ("UBND tỉnh Thừa Thiên - Huế", "UBND thành phố Huế", ("Thành phố Huế", None, None)),
    # a province's name cut short as southern and central texts cut it
    ("UBND tỉnh BR-VT", "UBND tỉnh Bà Rịa - Vũng Tàu", ("Tỉnh Bà Rịa - Vũng Tàu", None, None)),
    ("UBND tỉnh TT-Huế", "UBND thành phố Huế", ("Thành phố Huế", None, None)),
    # districts of the statistics office's list of 2020 merged before the snapshot (Quận 2 into
    # Thành phố Thủ Đức in 2021), and a ward of one
    ("UBND Quận 2", "UBND quận 2", ("Thành phố Hồ Chí Minh", "Quận 2", None)),
    ("UBND huyện Trà Lĩnh", "UBND huyện Trà Lĩnh", ("Tỉnh Cao Bằng", "Huyện Trà Lĩnh", None)),
    ("UBND phường Thảo Điền, Quận 2", "UBND phường Thảo Điền", ("Thành phố Hồ Chí Minh", "Quận 2", "Phường Thảo Điền")),
    # a number the gazetteer has no unit of keeps the text's name (it was `UBND quận quận 13`)
    ("UBND Quận 13", "UBND quận 13", None),
])
def test_a_cited_district_spelt_otherwise_or_merged_since(issuer, named, place):
    assert _place_of(issuer) == (named, place)


@pytest.mark.parametrize("year, district, cited", [
    (2019, "Quận 2", "UBND quận"),                              # a ward of Quận 2 until 2021
    (2022, "Thành phố Thủ Đức", "UBND thành phố"),              # of Thành phố Thủ Đức since
])
def test_a_ward_its_district_s_merger_moved_is_placed_as_its_date_knew_it(year, district, cited):
    # the letterhead names the ward alone: its district, and the body its `UBND quận` means, are
    # those of the plan's date (the statistics office's list of 2020, data/vocab/merged_communes.csv)
    plan = extract(f"ỦY BAN NHÂN DÂN\nPHƯỜNG THẢO ĐIỀN{HEAD}Số: 15/KH-UBND\nThảo Điền, ngày 10 tháng 3 năm {year}\n\n"
                   f"KẾ HOẠCH\nThực hiện công tác dân vận\n\nThực hiện Kế hoạch số 5/KH-UBND ngày 2/2/{year} của "
                   f"{cited} về công tác dân vận; Ủy ban nhân dân phường ban hành Kế hoạch như sau:\n")
    (parent,) = [r for r in plan.references if r.label == "5/KH-UBND"]
    assert (plan.document.locality.district, parent.locality.district) == (district, district)


def test_a_party_committee_placed_by_the_province_after_its_name():
    # huyện Kỳ Sơn is Nghệ An's, and Hòa Bình's until 2020: the province named after it says which,
    # even in a Nghệ An text
    plan = extract(commune_plan("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN", "Nghệ An", "Căn cứ Kế hoạch số 9-KH/HU ngày "
                                "1/2/2018 của Huyện ủy Kỳ Sơn, tỉnh Hòa Bình về kết nghĩa;"))
    (ref,) = plan.references
    assert (ref.issuer, ref.locality.province) == ("Huyện ủy Kỳ Sơn", "Tỉnh Hòa Bình")


def test_a_party_committee_s_name_places_the_text():
    # Bắc Kạn news of 2019: only `Huyện ủy Bạch Thông` names the district that places xã Hà Vị (merged
    # since), and only `Tỉnh ủy Yên Bái` the province of a `Ban Thường vụ Tỉnh ủy` cited after it
    refs = {r.label: r for r in extract(
        "Ban Thường vụ Đảng ủy đã triển khai Kế hoạch số 152-KH/HU ngày 14/8/2019 của Ban Thường vụ Huyện ủy Bạch "
        "Thông về đại hội; Kế hoạch số 85-KH/ĐU ngày 21/8/2019 của Đảng ủy xã Hà Vị về đại hội.\n"
        "Ngày 6/8, Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị số 17. Thực hiện Kế hoạch số 25-KH/TU ngày "
        "30/11/2016 của Ban Thường vụ Tỉnh ủy về dư luận xã hội.\n").references}
    assert (refs["85-KH/ĐU"].locality.district, refs["25-KH/TU"].issuer) == (
        "Huyện Bạch Thông", "Ban Thường vụ Tỉnh ủy Yên Bái")


def test_a_commune_of_2025_citing_its_former_district_and_province_of_before_the_reform():
    # xã Tân Khai (Đồng Nai since 2025-07-01) was made of communes of Bình Phước's huyện Hớn Quản: its
    # `UBND huyện`, `UBND tỉnh` of 2024 are those, not Đồng Nai's; `UBND tỉnh` of 2025 is Đồng Nai's
    refs = {r.label: r for r in extract(
        "ỦY BAN NHÂN DÂN\nXÃ TÂN KHAI\nSố: 88/KH-UBND\nTân Khai, ngày 15 tháng 9 năm 2025\nKẾ HOẠCH\nCông tác dân "
        "vận năm 2025\nCăn cứ Kế hoạch số 45/KH-UBND ngày 01/3/2024 của UBND huyện về công tác dân vận;\nCăn cứ Kế "
        "hoạch số 12/KH-UBND ngày 01/3/2024 của UBND tỉnh về dân vận;\nThực hiện Kế hoạch số 301/KH-UBND ngày "
        "20/8/2025 của UBND tỉnh;\n").references}
    assert {label: r.issuer for label, r in refs.items()} == {
        "45/KH-UBND": "UBND huyện Hớn Quản", "12/KH-UBND": "UBND tỉnh Bình Phước", "301/KH-UBND": "UBND tỉnh Đồng Nai"}
    assert refs["45/KH-UBND"].locality.province == "Tỉnh Bình Phước"


def test_a_normative_act_cited_by_another_text_without_its_year_is_that_act():
    # Quảng Nam's council resolution, and a district's plan that writes its number without the year
    resolution = ("HỘI ĐỒNG NHÂN DÂN\nTỈNH QUẢNG NAM" + HEAD + "Số: 41/2022/NQ-HĐND\nQuảng Nam, ngày 09 tháng 12 năm "
                  "2022\n\nNGHỊ QUYẾT\nQuy định chính sách hỗ trợ\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n")
    plan = ("ỦY BAN NHÂN DÂN\nHUYỆN ĐẠI LỘC" + HEAD + "Số: 15/KH-UBND\nĐại Lộc, ngày 10 tháng 3 năm 2023\n\nKẾ HOẠCH\n"
            "Hỗ trợ năm 2023\n\nThực hiện Nghị quyết số 41/NQ-HĐND ngày 09/12/2022 của HĐND tỉnh Quảng Nam; Nghị quyết "
            "số 42/NQ-HĐND ngày 20/12/2022 của HĐND tỉnh Quảng Nam;\n")
    other_day = plan.replace("15/KH-UBND", "16/KH-UBND").replace("41/NQ-HĐND ngày 09/12", "41/NQ-HĐND ngày 10/12")
    graph, node = graph_of({"nq.txt": resolution, "plan.txt": plan, "other.txt": other_day})
    assert node["nq.txt"] in implemented_by(graph, "plan.txt")
    # another day's 41, and a number no loaded act has, are documents of their own
    assert node["nq.txt"] not in implemented_by(graph, "other.txt")
    assert "42/NQ-HĐND@2022@HĐND tỉnh Quảng Nam" in implemented_by(graph, "plan.txt")
