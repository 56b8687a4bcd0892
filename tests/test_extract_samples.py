"""Expected values read off the real documents in data/samples (each checked against the text)."""
import textwrap

import pytest

from conftest import SAMPLES
from loaders.extract import extract_file

# file -> (document fields, {label: (doc_type, issued_date, issuer, relation)})
EXPECTED = {
    "seeds/000_68e3b3ec1d53f4cc.txt": (
        dict(doc_type="Kế hoạch", label=None, issuer="UBND xã Minh Tâm", level="commune", year=2024,
             issued_date=None, signer="Hoàng Ngọc Giang",
             locality=("Tỉnh Bình Phước", "Huyện Hớn Quản", "Xã Minh Tâm")),
        {"114/KH-UBND": ("Kế hoạch", "2024-04-10", "UBND huyện Hớn Quản", "implements"),
         "114-KL/TW": ("Kết luận", "2015-07-14", "Ban Bí thư", "cites"),
         "33/CT-TTg": ("Chỉ thị", "2021-11-26", "Thủ tướng Chính phủ", "cites"),
         "18-CT/TW": ("Chỉ thị", "2022-10-26", "Ban Bí thư", "cites"),
         "20/2021/NĐ-CP": ("Nghị định", "2021-03-15", "Chính phủ", "cites"),
         "77/QĐ-UBND": ("Quyết định", "2024-01-12", "UBND huyện Hớn Quản", "cites"),
         "27/QĐ-UBND": ("Quyết định", "2024-01-19", "UBND xã Minh Tâm", "cites"),
         "302/KH-UBND": ("Kế hoạch", "2022-10-18", None, "cites"),       # written `302/KH- UBND`
         "10/2022/QH15": ("Luật", None, "Quốc hội", "cites")}),          # Luật Thực hiện dân chủ ở cơ sở
    "seeds/001_e5f57dfa3d73beca.txt": (
        dict(doc_type="Kế hoạch", issuer="UBND huyện Tân Biên", level="district", year=2023,
             signer="Nguyễn Thị Thành", locality=("Tỉnh Tây Ninh", "Huyện Tân Biên", None)),
        {"765/KH-UBND": ("Kế hoạch", "2023-03-20", "UBND tỉnh Tây Ninh", "implements"),
         "03-CTr/BDV-UBND": ("Chương trình", "2021-11-30", "Ban Dân vận Huyện ủy Tân Biên và UBND huyện Tân Biên",
                             "implements"),
         "23-QĐ/TW": ("Quyết định", "2021-07-30", "Ban Chấp hành Trung ương", "cites"),
         "25-CT/TU": ("Chỉ thị", "2021-02-25", "Ban Thường vụ Tỉnh ủy Tây Ninh", "cites"),
         "34/2007/PL-UBTVQH11": ("Pháp lệnh", "2007-04-20", "Ủy ban Thường vụ Quốc hội", "cites"),
         "04/2015/NĐ-CP": ("Nghị định", "2015-01-09", "Chính phủ", "cites"),
         "552/QĐ-UBND": ("Quyết định", "2023-02-22", "UBND huyện Tân Biên", "cites")}),
    "seeds/002_144f1bf66b79e4ff.txt": (
        dict(doc_type="Kế hoạch", label=None, issuer="UBND xã Hồng Phong", level="commune", year=2026,
             signer="Hoàng Thanh Tuấn", locality=("Tỉnh Lạng Sơn", None, "Xã Hồng Phong")),
        {"61/KH-UBND": ("Kế hoạch", "2026-02-26", "UBND tỉnh Lạng Sơn", "implements"),
         "18-KH/TU": ("Kế hoạch", "2026-02-04", "Ban Thường vụ Tỉnh ủy Lạng Sơn", "cites"),
         "43-KL/TW": ("Kết luận", "2019-01-07", "Ban Bí thư", "cites")}),
    "seeds/003_b386e35d8303a670.txt": (
        dict(doc_type="Kế hoạch", label=None, issuer="UBND xã Hành Thiện", level="commune", year=2025,
             signer=None, locality=("Tỉnh Quảng Ngãi", "Huyện Nghĩa Hành", "Xã Hành Thiện")),
        {"530/KH-UBND": ("Kế hoạch", "2025-03-24", "UBND huyện Nghĩa Hành", "implements"),
         "05/NQ-HĐND": ("Nghị quyết", "2024-12-24", "HĐND xã Hành Thiện", "cites"),
         "4518/QĐ-UBND": ("Quyết định", "2024-12-20", "UBND huyện Nghĩa Hành", "cites"),
         "95/KH-UBND": ("Kế hoạch", "2024-12-30", "UBND xã Hành Thiện", "cites"),
         "120-KL/TW": ("Kết luận", "2016-01-07", "Bộ Chính trị", "cites"),
         # `Đề án số 13-ĐA/TU ngày 10/10/2022 của Ban Thường vụ Tỉnh ủy và Đề án số 13-ĐA/HU …`
         "13-ĐA/TU": ("Đề án", "2022-10-10", "Ban Thường vụ Tỉnh ủy Quảng Ngãi", "cites"),
         # `của Hội nghị Tỉnh ủy lần thứ 5, khóa XX`: a plenum's resolution is the Tỉnh ủy's
         "04-NQ/TU": ("Nghị quyết", "2021-10-18", "Tỉnh ủy Quảng Ngãi", "cites")}),
    "seeds/004_0801274d69028c56.txt": (
        dict(doc_type="Kế hoạch", issuer="UBND tỉnh Quảng Bình", level="province", year=2024,
             signer="Hồ An Phong", locality=("Tỉnh Quảng Bình", None, None)),
        {"23-QĐ/TW": ("Quyết định", "2021-07-30", "Bộ Chính trị", "based_on"),
         "33/CT-TTg": ("Chỉ thị", "2021-11-26", "Thủ tướng Chính phủ", "based_on"),
         "412-QĐ/TU": ("Quyết định", "2021-10-14", "Ban Thường vụ Tỉnh ủy Quảng Bình", "based_on"),
         "3140/QĐ-UBND": ("Quyết định", "2020-10-13", "UBND tỉnh Quảng Bình", "based_on"),
         "20-CT/TU": ("Chỉ thị", "2022-02-28", "Ban Thường vụ Tỉnh ủy Quảng Bình", "cites")}),
    "corpus/002_xa-phobang-kh01-tbtt-2025-baucu.txt": (
        dict(doc_type="Kế hoạch", label="01/KH-TBTTKT", level="commune", issued_date="2025-12-10",
             issuer="Tiểu ban thông tin, tuyên truyền, khánh tiết, Ủy ban bầu cử xã Phố Bảng",
             signer="Nguyễn Văn Hoàn", locality=("Tỉnh Tuyên Quang", None, "Xã Phố Bảng")),
        {"03/QĐ-UBBC": ("Quyết định", "2025-12-05", "Ủy ban bầu cử xã Phố Bảng", "based_on"),
         "46-CT/TW": ("Chỉ thị", "2025-05-16", "Bộ Chính trị", "cites"),
         "28/CT-TTg": ("Chỉ thị", "2025-09-18", "Thủ tướng Chính phủ", "cites")}),
    "corpus/004_tw-btgdvtw-hd37-2025-bantin-chibo.txt": (
        dict(doc_type="Hướng dẫn", label="37-HD/BTGDVTW", level="central", issued_date="2025-11-19",
             issuer="Ban Tuyên giáo và Dân vận Trung ương", signer="Phạm Tất Thắng"),
        {"50-CT/TW": ("Chỉ thị", "2025-07-23", "Ban Bí thư", "implements"),
         "339-QĐ/TW": ("Quy định", "2025-07-10", "Ban Bí thư", "implements"),
         "42-HD/BTCTW": ("Hướng dẫn", "2025-10-28", "Ban Tổ chức Trung ương", "implements")}),
    "corpus/008_na-nghean-kh1026-2025-baove-bmnn.txt": (
        dict(doc_type="Kế hoạch", label="1026/KH-UBND", level="province", issued_date="2025-11-26",
             issuer="UBND tỉnh Nghệ An", signer="Bùi Thanh An", locality=("Tỉnh Nghệ An", None, None)),
        {"32/CT-TTg": ("Chỉ thị", "2025-10-21", "Thủ tướng Chính phủ", "implements"),
         "15/2021/QĐ-UBND": ("Quyết định", "2021-07-08", "UBND tỉnh Nghệ An", "cites"),
         "29/2018/QH14": ("Luật", None, "Quốc hội", "cites")}),
    "corpus/010_qt-quangtri-ct06-2025-lanchiem-rung.txt": (
        dict(doc_type="Chỉ thị", label="06/CT-UBND", level="province", issued_date="2025-11-25",
             issuer="UBND tỉnh Quảng Trị", signer="Hoàng Nam"),
        {"05/CT-TTg": ("Chỉ thị", "2022-05-18", "Thủ tướng Chính phủ", "implements"),
         # one closing issuer for a list: `Chỉ thị số 31-CT/TU ngày …, Kế hoạch số 134-KH/TU ngày … của BTV Tỉnh ủy`
         "31-CT/TU": ("Chỉ thị", "2023-06-06", "Ban Thường vụ Tỉnh ủy Quảng Trị", "implements"),
         "134-KH/TU": ("Kế hoạch", "2023-12-29", "Ban Thường vụ Tỉnh ủy Quảng Trị", "implements"),
         "03/CT-UBND": ("Chỉ thị", "2019-03-19", "UBND tỉnh Quảng Trị", "implements"),
         "728/PA-UBND": ("Phương án", "2025-02-28", "UBND tỉnh Quảng Trị", "implements"),
         "131/2025/NĐ-CP": ("Nghị định", "2025-06-12", "Chính phủ", "cites")}),
    "corpus/013_hn-hanoi-kh308-2025-dulieu-chuyendoiso.txt": (
        dict(doc_type="Kế hoạch", label="308/KH-UBND", level="province", issued_date="2025-11-17",
             issuer="UBND thành phố Hà Nội", signer="Trương Việt Dũng"),
        {"214/NQ-CP": ("Nghị quyết", "2025-07-23", "Chính phủ", "implements"),
         "1229/QĐ-UBND": ("Quyết định", "2025-02-28", "UBND thành phố Hà Nội", "implements"),
         "142/QĐ-TTg": ("Quyết định", "2024-02-02", "Thủ tướng Chính phủ", "implements")}),
    "corpus/014_hcm-hcmc-kh174-2025-binhdang-gioi.txt": (
        dict(doc_type="Kế hoạch", label="174/KH-UBND", level="province", issued_date="2025-11-18",
             issuer="UBND thành phố Hồ Chí Minh", signer="Trần Thị Diệu Thúy"),
        {"202/2025/QH15": ("Nghị quyết", "2025-06-12", "Quốc hội", "based_on"),
         "178/QĐ-TTg": ("Quyết định", "2016-01-28", "Thủ tướng Chính phủ", "based_on"),
         "196-TB/TW": ("Thông báo", "2015-03-16", "Ban Bí thư", "cites"),
         "02-TT/TU": ("Thông tri", "2025-10-03", "Thành ủy Hồ Chí Minh", "implements"),
         "8935/BNV-CTTN&BĐG": ("Công văn", "2025-10-03", "Bộ Nội vụ", "implements")}),
    "corpus/015_dn-dongnai-qd2830-2025-baibo-vbqppl-yte.txt": (
        dict(doc_type="Quyết định", label="2830/QĐ-UBND", level="province", issued_date="2025-11-21",
             issuer="UBND tỉnh Đồng Nai", signer="Lê Trường Sơn"),
        {"72/2025/QH15": ("Luật", "2025-06-16", "Quốc hội", "based_on"),
         "76/2025/NQ-UBTVQH15": ("Nghị quyết", "2025-04-14", "Ủy ban Thường vụ Quốc hội", "based_on"),
         "187/2025/NĐ-CP": ("Nghị định", "2025-07-01", "Chính phủ", "based_on"),
         "4499/TTr-SYT": ("Tờ trình", "2025-11-17", "Sở Y tế tỉnh Đồng Nai", "cites"),
         "136/1998/QĐ-UB": ("Quyết định", "1998-11-09", "UBND tỉnh Bình Phước", "cites"),
         # `… của Ủy ban nhân dân tỉnh Bình Phước\nThành lập Trung tâm y tế dự phòng huyện Bình Long …`
         "134/2005/QĐ-UB": ("Quyết định", "2005-11-23", "UBND tỉnh Bình Phước", "cites"),
         # named inside Bình Phước's 157/2005/QĐ-UB: `… của Ủy ban nhân dân tỉnh` is Bình Phước's
         "67/2005/QĐ-UBND": ("Quyết định", "2005-07-20", "UBND tỉnh Bình Phước", "cites")}),
    "corpus/017_sl-sonla-qd254-2023-kh-baove-bmnn.txt": (
        dict(doc_type="Quyết định", label="254/QĐ-UBND", level="province", issued_date="2023-02-17",
             # (`CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH` under the title, signed `CHỦ TỊCH`; the corpus README says so too)
             issuer="Chủ tịch UBND tỉnh Sơn La", signer="Hoàng Quốc Khánh", locality=("Tỉnh Sơn La", None, None)),
        {"77/2015/QH13": ("Luật", "2015-06-19", "Quốc hội", "based_on"),
         "26/2020/NĐ-CP": ("Nghị định", "2020-02-28", "Chính phủ", "based_on"),
         "24/2020/TT-BCA": ("Thông tư", "2020-03-10", "Bộ Công an", "based_on"),
         "02/CT-TTg": ("Chỉ thị", "2019-11-15", "Thủ tướng Chính phủ", "based_on"),
         "02/TTr-CAT-ANCTNB": ("Tờ trình", "2023-02-03", "Giám đốc Công an tỉnh Sơn La", "cites")}),
}


@pytest.fixture(scope="module")
def extractions():
    return {name: extract_file(SAMPLES / name) for name in EXPECTED}


@pytest.mark.parametrize("name", EXPECTED)
def test_document_record(extractions, name):
    result = extractions[name]
    assert result.errors == []
    doc = result.document
    for field, value in EXPECTED[name][0].items():
        if field == "locality":
            assert (doc.locality.province, doc.locality.district, doc.locality.commune) == value
        else:
            assert getattr(doc, field) == value, field


@pytest.mark.parametrize("name", EXPECTED)
def test_references(extractions, name):
    refs = {r.label: r for r in extractions[name].references}
    for label, (doc_type, date, issuer, relation) in EXPECTED[name][1].items():
        assert label in refs, f"{label} not found"
        ref = refs[label]
        assert (ref.doc_type, ref.issued_date, ref.issuer, ref.relation) == (doc_type, date, issuer, relation), label


def test_own_number_is_never_a_reference(extractions):
    for name, result in extractions.items():
        if result.document.label:
            assert result.document.label not in {r.label for r in result.references}, name


def test_every_mention_points_at_its_reference(extractions):
    for name, result in extractions.items():
        text = (SAMPLES / name).read_text(encoding="utf-8")
        for ref in result.references:
            for m in ref.mentions:
                span = " ".join(text[m.start:m.end].split())
                if ref.name:     # a law cited by name
                    assert span.lower().startswith(ref.name.lower()[:10]), (name, ref.name, span)
                else:
                    number = ref.label.split("/")[0].split("-")[0]
                    assert number in span, (name, ref.label, span)
                assert m.sentence


def test_relations_between_cited_documents(extractions):
    def related(name, label):
        ref = next(r for r in extractions[name].references if r.label == label)
        return {(x.relation, x.label) for x in ref.related}
    assert ("implements", "25-NQ/TW") in related("seeds/002_144f1bf66b79e4ff.txt", "43-KL/TW")
    assert ("implements", "50-CT/TW") in related("corpus/004_tw-btgdvtw-hd37-2025-bantin-chibo.txt", "42-HD/BTCTW")
    assert ("implements", "196-TB/TW") in related("corpus/014_hcm-hcmc-kh174-2025-binhdang-gioi.txt", "178/QĐ-TTg")
    assert ("amends", "78/2025/NĐ-CP") in related("corpus/015_dn-dongnai-qd2830-2025-baibo-vbqppl-yte.txt",
                                                  "187/2025/NĐ-CP")
    assert ("details", "29/2018/QH14") in related("corpus/017_sl-sonla-qd254-2023-kh-baove-bmnn.txt", "26/2020/NĐ-CP")


@pytest.mark.parametrize("name, label, subject", [
    # a PDF's text layer with a blank line after every line: `… trên địa bàn huyện\n\nHớn Quản năm
    # 2024;` goes on over the blank line (which parts paragraphs only where not every line has one)
    ("seeds/000_68e3b3ec1d53f4cc.txt", "114/KH-UBND", "triển khai, thực hiện công tác dân vận chính quyền "
                                                      "trên địa bàn huyện Hớn Quản năm 2024"),
    # a text broken at uneven places (`… về tổ chức cuộc bầu cử đại biểu\nQuốc hội khóa XVI …`): a short
    # line there is no paragraph's end
    ("corpus/002_xa-phobang-kh01-tbtt-2025-baucu.txt", "28/CT-TTg", "tổ chức cuộc bầu cử đại biểu Quốc hội khóa "
                                                                   "XVI và đại biểu Hội đồng nhân dân các cấp "
                                                                   "nhiệm kỳ 2026 - 2031"),
    # `… của Bộ Chính trị khóa XI về việc Mặt trận …`: the term named without parentheses
    ("seeds/001_e5f57dfa3d73beca.txt", "218-QĐ/TW", "Mặt trận Tổ quốc Việt Nam, các đoàn thể chính trị - xã hội và "
                                                    "Nhân dân tham gia góp ý xây dựng Đảng, xây dựng chính quyền"),
    ("seeds/002_144f1bf66b79e4ff.txt", "24-NQ/TW", "công tác dân tộc trong tình hình mới"),
    ("seeds/003_b386e35d8303a670.txt", "04-NQ/TU", "đẩy mạnh CCHC, nâng cao thứ hạng các chỉ số CCHC, hiệu quả quản "
                                                   "trị và hành chính công, năng lực cạnh tranh cấp tỉnh"),
    # `“về tăng cường …”`: quoted, `về` still only says that the subject follows
    ("corpus/008_na-nghean-kh1026-2025-baove-bmnn.txt", "32/CT-TTg",
     "tăng cường công tác bảo vệ bí mật nhà nước trong tình hình mới"),
    # `(sau đây gọi tắt là Tháng hành động)` is the citing plan's short name, not the subject
    ("corpus/014_hcm-hcmc-kh174-2025-binhdang-gioi.txt", "8935/BNV-CTTN&BĐG",
     "hướng dẫn triển khai “Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới” "
     "năm 2025"),
    # a list of decisions, each one's subject right after its issuer, opened by what it does (`Tách …`)
    ("corpus/015_dn-dongnai-qd2830-2025-baibo-vbqppl-yte.txt", "63/2002/QĐ-UB",
     "Tách phòng tổ chức - Hành chính thuộc Sở Y tế thành 02 phòng: Phòng Tổ chức - Cán bộ và Phòng Hành chính - "
     "Quản trị"),
])
def test_subject_after_the_term_of_a_party_body(extractions, name, label, subject):
    assert next(r for r in extractions[name].references if r.label == label).subject == subject


@pytest.mark.parametrize("name, label, subject", [
    # a footnote's last item, then the next paragraph (`Tổ chức rà soát, …`), in a converter's Markdown
    ("seeds/001_e5f57dfa3d73beca.txt", "25-CT/TU",
     "tăng cường sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới"),
    # a paragraph ending `… năm 2026` without its stop, then `Căn cứ vào tình hình thực tế, …`
    ("seeds/002_144f1bf66b79e4ff.txt", "79/QĐ-UBND", "nhiệm vụ, giải pháp chủ yếu chỉ đạo, điều hành thực hiện Kế "
                                                     "hoạch phát triển kinh tế - xã hội và dự toán ngân sách nhà nước "
                                                     "năm 2026"),
])
def test_a_paragraph_left_without_its_stop_ends_its_last_subject(extractions, name, label, subject):
    assert next(r for r in extractions[name].references if r.label == label).subject == subject


def test_a_title_s_reference_is_proved_by_the_title_and_described_by_the_sentence(extractions):
    # Hà Nội's 308/KH-UBND: the title in capitals cites 214/NQ-CP, the preamble describes it
    ref = next(r for r in extractions["corpus/013_hn-hanoi-kh308-2025-dulieu-chuyendoiso.txt"].references
               if r.label == "214/NQ-CP")
    assert ref.mentions[0].sentence == ("TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 214/NQ-CP NGÀY 23/7/2025 CỦA CHÍNH PHỦ "
                                        "BAN HÀNH KẾ HOẠCH HÀNH ĐỘNG CỦA CHÍNH PHỦ VỀ THÚC ĐẨY TẠO LẬP DỮ LIỆU PHỤC "
                                        "VỤ CHUYỂN ĐỔI SỐ TOÀN DIỆN")
    assert ref.subject == ("ban hành Kế hoạch hành động của Chính phủ về thúc đẩy tạo lập dữ liệu phục vụ chuyển "
                           "đổi số toàn diện")


def test_the_recipients_end_where_the_signature_block_begins(extractions):
    # Hà Nội's 308/KH-UBND: `- Lưu: VT, ĐMPT.` then, in the table's other cell, `TM. ỦY BAN NHÂN DÂN`
    recipients = extractions["corpus/013_hn-hanoi-kh308-2025-dulieu-chuyendoiso.txt"].document.recipients
    assert recipients[-1] == "Lưu: VT, ĐMPT"


@pytest.mark.parametrize("name", ["seeds/000_68e3b3ec1d53f4cc.txt", "seeds/002_144f1bf66b79e4ff.txt",
                                  "seeds/003_b386e35d8303a670.txt"])
def test_a_plan_run_into_one_line_reads_as_its_text(extractions, tmp_path, name):
    # a PDF's text layer may run a whole page into one line: `… như sau: I. MỤC ĐÍCH, YÊU CẦU 1. …`
    # still ends the preamble where the first section starts, so grounds stay grounds
    flat = tmp_path / "flat.txt"
    flat.write_text(" ".join((SAMPLES / name).read_text(encoding="utf-8").split()), encoding="utf-8")

    def key(extraction):
        return sorted((r.label or r.name, r.issuer, r.relation, r.issued_date) for r in extraction.references)
    assert key(extract_file(flat)) == key(extractions[name])


@pytest.mark.parametrize("width, spaced", [(70, True), (90, True), (110, True), (60, False), (80, False)])
def test_a_plan_broken_at_a_pages_width_reads_as_its_text(extractions, tmp_path, width, spaced):
    # seed 001 as a converter (a blank line between paragraphs) or a PDF's text layer (none) gives
    # it when it keeps the page's line breaks: a paragraph left without its stop (`… 25-CT/TU …
    # trong tình hình mới`) ends at the blank line, or at the line that ends short of the page's
    # width, and not in the next one's `Tổ chức rà soát, …`
    name = "seeds/001_e5f57dfa3d73beca.txt"
    lines = [line for line in (SAMPLES / name).read_text(encoding="utf-8").split("\n") if spaced or line.strip()]
    wrapped = tmp_path / "wrapped.txt"
    wrapped.write_text("\n".join("\n".join(textwrap.wrap(line, width)) or line for line in lines), encoding="utf-8")

    def key(extraction):
        return sorted((r.label or r.name, r.issuer, r.relation, r.issued_date, r.subject or "")
                      for r in extraction.references)
    assert key(extract_file(wrapped)) == key(extractions[name])
    subject = next(r.subject for r in extract_file(wrapped).references if r.label == "25-CT/TU")
    assert subject == "tăng cường sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới"


@pytest.mark.parametrize("page_line", ["{n}", "- {n} -", "Trang {n}/9"])
@pytest.mark.parametrize("name", ["seeds/001_e5f57dfa3d73beca.txt", "seeds/004_0801274d69028c56.txt",
                                  "corpus/010_qt-quangtri-ct06-2025-lanchiem-rung.txt",
                                  "corpus/015_dn-dongnai-qd2830-2025-baibo-vbqppl-yte.txt"])
def test_page_numbers_of_a_pdf_copied_as_text_are_not_text(extractions, tmp_path, name, page_line):
    # a PDF's text layer copied as text keeps each page's number on a line of its own, wherever the
    # page ends: in a sentence (`… lấn chiếm đất rừng trái` / `2` / `pháp luật`), between a list of
    # references and their closing issuer, after the signer's name
    lines = (SAMPLES / name).read_text(encoding="utf-8").split("\n")
    paged = [line for i, text in enumerate(lines)
             for line in ([text, page_line.format(n=i // 37 + 2)] if i % 37 == 36 or i == len(lines) - 1 else [text])]
    copy = tmp_path / "paged.txt"
    copy.write_text("\n".join(paged), encoding="utf-8")

    def key(extraction):
        d = extraction.document
        return (d.issuer, d.signer, d.title), sorted((r.label or r.name, r.issuer, r.relation, r.issued_date, r.subject)
                                                     for r in extraction.references)
    assert key(extract_file(copy)) == key(extractions[name])
