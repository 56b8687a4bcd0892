"""The reader's errors and repairs, and the grammar on the noise of vn-references.md §3."""
import io
import subprocess
import sys
import unicodedata

import pytest

from conftest import ROOT, SAMPLES
from loaders.extract import extract_file, extract_text
from loaders.read import LoadError, read_bytes, read_file
from loaders.spelling import tone_on_first, unglued
from loaders.vocab import vocabulary


def refs_of(body: str) -> dict:
    text = read_bytes(body.encode("utf-8"))
    return {r.label: r for r in extract_text(text, "<test>").references}


def relations_of(body: str) -> dict:
    return {label: r.relation for label, r in refs_of(body).items()}


def extraction_of(body: str, suffix: str = ".txt"):
    """The extraction of a text, and its references by label."""
    result = extract_text(read_bytes(body.encode("utf-8"), suffix), "<test>")
    return result, {r.label: r for r in result.references}


def doc_of(text: str):
    return extract_text(read_bytes(text.encode("utf-8")), "<test>").document


@pytest.mark.parametrize("written, label", [
    ("302/KH- UBND", "302/KH-UBND"),
    ("56/ 2015/ NĐ - CP", "56/2015/NĐ-CP"),
    ("33/CT-TTG", "33/CT-TTg"),
    ("04/2015/ND-CP", "04/2015/NĐ-CP"),
    ("04/2015/N\u00d0-CP", "04/2015/NĐ-CP"),
    ("03-Ctr/BDV-UBND", "03-CTr/BDV-UBND"),
    ("114 - KL/TW", "114-KL/TW"),
    ("22/NQ-HDND", "22/NQ-HĐND"),
    ("01/1999/QĐ.UB", "01/1999/QĐ-UB"),        # an older symbol joined by a dot
    ("22/CT-TW", "22-CT/TW"),                  # a Party symbol typed in the State form
    ("05/KH-TU", "05-KH/TU"),
    ("13-NQ/TƯ", "13-NQ/TW"),                  # `Trung ương` (a local body's: test_a_party_symbol_s_body_written_with_a_horn)
    ("5/KH-ƯBND", "5/KH-UBND"),
    ("28 NQ/TW", "28-NQ/TW"),                  # a space for the hyphen (179/2003/QĐ-TTg, 2003)
    ("15 HD/BTGTU", "15-HD/BTGTU"),            # … before a committee's organ's code, or the Youth Union's
    ("15 KH/ĐTN", "15-KH/ĐTN"),
])
def test_symbol_noise_is_normalised(written, label):
    refs = refs_of(f"Căn cứ Chỉ thị số {written} ngày 26/11/2021 của Thủ tướng Chính phủ về việc X;")
    assert label in refs


@pytest.mark.parametrize("sentence, label, doc_type", [
    # Hải Dương's 1914/KH-UBND (2023): a Party resolution written without its type's code
    ("UBND tỉnh chọn ngày ban hành Nghị quyết 06/TU - ngày 26/3 hàng năm là Ngày chuyển đổi số.", "06-NQ/TU",
     "Nghị quyết"),
    ("Thực hiện Kế hoạch số 15/HU ngày 3/4/2024 của Huyện ủy về chuyển đổi số;", "15-KH/HU", "Kế hoạch"),
])
def test_a_party_symbol_without_its_type_s_code_takes_the_type_word_s(sentence, label, doc_type):
    assert refs_of(sentence)[label].doc_type == doc_type


@pytest.mark.parametrize("sentence, label, date, issuer", [
    # Vietsovpetro's veterans (2025): a slash between the type and the body
    ("Thực hiện Kế hoạch số 02/KH/CCB-VSP ngày 04/7/2025 của Hội Cựu chiến binh Liên doanh Việt - Nga "
     "Vietsovpetro và Kế hoạch phối hợp số 129/KH-XNDV, các đơn vị tổ chức.", "02/KH-CCB-VSP", "2025-07-04",
     "Hội Cựu chiến binh Liên doanh Việt - Nga Vietsovpetro"),
    ("Căn cứ Quyết định số 1234/QĐ/UB ngày 2/3/2001 của UBND tỉnh về việc thành lập Ban chỉ đạo;", "1234/QĐ-UB",
     "2001-03-02", "UBND tỉnh"),
    ("Căn cứ Chỉ thị số 05/CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập;", "05-CT/TW", "2016-05-15",
     "Bộ Chính trị"),
])
def test_a_symbol_whose_codes_are_joined_by_a_slash(sentence, label, date, issuer):
    ref = refs_of(sentence)[label]
    assert (ref.issued_date, ref.issuer) == (date, issuer)


@pytest.mark.parametrize("date_text", ["ngày 26/11/2021", "ngày 26-11-2021", "ngày 26 tháng 11 năm 2021",
                                       ", ngày 26/11/2021", "ngày 26.11.2021", "ngày 26 tháng 11/2021"])
def test_date_forms(date_text):
    refs = refs_of(f"Thực hiện Chỉ thị số 33/CT-TTg {date_text} của Thủ tướng Chính phủ về công tác dân vận;")
    assert refs["33/CT-TTg"].issued_date == "2021-11-26"
    assert refs["33/CT-TTg"].subject == "công tác dân vận"


def test_issuer_before_date_and_line_breaks_inside_a_reference():
    refs = refs_of("Thực hiện Quyết định số 23-QĐ/TW của Bộ Chính\ntrị ngày 30/7/2021 về ban hành Quy chế;\n"
                   "Kế hoạch số\n\n114/KH-\nUBND ngày 10/4/2024 của UBND huyện;")
    assert refs["23-QĐ/TW"].issuer == "Bộ Chính trị" and refs["23-QĐ/TW"].issued_date == "2021-07-30"
    assert refs["114/KH-UBND"].issued_date == "2024-04-10"


def test_a_symbol_s_tail_typed_twice():
    # Hà Giang, Kế hoạch 252/KH-UBND (2019)
    ref = refs_of("a) Tổ chức quán triệt và thực hiện nghiêm túc, có hiệu quả Nghị quyết số 37-NQ/TW NQ/TW ngày "
                  "24/12/2018 của Bộ Chính trị về việc sắp xếp các ĐVHC cấp huyện và cấp xã;")["37-NQ/TW"]
    assert (ref.issued_date, ref.issuer, ref.subject) == ("2018-12-24", "Bộ Chính trị",
                                                          "sắp xếp các ĐVHC cấp huyện và cấp xã")


@pytest.mark.parametrize("sentence, label, subject", [
    # Hồ Chí Minh City, 1576/KH-UBND (2019): the subject ends where the city's own act begins
    ("Thực hiện Nghị định số 61/2018/NĐ-CP ngày 23 tháng\n4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, "
     "một cửa liên thông trong\ngiải quyết thủ tục hành chính, Ủy ban nhân dân thành phố ban hành Kế hoạch triển\n"
     "khai như sau:\n", "61/2018/NĐ-CP",
     "thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính"),
    # Hậu Giang, 454/UBND-NCTH (2011)
    ("Ủy ban nhân dân tỉnh nhận được Công văn số 847/UBND-VX1 ngày 22 tháng 3 năm 2011 của UBND tỉnh Quảng Ninh V/v "
     "tiếp tục phối hợp tuyên truyền và tham gia bầu chọn Vịnh Hạ Long là kỳ quan thiên nhiên thế giới, Chủ tịch "
     "UBND tỉnh có ý kiến như sau:\n", "847/UBND-VX1",
     "tiếp tục phối hợp tuyên truyền và tham gia bầu chọn Vịnh Hạ Long là kỳ quan thiên nhiên thế giới"),
    # Tuyên Quang, 62/KH-UBND (2021): a quotation closed inside the subject keeps its closing mark
    ("Căn cứ Quyết định số 524/QĐ-TTg ngày 01/4/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Trồng 1 tỷ cây xanh "
     "giai đoạn 2021-2025”;", "524/QĐ-TTg", "phê duyệt Đề án “Trồng 1 tỷ cây xanh giai đoạn 2021-2025”"),
    # Tuyên Quang, 62/KH-UBND (2021): `công bố` opens a subject as `phê duyệt` does
    ("Căn cứ Quyết định số 73/QĐ-UBND ngày 26/02/2021 của Ủy ban nhân dân tỉnh Tuyên Quang công bố hiện trạng "
     "rừng trên địa bàn tỉnh Tuyên Quang năm 2020.", "73/QĐ-UBND",
     "công bố hiện trạng rừng trên địa bàn tỉnh Tuyên Quang năm 2020"),
    # Sơn La, 254/QĐ-UBND (2023): after `của UBND tỉnh và` the sentence goes on, it names no subject
    ("Sở Tài chính: cấp phát kinh phí từ nguồn kinh phí đã giao cho Công an tỉnh tại Quyết định số 2566/QĐ-UBND "
     "ngày 08/12/2022 của UBND tỉnh và các nguồn kinh phí được giao bổ sung trong năm theo quy định hiện hành.",
     "2566/QĐ-UBND", None),
    # Kon Tum, 2516/KH-UBND (2014): `vềviệc` glued by a web copy
    ("Thực hiện Công văn số 2928/LĐTBXH-BVCSTE ngày 12/8/2014 của Bộ Lao động, Thương binh và Xã hội vềviệc triển "
     "khai Quyết định 34/2014/QĐ-TTg của Thủ tướng Chính phủ.", "2928/LĐTBXH-BVCSTE",
     "triển khai Quyết định 34/2014/QĐ-TTg của Thủ tướng Chính phủ"),
    # Kiên Giang, 1961/QĐ-UBND (2019): `về việc` broken over a line by the PDF
    ("Căn cứ Quyết định số 2468/QĐUBND ngày 02 tháng 11 năm 2018 của Ủy ban nhân dân tỉnh về \nviệc thành lập Trung "
     "tâm Phục vụ hành chính;", "2468/QĐ-UBND", "thành lập Trung tâm Phục vụ hành chính"),
    # Yên Bái, Chỉ thị 17 of the Tỉnh ủy (2017): the quotation closed before the sentence goes on is the subject
    ("Kết luận số 111-KL/TU ngày 14/8/2017 của Ban Thường vụ Tỉnh ủy về “Tiếp tục đổi mới, nâng cao chất lượng "
     "công tác giáo dục chính trị tư tưởng”, công tác điều tra đã đạt nhiều kết quả.", "111-KL/TU",
     "Tiếp tục đổi mới, nâng cao chất lượng công tác giáo dục chính trị tư tưởng"),
    # seed 003 (Hành Thiện, 2025): the next reference of a list, after a comma, is no part of the subject
    ("2. Tiếp tục triển khai thực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình "
     "tổng thể CCHC nhà nước giai đoạn 2021-2030, Nghị quyết số 04-NQ/TU ngày 18/10/2021 của Hội nghị Tỉnh ủy lần "
     "thứ 5, khóa XX về đẩy mạnh CCHC;", "76/NQ-CP", "ban hành Chương trình tổng thể CCHC nhà nước giai đoạn 2021-2030"),
    # corpus/014 (Hồ Chí Minh City, 2025) with straight quotation marks, as a Markdown writer gives them
    ('Căn cứ Quyết định số 101/QĐ-TTg ngày 25/01/2024 của Thủ tướng Chính phủ phê duyệt "Chương trình hành động '
     'quốc gia về Phụ nữ, hòa bình và an ninh giai đoạn 2024 - 2030";', "101/QĐ-TTg",
     'phê duyệt "Chương trình hành động quốc gia về Phụ nữ, hòa bình và an ninh giai đoạn 2024 - 2030"'),
    # corpus/008 (Nghệ An, 2025): the ellipsis closing the list is no part of the subject
    ("Thực hiện Kế hoạch số 151/KH-UBND ngày 06/3/2025 của UBND tỉnh Nghệ An về thực hiện công tác bảo vệ\nbí mật "
     "nhà nước trên địa bàn tỉnh Nghệ An năm 2025...\n", "151/KH-UBND",
     "thực hiện công tác bảo vệ bí mật nhà nước trên địa bàn tỉnh Nghệ An năm 2025"),
    # what the cited plan does, right after its issuer, is its subject
    ("Thực hiện Kế hoạch số 52/KH-UBND ngày 01/3/2024 của UBND tỉnh Bình Phước thực hiện công tác dân vận chính "
     "quyền năm 2024;", "52/KH-UBND", "thực hiện công tác dân vận chính quyền năm 2024"),
    # corpus/004 (Ban Tuyên giáo và Dân vận Trung ương, 2025): and it ends where the citing body's act begins
    ("Hướng dẫn số 42-HD/BTCTW, ngày 28/10/2025 của Ban Tổ chức Trung ương thực hiện Chỉ thị số 50-CT/TW, ngày "
     "23/7/2025 của Ban Bí thư, Ban Tuyên giáo và Dân vận Trung ương hướng dẫn một số nội dung như sau:\n",
     "42-HD/BTCTW", "thực hiện Chỉ thị số 50-CT/TW, ngày 23/7/2025 của Ban Bí thư"),
    # …but not the verb that opens the next sentence, a PDF's line break away
    ("Căn cứ Kế hoạch số 52/KH-UBND ngày 01/3/2024 của UBND tỉnh Bình Phước\nThực hiện Kế hoạch số 60/KH-UBND "
     "ngày 02/3/2024 của UBND tỉnh, UBND huyện ban hành kế hoạch như sau:\n", "52/KH-UBND", None),
    # the issuer named with `do … ban hành`: its act is no part of the subject
    ("Thực hiện Kế hoạch số 114/KH-UBND ngày 10/4/2024 do UBND tỉnh ban hành về công tác dân vận;", "114/KH-UBND",
     "công tác dân vận"),
    # the units above the issuer after a comma are part of its name, not the subject's end
    ("Thực hiện Kế hoạch số 114/KH-UBND ngày 10/04/2024 của Ủy ban nhân dân huyện Hớn Quản, tỉnh Bình Phước về "
     "công tác dân vận;", "114/KH-UBND", "công tác dân vận"),
    # Huyện ủy Cô Tô's offices write as `Cơ quan Tổ chức - Nội vụ`: a body too
    ("Thực hiện Kế hoạch số 45-KH/HU ngày 01/02/2025 của Ban Thường vụ Huyện ủy về thực hiện Kết luận số "
     "114-KL/TW, Cơ quan Tổ chức - Nội vụ xây dựng kế hoạch như sau:\n", "45-KH/HU", "thực hiện Kết luận số 114-KL/TW"),
    # Tây Hồ's primary schools' guidance (2021): the citing body's own circumstances, and the body's
    # short name in parentheses before its act, end the subject
    ("Căn cứ Công văn số 182/ PGDĐT ngày 01/9/2021 của Phòng Giáo dục và Đào tạo về việc thực hiện nhiệm vụ năm học "
     "2021-2022  cấp tiểu học quận Tây Hồ và tình hình thực tế địa bàn quận, Phòng Giáo dục và Đào tạo (GDĐT) "
     "Hướng dẫn các trường Tiểu học trên địa bàn thực hiện nhiệm vụ chuyên môn năm học 2021-2022 như sau:",
     "182/PGDĐT", "thực hiện nhiệm vụ năm học 2021-2022 cấp tiểu học quận Tây Hồ"),
    ("Căn cứ Kế hoạch số 52/KH-UBND ngày 01/3/2024 của UBND huyện về công tác dân vận năm 2024 và căn cứ tình hình "
     "thực tế của địa phương, UBND xã xây dựng kế hoạch như sau:", "52/KH-UBND", "công tác dân vận năm 2024"),
    ("Căn cứ Kế hoạch số 52/KH-UBND ngày 01/3/2024 của UBND huyện về công tác dân vận năm 2024, Phòng Văn hóa "
     "(VH-TT) hướng dẫn như sau:", "52/KH-UBND", "công tác dân vận năm 2024"),
    # a school's or an association's own act (a Tây Hồ school's plan, 2021)
    ("Thực hiện Kế hoạch số 43/KH-PGDĐT ngày 01/3/2021 của Phòng Giáo dục và Đào tạo về việc thực hiện đợt cao điểm "
     "tuyên truyền pháp luật trên địa bàn Thành phố, Trường MN-TH Sao Mai xây dựng kế hoạch như sau:", "43/KH-PGDĐT",
     "thực hiện đợt cao điểm tuyên truyền pháp luật trên địa bàn Thành phố"),
    ("Thực hiện Kế hoạch số 15/KH-HND ngày 01/3/2024 của Hội Nông dân huyện về phát triển hội viên, Hội Nông dân xã "
     "xây dựng kế hoạch như sau:", "15/KH-HND", "phát triển hội viên"),
    # a guidance that `tuyên truyền` (publicises) an event: what it does is its subject (An Giang, 2023)
    ("Thực hiện Hướng dẫn số 96-HD/BTGTW ngày 22/02/2023 của Ban Tuyên giáo Trung ương tuyên truyền kỷ niệm 110 năm "
     "Ngày sinh đồng chí Chu Huy Mân.", "96-HD/BTGTW", "tuyên truyền kỷ niệm 110 năm Ngày sinh đồng chí Chu Huy Mân"),
    # a paragraph without its final stop, then a section's heading (a converter's Markdown)
    ("Căn cứ Kế hoạch số 12/KH-UBND ngày 1/3/2024 của UBND huyện về công tác dân vận năm 2024\nII. NỘI DUNG\n1. "
     "Tuyên truyền sâu rộng.", "12/KH-UBND", "công tác dân vận năm 2024"),
    ("Căn cứ Kế hoạch số 12/KH-UBND ngày 1/3/2024 của UBND huyện về công tác dân vận năm 2024\nPHẦN II. NHIỆM VỤ\n",
     "12/KH-UBND", "công tác dân vận năm 2024"),
    # … or before the next paragraph's opening words (a PDF's line, a converter's paragraph)
    ("Căn cứ Kế hoạch số 12/KH-UBND ngày 1/3/2024 của UBND huyện về công tác dân vận năm 2024\nThực hiện chỉ đạo của "
     "UBND tỉnh, UBND xã xây dựng kế hoạch như sau.", "12/KH-UBND", "công tác dân vận năm 2024"),
    # the next reference's issuer named before it, with what it gave (Lạng Sơn's emulation board, 2018)
    ("Thực hiện Chỉ thị số 22/CT-TW ngày 23/01/2018 của Ban Bí thư Trung ương Đảng về đẩy mạnh các phong trào thi "
     "đua yêu nước và chỉ đạo của UBND tỉnh tại văn bản số 238/UBND-KGVX ngày 19/3/2018 về tổ chức các hoạt động "
     "kỷ niệm.", "22-CT/TW", "đẩy mạnh các phong trào thi đua yêu nước"),
    # the issuer's short name in parentheses before the subject (Quảng Trị's education guidance, 2023;
    # the Ministry's 1611/KH-BGDĐT, 2022)
    ("Thực hiện Quyết định 'Số 2457/QĐ-BGDĐT ngày 23/8/2023 của Bộ Giáo dục và\nĐào tạo (GDĐT) ban hành kế hoạch "
     "nhiệm vụ, giải pháp trọng tâm năm học 2023-2024\ncủa ngành Giáo dục, Sở GDĐT hướng dẫn như sau:", "2457/QĐ-BGDĐT",
     "ban hành kế hoạch nhiệm vụ, giải pháp trọng tâm năm học 2023-2024 của ngành Giáo dục"),
    ("Căn cứ Quyết định số 12/QĐ-UBND ngày 3/4/2023 của Ủy ban nhân dân tỉnh Quảng Trị (sau đây gọi tắt là UBND "
     "tỉnh) về phát triển du lịch;", "12/QĐ-UBND", "phát triển du lịch"),
    # `những năm tiếp theo` (the years that follow) ends in `theo` as a cut-off `theo Quyết định …` does
    # (seed 002's 05-ĐA/TU)
    ("Đề án số 05-ĐA/TU, ngày 11/8/2022 của Ban Thường vụ Tỉnh ủy về tiếp tục đổi mới nội dung, phương thức hoạt "
     "động của Mặt trận Tổ quốc đến năm 2025 và những năm tiếp theo. Chính quyền các cấp tạo điều kiện.", "05-ĐA/TU",
     "tiếp tục đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc đến năm 2025 và những năm tiếp theo"),
    # the short name is the number itself: the next mention of it ends the subject inside the parentheses
    # (Hà Giang's 252/KH-UBND, 2023)
    ("Thực hiện Kết luận số 48-KL/TW ngày 30 tháng 01 năm 2023 của Bộ Chính trị về tiếp tục thực hiện sắp xếp đơn "
     "vị hành chính cấp huyện, cấp xã giai đoạn 2023 - 2030 (gọi tắt là Kết luận số 48-KL/TW), Nghị quyết số "
     "117/NQ-CP ngày 30 tháng 7 năm 2023 của Chính phủ (viết tắt là Nghị quyết số 117/NQ-CP);", "48-KL/TW",
     "tiếp tục thực hiện sắp xếp đơn vị hành chính cấp huyện, cấp xã giai đoạn 2023 - 2030"),
    # `trong` ends the issuer: what follows is the citing text's (Hồ Chí Minh City's 174/KH-UBND, 2025)
    ("tham mưu thành lập, kiện toàn Ban Vì sự tiến bộ phụ nữ và Bình đẳng giới Thành phố (sau sáp nhập) theo Quyết "
     "định số 1855/QĐ-TTg ngày 11 tháng 11 năm 2009 của Thủ\ntướng Chính phủ trong khi chờ hướng dẫn mới của Trung "
     "ương.", "1855/QĐ-TTg", None),
])
def test_where_a_subject_opens_and_ends(sentence, label, subject):
    assert refs_of(sentence)[label].subject == subject


def test_a_decision_with_its_plan_attached():
    # the plan's title, under the decision's signature, and the line under it that names the decision
    # itself (`(Ban hành kèm theo Quyết định số …)`): no part of the directive's subject
    result, refs = extraction_of(
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 1234/QĐ-UBND\nQuảng Ngãi, ngày 20 tháng 10 năm 2023\n\nQUYẾT ĐỊNH\n"
        "Ban hành Kế hoạch thực hiện Chỉ thị số 21-CT/TW\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\n\nCăn cứ Luật Tổ "
        "chức chính quyền địa phương ngày 19/6/2015;\n\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế "
        "hoạch.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Phước Hiền\n\nKẾ HOẠCH\nThực hiện Chỉ thị số 21-CT/TW ngày "
        "20/01/2023 của Ban Bí thư về tiếp tục đổi mới công tác phụ nữ\n(Ban hành kèm theo Quyết định số 1234/QĐ-UBND "
        "ngày 20/10/2023 của Chủ tịch UBND tỉnh)\n\nI. MỤC ĐÍCH, YÊU CẦU\n")
    assert (result.document.label, result.document.signer) == ("1234/QĐ-UBND", "Trần Phước Hiền")
    assert refs["21-CT/TW"].subject == "tiếp tục đổi mới công tác phụ nữ"


@pytest.mark.parametrize("under_title", [
    "\n(Ban hành kèm theo Quyết định số 1520/QĐ-UBND ngày 20/5/2024 của UBND huyện Đồng Phú)",
    " (Kèm theo Quyết định số 1520/QĐ-UBND ngày 20/5/2024 của UBND huyện)",     # on the title's line (corpus 017)
])
def test_the_attached_plan_s_opening_says_what_the_decision_carries_out(under_title):
    # the decision is based on the province's plan; the plan it issues carries that plan out: the
    # district's link in the lineage (it was `based_on`, and the plan's `Thực hiện …` a mere citation)
    _, refs = extraction_of(
        "ỦY BAN NHÂN DÂN\nHUYỆN ĐỒNG PHÚ\nSố: 1520/QĐ-UBND\nĐồng Phú, ngày 20 tháng 5 năm 2024\nQUYẾT ĐỊNH\nVề việc ban "
        "hành Kế hoạch phòng, chống thiên tai năm 2024\nỦY BAN NHÂN DÂN HUYỆN ĐỒNG PHÚ\nCăn cứ Kế hoạch số 12/KH-UBND ngày "
        "01/3/2024 của UBND tỉnh Bình Phước về phòng, chống thiên tai năm 2024;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo "
        "Quyết định này Kế hoạch phòng, chống thiên tai năm 2024. Thực hiện nghiêm Nghị định số 66/2021/NĐ-CP.\n"
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Châu\n\nKẾ HOẠCH\nPHÒNG, CHỐNG THIÊN TAI NĂM 2024" + under_title + "\n"
        "Thực hiện Kế hoạch số 12/KH-UBND ngày 01/3/2024 của UBND tỉnh Bình Phước, UBND huyện ban hành Kế hoạch như sau:"
        "\nI. MỤC ĐÍCH\n1. Thực hiện tốt Chỉ thị số 33/CT-TTg.\n")
    assert {label: r.relation for label, r in refs.items()} == {
        "12/KH-UBND": "implements", "66/2021/NĐ-CP": "cites", "33/CT-TTg": "cites"}


def test_numbers_that_share_one_symbol_and_a_list_s_closing_date():
    # `Nghị quyết số 26, 27-NQ/TW` (two resolutions of 19/5/2018); `18-NQ/TW, số 19-NQ/TW ngày …`: the
    # closing date's year is the first's too (its day may differ); not where the first gives its issuer
    refs = refs_of("Căn cứ các Nghị quyết số 18-NQ/TW, số 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương "
                   "Đảng khóa XII;\nCăn cứ Nghị quyết số 26, 27-NQ/TW ngày 19/5/2018 của Ban Chấp hành Trung ương;\n"
                   "Căn cứ các Quyết định số 12 và 13/QĐ-UBND ngày 5/1/2024 của UBND tỉnh Bình Phước;\nThực hiện Chỉ "
                   "thị số 05-CT/TW của Bộ Chính trị khóa XII và Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị.")
    assert {label: (r.year, r.issuer) for label, r in refs.items()} == {
        "18-NQ/TW": (2017, "Ban Chấp hành Trung ương"), "19-NQ/TW": (2017, "Ban Chấp hành Trung ương"),
        "26-NQ/TW": (2018, "Ban Chấp hành Trung ương"), "27-NQ/TW": (2018, "Ban Chấp hành Trung ương"),
        "12/QĐ-UBND": (2024, "UBND tỉnh Bình Phước"), "13/QĐ-UBND": (2024, "UBND tỉnh Bình Phước"),
        "05-CT/TW": (None, "Bộ Chính trị"), "01-KL/TW": (2021, "Bộ Chính trị")}
    assert refs["26-NQ/TW"].doc_type == "Nghị quyết" and refs["12/QĐ-UBND"].issued_date is None
    assert [m.start for m in refs["27-NQ/TW"].mentions] != [m.start for m in refs["26-NQ/TW"].mentions]


def test_the_evidence_of_a_reference_deep_in_a_run_on_sentence_shows_it():
    # a text layer without stops runs a page into one sentence: the excerpt (600 characters at most)
    # is the words before the reference, not the sentence's start, which would not reach it
    body = "Thực hiện " + " ".join(f"Kế hoạch số {i}/KH-UBND của UBND huyện Hớn Quản về công tác dân vận và"
                                   for i in range(1, 41)) + " các văn bản khác."
    refs = refs_of(body)
    assert len(refs) == 40
    for label in ("1/KH-UBND", "20/KH-UBND", "40/KH-UBND"):
        sentence = refs[label].mentions[0].sentence
        assert f"Kế hoạch số {label} của UBND huyện Hớn Quản" in sentence and len(sentence) <= 600
    assert refs["1/KH-UBND"].mentions[0].sentence.startswith("Thực hiện Kế hoạch số 1/KH-UBND")
    assert refs["40/KH-UBND"].mentions[0].sentence.startswith("… ")


@pytest.mark.parametrize("rows", [
    # a Markdown table's rows (the `|` blanked), a Word table's cells one a line
    "| 1 | Quyết định số 12/2020/QĐ-UBND | 15/3/2020 | UBND tỉnh Bình Phước |\n"
    "| 2 | Chỉ thị số 05/CT-UBND | 20/5/2021 | UBND huyện Hớn Quản |\n",
    "1\nQuyết định số 12/2020/QĐ-UBND\n15/3/2020\nUBND tỉnh Bình Phước\n2\nChỉ thị số 05/CT-UBND\n20/5/2021\n"
    "UBND huyện Hớn Quản\n",
])
def test_a_table_s_row_gives_a_reference_its_date_and_issuer(rows):
    # an appendix listing the documents to review: each one's date and issuer in the cells after it
    _, refs = extraction_of("ỦY BAN NHÂN DÂN\nHUYỆN HỚN QUẢN\nSố: 50/KH-UBND\nHớn Quản, ngày 12 tháng 6 năm 2024\n"
                            "KẾ HOẠCH\nRà soát văn bản năm 2024\nI. MỤC ĐÍCH\nRà soát các văn bản sau.\n\nPHỤ LỤC\n\n"
                            "| STT | Tên văn bản | Ngày ban hành | Cơ quan ban hành |\n|---|---|---|---|\n" + rows,
                            ".md")
    assert {label: (r.issued_date, r.issuer) for label, r in refs.items()} == {
        "12/2020/QĐ-UBND": ("2020-03-15", "UBND tỉnh Bình Phước"), "05/CT-UBND": ("2021-05-20", "UBND huyện Hớn Quản")}


APPENDIX_HEAD = ["ỦY BAN NHÂN DÂN", "HUYỆN HỚN QUẢN", "Số: 50/KH-UBND", "Hớn Quản, ngày 12 tháng 6 năm 2024", "KẾ HOẠCH",
                 "Rà soát văn bản năm 2024", "I. MỤC ĐÍCH", "Rà soát các văn bản tại Phụ lục.", "PHỤ LỤC"]
APPENDIX_ROWS = [("TT", "Loại văn bản", "Số, ký hiệu", "Ngày ban hành", "Trích yếu", "Cơ quan ban hành"),
                 ("1", "Quyết định", "12/2020/QĐ-UBND", "15/3/2020", "Ban hành Quy chế quản lý chợ", "UBND tỉnh"),
                 ("2", "Nghị quyết", "08/2019/NQ-HĐND", "12/7/2019", "Quy định mức chi hỗ trợ", "HĐND tỉnh"),
                 ("3", "Chỉ thị", "05/CT-UBND", "20/4/2021", "Về tăng cường quản lý đất đai", "UBND huyện")]


def _appendix_file(folder, form: str):
    """The appendix as each format writes a table: Markdown, a Word table copied as text (tabs), Word, HTML."""
    path = folder / f"appendix.{ {'markdown': 'md', 'tabs': 'txt'}.get(form, form)}"
    if form == "markdown":
        path.write_text("\n\n".join(APPENDIX_HEAD) + "\n\n" + "\n".join(
            "| " + " | ".join(row) + " |" + ("\n|---|---|---|---|---|---|" if i == 0 else "")
            for i, row in enumerate(APPENDIX_ROWS)) + "\n", encoding="utf-8")
    elif form == "tabs":
        path.write_text("\n".join(APPENDIX_HEAD + ["\t".join(row) for row in APPENDIX_ROWS]) + "\n", encoding="utf-8")
    elif form == "docx":
        import docx
        document = docx.Document()
        for line in APPENDIX_HEAD:
            document.add_paragraph(line)
        table = document.add_table(rows=len(APPENDIX_ROWS), cols=6)
        for cells, row in zip(table.rows, APPENDIX_ROWS):
            for cell, value in zip(cells.cells, row):
                cell.text = value
        document.save(path)
    else:   # the source's own line breaks inside a cell, as a web page's writer wraps its lines
        path.write_text("<html><body>" + "".join(f"<p>{line}</p>" for line in APPENDIX_HEAD) + "<table>" + "".join(
            "<tr>" + "".join(f"<td>{cell.replace(' quản lý', chr(10) + 'quản lý')}</td>" for cell in row) + "</tr>"
            for row in APPENDIX_ROWS) + "</table></body></html>", encoding="utf-8")
    return path


@pytest.mark.parametrize("form", ["markdown", "tabs", "docx", "html"])
def test_an_appendix_table_gives_each_document_its_cells(tmp_path, form):
    # the subject's cell is not the issuer (`Ban hành Quy chế …` was read as a body), and the row's
    # other cells are not the subject; each row is its reference's evidence
    refs = {r.label: r for r in extract_file(_appendix_file(tmp_path, form)).references}
    assert {label: (r.doc_type, r.issued_date, r.issuer, r.subject) for label, r in refs.items()} == {
        "12/2020/QĐ-UBND": ("Quyết định", "2020-03-15", "UBND tỉnh Bình Phước", "Ban hành Quy chế quản lý chợ"),
        "08/2019/NQ-HĐND": ("Nghị quyết", "2019-07-12", "HĐND tỉnh Bình Phước", "Quy định mức chi hỗ trợ"),
        "05/CT-UBND": ("Chỉ thị", "2021-04-20", "UBND huyện Hớn Quản", "tăng cường quản lý đất đai")}
    assert refs["08/2019/NQ-HĐND"].mentions[0].sentence == (
        "2 Nghị quyết 08/2019/NQ-HĐND 12/7/2019 Quy định mức chi hỗ trợ HĐND tỉnh")


def test_a_table_copied_with_spaces_alone_ends_each_subject_at_the_next_row_s_number():
    # a PDF's table without ruling lines: the columns parted by spaces, a row a line opened by its
    # number; `ban hành` in a row's subject made the next row's document one it named, and the
    # next row's number ran into the subject
    _, refs = extraction_of("ỦY BAN NHÂN DÂN\nTỈNH BÌNH PHƯỚC\nSố: 45/QĐ-UBND\nBình Phước, ngày 10 tháng 3 năm 2024\n"
                            "QUYẾT ĐỊNH\nCông bố danh mục văn bản hết hiệu lực\n\nDANH MỤC VĂN BẢN\n"
                            "STT Tên loại văn bản Số, ký hiệu Ngày ban hành Trích yếu nội dung\n"
                            "1 Quyết định 12/2020/QĐ-UBND 15/3/2020 Ban hành Quy chế quản lý chợ\n"
                            "2 Quyết định 25/2019/QĐ-UBND 02/7/2019 Quy định chức năng, nhiệm vụ của Sở Y tế\n"
                            "3 Chỉ thị 05/CT-UBND 11/4/2018 Về tăng cường phòng chống dịch bệnh\n")
    assert {label: (r.issued_date, r.subject) for label, r in refs.items()} == {
        "12/2020/QĐ-UBND": ("2020-03-15", "Ban hành Quy chế quản lý chợ"),
        "25/2019/QĐ-UBND": ("2019-07-02", "Quy định chức năng, nhiệm vụ của Sở Y tế"),
        "05/CT-UBND": ("2018-04-11", "tăng cường phòng chống dịch bệnh")}
    assert not refs["25/2019/QĐ-UBND"].related and not refs["12/2020/QĐ-UBND"].related


def test_a_word_table_s_numbered_row_with_a_cell_of_two_paragraphs_is_one_line(tmp_path):
    # the subject's cell with a second paragraph: the row was read a cell a line, its date and issuer lost
    import docx
    document = docx.Document()
    for line in APPENDIX_HEAD:
        document.add_paragraph(line)
    cells = document.add_table(rows=1, cols=5).rows[0].cells
    for cell, value in zip(cells, ("1", "Quyết định số 12/2020/QĐ-UBND", "15/3/2020", "Ban hành Quy chế quản lý chợ",
                                   "UBND tỉnh")):
        cell.text = value
    cells[3].add_paragraph("(đã hết hiệu lực)")
    document.save(tmp_path / "appendix.docx")
    ref = next(r for r in extract_file(tmp_path / "appendix.docx").references if r.label == "12/2020/QĐ-UBND")
    assert (ref.issued_date, ref.issuer, ref.subject) == (
        "2020-03-15", "UBND tỉnh Bình Phước", "Ban hành Quy chế quản lý chợ (đã hết hiệu lực)")


def test_a_table_s_cell_ends_what_its_citation_says():
    # columns in another order, no date's column, and a citation written whole in its cell, followed by
    # the document's state
    _, refs = extraction_of("\n".join(APPENDIX_HEAD + [
        "TT\tSố, ký hiệu\tCơ quan ban hành\tNgày ban hành\tTrích yếu\tGhi chú",
        "1\tQuyết định số 12/2020/QĐ-UBND\tUBND tỉnh Bình Phước\t15/3/2020\tBan hành Quy chế quản lý chợ\tCòn hiệu lực",
        "2\tChỉ thị số 05/CT-UBND ngày 20/5/2021 của UBND huyện về phòng, chống dịch\tHết hiệu lực",
        "3\t15/2019/NQ-HĐND\tHĐND tỉnh\tQuy định mức thu phí\t"]))
    assert {label: (r.issued_date, r.issuer, r.subject) for label, r in refs.items()} == {
        "12/2020/QĐ-UBND": ("2020-03-15", "UBND tỉnh Bình Phước", "Ban hành Quy chế quản lý chợ"),
        "05/CT-UBND": ("2021-05-20", "UBND huyện Hớn Quản", "phòng, chống dịch"),
        "15/2019/NQ-HĐND": (None, "HĐND tỉnh Bình Phước", "Quy định mức thu phí")}


def test_a_citation_whose_number_has_a_cell_of_its_own():
    # a list laid out with tabs as a table: the date and issuer in the next cell, read as a citation's
    # tail (they were the subject, and the reference had neither)
    _, refs = extraction_of("KẾ HOẠCH\nRà soát văn bản\nI. NỘI DUNG\n\t1.\tQuyết định số 12/QĐ-UBND\tngày 1/3/2024 "
                            "của UBND tỉnh Bình Phước về quản lý chợ;\n")
    ref = refs["12/QĐ-UBND"]
    assert (ref.issued_date, ref.issuer, ref.subject) == ("2024-03-01", "UBND tỉnh Bình Phước", "quản lý chợ")


@pytest.mark.parametrize("after, date, subject", [
    (", ngày 15/3/2024 UBND huyện đã tổ chức hội nghị triển khai.", None, None),   # the next clause's day
    (", ngày 15/3/2024 về công tác dân vận.", "2024-03-15", "công tác dân vận"),   # the plan's own
])
def test_a_date_after_the_issuer_s_comma_opening_the_next_clause_is_not_the_reference_s(after, date, subject):
    # a report: `… của UBND tỉnh, ngày 15/3/2024 UBND huyện đã tổ chức …` dated the plan by the meeting
    ref = refs_of("Thực hiện Kế hoạch số 12/KH-UBND của UBND tỉnh Bình Phước" + after)["12/KH-UBND"]
    assert (ref.issued_date, ref.issuer, ref.subject) == (date, "UBND tỉnh Bình Phước", subject)


@pytest.mark.parametrize("purpose", ["góp phần xây dựng chính quyền trong sạch, vững mạnh",
                                     "nhằm nâng cao chất lượng, hiệu quả công tác dân vận",
                                     "đồng thời tổ chức sơ kết, đánh giá kết quả",
                                     "thời gian qua công tác dân vận đã đạt nhiều kết quả",
                                     "trong những năm qua, các cấp ủy đã quan tâm",
                                     # what the text asks under it (was the subject's)
                                     "theo đó yêu cầu các địa phương xây dựng kế hoạch"])
def test_what_the_text_means_to_achieve_ends_the_subject(purpose):
    ref = refs_of("Tiếp tục thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về tiếp tục tăng "
                  f"cường và đổi mới công tác dân vận của cơ quan nhà nước các cấp trong tình hình mới, {purpose}.")
    assert ref["33/CT-TTg"].subject == ("tiếp tục tăng cường và đổi mới công tác dân vận của cơ quan nhà nước các cấp "
                                         "trong tình hình mới")


@pytest.mark.parametrize("after", ["và các văn bản hướng dẫn của tỉnh", "và các văn bản có liên quan",
                                   "và các văn bản chỉ đạo\nkhác có liên quan", "và tình hình thực\ntế của xã",
                                   ", căn cứ tình hình thực tế, UBND xã ban hành", ", căn cứ vào điều kiện thực tiễn"])
def test_the_text_s_other_documents_and_own_grounds_end_the_subject(after):
    # (were the subject's end)
    ref = refs_of(f"Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về tăng cường công tác dân "
                  f"vận{'' if after[0] == ',' else ' '}{after}.")["33/CT-TTg"]
    assert ref.subject == "tăng cường công tác dân vận"


def test_what_a_party_rule_carries_out_is_its_subject_and_a_body_named_for_it_is_whole():
    # Tân Lập's 45-QĐ/ĐU (2024): `… của Ban Chấp hành Trung ương thi hành Điều lệ Đảng` (was no subject); the
    # civil judgment office is named by it
    refs = refs_of("- Căn cứ Quy định số 24-QĐ/TW, ngày 30/7/2021 của Ban Chấp hành Trung ương thi hành Điều lệ Đảng;\n"
                   "- Căn cứ Kế hoạch số 12/KH-CTHADS ngày 1/3/2024 của Cục Thi hành án dân sự tỉnh Bình Phước về công "
                   "tác thi hành án;\n")
    assert [(r.issuer, r.subject) for r in refs.values()] == [
        ("Ban Chấp hành Trung ương", "thi hành Điều lệ Đảng"),
        ("Cục Thi hành án dân sự tỉnh Bình Phước", "công tác thi hành án")]


def test_a_party_body_s_enacting_line_without_its_colon_ends_the_last_ground():
    # Tân Lập's 45-QĐ/ĐU (2024): the line `BAN THƯỜNG VỤ ĐẢNG ỦY XÃ QUYẾT ĐỊNH` after the last ground's comma
    # (it was read into that ground's subject)
    refs = refs_of("ĐẢNG ỦY XÃ TÂN LẬP\n*\nSố 45-QĐ/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\nTân Lập, ngày 10 tháng 3 năm 2024\n\n"
                   "QUYẾT ĐỊNH\nvề việc thành lập Tổ giúp việc\n-----\n- Thực hiện Kế hoạch số 130-KH/HU, ngày 05/3/2024 "
                   "của Ban Thường vụ Huyện ủy về thực hiện Chỉ thị số 35-CT/TW,\nBAN THƯỜNG VỤ ĐẢNG ỦY XÃ QUYẾT ĐỊNH\n"
                   "Điều 1. Thành lập Tổ giúp việc.\n")
    assert refs["130-KH/HU"].subject == "thực hiện Chỉ thị số 35-CT/TW"


def test_a_citation_glued_to_its_words():
    # a PDF's text layer or a web copy drops the spaces around the number and before the issuer
    ref = refs_of("Thực hiện Kế hoạch số12/KH-UBND ngày1/3/2024 củaUBND tỉnh Bình Phước về dân vận;")["12/KH-UBND"]
    assert (ref.doc_type, ref.issued_date, ref.issuer, ref.subject) == (
        "Kế hoạch", "2024-03-01", "UBND tỉnh Bình Phước", "dân vận")
    assert "57-NQ/TW" in refs_of("Căn cứ Nghị quyết SỐ57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;")


@pytest.mark.parametrize("when, year", [
    ("tháng 3/2024", 2024), ("tháng 3 năm 2024", 2024),      # a month's: the year
    ("ngày 1/3", None), ("ngày 01/03/24", None),             # no year of four figures: none taken
])
def test_a_date_without_its_day_or_year_still_leads_to_the_issuer(when, year):
    # the tail stopped at the unread date: the plan had no issuer, and so no body to be identified by
    ref = refs_of(f"Thực hiện Kế hoạch số 12/KH-UBND {when} của UBND tỉnh Bình Phước về dân vận;")["12/KH-UBND"]
    assert (ref.issued_date, ref.year, ref.issuer, ref.subject) == (None, year, "UBND tỉnh Bình Phước", "dân vận")


def test_a_citation_that_leaves_out_ngay_before_its_date():
    ref = refs_of("Căn cứ Kế hoạch số 7/KH-UBND 2/2/2022 của UBND huyện Hớn Quản về công tác dân vận;")["7/KH-UBND"]
    assert (ref.issued_date, ref.issuer, ref.subject) == ("2022-02-02", "UBND huyện Hớn Quản", "công tác dân vận")


def test_nfd_text_gives_the_same_references_with_original_offsets():
    body = "Căn cứ Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về công tác dân vận;"
    nfd = unicodedata.normalize("NFD", body)
    text = read_bytes(nfd.encode("utf-8"))
    ref = extract_text(text, "<nfd>").references[0]
    assert (ref.label, ref.issuer, ref.relation) == ("33/CT-TTg", "Thủ tướng Chính phủ", "based_on")
    m = ref.mentions[0]
    assert unicodedata.normalize("NFC", nfd[m.start:m.end]) == "Chỉ thị số 33/CT-TTg"


def test_text_without_references_yields_none():
    assert refs_of("Năm 2024, 100% cán bộ được học tập; báo cáo trước ngày 10/11/2024 (tỷ lệ 1/2).") == {}


def test_line_breaks_a_scraper_left_escaped():
    # Lạng Sơn's 54/KH-UBND (2020) as a web page serves it: `\\r\\n` written out in the text
    body = ("Thực hiện Quyết định số 1896/QĐ-TTg\\r\\nngày 25/12/2019 của Thủ tướng Chính phủ ban hành Chương trình "
            "“Chăm sóc dinh dưỡng\\r\\n1.000 ngày đầu đời”, UBND tỉnh xây dựng Kế hoạch như sau:")
    ref = refs_of(body)["1896/QĐ-TTg"]
    assert (ref.issued_date, ref.issuer) == ("2019-12-25", "Thủ tướng Chính phủ")
    assert ref.subject == "ban hành Chương trình “Chăm sóc dinh dưỡng 1.000 ngày đầu đời”"
    assert body[ref.mentions[0].start:ref.mentions[0].end] == "Quyết định số 1896/QĐ-TTg"


def test_markdown_residue_and_bom():
    body = "\ufeff## **KẾ HOẠCH**\n\nThực hiện **Kế hoạch số 61/KH-UBND** ngày 26/02/2026<sup>1</sup> của UBND tỉnh Lạng Sơn;"
    refs = refs_of(body)
    assert refs["61/KH-UBND"].issuer == "UBND tỉnh Lạng Sơn"
    assert refs["61/KH-UBND"].relation == "implements"


def test_punctuation_a_markdown_writer_escaped():
    # pandoc escapes a numbered heading's dot and a dash opening a line
    text = ("**KẾ HOẠCH**\n\n**Triển khai X**\n\nThực hiện Kế hoạch số 52/KH\\-UBND ngày 01/3/2024 của UBND tỉnh "
            "Bình Phước;\n\nI\\. CĂN CỨ XÂY DỰNG KẾ HOẠCH\n\n1\\. Nghị định số 04/2015/NĐ\\-CP ngày 09/01/2015 của "
            "Chính phủ\\.\n\nII\\. MỤC ĐÍCH\n\nNơi nhận:\n\\- UBND tỉnh;\n\\- Lưu: VT\\.\n\nKT\\. CHỦ TỊCH\n"
            "PHÓ CHỦ TỊCH\n\nNguyễn Văn Bình\n")
    extraction = extract_text(read_bytes(text.encode("utf-8"), ".md"), "<md>")
    assert {r.label: r.relation for r in extraction.references} == {"52/KH-UBND": "implements",
                                                                   "04/2015/NĐ-CP": "based_on"}
    assert (extraction.document.signer, extraction.document.recipients) == ("Nguyễn Văn Bình", ["UBND tỉnh", "Lưu: VT"])


def test_a_subject_quoting_a_symbol_whose_dash_a_markdown_writer_escaped():
    # pandoc escapes a dash inside a symbol too (`33/CT\-TTg`): the label was right, the subject
    # quoting it read `33/CT- TTg`
    _, refs = extraction_of("Thực hiện Kế hoạch số 114/KH\\-UBND ngày 10/4/2024 của UBND huyện Hớn Quản về thực hiện "
                            "Chỉ thị số 33/CT\\-TTg trong tình hình mới;\n\nCăn cứ Kết luận số 114\\-KL/TW ngày 14/7/2015 "
                            "của Ban Bí thư về tiếp tục thực hiện Nghị quyết số 25\\-NQ/TW trong tình hình mới;", ".md")
    assert (refs["114/KH-UBND"].subject, refs["114-KL/TW"].subject) == (
        "thực hiện Chỉ thị số 33/CT-TTg trong tình hình mới", "tiếp tục thực hiện Nghị quyết số 25-NQ/TW trong tình hình mới")


def test_a_letterhead_table_that_pandoc_wrote_as_escaped_text():
    # corpus/017 (Sơn La, 2023) through pandoc's Markdown writer: the table's rules and bars escaped
    text = ("ỦY BAN NHÂN DÂN TỈNH SƠN LA \\-\\-\\-\\-\\-\\-- \\| CỘNG HÒA XÃ HỘI CHỦ NGHĨA\nVIỆT NAM Độc lập - Tự do "
            "- Hạnh phúc \\-\\-\\-\\-\\-\\-\\-- \\|\n\n\\|\\-\\--\\|\\-\\--\\|\\\n\\| Số: 254/QĐ-UBND \\| Sơn La, ngày 17 "
            "tháng 02 năm 2023 \\|\n\nQUYẾT ĐỊNH\n\nBAN HÀNH KẾ HOẠCH THỰC HIỆN CÔNG TÁC BẢO VỆ BÍ MẬT NHÀ NƯỚC\n")
    doc = extract_text(read_bytes(text.encode("utf-8"), ".md"), "<md>").document
    assert (doc.label, doc.issuer, doc.locality.province) == ("254/QĐ-UBND", "UBND tỉnh Sơn La", "Tỉnh Sơn La")


def test_an_escaped_quotation_keeps_its_marks_to_its_words():
    # corpus/015 (Đồng Nai, 2025) through pandoc's Markdown writer: `theo cơ chế \"một cửa\" của`
    text = read_bytes('Căn cứ Quyết định số 45/2006/QĐ-UB ngày 11/4/2006 của UBND tỉnh về Đề án theo cơ chế \\"một '
                      'cửa\\" của Sở Y tế;\n'.encode(), ".md")
    (ref,) = extract_text(text, "<md>").references
    assert ref.subject == 'Đề án theo cơ chế "một cửa" của Sở Y tế'


@pytest.mark.parametrize("data, suffix, message", [
    (b"", ".txt", "empty"),
    (b"   \n ", ".txt", "empty"),
    (bytes(range(256)) * 40, ".txt", "binary"),
    (b"hello, not a pdf", ".pdf", "not a PDF"),
    (b"plain text", ".docx", "not a DOCX"),
    (b"\xd0\xcf\x11\xe0" + b"\x00" * 100, ".doc", "old binary Word"),
])
def test_bad_inputs_raise_clear_errors(data, suffix, message):
    with pytest.raises(LoadError, match=message):
        read_bytes(data, suffix)


def test_cli_reports_each_bad_file_and_exits_nonzero(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    good = ROOT / "data/samples/seeds/003_b386e35d8303a670.txt"
    run = subprocess.run([sys.executable, str(ROOT / "cli.py"), "extract", str(empty), str(good), "--json"],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 1
    assert f"{empty}: file is empty" in run.stderr
    assert "Traceback" not in run.stderr
    import json
    results = json.loads(run.stdout)
    assert [r["source"] for r in results] == [str(empty), str(good)]
    assert results[1]["references"][0]["label"] == "530/KH-UBND"
    assert set(results[1]["references"][0]) >= {"label", "doc_type", "issued_date", "issuer", "subject",
                                                 "relation", "mentions"}


def test_docx_and_html_readers(tmp_path):
    import docx
    document = docx.Document()
    for line in ["ỦY BAN NHÂN DÂN", "XÃ HÀNH THIỆN", "KẾ HOẠCH", "Thực hiện công tác dân vận năm 2025",
                 "Thực hiện Kế hoạch số 530/KH-UBND ngày 24/3/2025 của UBND huyện Nghĩa Hành về dân vận;"]:
        document.add_paragraph(line)
    path = tmp_path / "plan.docx"
    document.save(path)
    result = extract_file(path)
    assert result.document.issuer == "UBND xã Hành Thiện"
    assert result.references[0].issuer == "UBND huyện Nghĩa Hành"
    html = tmp_path / "plan.html"
    html.write_text("<html><body><p>Căn cứ <b>Chỉ thị số 33/CT-TTg</b> ngày 26/11/2021 của Thủ tướng "
                    "Chính phủ;</p><script>alert(1)</script></body></html>", encoding="utf-8")
    refs = extract_file(html).references
    assert [(r.label, r.relation) for r in refs] == [("33/CT-TTg", "based_on")]


def test_a_markdown_link_s_address_does_not_part_a_citation_from_its_date():
    # a converter keeps the page's links: `[Chỉ thị số 33/CT-TTg](https://…) ngày 26/11/2021 của …`
    text = read_bytes("Thực hiện [Chỉ thị số 33/CT-TTg](https://vanban.chinhphu.vn/?pageid=27160&docid=204567) ngày "
                      "26/11/2021 của Thủ tướng Chính phủ; [Kế hoạch số 12/KH-UBND](https://binhphuoc.gov.vn/vb/"
                      "12-kh-ubnd-2024.pdf) ngày 1/3/2024 của UBND tỉnh Bình Phước.\n![logo](https://binhphuoc.gov.vn/"
                      "img/33-ct-ttg-01.png)\n".encode(), ".md")
    refs = {r.label: r for r in extract_text(text, "<md>").references}
    assert {label: (r.issued_date, r.issuer) for label, r in refs.items()} == {
        "33/CT-TTg": ("2021-11-26", "Thủ tướng Chính phủ"), "12/KH-UBND": ("2024-03-01", "UBND tỉnh Bình Phước")}
    assert [text.original[m.start:m.end] for m in refs["33/CT-TTg"].mentions] == ["Chỉ thị số 33/CT-TTg"]
    # pandoc's span: `[Chỉ thị số 33/CT-TTg]{.mark} ngày …`
    spanned = refs_of("Thực hiện [Chỉ thị số 33/CT-TTg]{.mark} ngày 26/11/2021 của Thủ tướng Chính phủ.")
    assert (spanned["33/CT-TTg"].issued_date, spanned["33/CT-TTg"].issuer) == ("2021-11-26", "Thủ tướng Chính phủ")


def test_a_saved_web_page_s_menus_sidebar_and_footer_are_not_its_text(tmp_path):
    # a portal's page: other documents listed beside the plan (`Văn bản liên quan`) and its licence
    page = tmp_path / "plan.html"
    page.write_text("<html><body><nav><a href='/'>Trang chủ</a> <a href='/vb'>Văn bản</a></nav><div><p>ỦY BAN NHÂN "
                    "DÂN<br>HUYỆN HỚN QUẢN</p><p>Số: 45/KH-UBND</p><p>Hớn Quản, ngày 10 tháng 4 năm 2024</p><p>KẾ "
                    "HOẠCH</p><p>Thực hiện Chỉ thị số 33/CT-TTg</p><p>Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 "
                    "của Thủ tướng Chính phủ, UBND huyện ban hành Kế hoạch như sau:</p></div><aside><h3>Văn bản liên "
                    "quan</h3><ul><li><a href='/1'>Kế hoạch số 77/KH-UBND ngày 2/2/2024 của UBND huyện</a></li></ul>"
                    "</aside><footer>Giấy phép số 12/GP-TTĐT ngày 1/1/2020.</footer></body></html>", encoding="utf-8")
    result = extract_file(page)
    assert result.document.label == "45/KH-UBND"
    assert [(r.label, r.relation) for r in result.references] == [("33/CT-TTg", "implements")]


def _with_footnote(document, marker: str, note: str) -> bytes:
    """The saved document with Word's footnote 1 where `marker` stands, as Word writes it: a
    separator note, then the note itself in word/footnotes.xml."""
    import zipfile
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    saved = io.BytesIO()
    document.save(saved)
    source, out = zipfile.ZipFile(saved), io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        for name in source.namelist():
            data = source.read(name)
            if name == "word/document.xml":
                data = data.replace(f"<w:t>{marker}</w:t>".encode(), b'<w:footnoteReference w:id="1"/>')
            package.writestr(name, data)
        package.writestr("word/footnotes.xml", f'<w:footnotes {w}><w:footnote w:type="separator" w:id="-1"><w:p>'
                         f'<w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/>'
                         f'</w:r><w:r><w:t xml:space="preserve"> {note}</w:t></w:r></w:p></w:footnote></w:footnotes>')
    return out.getvalue()


def test_a_title_in_capitals_ends_where_word_s_next_paragraph_begins(tmp_path):
    # 06/CT-UBND of Quảng Trị (2025) as Word holds it: paragraphs with no blank line between them
    import docx
    document = docx.Document()
    for line in ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "Số: 06/CT-UBND", "Quảng Trị, ngày 25 tháng 11 năm 2025",
                 "CHỈ THỊ"]:
        document.add_paragraph(line)
    title = document.add_paragraph("VỀ VIỆC TĂNG CƯỜNG XỬ LÝ CHỒNG LẤN, LẤN CHIẾM RỪNG")
    title.add_run().add_break()
    title.add_run("TRÊN ĐỊA BÀN TỈNH QUẢNG TRỊ")
    document.add_paragraph("Trong những năm qua, thực hiện chỉ đạo của Đảng, Chính phủ, các địa phương đã tích cực "
                           "triển khai thực hiện Chỉ thị số 05/CT-TTg ngày 18/5/2022 của Thủ tướng Chính phủ.")
    document.save(tmp_path / "ct06.docx")
    assert extract_file(tmp_path / "ct06.docx").document.title == ("VỀ VIỆC TĂNG CƯỜNG XỬ LÝ CHỒNG LẤN, LẤN CHIẾM "
                                                                   "RỪNG TRÊN ĐỊA BÀN TỈNH QUẢNG TRỊ")


def test_text_that_word_shows_in_capitals_is_read_in_capitals(tmp_path):
    # a letterhead and a heading typed in lower case and formatted `All caps` (a run's own format,
    # or its paragraph's style's); a run formatted otherwise keeps its case
    import docx
    document = docx.Document()
    document.styles["Title"].font.all_caps = True
    left, right = document.add_table(rows=1, cols=2).rows[0].cells
    left.paragraphs[0].add_run("Ủy ban nhân dân").font.all_caps = True
    left.add_paragraph().add_run("xã Minh Tâm").font.small_caps = True
    left.add_paragraph("Số: 45/KH-UBND")
    right.paragraphs[0].add_run("Cộng hòa xã hội chủ nghĩa Việt Nam").font.all_caps = True
    right.add_paragraph("Độc lập - Tự do - Hạnh phúc")
    right.add_paragraph("Minh Tâm, ngày 10 tháng 4 năm 2024")
    heading = document.add_paragraph("Kế hoạch", style="Title")
    heading.add_run(" đã ký").font.all_caps = False
    document.add_paragraph("Thực hiện công tác dân vận chính quyền năm 2024")
    document.add_paragraph("Thực hiện Kế hoạch số 114/KH-UBND ngày 01/4/2024 của UBND huyện Hớn Quản về công tác "
                           "dân vận, UBND xã ban hành Kế hoạch như sau:")
    document.save(tmp_path / "caps.docx")
    assert read_file(tmp_path / "caps.docx").clean.startswith("ỦY BAN NHÂN DÂN\nXÃ MINH TÂM\nSố: 45/KH-UBND")
    assert "\nKẾ HOẠCH đã ký\n" in read_file(tmp_path / "caps.docx").clean
    doc = extract_file(tmp_path / "caps.docx").document
    assert (doc.issuer, doc.locality.district) == ("UBND xã Minh Tâm", "Huyện Hớn Quản")


def test_text_a_web_page_shows_in_capitals_is_read_in_capitals(tmp_path):
    # Word's `Save as Web Page` writes All caps as `text-transform:uppercase`: inherited by the
    # element's children, not by what follows it (an element left open closes with its parent)
    page = tmp_path / "caps.html"
    page.write_text(
        "<html><body><table><tr><td><p><span style='text-transform:uppercase'>Ủy ban nhân dân</span></p>"
        "<p style='TEXT-TRANSFORM: uppercase'><b>xã Minh Tâm</b></p><p>Số: 45/KH-UBND</p></td><td><p><b>CỘNG HÒA "
        "XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p><p>Độc lập - Tự do - Hạnh phúc<br></p><p>Minh Tâm, ngày 10 tháng 4 năm "
        "2024</p></td></tr></table><p style='text-transform:uppercase'>Kế hoạch</p><p>Thực hiện công tác dân vận "
        "năm 2024</p><p>Thực hiện Kế hoạch số 114/KH-UBND ngày 01/4/2024 của UBND huyện Hớn Quản về công tác dân "
        "vận;</p></body></html>", encoding="utf-8")
    assert "\nXÃ MINH TÂM\n" in read_file(page).clean and "\nThực hiện công tác dân vận" in read_file(page).clean
    doc = extract_file(page).document
    assert (doc.issuer, doc.locality.district, doc.doc_type) == ("UBND xã Minh Tâm", "Huyện Hớn Quản", "Kế hoạch")


def test_a_title_set_in_several_paragraphs_of_a_web_page(tmp_path):
    # Chỉ thị 16/2001/CT-TTg as a web page (pandoc's HTML of its Word file): each line of the older
    # heading its own paragraph; the page's markup puts no blank line between them
    page = tmp_path / "ct16.html"
    page.write_text("<html><body>\n<p>CHỈ THỊ</p>\n<p>CỦA THỦ</p>\n<p>TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG</p>\n"
                    "<p>NGÀY 21 THÁNG 6 NĂM 2001 VỀ VIỆC XÂY DỰNG KẾ HOẠCH</p>\n<p>PHÁT TRIỂN KINH TẾ - XÃ HỘI VÀ "
                    "DỰ TOÁN NGÂN SÁCH</p>\n<p>NHÀ NƯỚC NĂM 2002</p>\n<p>Thực hiện Nghị quyết</p>\n<p>của Quốc hội "
                    "về nhiệm vụ và dự toán ngân sách nhà nước năm 2001, Chính phủ đã</p>\n</body></html>",
                    encoding="utf-8")
    doc = extract_file(page).document
    assert (doc.doc_type, doc.label, doc.issuer, doc.issued_date) == ("Chỉ thị", "16/2001/CT-TTg", "Thủ tướng Chính phủ",
                                                                      "2001-06-21")
    assert doc.title == "XÂY DỰNG KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI VÀ DỰ TOÁN NGÂN SÁCH NHÀ NƯỚC NĂM 2002"


def test_a_docx_letterhead_table_tabs_breaks_and_footnotes(tmp_path):
    import docx
    document = docx.Document()
    # the letterhead as Word documents lay it out: a two-column table, several paragraphs a cell
    left, right = document.add_table(rows=1, cols=2).rows[0].cells
    left.paragraphs[0].text = "ỦY BAN NHÂN DÂN"
    left.add_paragraph("TỈNH QUẢNG BÌNH")
    left.add_paragraph("Số: 610/KH-UBND")
    right.paragraphs[0].text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    right.add_paragraph("Độc lập - Tự do - Hạnh phúc")
    right.add_paragraph("Quảng Bình, ngày 11 tháng 4 năm 2025")
    document.add_paragraph("KẾ HOẠCH")
    document.add_paragraph("SẮP XẾP ĐƠN VỊ HÀNH CHÍNH")
    grounds = document.add_paragraph("Thực hiện các Kết luận của Bộ Chính trị, Ban Bí thư")
    grounds.add_run("FOOTNOTE")
    run = grounds.add_run("; Kết luận số 127")
    run._r.append(run._r.makeelement(docx.oxml.ns.qn("w:noBreakHyphen"), {}))   # a hyphen that never breaks
    grounds.add_run("KL/TW ngày 28/02/2025 của Bộ Chính trị")
    run = grounds.add_run("; Nghị quyết số 74/NQ-CP ngày 07/4/2025")
    run.add_break()                                         # a line break inside the paragraph
    grounds.add_run("của Chính phủ\tvề sắp xếp; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:")
    document.add_paragraph("I. MỤC ĐÍCH, YÊU CẦU")
    recipients, signature = document.add_table(rows=1, cols=2).rows[0].cells    # the closing table
    recipients.paragraphs[0].text = "Nơi nhận:"
    recipients.add_paragraph("- Bộ Nội vụ;")
    signature.paragraphs[0].text = "TM. ỦY BAN NHÂN DÂN"
    for line in ("CHỦ TỊCH", "", "", "Trần Phong"):
        signature.add_paragraph(line)
    path = tmp_path / "plan.docx"
    path.write_bytes(_with_footnote(document, "FOOTNOTE", "Kết luận số 126-KL/TW ngày 14/02/2025 của Bộ Chính "
                                                          "trị, Ban Bí thư về một số nội dung."))
    result = extract_file(path)
    doc = result.document
    assert (doc.issuer, doc.label, doc.issued_date, doc.title, doc.signer) == (
        "UBND tỉnh Quảng Bình", "610/KH-UBND", "2025-04-11", "SẮP XẾP ĐƠN VỊ HÀNH CHÍNH", "Trần Phong")
    refs = {r.label: r for r in result.references}
    assert (refs["74/NQ-CP"].issuer, refs["74/NQ-CP"].subject) == ("Chính phủ", "sắp xếp")
    assert (refs["127-KL/TW"].issuer, refs["127-KL/TW"].issued_date) == ("Bộ Chính trị", "2025-02-28")
    # the footnote's reference stands where its mark stands: in the `Thực hiện` paragraph
    assert (refs["126-KL/TW"].issuer, refs["126-KL/TW"].relation) == ("Bộ Chính trị", "implements")


def test_line_breaks_inside_a_markdown_table_s_cells():
    # a converter writes a Word letterhead as one table row, the cell's paragraphs joined by <br>
    doc = doc_of("| ỦY BAN NHÂN DÂN<br>**XÃ HÀNH THIỆN**<br>Số: 12/KH-UBND | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT "
                 "NAM**<br/>**Độc lập - Tự do - Hạnh phúc**<br />*Hành Thiện, ngày 02 tháng 4 năm 2025* |\n"
                 "|---|---|\n\n**KẾ HOẠCH**\n\n**Công tác dân vận năm 2025**\n\nThực hiện Kế hoạch số 530/KH-UBND "
                 "ngày 24/3/2025 của UBND huyện Nghĩa Hành về công tác dân vận năm 2025;\n")
    assert (doc.issuer, doc.level, doc.label, doc.issued_date) == ("UBND xã Hành Thiện", "commune", "12/KH-UBND",
                                                                   "2025-04-02")


def test_the_numbers_word_draws_for_numbered_paragraphs_are_read(tmp_path):
    # Word numbers the sections and the grounds itself (`I.`, `1.`): they are not in the text runs,
    # yet the layout finds the section of legal grounds by them
    import zipfile
    import docx
    document = docx.Document()
    for line in ("ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH", "Số: 610/KH-UBND", "Quảng Bình, ngày 11 tháng 4 năm 2025",
                 "KẾ HOẠCH", "SẮP XẾP ĐƠN VỊ HÀNH CHÍNH"):
        document.add_paragraph(line)
    for level, line in ((0, "CĂN CỨ XÂY DỰNG KẾ HOẠCH"), (1, "Nghị quyết số 74/NQ-CP ngày 07/4/2025 của Chính phủ;"),
                        (1, "Kết luận số 126-KL/TW ngày 14/02/2025 của Bộ Chính trị;"), (0, "MỤC ĐÍCH, YÊU CẦU"),
                        (1, "Bám sát Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương.")):
        num_pr = document.add_paragraph(line)._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val, num_pr.get_or_add_numId().val = level, 7
    saved = io.BytesIO()
    document.save(saved)
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    numbering = (f'<w:numbering {w}><w:abstractNum w:abstractNumId="3">'
                 '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>'
                 '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>'
                 '</w:abstractNum><w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num></w:numbering>')
    source, path = zipfile.ZipFile(saved), tmp_path / "numbered.docx"
    with zipfile.ZipFile(path, "w") as package:
        for name in source.namelist():
            package.writestr(name, numbering if name == "word/numbering.xml" else source.read(name))
    assert "\nI. CĂN CỨ XÂY DỰNG KẾ HOẠCH\n1. Nghị quyết số 74/NQ-CP" in read_file(path).clean
    assert "\nII. MỤC ĐÍCH, YÊU CẦU\n1. Bám sát" in read_file(path).clean
    relations = {r.label: r.relation for r in extract_file(path).references}
    assert relations == {"74/NQ-CP": "based_on", "126-KL/TW": "based_on", "18-NQ/TW": "cites"}


def test_words_glued_by_a_web_copy_still_read():
    # as copied from a web page (QĐ 719/QĐ-TTg of 15/6/2012): spaces before and after `ngày` lost
    refs = refs_of("Căn cứ Luật tổ chức Chính phủngày 25 tháng 12 năm 2001;\n"
                   "Căn cứ Chỉ thị số 45-CT/TW ngày22 tháng 7 năm 2010 của Bộ Chính trị về đổi mới;\n"
                   "Căn cứ Thông báo số 70-TB/TWngày 06 tháng 01 năm 2012 của Ban Bí thư Trung ương Đảng về tổ chức;")
    assert refs["32/2001/QH10"].issued_date == "2001-12-25"
    assert refs["45-CT/TW"].issued_date == "2010-07-22"
    assert (refs["70-TB/TW"].issued_date, refs["70-TB/TW"].doc_type) == ("2012-01-06", "Thông báo")


@pytest.mark.parametrize("spelling", ["tuý", "túy", "TUÝ"])
def test_a_law_is_named_with_the_tone_mark_on_either_vowel(spelling):
    refs = refs_of(f"Căn cứ Luật Phòng, chống ma {spelling} ngày 30 tháng 3 năm 2021;")
    assert refs["73/2021/QH14"].name == "Luật Phòng, chống ma túy"


def test_a_place_is_found_with_the_tone_mark_on_either_vowel():
    refs = refs_of("Thực hiện Kế hoạch số 40/KH-UBND ngày 1/3/2022 của UBND tỉnh Thanh Hoá về việc X;")
    assert refs["40/KH-UBND"].locality.province == "Tỉnh Thanh Hóa"
    assert refs["40/KH-UBND"].subject == "X"


@pytest.mark.parametrize("written, key", [("Thuỷ", "Thủy"), ("hoá", "hóa"), ("UỶ BAN", "ỦY BAN"), ("khoẻ", "khỏe"),
                                          ("quý", "quý"), ("Quỳ Hợp", "Quỳ Hợp"), ("hoàng", "hoàng"), ("toán", "toán")])
def test_tone_placement_key(written, key):
    assert tone_on_first(written) == key


def test_own_number_written_after_the_type_word_in_the_header():
    # the header of NQ 653/2019/UBTVQH14 (12/3/2019) as published
    text = read_bytes("ỦY BAN THƯỜNG VỤ\nQUỐC HỘI\n--------\n\nNghị quyết số: 653/2019/UBTVQH14\n\n"
                      "Hà Nội, ngày 12 tháng 3 năm 2019\n\nNGHỊ QUYẾT\n\nVỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH\n\n"
                      "Căn cứ Luật Tổ chức Quốc hội số 57/2014/QH13;\n".encode())
    result = extract_text(text, "<nq>")
    assert (result.document.label, result.document.doc_type) == ("653/2019/UBTVQH14", "Nghị quyết")
    assert [r.label for r in result.references] == ["57/2014/QH13"]


@pytest.mark.parametrize("cited, issuer", [
    # central organs and a chair by their initials, as plans abbreviate them (were kept as written)
    ("Nghị quyết số 57-NQ/TW ngày 22/12/2024 của BCT", "Bộ Chính trị"),
    ("Kết luận số 114-KL/TW ngày 14/7/2015 của BBT", "Ban Bí thư"),
    ("Chỉ thị số 33/CT-TTg ngày 26/11/2021 của TTCP", "Thủ tướng Chính phủ"),
    ("Nghị định số 40/2019/NĐ-CP ngày 13/5/2019 của CP", "Chính phủ"),
    ("Hướng dẫn số 12-HD/BTGTW ngày 1/3/2024 của Ban Tuyên giáo TW", "Ban Tuyên giáo Trung ương"),
    ("Quyết định số 99/QĐ-UBND ngày 1/3/2024 của CT UBND tỉnh Bình Phước", "Chủ tịch UBND tỉnh Bình Phước"),
])
def test_an_issuer_by_its_initials(cited, issuer):
    assert refs_of(f"Thực hiện {cited} về công tác dân vận;").popitem()[1].issuer == issuer


def test_own_number_line_in_capitals_is_no_reference():
    result = extract_text(read_bytes("ỦY BAN NHÂN DÂN\nXÃ MINH TÂM\nSỐ: 12/KH-UBND\nMinh Tâm, ngày 03 tháng 4 năm 2024\n\n"
                                     "KẾ HOẠCH\nDân vận\n\nThực hiện Kế hoạch số 1/KH-UBND ngày 1/3/2024 của UBND "
                                     "huyện về dân vận.\n".encode()), "<caps>")
    assert (result.document.label, [r.label for r in result.references]) == ("12/KH-UBND", ["1/KH-UBND"])


def test_a_web_page_title_and_metadata_above_the_letterhead_are_not_the_document():
    text = read_bytes("Kế hoạch 45/KH-UBND năm 2025 triển khai Nghị quyết 57-NQ/TW do thành phố Huế ban hành\n"
                      "| Số hiệu | 45/KH-UBND |\n| Cơ quan ban hành | Thành phố Huế |\n|\n"
                      "ỦY BAN NHÂN DÂN |\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM |\n|\nSố: 45/KH-UBND |\n"
                      "Huế, ngày 25 tháng 11 năm 2025 |\n"
                      "Căn cứ Kế hoạch số 02-KH/TU, ngày 21/10/2025 của Thành ủy về thực hiện Nghị quyết 57-NQ/TW "
                      "của Bộ Chính trị;\nUBND thành phố xây dựng Kế hoạch triển khai Kế hoạch số 02-KH/TU ngày "
                      "21/10/2025 của Thành ủy như sau:\nI. MỤC ĐÍCH\n".encode())
    result = extract_text(text, "<web>")
    refs = {r.label: r for r in result.references}
    assert result.document.label == "45/KH-UBND"
    assert refs["57-NQ/TW"].issuer == "Bộ Chính trị"          # not `thành phố Huế` of the page title
    assert [m.start for m in refs["57-NQ/TW"].mentions] == [text.original.index("Nghị quyết 57-NQ/TW của")]
    assert refs["02-KH/TU"].relation == "implements"          # `xây dựng Kế hoạch triển khai Kế hoạch số …`


def test_a_section_of_legal_grounds_lists_what_the_plan_is_based_on():
    text = read_bytes("ỦY BAN NHÂN DÂN\nTỈNH TIỀN GIANG\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|\nSố: 38/KH-UBND\n|\n"
                      "Tiền Giang, ngày 07 tháng 12 năm 2022\n|\nKẾ HOẠCH\nTHỰC HIỆN CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ\n"
                      "I. CĂN CỨ XÂY DỰNG\nKẾ HOẠCH\n1. Quyết định số 924/QĐ-TTg ngày 22\ntháng 8 năm 2022 của Thủ "
                      "tướng Chính phủ phê duyệt Chương trình;\n2. Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính "
                      "phủ ban hành Chương trình tổng thể.\nII. MỤC ĐÍCH, YÊU CẦU\n1. Triển khai Kế hoạch số "
                      "370/KH-UBND ngày 08/12/2021 của Ủy ban nhân dân tỉnh.\n".encode())
    result = extract_text(text, "<grounds>")
    relations = {r.label: r.relation for r in result.references}
    assert result.document.title == "THỰC HIỆN CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ"
    assert relations == {"924/QĐ-TTg": "based_on", "30c/NQ-CP": "based_on", "370/KH-UBND": "cites"}


def test_the_citing_body_s_own_act_after_a_citation_names_its_own_document():
    # a ward's report: `Thực hiện Kế hoạch … của UBND thành phố, UBND phường đã ban hành Kế hoạch số …`: the
    # second plan is the ward's, named in the report's own words, not inside the city plan's description
    refs = refs_of("ỦY BAN NHÂN DÂN\nPHƯỜNG TÂN PHÚ\nSố: 125/BC-UBND\nĐồng Xoài, ngày 20 tháng 11 năm 2024\n\n"
                   "BÁO CÁO\nKết quả công tác\n\nThực hiện Công văn số 1520/UBND-NC ngày 05/11/2024 của UBND thành "
                   "phố Đồng Xoài, UBND phường báo cáo như sau:\n\n1. Công tác\nThực hiện Kế hoạch số 114/KH-UBND "
                   "ngày 10/4/2024 của UBND thành phố, UBND phường đã ban hành Kế hoạch số 45/KH-UBND ngày 20/4/2024 "
                   "để triển khai.\n")
    assert refs["114/KH-UBND"].issuer == "UBND thành phố Đồng Xoài"
    assert (refs["45/KH-UBND"].issuer, refs["45/KH-UBND"].locality.commune) == ("UBND phường Tân Phú", "Phường Tân Phú")


def test_the_verb_after_a_clause_s_comma_leads_the_reference():
    # `Căn cứ tình hình thực tế, thực hiện Kế hoạch …`: carried out, not a ground; a list after `Căn cứ` stays one
    assert relations_of("ỦY BAN NHÂN DÂN\nXÃ MINH TÂM\nSố: 50/KH-UBND\nKẾ HOẠCH\nCông tác năm 2024\nCăn cứ Nghị "
                        "định số 59/2023/NĐ-CP, Nghị định số 61/2023/NĐ-CP;\nCăn cứ tình hình thực tế, thực hiện Kế "
                        "hoạch số 45/KH-UBND ngày 1/3/2024 của UBND huyện Hớn Quản, UBND xã ban hành Kế hoạch như sau:"
                        "\nI. MỤC ĐÍCH\n") == {
        "45/KH-UBND": "implements", "59/2023/NĐ-CP": "based_on", "61/2023/NĐ-CP": "based_on"}


def test_grounds_under_the_body_s_own_act_are_still_its_grounds():
    # `… ban hành Kế hoạch như sau:` and then, unnumbered, the legal grounds
    assert relations_of("ỦY BAN NHÂN DÂN\nXÃ MINH TÂM\nSố: 50/KH-UBND\nKẾ HOẠCH\nCông tác năm 2024\nThực hiện Kế "
                        "hoạch số 45/KH-UBND ngày 1/3/2024 của UBND huyện Hớn Quản, UBND xã ban hành Kế hoạch như sau:"
                        "\nCăn cứ pháp lý:\n- Nghị định số 59/2023/NĐ-CP;\nA. MỤC ĐÍCH\n") == {
        "45/KH-UBND": "implements", "59/2023/NĐ-CP": "based_on"}


def test_a_letter_s_requests_after_its_own_act_are_its_body():
    # a Công văn without numbered sections: what the district asks the communes to do (`- Tiếp tục triển
    # khai thực hiện Kế hoạch số 45/KH-UBND …`, its own plan) is no plan the letter carries out
    assert relations_of("ỦY BAN NHÂN DÂN\nHUYỆN HỚN QUẢN\nSố: 456/UBND-VP\nV/v triển khai công tác dân vận\nHớn Quản, "
                        "ngày 12 tháng 6 năm 2024\nKính gửi: UBND các xã, thị trấn.\nThực hiện Công văn số 1234/UBND-VX "
                        "ngày 5/6/2024 của UBND tỉnh về công tác dân vận, UBND huyện đề nghị UBND các xã, thị trấn thực "
                        "hiện một số nội dung sau:\n- Tiếp tục triển khai thực hiện Kế hoạch số 45/KH-UBND ngày 1/3/2024 "
                        "của UBND huyện về công tác dân vận năm 2024.\n- Báo cáo kết quả thực hiện Chỉ thị số 33/CT-TTg "
                        "ngày 26/11/2021 của Thủ tướng Chính phủ trước ngày 30/6/2024.\n") == {
        "1234/UBND-VX": "implements", "45/KH-UBND": "cites", "33/CT-TTg": "cites"}
    # a report: the results it gives of the commune's own plan
    assert relations_of("ỦY BAN NHÂN DÂN\nXÃ TÂN KHAI\nSố: 90/BC-UBND\nTân Khai, ngày 15 tháng 12 năm 2025\nBÁO CÁO\n"
                        "Kết quả công tác dân vận năm 2025\nThực hiện Kế hoạch số 301/KH-UBND ngày 20/8/2025 của UBND "
                        "tỉnh Đồng Nai về công tác dân vận, UBND xã báo cáo kết quả như sau:\n- Kết quả triển khai Kế "
                        "hoạch số 88/KH-UBND ngày 15/9/2025 của UBND xã: đã tổ chức 5 hội nghị.\n") == {
        "301/KH-UBND": "implements", "88/KH-UBND": "cites"}


def test_a_proposal_in_a_section_of_legal_grounds_is_no_ground():
    # Khánh Hòa's 14084/KH-UBND (2024): `Xét đề nghị … tại Tờ trình số …` closes `I. CĂN CỨ PHÁP LÝ`
    text = ("ỦY BAN NHÂN DÂN\nTỈNH KHÁNH HÒA\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 14084/KH-UBND\n"
            "Khánh Hòa, ngày 09 tháng 12 năm 2024\nKẾ HOẠCH\nTRIỂN KHAI DỊCH VỤ CÔNG TRỰC TUYẾN\n"
            "I. CĂN CỨ PHÁP LÝ\nNghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ quy định việc cung "
            "cấp thông tin;\nXét đề nghị của Sở Thông tin và Truyền thông tại Tờ\ntrình số 3754/TTr-STTTT "
            "ngày 15/11/2024.\nII. MỤC ĐÍCH, YÊU CẦU\n")
    assert relations_of(text) == {"42/2022/NĐ-CP": "based_on", "3754/TTr-STTTT": "cites"}


def test_hyphens_a_pdf_extraction_dropped_from_symbols():
    # the hyphen after the type code lost, as in a PDF's text layer (QĐ 1961/QĐ-UBND of Kiên Giang, 2019)
    refs = refs_of("Căn cứ Nghị định số 61/2018/NĐCP ngày 23 tháng 4 năm 2018 Chính phủ về thực hiện cơ chế một cửa;\n"
                   "Căn cứ Thông tư số 01/2018/TTVPCP ngày 23 tháng 11 năm 2018 của Văn phòng Chính phủ hướng dẫn "
                   "thi hành một số quy định của Nghị định số 61/2018/NĐCP;\n"
                   "Căn cứ Quyết định số 2468/QĐUBND ngày 02 tháng 11 năm 2018 của Ủy ban nhân dân tỉnh;")
    assert set(refs) == {"61/2018/NĐ-CP", "01/2018/TT-VPCP", "2468/QĐ-UBND"}
    assert refs["2468/QĐ-UBND"].doc_type == "Quyết định"
    assert [(x.relation, x.label) for x in refs["01/2018/TT-VPCP"].related] == [("guides", "61/2018/NĐ-CP")]


def test_a_party_type_code_is_not_split():
    # `CTHĐ` (chương trình hành động) is one code, though `CT` and `HĐ` are codes too
    refs = refs_of("Thực hiện Chương trình hành động số 147-CTHĐ/TU ngày 09/5/2019 của Tỉnh ủy về thực hiện "
                   "Nghị quyết số 37-NQ/TW ngày 24/12/2018 của Bộ Chính trị;")
    assert set(refs) == {"147-CTHĐ/TU", "37-NQ/TW"}


@pytest.mark.parametrize("text, relations", [
    # the items of a list under a lead
    ("KẾ HOẠCH\nBẢO VỆ BÍ MẬT NHÀ NƯỚC\nCăn cứ các văn bản sau:\n- Nghị định số 26/2020/NĐ-CP ngày 28/02/2020 của "
     "Chính phủ;\n- Thông tư số 24/2020/TT-BCA ngày 10/3/2020 của Bộ Công an;\nThực hiện:\n- Chỉ thị số 02/CT-TTg "
     "ngày 15/11/2019 của Thủ tướng Chính phủ;\n- Kế hoạch số 11/KH-UBND ngày 23/01/2020 của UBND tỉnh,\nUBND tỉnh "
     "ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n",
     {"26/2020/NĐ-CP": "based_on", "24/2020/TT-BCA": "based_on", "02/CT-TTg": "implements",
      "11/KH-UBND": "implements"}),
    # 308/KH-UBND of Hà Nội (2025) as a Markdown writer rewrapped it: a line ends after `;`; the
    # proposal after the grounds is none of them
    ("KẾ HOẠCH\nTRIỂN KHAI\n\nThực hiện Quyết định số 142/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Chiến lược dữ "
     "liệu quốc gia đến năm 2030;\nQuyết định 1229/QĐ-UBND ngày 28/02/2025 của UBND Thành phố về việc Phê duyệt "
     "Chiến lược dữ liệu thành phố Hà Nội;\nTheo đề nghị của Sở Khoa học và Công nghệ tại Tờ trình số "
     "164/TTr-SKHCN ngày 17/12/2025.\n\nI. MỤC ĐÍCH\n",
     {"142/QĐ-TTg": "implements", "1229/QĐ-UBND": "implements", "164/TTr-SKHCN": "cites"}),
    # a sentence inside the opening paragraph has its own lead (4544/KH-UBND of Quảng Nam, 2023)
    ("Thực hiện Nghị định số 27/2022/NĐ-CP ngày 19/4/2022 của Chính phủ về quy định cơ chế quản lý; Quyết định số "
     "90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ phê duyệt Chương trình giai đoạn 2021 - 2025. Trên cơ sở "
     "Kế hoạch số 6103/KH-UBND ngày 16/9/2022 của UBND tỉnh Quảng Nam về giám sát; UBND tỉnh ban hành Kế hoạch năm "
     "2023 như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n",
     {"27/2022/NĐ-CP": "implements", "90/QĐ-TTg": "implements", "6103/KH-UBND": "based_on"}),
    # `Trên cơ sở` opens a paragraph under a title that ends without a stop; `Nhằm cụ thể hóa` carries out
    ("KẾ HOẠCH\nThực hiện công tác dân vận năm 2024\nTrên cơ sở Kế hoạch số 114/KH-UBND ngày 10/4/2024 của UBND "
     "tỉnh về công tác dân vận;\nNhằm cụ thể hóa Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ, UBND "
     "huyện ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n", {"114/KH-UBND": "based_on", "33/CT-TTg": "implements"}),
    # a Party plan's and a campaign's openings
    *(("KẾ HOẠCH\nCông tác dân vận năm 2025\n\n" + opening + " Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị, "
       "UBND xã ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n", {"45-CT/TW": "implements"})
      for opening in ("Quán triệt và triển khai thực hiện", "Để quán triệt, triển khai thực hiện", "Tổ chức thực hiện",
                      "Hưởng ứng", "Thi hành", "Để thi hành")),
    # a clause of its own opened `đồng thời căn cứ` bases on it (was `implements`, the sentence's lead)
    ("KẾ HOẠCH\nCông tác dân vận năm 2025\n\nThực hiện Kế hoạch số 123/KH-UBND ngày 1/8/2025 của UBND tỉnh; đồng thời "
     "căn cứ Kế hoạch số 45/KH-UBND ngày 1/3/2025 của UBND huyện Hớn Quản, UBND xã ban hành Kế hoạch như sau:\n"
     "I. MỤC ĐÍCH\n", {"123/KH-UBND": "implements", "45/KH-UBND": "based_on"}),
    # grounds numbered as items, with no section over them (a Markdown converter's `1.` list)
    ("KẾ HOẠCH\nThực hiện Nghị quyết số 57-NQ/TW\n\n1. Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính "
     "trị;\n2. Căn cứ Kế hoạch số 01-KH/TU ngày 5/1/2025 của Tỉnh ủy Bình Phước;\n3. Mục đích: thực hiện tốt Quyết "
     "định số 12/QĐ-UBND ngày 1/2/2025 của UBND tỉnh.\n",
     {"57-NQ/TW": "implements", "01-KH/TU": "based_on", "12/QĐ-UBND": "cites"}),
    # … but a Công văn's first task, numbered as a ground would be, tells how to carry a document out
    # (Kiên Giang's Sở Nội vụ, 2024: it was `implements`)
    *(("V/v triển khai Chỉ thị số 08/CT-TTg\nKính gửi: Các sở, ngành.\n\nThực hiện Chỉ thị số 08/CT-TTg ngày 12/3/2024 "
       f"của Thủ tướng Chính phủ; Sở Nội vụ đề nghị các đơn vị thực hiện các nội dung sau:\n1. {task} Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 "
       "của Chính phủ.\n", {"08/CT-TTg": "implements", "107/2021/NĐ-CP": "cites"})
      for task in ("Thực hiện nghiêm", "Thực hiện tốt", "Thực hiện có hiệu quả", "Thực hiện đầy đủ")),
    # … and a clause without a lead goes on the list of the last clause with one (xã Ia Blang's 41/KH-UBND,
    # 2023: the decree and the decision were `implements`, the sentence's lead), whatever the abbreviations
    # of the types and issuers (`KH`, `CT`, `NĐ`, `QĐ`; `TTg Chính phủ`, `CP`)
    ("KẾ HOẠCH\nPhong trào toàn dân bảo vệ an ninh Tổ quốc năm 2023\n\nThực hiện KH số 112/KH-UBND ngày 20/4/2023 của "
     "UBND huyện Chư Sê; căn cứ CT số 09/CT-TTg ngày 01/6/2019 của TTg Chính phủ; NĐ số 40/2019/NĐ-CP ngày 13/5/2019 "
     "của CP; QĐ 1279/QĐ-UBND ngày 15/12/2022 của UBND tỉnh Gia Lai;\nUBND xã Ia Blang xây dựng Kế hoạch như sau:\n"
     "I. MỤC ĐÍCH\n", {"112/KH-UBND": "implements", "09/CT-TTg": "based_on", "40/2019/NĐ-CP": "based_on",
                        "1279/QĐ-UBND": "based_on"}),
    # a clause of its own in the opening sentence has its own lead
    ("KẾ HOẠCH\nCông tác chuyển đổi số năm 2025\n\nThực hiện Kế hoạch số 123/KH-UBND ngày 1/8/2025 của UBND tỉnh "
     "về chuyển đổi số; căn cứ Kế hoạch số 45/KH-UBND ngày 1/3/2025 của UBND huyện Hớn Quản về công tác, UBND xã ban "
     "hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n", {"123/KH-UBND": "implements", "45/KH-UBND": "based_on"}),
    # `Theo chỉ đạo của … tại Văn bản số …` carries the letter out, as `Thực hiện chỉ đạo …` does (was `cites`)
    *(("KẾ HOẠCH\nCông tác năm 2024\n" + lead + " của UBND tỉnh tại Văn bản số 456/UBND-VX ngày 1/3/2024, UBND xã "
       "ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n", {"456/UBND-VX": "implements"})
      for lead in ("Theo chỉ đạo", "Theo sự chỉ đạo", "Theo ý kiến chỉ đạo")),
    # `Theo Kế hoạch số …` (according to) grounds the plan as `Căn cứ` does; `Theo đề nghị … tại Tờ trình` does not
    ("KẾ HOẠCH\nCông tác năm 2024\nTheo Kế hoạch số 45/KH-UBND ngày 26/11/2021 của UBND huyện Hớn Quản về công tác dân "
     "vận;\nTheo đề nghị của công chức Văn hóa tại Tờ trình số 5/TTr-VH ngày 1/6/2024, UBND xã xây dựng kế hoạch như "
     "sau:\nI. MỤC ĐÍCH\n", {"45/KH-UBND": "based_on", "5/TTr-VH": "cites"}),
    # Party texts number their sections `I-`, `1-`: what the first section names is cited, not carried out
    ("ĐẢNG BỘ TỈNH BẮC GIANG\nHUYỆN ỦY LỤC NGẠN\n*\nSố 215-KH/HU\nĐẢNG CỘNG SẢN VIỆT NAM\nLục Ngạn, ngày 12 tháng 6 "
     "năm 2023\n\nKẾ HOẠCH\nthực hiện Kết luận số 01-KL/TW, ngày 18-5-2021 của Bộ Chính trị\n-----\n\nThực hiện Kế "
     "hoạch số 156-KH/TU, ngày 02-6-2023 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy xây dựng kế hoạch thực "
     "hiện như sau:\n\nI- MỤC ĐÍCH, YÊU CẦU\n1- Tiếp tục quán triệt sâu sắc Quy định số 101-QĐ/TW, ngày 07-6-2012 "
     "của Ban Bí thư khóa XI về trách nhiệm nêu gương của cán bộ, đảng viên.\n",
     {"01-KL/TW": "implements", "156-KH/TU": "implements", "101-QĐ/TW": "cites"}),
    # a first part or chapter in any case ends the preamble (xã Cát Vân's 14/KH-UBND, 2019: `… với các nội
    # dung cụ thể sau:` / `Phần thứ nhất` / `TÌNH HÌNH HỘ NGHÈO`)
    *(("KẾ HOẠCH\nGiảm nghèo năm 2019\nCăn cứ kế hoạch số: 16/KH-UBND ngày 25 tháng 01 năm 2019 của UBND huyện Như "
       f"Xuân về giảm nghèo;\nỦy ban nhân dân xã Cát Vân xây dựng kế hoạch với các nội dung cụ thể sau:\n{part}\n"
       "TÌNH HÌNH HỘ NGHÈO\nThực hiện Quyết định số 59/2015/QĐ-TTg ngày 19/11/2015 của Thủ tướng Chính phủ, năm 2018 "
       "xã đã rà soát.\n", {"16/KH-UBND": "based_on", "59/2015/QĐ-TTg": "cites"})
      for part in ("Phần thứ nhất", "PHẦN THỨ NHẤT", "Phần I", "Chương I")),
    # a title that studies and disseminates a resolution carries it out
    ("KẾ HOẠCH\nHọc tập, quán triệt Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị\n\nCăn cứ Điều lệ Đảng;\n",
     {"57-NQ/TW": "implements"}),
])
def test_the_relation_the_lead_of_a_paragraph_sentence_or_clause_gives(text, relations):
    assert {label: r.relation for label, r in refs_of(text).items()} == relations


@pytest.mark.parametrize("motto", ["CỘNG HÒA", "CỘNG HOÀ"])
def test_the_motto_beside_the_letterhead_in_either_spelling(motto):
    text = read_bytes(f"ỦY BAN NHÂN DÂN         {motto} XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ XUÂN PHÚ          Độc lập - "
                      "Tự do - Hạnh phúc\nSố: 12/KH-UBND         Xuân Phú, ngày 3 tháng 4 năm 2023\nKẾ HOẠCH\n"
                      "Về việc X\nThực hiện Kế hoạch số 40/KH-UBND ngày 1/3/2023 của UBND huyện Xuân Lộc;\n".encode())
    doc = extract_text(text, "<motto>").document
    assert (doc.issuer, doc.locality.district) == ("UBND xã Xuân Phú", "Huyện Xuân Lộc")


@pytest.mark.parametrize("lines, issuer, province", [
    # the letterhead's second line lost: placed by the date line (KH 130/KH-UBND of Hưng Yên, 2023)
    ("Số: 130/KH-UBND | Hưng Yên, ngày 10 tháng 8 năm 2023 |\nThực hiện Kết luận số 48-KL/TW ngày 30/01/2023 "
     "của Bộ Chính trị về tiếp tục sắp xếp; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n",
     "UBND tỉnh Hưng Yên", "Tỉnh Hưng Yên"),
    # the body's line repeated in full by the next, no heading (QĐ 4168/QĐ-UBND of Thanh Hóa, 2021)
    ("Số: 4168/QĐ-UBND | Thanh Hóa, ngày 22 tháng 10 năm 2021 |\nỦY BAN NHÂN DÂN TỈNH THANH HÓA\n"
     "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n", "UBND tỉnh Thanh Hóa", "Tỉnh Thanh Hóa"),
    # nothing in the text names the body with its unit: the date line names its seat (CT 08/CT-CTUBND of
    # Vĩnh Phúc, 2021)
    ("Số: 08/CT-CTUBND | Vĩnh Phúc, ngày 21 tháng 5 năm 2021 |\nTình hình dịch bệnh trên thế giới và trong nước "
     "hiện nay vẫn có những diễn biến phức tạp.\n", "UBND tỉnh Vĩnh Phúc", "Tỉnh Vĩnh Phúc"),
    # no date line: the sentence that says who issues the plan, broken by a PDF's text layer inside
    # its words (seed 004 of Quảng Bình, 2024, printed to PDF)
    ("KẾ HOẠCH\nThực hiện công tác dân vận chính quyền năm 2024\nCăn cứ Quyết định số 3140/QĐ-UBND ngày "
     "13/10/2020 của Ủy ban nhân dân tỉnh về Quy định tiêu chí trên địa bàn tỉnh Quảng Bình; Ủy ban nhân\ndân tỉnh "
     "ban\nhành Kế hoạch triển khai thực hiện công tác dân vận như sau:\n", "UBND tỉnh Quảng Bình", "Tỉnh Quảng Bình"),
])
def test_a_letterhead_flattened_by_a_web_copy(lines, issuer, province):
    text = read_bytes(("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n" + lines).encode())
    doc = extract_text(text, "<web>").document
    assert (doc.issuer, doc.level, doc.locality.province) == (issuer, "province", province)


def test_a_cong_van_s_letterhead_ends_where_its_text_begins():
    # CV 454/UBND-NCTH of Hậu Giang (2011): no type heading, the signer's capitals further down
    doc = doc_of("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH HẬU GIANG Độc Lập - Tự Do - Hạnh Phúc\n\n"
                 "Số: 454/UBND-NCTH Vị Thanh, ngày 6 tháng 4 năm 2011\n\nV/v tiếp tục phối hợp tuyên truyền\n\n"
                 "Kính gửi:\n- Giám đốc Sở Văn hóa, Thể thao và Du lịch;\n\nỦy ban nhân dân tỉnh nhận được Công văn "
                 "số 847/UBND-VX1 ngày 22 tháng 3 năm 2011 của UBND tỉnh Quảng Ninh.\nNơi nhận:\n- Như trên;\n"
                 "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Thành Lập\n")
    assert (doc.doc_type, doc.issuer, doc.locality.province, doc.signer) == (
        "Công văn", "UBND tỉnh Hậu Giang", "Tỉnh Hậu Giang", "Trần Thành Lập")


def test_a_law_cited_with_a_slip_in_its_year_is_the_law_of_that_day():
    # QĐ 383/QĐ-UBND of Thừa Thiên Huế (2017) cites the 2006 law as of 2016; the date stays as cited
    refs = refs_of("Căn cứ Luật công nghệ thông tin ngày 29 tháng 6 năm 2016;\n"
                   "Căn cứ Luật Giao dịch điện tử ngày 29 tháng 11 năm 2005;\n"
                   "Căn cứ Luật Tiếp công dân ngày 25 tháng 12 năm 2013;\n")
    assert {label: r.issued_date for label, r in refs.items()} == {
        "67/2006/QH11": "2016-06-29", "51/2005/QH11": "2005-11-29", None: "2013-12-25"}


def test_a_law_named_with_its_number_is_the_law_of_that_number():
    # a 2026 plan citing the local government law of 2015 by name and number: not also the law of 2025
    refs = extract_text(read_bytes(
        "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 5/KH-UBND\nNghệ An, ngày 3 tháng 4 năm 2026\nKẾ HOẠCH\nX\nCăn cứ Luật "
        "Tổ chức chính quyền địa phương số 77/2015/QH13 ngày 19/6/2015; Luật Tổ chức Quốc hội số 99/2030/QH16;\n"
        .encode()), "<law>").references
    assert [(r.label, r.name, len(r.mentions)) for r in refs] == [
        ("77/2015/QH13", "Luật Tổ chức chính quyền địa phương", 2),
        ("99/2030/QH16", "Luật Tổ chức Quốc hội", 2)]      # a number the vocabulary does not know


def test_a_law_named_with_its_bodies_abbreviated():
    # QĐ 119/QĐ-UBND of Bắc Giang (2009) and 1209/QĐ-UBND of Hà Giang (2013)
    refs = refs_of("Căn cứ Luật Tổ chức HĐND và UBND ngày 26 tháng 11 năm 2003;")
    assert (refs["11/2003/QH11"].name, refs["11/2003/QH11"].issued_date) == (
        "Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân", "2003-11-26")


def test_a_code_is_a_bo_luat():
    # Sơn La's 254/QĐ-UBND (corpus 017): `Bộ Luật hình sự năm 2015` was no reference
    refs = refs_of("Căn cứ Bộ Luật hình sự năm 2015 (sửa đổi, bổ sung một số điều năm 2017); Bộ luật Lao động số "
                   "10/2012/QH13; Bộ luật Dân sự ngày 24 tháng 11 năm 2015; Bộ luật Tố tụng hình sự năm 2015;")
    assert {label: (r.name, r.doc_type) for label, r in refs.items()} == {
        "100/2015/QH13": ("Bộ luật Hình sự", "Bộ luật"), "10/2012/QH13": ("Bộ luật Lao động", "Bộ luật"),
        "91/2015/QH13": ("Bộ luật Dân sự", "Bộ luật"), "101/2015/QH13": ("Bộ luật Tố tụng hình sự", "Bộ luật")}


# the Quốc hội's terms: a law's number names the term that passed it
_TERMS = {"QH10": (1997, 2002), "QH11": (2002, 2007), "QH12": (2007, 2011), "QH13": (2011, 2016),
          "QH14": (2016, 2021), "QH15": (2021, 2026)}


def test_each_law_of_the_vocabulary_is_numbered_in_its_year_and_term_and_named_once_a_day():
    laws = vocabulary().laws
    for law in laws:
        if law.number:
            number, year, term = law.number.split("/")
            assert number.isdigit() and year == law.date[:4], law
            assert _TERMS[term][0] <= int(year) <= _TERMS[term][1], law
    assert len({(law.name, law.date) for law in laws}) == len(laws)
    assert len({law.number for law in laws if law.number}) == len([law for law in laws if law.number])


@pytest.mark.parametrize("cited, label", [
    # laws plans cite by name that the vocabulary lacked (were references without a number)
    ("Luật Thủ đô năm 2024", "39/2024/QH15"), ("Luật Du lịch năm 2017", "09/2017/QH14"),
    ("Luật Trồng trọt năm 2018", "31/2018/QH14"), ("Luật Tài nguyên nước năm 2023", "28/2023/QH15"),
    ("Luật Doanh nghiệp ngày 17 tháng 6 năm 2020", "59/2020/QH14"), ("Luật Viễn thông năm 2009", "41/2009/QH12"),
])
def test_a_law_of_the_economy_or_culture_cited_by_name(cited, label):
    assert list(refs_of(f"Căn cứ {cited};\n")) == [label]


def test_a_law_named_with_its_year_or_by_another_name_and_none_later_than_the_citing_document():
    # NQ 70/2014/NQ-HĐND of Sơn La (2014), and a 2024 plan citing the housing law of 2014
    sonla = extract_text(read_bytes(
        "HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 70/2014/NQ-HĐND | Sơn La, ngày 03 tháng 4 "
        "năm 2014 |\nNGHỊ QUYẾT\nVỀ CÁC BIỆN PHÁP PHÒNG, CHỐNG HIV/AIDS\nCăn cứ Luật ban hành văn bản Quy phạm "
        "pháp luật HĐND và UBND năm 2004; Luật phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc "
        "phải ở người (HIV/AIDS) ngày 29 tháng 6 năm 2006; Căn cứ Luật Ban hành văn bản quy phạm pháp luật;\n"
        .encode()), "<sonla>").references
    assert [(r.label, r.name) for r in sonla] == [
        ("31/2004/QH11", "Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân"),
        ("64/2006/QH11", "Luật Phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người "
                         "(HIV/AIDS)"),
        ("17/2008/QH12", "Luật Ban hành văn bản quy phạm pháp luật")]   # not the law of 2015 nor of 2025
    refs = refs_of("Ủy ban nhân dân\nTỈNH NGHỆ AN\nSố: 5/KH-UBND\nNghệ An, ngày 3 tháng 4 năm 2024\nKẾ HOẠCH\nX\n"
                   "Căn cứ Luật Nhà ở năm 2014;")
    assert list(refs) == ["65/2014/QH13"]       # not the law of 2023 in force


def test_an_issuer_named_before_the_reference():
    refs = refs_of("Thực hiện chỉ đạo của UBND tỉnh tại văn bản số 238/UBND-KGVX ngày 19/3/2018 về tổ chức "
                   "kỷ niệm; theo hướng dẫn của Bộ Nội vụ tại Công văn số 1234/BNV-CQĐP ngày 2/3/2020; chỉ đạo "
                   "của Thường trực Tỉnh ủy và của Ủy ban nhân\ndân tỉnh tại Thông báo số 55-TB/TU ngày 3/4/2020;")
    assert {label: r.issuer for label, r in refs.items()} == {
        "238/UBND-KGVX": "UBND tỉnh", "1234/BNV-CQĐP": "Bộ Nội vụ",
        "55-TB/TU": None}       # a Tỉnh ủy's notice: the nearest body named is not its issuer
    # QĐ 55/2007/CT-UBND of Ninh Thuận: a parenthesis between the body and `tại`
    refs = refs_of("Theo đề nghị của Sở Kế hoạch và Đầu tư (Thường trực Ban Vì sự tiến bộ phụ nữ tỉnh) tại "
                   "Tờ trình số 126/SKHĐT ngày 23/01/2007,")
    assert refs["126/SKHĐT"].issuer == "Sở Kế hoạch và Đầu tư"
    # the body as the sentence's subject: Tuyên Quang (2024), Thủy Nguyên's report of 2019
    # (the same report printed to PDF breaks the line inside the body's name: `Ủy ban nhân\ndân huyện`)
    refs = refs_of("Ngày 24-10, UBND tỉnh có văn bản số 4912/UBND-NC về việc thực hiện Chỉ thị của Thủ tướng "
                   "Chính phủ. Ngày 13/5/2011, Ủy ban nhân\ndân huyện ban hành Kế hoạch số 42/KH-UBND về thực hiện "
                   "cải cách hành chính năm 2011.")
    assert {label: (r.issuer, r.issued_date) for label, r in refs.items()} == {
        "4912/UBND-NC": ("UBND tỉnh", None), "42/KH-UBND": ("UBND huyện", "2011-05-13")}
    # two central bodies as the subject, the number broken after its hyphen (a Party bulletin's PDF, 2025)
    refs = refs_of("Ngày 22/8/2025, Bộ  Chính  trị, Ban  Bí  thư  ban  hành Kết  luận  số  185-\n"
                   "                  KL/TW về tăng cường lãnh đạo, chỉ đạo công tác tổ chức đại hội đảng bộ các cấp.")
    assert (refs["185-KL/TW"].issuer, refs["185-KL/TW"].issued_date) == ("Bộ Chính trị và Ban Bí thư", "2025-08-22")
    # after words of time: Hà Nội's 167/KH-UBND (2018)
    refs = refs_of("Thực hiện Kế hoạch phát triển kinh tế - xã hội năm\n2018, ngay từ đầu năm UBND Thành phố đã ban "
                   "hành Chương trình hành động số\n34/CTr-UBND ngày 28/01/2018 với 188 nhiệm vụ cụ thể;")
    assert refs["34/CTr-UBND"].issuer == "UBND thành phố"
    # a date without its comma: Long Phụng's plan of 2025
    refs = refs_of("Ngày 18 tháng 7 năm 2025 Uỷ ban nhân dân xã Long Phụng đã ban hành Quyết định số 119/QĐ-UBND về "
                   "cải cách hành chính Nhà nước năm 2025 trên địa bàn xã\n")
    assert (refs["119/QĐ-UBND"].issuer, refs["119/QĐ-UBND"].issued_date) == ("UBND xã Long Phụng", "2025-07-18")


def test_a_pdf_text_layer_breaking_a_year_or_an_issuers_stop_word():
    # KH 135/KH-UBND of Sóc Trăng (2022), as its PDF's text layer gives it
    refs = refs_of("Căn cứ Quyết định số\n24/2021/QĐ-TTg ngày 16/7/20 21 của Thủ tướng Chính phủ quy định quy "
                   "trình rà\nsoát hộ nghèo;\nCăn cứ Thông tư số\n07/2021/TT-BLĐTBXH ngày 18/7/2021 của Bộ Lao động "
                   "- Thương binh và Xã hội hướng\ndẫn phương pháp rà soát;\nCăn cứ Thông tư số\n02/2022/TT-BLĐTBXH "
                   "ngày 30/3/2022 của Bộ Lao động - Thương binh và Xã hội sửa đổi,\nbổ sung một số nội dung của "
                   "Thông tư số 07/2021/TT-BLĐTBXH ngày 18/7/2021;\n")
    assert refs["24/2021/QĐ-TTg"].issued_date == "2021-07-16"
    assert refs["07/2021/TT-BLĐTBXH"].issuer == "Bộ Lao động - Thương binh và Xã hội"
    assert [(x.relation, x.label) for x in refs["02/2022/TT-BLĐTBXH"].related] == [("amends", "07/2021/TT-BLĐTBXH")]


@pytest.mark.parametrize("verb, relation", [("bãi bỏ", "repeals"), ("thay thế", "replaces"), ("sửa đổi, bổ sung", "amends")])
def test_what_a_cited_decision_does_to_another(verb, relation):
    # (`thay thế` was no subject's verb: the replaced decision was a ground of the plan of its own)
    refs = refs_of("Căn cứ Quyết định số 13/2024/QĐ-UBND ngày 1/3/2024 của UBND tỉnh Bình Phước "
                   f"{verb} Quyết định số 6/2019/QĐ-UBND ngày 1/2/2019 của UBND tỉnh Bình Phước;\n")
    assert [(x.relation, x.label) for x in refs["13/2024/QĐ-UBND"].related] == [(relation, "6/2019/QĐ-UBND")]
    assert (refs["13/2024/QĐ-UBND"].issuer, refs["6/2019/QĐ-UBND"].relation) == ("UBND tỉnh Bình Phước", "cites")


def test_an_amending_law_is_not_the_law_it_amends():
    # QĐ 547/QĐ-UBND of Kon Tum (2024); the third law is not in data/vocab/laws.toml
    refs = refs_of("Căn cứ Luật Xây dựng ngày 18\ntháng 6 năm 2014; Luật sửa đổi bổ sung một số điều của Luật Xây "
                   "dựng ngày 17\ntháng 6 năm 2020;\nCăn cứ Luật sửa đổi, bổ sung\nmột số điều của 37 luật có liên "
                   "quan đến quy hoạch ngày 20 tháng 11 năm 2018;\nCăn cứ Luật sửa đổi, bổ sung một số điều của Luật "
                   "Bảo hiểm y tế ngày 13 tháng 6 năm 2014;\n")
    assert {label: r.name for label, r in refs.items() if label} == {
        "50/2014/QH13": "Luật Xây dựng", "62/2020/QH14": "Luật sửa đổi, bổ sung một số điều của Luật Xây dựng",
        "35/2018/QH14": "Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch"}
    assert refs[None].name == "Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế"
    assert refs[None].issued_date == "2014-06-13"


def test_a_law_the_vocabulary_does_not_know_is_named_with_its_date():
    # laws passed after data/vocab/laws.toml was written, cited as every law is: by name and date
    text = ("Căn cứ Luật Chuyển đổi số ngày 11 tháng 12 năm 2025; Luật Trí tuệ nhân tạo năm 2025;\n"
            "Căn cứ Luật Quy hoạch đô thị ngày 17 tháng 6 năm 2009;\n"      # longer than the known `Luật Quy hoạch`
            # the day it passed, not a citation
            "Luật Địa chất và khoáng sản được Quốc hội thông qua ngày 29/11/2024 có hiệu lực.\n"
            "Quán triệt Luật Bảo vệ bí mật nhà nước, Luật An ninh mạng, Chỉ thị số 32/CT-TTg ngày 21/10/2025 của "
            "Thủ tướng Chính phủ.\n")
    refs = extract_text(read_bytes(text.encode()), "<laws>").references
    assert [(r.label, r.name, r.issued_date, r.year, r.issuer) for r in refs] == [
        (None, "Luật Chuyển đổi số", "2025-12-11", 2025, "Quốc hội"),
        (None, "Luật Trí tuệ nhân tạo", None, 2025, "Quốc hội"),
        (None, "Luật Quy hoạch đô thị", "2009-06-17", 2009, "Quốc hội"),
        ("29/2018/QH14", "Luật Bảo vệ bí mật nhà nước", None, 2018, "Quốc hội"),
        ("24/2018/QH14", "Luật An ninh mạng", None, 2018, "Quốc hội"),       # not swallowed by the next item
        ("32/CT-TTg", None, "2025-10-21", 2025, "Thủ tướng Chính phủ")]


@pytest.mark.parametrize("sentence, label, issuer", [
    # a Party committee's plan (2025) that `đề ra` (sets out) its targets: the verb is no part of the body
    ("Tại Kế hoạch hành động số 65- KH/ĐU ngày 09/05/2025 của Đảng ủy Vietcombank Sở giao dịch đề ra kế hoạch "
     "kinh doanh năm 2025.", "65-KH/ĐU", "Đảng ủy Vietcombank Sở giao dịch"),
    ("Chỉ thị số 05/CT-UBND ngày 10/3/2024 của UBND tỉnh nêu rõ trách nhiệm của người đứng đầu.", "05/CT-UBND",
     "UBND tỉnh"),
])
def test_a_verb_after_the_issuer_ends_it(sentence, label, issuer):
    assert refs_of(sentence)[label].issuer == issuer


def test_a_body_cited_in_lower_case_is_named_with_its_capital():
    # a Hà Nội primary school's notice (2024): `của trường Tiểu học Xuân Phương`, as its letterhead names it
    refs = refs_of("Căn cứ Kế hoạch số 155/KH-THXP ngày 23/08/2024 của trường Tiểu học Xuân Phương về tuyển dụng "
                   "lao động hợp đồng;")
    assert refs["155/KH-THXP"].issuer == "Trường Tiểu học Xuân Phương"


def test_one_local_number_of_two_bodies_is_two_references():
    # a local number is unique per body and year: the province's and the district's 12/KH-UBND
    text = read_bytes("Thực hiện Kế hoạch số 12/KH-UBND ngày 10/01/2024 của UBND tỉnh Bình Phước về dân vận; Kế hoạch "
                      "số 12/KH-UBND ngày 20/01/2024 của UBND huyện Hớn Quản về dân vận; Kế hoạch số 12/KH-UBND của "
                      "UBND huyện về dân vận.\n".encode())
    refs = extract_text(text, "<two>").references
    assert [(r.label, r.issuer, r.issued_date, len(r.mentions)) for r in refs] == [
        ("12/KH-UBND", "UBND tỉnh Bình Phước", "2024-01-10", 1),
        ("12/KH-UBND", "UBND huyện Hớn Quản", "2024-01-20", 2)]     # `UBND huyện`: the same, less fully named


def test_the_comma_of_phong_chong_inside_an_issuer():
    # QĐ 4168/QĐ-UBND of Thanh Hóa (2021)
    refs = refs_of("Căn cứ Quyết định số 09-QĐ/BCĐ ngày 31/8/2021 của Trưởng Ban Chỉ đạo phòng, chống dịch "
                   "Covid-19 tỉnh Thanh Hóa về thành lập Tiểu ban Thông tin - Tuyên truyền;")
    assert refs["09-QĐ/BCĐ"].issuer == "Trưởng Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh Thanh Hóa"
    assert refs["09-QĐ/BCĐ"].subject == "thành lập Tiểu ban Thông tin - Tuyên truyền"
    refs = refs_of("Căn cứ Kế hoạch số 5/KH-SVHTTDL ngày 07/3/2024 của Sở Văn hóa, Thể thao và Du lịch về "
                   "tổ chức lễ hội;")     # no place known: the department stays unplaced
    assert (refs["5/KH-SVHTTDL"].issuer, refs["5/KH-SVHTTDL"].subject) == (
        "Sở Văn hóa, Thể thao và Du lịch", "tổ chức lễ hội")


@pytest.mark.parametrize("session", ["khóa XVIII, kỳ họp thứ 15", "(kỳ họp chuyên đề)",
                                     "khóa XVIII kỳ họp thứ mười lăm"])
def test_a_council_s_term_and_session_do_not_hide_the_subject(session):
    refs = refs_of(f"Căn cứ Nghị quyết số 01/2024/NQ-HĐND ngày 3/4/2024 của HĐND tỉnh {session} về phát triển "
                   "nhà ở;")
    assert (refs["01/2024/NQ-HĐND"].issuer, refs["01/2024/NQ-HĐND"].subject) == ("HĐND tỉnh", "phát triển nhà ở")


def test_a_heading_on_one_line_with_its_title():
    # a web page's copy of Vĩnh Phúc's 2019 plan, without letterhead
    doc = doc_of("KẾ HOẠCH TỔ CHỨC KỶ NIỆM 90 NĂM NGÀY THÀNH LẬP ĐẢNG CỘNG SẢN VIỆT NAM (3/2/1930 – 3/2/2020)\n\n"
                 "Căn cứ Kế hoạch số 103/KH-UBND, ngày 18/6/2019 của UBND tỉnh về việc tổ chức các hoạt động kỷ "
                 "niệm 90 năm ngày thành lập Đảng Cộng sản Việt Nam và 70 năm ngày thành lập tỉnh Vĩnh Phúc;\n")
    assert doc.doc_type == "Kế hoạch"
    assert doc.title == "TỔ CHỨC KỶ NIỆM 90 NĂM NGÀY THÀNH LẬP ĐẢNG CỘNG SẢN VIỆT NAM (3/2/1930 - 3/2/2020)"


def test_a_heading_whose_paragraph_goes_on_with_a_title_in_lower_case():
    # a Word paragraph `KẾ HOẠCH` + line break + `thực hiện …` comes out of the DOCX as one line
    doc = doc_of("TỈNH ỦY BÌNH PHƯỚC\nSố 45-KH/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nĐồng Xoài, ngày 01 tháng 02 năm 2022\n"
                 "KẾ HOẠCH thực hiện Chỉ thị số 05-CT/TW\nThực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính "
                 "trị, Ban Thường vụ Tỉnh ủy xây dựng kế hoạch như sau:\n")
    assert (doc.doc_type, doc.title) == ("Kế hoạch", "thực hiện Chỉ thị số 05-CT/TW")


def test_a_report_s_table_names_each_plan_s_issuer_in_the_cell_before_it():
    # Phú Giáo's 88/BC-UBND (2022, a converter's Markdown): the communes' plans under `Đơn vị | Văn bản |
    # Ngày ban hành` (they had no issuer, so no place)
    _, refs = extraction_of(
        "| ỦY BAN NHÂN DÂN **HUYỆN PHÚ GIÁO** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |\n|---|---|\n| Số: 88/BC-UBND "
        "| *Phú Giáo, ngày 10 tháng 10 năm 2022* |\n\n**BÁO CÁO**\n\n**Tình hình thực hiện Chỉ thị số 05-CT/TW**\n\n"
        "Các xã, thị trấn đã ban hành kế hoạch thực hiện, cụ thể:\n\n| STT | Đơn vị | Văn bản | Ngày ban hành |\n"
        "|---|---|---|---|\n| 1 | UBND thị trấn Phước Vĩnh | Kế hoạch số 45/KH-UBND | 20/6/2022 |\n"
        "| 2 | UBND xã An Bình | Kế hoạch số 30/KH-UBND | 22/6/2022 |\n", ".md")
    assert [(label, r.issuer, r.issued_date, r.locality.commune) for label, r in refs.items() if "KH" in label] == [
        ("45/KH-UBND", "UBND thị trấn Phước Vĩnh", "2022-06-20", "Thị trấn Phước Vĩnh"),
        ("30/KH-UBND", "UBND xã An Bình", "2022-06-22", "Xã An Bình")]


def test_a_heading_whose_line_goes_on_with_what_the_title_is_about():
    # Định Quán's 245/KH-UBND (2023): `KẾ HOẠCH V/v …` on one line (was no title)
    doc = doc_of("ỦY BAN NHÂN DÂN\nHUYỆN ĐỊNH QUÁN\nSố: 245 /KH-UBND\nĐịnh Quán, ngày 15 tháng 5 năm 2023\n\nKẾ HOẠCH V/v "
                 "triển khai thực hiện Kế hoạch số 118 /KH-UBND ngày 05/4/2023 của UBND tỉnh Đồng Nai\n\nThực hiện Kế "
                 "hoạch số 118 /KH-UBND ngày 05/4/2023 của UBND tỉnh Đồng Nai, UBND huyện ban hành kế hoạch như sau:\n")
    assert (doc.label, doc.doc_type, doc.title) == (
        "245/KH-UBND", "Kế hoạch", "triển khai thực hiện Kế hoạch số 118 /KH-UBND ngày 05/4/2023 của UBND tỉnh Đồng Nai")


@pytest.mark.parametrize("title", ["v/v thực hiện công tác dân vận năm 2024", "V/v: thực hiện công tác dân vận năm 2024",
                                   # seed 000's title ends with a stop (kept in the title)
                                   "thực hiện công tác dân vận năm 2024."])
def test_a_title_s_about_mark_in_either_case_and_its_stop_are_no_part_of_it(title):
    doc = doc_of("ỦY BAN NHÂN DÂN\nXÃ MINH TÂM\nSố: 5/KH-UBND\nMinh Tâm, ngày 03 tháng 4 năm 2024\n\nKẾ HOẠCH\n"
                 f"{title}\n\nThực hiện Kế hoạch số 1/KH-UBND ngày 1/3/2024 của UBND huyện về dân vận.\n")
    assert doc.title == "thực hiện công tác dân vận năm 2024"


@pytest.mark.parametrize("heading, doc_type, title", [
    # Chương trình hành động of UBND tỉnh carrying out a resolution: `HÀNH ĐỘNG` is the kind of programme
    ("CHƯƠNG TRÌNH HÀNH ĐỘNG\nThực hiện Nghị quyết số 29-NQ/TW", "Chương trình", "Thực hiện Nghị quyết số 29-NQ/TW"),
    ("KẾ HOẠCH HÀNH ĐỘNG\nthực hiện Chỉ thị số 33/CT-TTg", "Kế hoạch", "thực hiện Chỉ thị số 33/CT-TTg"),
    ("NGHỊ QUYẾT LIÊN TỊCH\nVề phối hợp công tác", "Nghị quyết liên tịch", "Về phối hợp công tác"),
    # … on the type's line only: on the next they open the title (Đắk Lắk's joint rules of 2017)
    ("QUY CHẾ\nPHỐI\nHỢP CÔNG TÁC GIỮA ỦY BAN NHÂN DÂN TỈNH VÀ ỦY BAN MẶT TRẬN", "Quy chế",
     "PHỐI HỢP CÔNG TÁC GIỮA ỦY BAN NHÂN DÂN TỈNH VÀ ỦY BAN MẶT TRẬN"),
    # an appeal of the Front (was a `Công văn`, its heading the title)
    ("LỜI KÊU GỌI\nỦng hộ đồng bào bị thiệt hại do bão số 3", "Lời kêu gọi", "Ủng hộ đồng bào bị thiệt hại do bão số 3"),
    # (the title was `PHỐI HỢP`, its line lost)
    ("CHƯƠNG TRÌNH PHỐI HỢP\nTuyên truyền công tác dân vận năm 2024", "Chương trình",
     "Tuyên truyền công tác dân vận năm 2024"),
    ("CHƯƠNG TRÌNH HÀNH ĐỘNG THỰC HIỆN NGHỊ QUYẾT SỐ 29-NQ/TW", "Chương trình", "THỰC HIỆN NGHỊ QUYẾT SỐ 29-NQ/TW"),
    # … or alone on the next line (the title was `LIÊN TỊCH`)
    ("KẾ HOẠCH\nLIÊN TỊCH\nVề công tác dân vận năm 2024", "Kế hoạch", "Về công tác dân vận năm 2024"),
    # a contest's rules and a charter (were `Công văn`s, their heading the title)
    ("THỂ LỆ\nCuộc thi tìm hiểu pháp luật năm 2024", "Thể lệ", "Cuộc thi tìm hiểu pháp luật năm 2024"),
    ("ĐIỀU LỆ\nHội Khuyến học tỉnh", "Điều lệ", "Hội Khuyến học tỉnh"),
    # its letters spaced out, as typed or as a PDF's text layer spells letters drawn far apart
    ("K Ế H O Ạ C H\nthực hiện Chỉ thị số 33/CT-TTg", "Kế hoạch", "thực hiện Chỉ thị số 33/CT-TTg"),
    ("Q U Y Ế T  Đ Ị N H\nVề việc kiện toàn Ban Chỉ đạo", "Quyết định", "Về việc kiện toàn Ban Chỉ đạo"),
])
def test_the_kind_of_a_type_in_its_heading_is_not_the_title(heading, doc_type, title):
    doc = doc_of(f"ỦY BAN NHÂN DÂN\nTỈNH BÌNH PHƯỚC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/CTr-UBND\nĐồng Xoài, "
                 f"ngày 20 tháng 3 năm 2024\n\n{heading}\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n")
    assert (doc.doc_type, doc.title) == (doc_type, title)


def test_an_attached_regulation_and_the_decision_it_comes_with():
    # Quy chế làm việc of UBND xã Xuân Phú (2021), its lines wrapped by a web page's table
    text = ("ỦY BAN NHÂN DÂN\nXÃ XUÂN PHÚ\n|\n|\nCỘNG HOÀ XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập -\nTự do - Hạnh phúc\n|\n"
            "QUY CHẾ LÀM\nVIỆC\nCỦA ỦY\nBAN NHÂN DÂN XÃ XUÂN PHÚ NHIỆM KỲ 2021 -2026\n(Ban hành\nkèm theo Quyết định "
            "số: 59/QĐ-UBND\nNgày 22 tháng\n7 năm 2021 của Ủy ban nhân dân xã Xuân\nPhú)\nChương I\nNHỮNG QUY ĐỊNH\n"
            "CHUNG\nĐiều 1. Phạm vi,\nđối tượng điều chỉnh\n")
    doc = doc_of(text)
    assert (doc.doc_type, doc.issuer, doc.level) == ("Quy chế", "UBND xã Xuân Phú", "commune")
    assert doc.title == "LÀM VIỆC CỦA ỦY BAN NHÂN DÂN XÃ XUÂN PHÚ NHIỆM KỲ 2021 -2026"
    decision = refs_of(text)["59/QĐ-UBND"]
    # the issuer ends at the parenthesis; which of the many xã Xuân Phú the text does not say
    assert (decision.issued_date, decision.issuer, decision.level) == ("2021-07-22", "UBND xã Xuân Phú", "commune")


def test_the_title_ends_at_the_authority_s_line():
    # NQ 21/2022/NQ-HĐND of Bình Định, as a web copy gives its header
    doc = doc_of("HỘI\nĐỒNG NHÂN DÂN\nTỈNH BÌNH ĐỊNH\n-------\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự "
                 "do - Hạnh phúc\n---------------\n|\nSố:\n21/2022/NQ-HĐND\n|\nBình\nĐịnh, ngày 07 tháng 9 năm 2022\n"
                 "|\nNGHỊ QUYẾT\nBAN HÀNH QUY ĐỊNH CƠ CHẾ HUY ĐỘNG NGUỒN LỰC\nHỘI ĐỒNG NHÂN DÂN TỈNH BÌNH ĐỊNH\n"
                 "KHÓA XIII KỲ HỌP THỨ 7 (KỲ HỌP CHUYÊN ĐỀ)\nCăn cứ Luật Tổ chức chính quyền địa\nphương ngày 19 "
                 "tháng 6 năm 2015;\n")
    assert (doc.title, doc.issuer) == ("BAN HÀNH QUY ĐỊNH CƠ CHẾ HUY ĐỘNG NGUỒN LỰC", "HĐND tỉnh Bình Định")


def test_without_its_type_heading_the_title_is_the_capitals_under_the_date_and_not_the_enacting_clause():
    # Quyết định 1589/QĐ-TTg (2025) as a web copy gives it: the heading `QUYẾT ĐỊNH` above the title
    # was dropped; `QUYẾT ĐỊNH:` after the preamble opens the articles
    doc = doc_of("THỦ TƯỚNG CHÍNH\nPHỦ |\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM |\nSố: 1589/QĐ-TTg |\nHà Nội, ngày 24 "
                 "tháng 7 năm 2025 |\nBAN HÀNH KẾ HOẠCH TRIỂN KHAI THI HÀNH LUẬT TỔ CHỨC CHÍNH QUYỀN ĐỊA PHƯƠNG SỐ "
                 "72/2025/QH15\nTHỦ TƯỚNG CHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\n"
                 "Theo đề nghị của Bộ trưởng Bộ Nội vụ.\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế "
                 "hoạch triển khai thi hành Luật Tổ chức chính quyền địa phương số 72/2025/QH15.\n")
    assert (doc.doc_type, doc.label, doc.issuer) == ("Quyết định", "1589/QĐ-TTg", "Thủ tướng Chính phủ")
    assert doc.title == "BAN HÀNH KẾ HOẠCH TRIỂN KHAI THI HÀNH LUẬT TỔ CHỨC CHÍNH QUYỀN ĐỊA PHƯƠNG SỐ 72/2025/QH15"


def test_the_enacting_clause_is_no_heading_where_the_copy_lost_the_grounds_above_it():
    # Quảng Trị's 41/2019/QĐ-UBND as a web page garbles it: the grounds' first words cut off, so no
    # `Căn cứ` says where the preamble is; `QUYẾT ĐỊNH:` above the articles was taken for the heading
    doc = doc_of("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 41/2019/QĐ-UBND | Quảng Trị, ngày 22 "
                 "tháng 10 năm 2019 |\nBAN HÀNH QUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ\nỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\n"
                 "ính quyền địa phương ngày 19 tháng 6 năm 2015;\nố 09/2019/NĐ-CP ngày 24 tháng 01 năm 2019 của Chính "
                 "phủ quy định về chế độ báo cáo;\nQUYẾT ĐỊNH:\nĐiều 2. Quyết định này có hiệu lực kể từ ngày 05/11/2019.\n")
    assert (doc.doc_type, doc.title) == ("Quyết định", "BAN HÀNH QUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ")


def test_marks_without_a_word_are_no_title():
    # a draft's placeholder under the heading
    assert doc_of("UBND XÃ MINH TÂM\nSố: 5/KH-UBND\nKẾ HOẠCH\n(...)\nThực hiện Chỉ thị số 33/CT-TTg;\n").title is None


def test_a_wrapped_preamble_line_does_not_continue_a_title_in_capitals():
    # Lạng Sơn's 07/KH-UBND (2020) as a web copy wraps it: `Thực hiện Chỉ` ends the first line
    text = ("ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n|\nSố: 07/KH-UBND\n|\n"
            "Lạng Sơn, ngày 13\ntháng 01 năm 2020\n|\nKẾ HOẠCH\nTRIỂN KHAI CÁC GIẢI PHÁP PHÒNG, CHỐNG HẠN\nHÁN, THIẾU "
            "NƯỚC PHỤC VỤ SẢN XUẤT NÔNG NGHIỆP VÀ DÂN SINH MÙA KHÔ NĂM 2019 -\n2020\nThực hiện Chỉ\nthị số "
            "8008/CT-TCTL ngày 25/10/2019 của Bộ trưởng Bộ Nông nghiệp và Phát triển\nnông thôn về việc tăng cường "
            "thực hiện các giải pháp thủy lợi phòng, chống hạn\nhán, thiếu nước phục vụ sản xuất nông nghiệp và dân "
            "sinh, mùa khô năm 2019 -\n2020. Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thực hiện như sau:\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n")
    assert doc_of(text).title == ("TRIỂN KHAI CÁC GIẢI PHÁP PHÒNG, CHỐNG HẠN HÁN, THIẾU NƯỚC PHỤC VỤ SẢN XUẤT NÔNG "
                                  "NGHIỆP VÀ DÂN SINH MÙA KHÔ NĂM 2019 - 2020")
    ref = refs_of(text)["8008/CT-TCTL"]
    assert (ref.relation, ref.subject) == ("implements", "tăng cường thực hiện các giải pháp thủy lợi phòng, chống "
                                           "hạn hán, thiếu nước phục vụ sản xuất nông nghiệp và dân sinh, mùa khô "
                                           "năm 2019 - 2020")


@pytest.mark.parametrize("section", ["PHẦN I. KẾT QUẢ THỰC HIỆN CHUYỂN ĐỔI SỐ NĂM 2022", "Phần thứ nhất",
                                     "CHƯƠNG I\nQUY ĐỊNH CHUNG", "MỤC 1. ĐÁNH GIÁ KẾT QUẢ"])
def test_a_part_or_chapter_heading_under_the_title_is_not_the_title(section):
    # Hải Dương's 1914/KH-UBND (2023): `PHẦN I. KẾT QUẢ …` in capitals right under the title
    text = ("ỦY BAN NHÂN DÂN\nTỈNH HẢI DƯƠNG\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n|\n"
            "Số: 1914/KH-UBND\n|\nHải Dương, ngày\n05 tháng 6 năm 2023\n|\nKẾ HOẠCH\n"
            f"CHUYỂN ĐỔI SỐ TỈNH HẢI DƯƠNG NĂM 2023\n{section}\nI. KẾT QUẢ ĐẠT ĐƯỢC\n")
    assert doc_of(text).title == "CHUYỂN ĐỔI SỐ TỈNH HẢI DƯƠNG NĂM 2023"


def test_the_letterhead_ends_at_the_number_line():
    # Quảng Trị's 41/2019/QĐ-UBND as a web copy flattens it: the body alone beside the motto, no type
    # heading, then the title and the authority's line in capitals under the number
    text = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
            "Số: 41/2019/QĐ-UBND | Quảng Trị, ngày 22 tháng 10 năm 2019 |\n"
            "BAN HÀNH QUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ PHỤC VỤ MỤC TIÊU QUẢN LÝ TRÊN ĐỊA BÀN TỈNH QUẢNG TRỊ\n"
            "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\n"
            "Căn cứ Nghị định số 09/2019/NĐ-CP ngày 24 tháng 01 năm 2019 của Chính phủ quy định về chế độ báo cáo;\n"
            "QUYẾT ĐỊNH:\n(Ban hành kèm theo Quyết định số 41/2019/QĐ-UBND ngày 22 tháng 10 năm 2019 của Ủy ban "
            "nhân dân tỉnh Quảng Trị)\n")
    result = extract_text(read_bytes(text.encode()), "<qt>")
    doc = result.document
    assert (doc.issuer, doc.locality.province) == ("UBND tỉnh Quảng Trị", "Tỉnh Quảng Trị")
    assert [r.label for r in result.references] == ["09/2019/NĐ-CP"]      # its own number is no reference


def test_a_paragraph_is_a_line_only_in_a_text_of_long_lines():
    # Word's text or a converter's Markdown: one paragraph a line, and one left without its stop
    item = ("Căn cứ Kế hoạch số 12/KH-UBND ngày 01/3/2024 của UBND huyện về công tác dân vận năm 2024 trên địa bàn "
            "huyện, với các nội dung trọng tâm về dân vận chính quyền, về tiếp công dân, đối thoại với Nhân dân và "
            "thực hiện dân chủ ở cơ sở")
    following = ("Tổ chức rà soát, xây dựng kế hoạch đào tạo, bồi dưỡng chuẩn hóa đội ngũ cán bộ, công chức, viên chức "
                 "thuộc thẩm quyền quản lý gắn với vị trí việc làm và yêu cầu nhiệm vụ trong tình hình mới, bảo đảm "
                 "đúng tiến độ đề ra.")
    subject = refs_of(f"{item}\n\n{following}\n")["12/KH-UBND"].subject
    assert subject.endswith("dân chủ ở cơ sở")
    # a PDF's text layer, its lines broken at the page's width: a capital after a break goes on
    wrapped = "Căn cứ Kế hoạch số 12/KH-UBND ngày 01/3/2024 của UBND huyện về công tác dân vận của\nỦy ban nhân dân các cấp.\n"
    assert refs_of(wrapped)["12/KH-UBND"].subject == "công tác dân vận của Ủy ban nhân dân các cấp"


@pytest.mark.parametrize("motto", ["CỘNGHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CÔNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"])
def test_a_motto_glued_or_misread_is_no_commune(motto):
    # a web copy's flattened table with the motto's words glued (`CỘNGHÒA`, Lạng Sơn's 54/KH-UBND, 2020),
    # or a scan's `CÔNG`: `XÃ HỘI CHỦ NGHĨA` beside the letterhead is no commune
    doc = doc_of(f"ỦY BAN NHÂN DÂN   {motto}\nTỈNH LẠNG SƠN\nSố: 54/KH-UBND   Lạng Sơn, ngày 27 tháng 3 năm 2020\n"
                 "KẾ HOẠCH\nHành động\n")
    assert (doc.issuer, doc.level) == ("UBND tỉnh Lạng Sơn", "province")


def test_a_regulation_issued_with_a_decision_is_of_the_decision_s_day():
    # Xuân Phú's working rules (2021): no date line of their own, only the decision they come with
    doc = doc_of("ỦY BAN NHÂN DÂN\nXÃ XUÂN PHÚ\n|\nCỘNG HOÀ XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n|\nQUY CHẾ LÀM\nVIỆC\nCỦA ỦY\n"
                 "BAN NHÂN DÂN XÃ XUÂN PHÚ NHIỆM KỲ 2021 -2026\n(Ban hành\nkèm theo Quyết định số: 59/QĐ-UBND\nNgày 22 "
                 "tháng\n7 năm 2021 của Ủy ban nhân dân xã Xuân\nPhú)\nChương I\nNHỮNG QUY ĐỊNH CHUNG\n")
    assert (doc.doc_type, doc.issued_date, doc.year) == ("Quy chế", "2021-07-22", 2021)


def test_a_header_run_into_one_line_with_the_preamble():
    # Bộ LĐ-TB&XH's 23/2007/QĐ-BLĐTBXH as a PDF's text layer gives it: letterhead, motto, number, title
    # and grounds on one line; the first ground is still a ground, not a part of the own number's clause
    text = read_bytes("1. BỘ LAO ĐỘNG – THƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM BINH VÀ XÃ HỘI Độc lập – Tự do – "
                      "Hạnh phúc ******* Số: 23/2007/QĐ-BLĐTBXH Hà Nội, ngày 05 tháng 10 năm 2007 QUYẾT ĐỊNH BAN HÀNH "
                      "HỆ THỐNG CHỈ TIÊU THEO DÕI BỘ TRƯỞNG BỘ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI Căn cứ Nghị định số "
                      "29/2003/NĐ-CP ngày 31 tháng 3 năm 2003 của Chính phủ quy định chức năng của Bộ; Căn cứ Quyết định "
                      "số 42/2002/QĐ-TTg ngày 19 tháng 3 năm 2002 của Thủ tướng Chính phủ về quản lý.".encode())
    result = extract_text(text, "<one line>")
    assert (result.document.label, result.document.issuer) == ("23/2007/QĐ-BLĐTBXH", "Bộ Lao động - Thương binh và Xã hội")
    assert {r.label: r.relation for r in result.references} == {"29/2003/NĐ-CP": "based_on", "42/2002/QĐ-TTg": "based_on"}


def test_a_letterhead_that_lost_its_first_letter():
    # Kon Tum's 2516/KH-UBND (2014) as a web copy gives it: `Y BAN NHÂN DÂN`, words glued together
    text = ("Y BAN NHÂN DÂN\nTỈNH KON TUM\n\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 2516/KH-UBND\n\n"
            "Kon Tum, ngày 03 tháng 10 năm 2014\n\nKẾ HOẠCH\n\nTRIỂNKHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 34/2014/QĐ-TTG NGÀY "
            "30/5/2014 CỦA THỦ TƯỚNG CHÍNHPHỦ VỀ QUY ĐỊNH TIÊU CHUẨN XÃ, PHƯỜNG, THỊ TRẤN PHÙ HỢP VỚI TRẺ EM\n\n"
            "Căn cứ Quyết định số 34/2014/QĐ-TTg ngày 30/5/2014 của Thủ tướng Chính phủ về việc Quy định tiêu chuẩn "
            "xã, phường,thị trấn phù hợp với trẻ em;\n\nThực hiện Công văn số 2928/LĐTBXH-BVCSTE ngày 12/8/2014 của "
            "Bộ Lao động, Thương binh và Xã hội vềviệc triển khai Quyết định 34/2014/QĐ-TTg của Thủ tướng Chính phủ.\n")
    doc = doc_of(text)
    assert (doc.issuer, doc.level) == ("UBND tỉnh Kon Tum", "province")
    # the subject in the title's capitals gives way to the sentence's words
    assert refs_of(text)["34/2014/QĐ-TTg"].subject == "Quy định tiêu chuẩn xã, phường,thị trấn phù hợp với trẻ em"


@pytest.mark.parametrize("sentence, label, ministry", [
    # Lào Cai's 258/KH-UBND (2021)
    ("Thực hiện Kế hoạch số 2616/KH-BNN-TCLN ngày 07/5/2021 của\nBộ Nông nghiệp và PTNT, triển khai Quyết định số "
     "524/QĐ-TTg.", "2616/KH-BNN-TCLN", "Bộ Nông nghiệp và Phát triển nông thôn"),
    # Kon Tum's 2516/KH-UBND (2014)
    ("Thực hiện Công văn số 2928/LĐTBXH-BVCSTE ngày 12/8/2014 của Bộ Lao động, Thương binh và Xã hội vềviệc triển "
     "khai.", "2928/LĐTBXH-BVCSTE", "Bộ Lao động - Thương binh và Xã hội"),
    # Bộ Giáo dục và Đào tạo's 1611/KH-BGDĐT (2022): `và` left out; a ministry's case
    ("Thực hiện Kế hoạch số 1521/KH-BGDĐT ngày 27/10/2022 của Bộ Giáo dục Đào tạo (GDĐT) về việc triển khai.",
     "1521/KH-BGDĐT", "Bộ Giáo dục và Đào tạo"),
    ("Căn cứ Thông tư số 10/2022/TT-BYT ngày 22/10/2022 của Bộ Y Tế quy định.", "10/2022/TT-BYT", "Bộ Y tế"),
    # Đồng Nai's 3970/QĐ-UBND (2013): the ministries of a joint circular, which its symbol names
    ("Căn cứ Thông tư liên tịch số\n24/2012/TTLT-BLĐTBXH-BNV-BTC ngày 22/10/2012 của liên Bộ: Lao động - Thương\nbinh "
     "và Xã hội, Nội vụ, Tài chính quy định việc thành lập;", "24/2012/TTLT-BLĐTBXH-BNV-BTC",
     "Bộ Lao động - Thương binh và Xã hội, Bộ Nội vụ và Bộ Tài chính"),
    # the first ministry named, the others after a comma (the issuer ended there)
    ("Căn cứ Thông tư liên tịch số 01/2015/TTLT-BNV-BTC ngày 14/4/2015 của Bộ Nội vụ, Bộ Tài chính hướng dẫn "
     "chế độ;", "01/2015/TTLT-BNV-BTC", "Bộ Nội vụ và Bộ Tài chính"),
    ("Căn cứ Nghị quyết liên tịch số 01/2020/NQLT-BCA-BGDĐT ngày 10/2/2020 của Bộ Công an và Bộ Giáo dục và Đào "
     "tạo về phối hợp;", "01/2020/NQLT-BCA-BGDĐT", "Bộ Công an và Bộ Giáo dục và Đào tạo"),
    # the Front's central body in a joint act's symbol, the Front's and the unions' own symbols
    ("Căn cứ Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017 của Ủy ban Thường vụ "
     "Quốc hội, Chính phủ, Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam quy định chi tiết;",
     "403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN",
     "Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"),
    ("Thực hiện Công văn số 345/TLĐ ngày 3/3/2024 về công tác.", "345/TLĐ", "Tổng Liên đoàn Lao động Việt Nam"),
    # a ministry's Party organs are central
    ("Căn cứ Nghị quyết số 12-NQ/BCSĐ ngày 5/3/2024 của Ban cán sự Đảng Bộ Y tế về công tác;", "12-NQ/BCSĐ",
     "Ban cán sự đảng Bộ Y tế"),
    # Cao Bằng's 772/KH-UBND (2020): a plenum's resolution is the Central Committee's
    ("Căn cứ Nghị quyết số 19-NQ/TW ngày 25 tháng 10 năm 2017 của Hội nghị lần thứ sáu Ban Chấp\nhành Trung ương "
     "khóa XII về tiếp tục đổi mới;", "19-NQ/TW", "Ban Chấp hành Trung ương"),
])
def test_a_ministry_is_named_in_full_however_it_is_written(sentence, label, ministry):
    ref = refs_of(sentence)[label]
    assert (ref.issuer, ref.level) == (ministry, "central")


@pytest.mark.parametrize("sentence, label, issuer", [
    # seed 003 (Hành Thiện, 2025): `của Hội nghị Tỉnh ủy lần thứ 5, khóa XX`
    ("Căn cứ Nghị quyết số 04-NQ/TU ngày 18/10/2021 của Hội nghị Tỉnh ủy lần thứ 5, khóa XX về đẩy mạnh CCHC;",
     "04-NQ/TU", "Tỉnh ủy"),
    ("Căn cứ Nghị quyết số 04-NQ/TU ngày 18/10/2021 của Hội nghị lần thứ năm Tỉnh ủy Quảng Ngãi về đẩy mạnh CCHC;",
     "04-NQ/TU", "Tỉnh ủy Quảng Ngãi"),
    ("Căn cứ Kết luận số 15-KL/HU ngày 18/10/2021 của Hội nghị Ban Thường vụ Huyện ủy về đẩy mạnh CCHC;",
     "15-KL/HU", "Ban Thường vụ Huyện ủy"),
    # the plenum named without `của`, as the Centre's resolutions are often cited (no issuer, no subject)
    ("Căn cứ Nghị quyết số 18-NQ/TW ngày 25/10/2017 Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII "
     "về đẩy mạnh CCHC;", "18-NQ/TW", "Ban Chấp hành Trung ương"),
    ("Căn cứ Nghị quyết số 18-NQ/TW ngày 25/10/2017 Hội nghị Trung ương 6 khóa XII về đẩy mạnh CCHC;", "18-NQ/TW",
     "Ban Chấp hành Trung ương"),
    # … and a Central organ right before the subject
    ("Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 Bộ Chính trị về đẩy mạnh CCHC;", "57-NQ/TW", "Bộ Chính trị"),
])
def test_a_plenum_s_resolution_is_its_committee_s(sentence, label, issuer):
    assert (refs_of(sentence)[label].issuer, refs_of(sentence)[label].subject) == (issuer, "đẩy mạnh CCHC")


def test_an_organ_opening_the_next_clause_after_the_date_is_not_the_issuer():
    ref = refs_of("Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016, Bộ Chính trị đã yêu cầu các cấp ủy học tập.")["05-CT/TW"]
    assert ref.issuer is None


@pytest.mark.parametrize("sentence, label, doc_type", [
    ("Căn cứ Nghị quyết liên tịch số 01/2020/NQLT-BCA-BGDĐT ngày 10/2/2020 về phối hợp;", "01/2020/NQLT-BCA-BGDĐT",
     "Nghị quyết liên tịch"),
    # the joint kinds' codes are type codes: the label keeps their case (`CTRPH` was written)
    ("Căn cứ Chương trình phối hợp số 05/CTRPH-UBND-HND ngày 10/1/2024 về phối hợp;", "05/CTrPH-UBND-HND",
     "Chương trình"),
    ("Căn cứ Quy chế phối hợp số 01/QCPH-UBND-UBMTTQ ngày 10/1/2024 về phối hợp;", "01/QCPH-UBND-UBMTTQ", "Quy chế"),
    ("Căn cứ Kế hoạch liên tịch số 02/KHLT-UBND-HLHPN ngày 10/1/2024 về phối hợp;", "02/KHLT-UBND-HLHPN", "Kế hoạch"),
    # a joint guide and programme (were `Công văn`s)
    ("Căn cứ Hướng dẫn liên tịch số 01/HDLT-SNV-SLĐTBXH ngày 1/3/2024 về phối hợp;", "01/HDLT-SNV-SLĐTBXH", "Hướng dẫn"),
    ("Căn cứ Chương trình liên tịch số 03/CTrLT-UBND-HND ngày 1/3/2024 về phối hợp;", "03/CTrLT-UBND-HND",
     "Chương trình"),
])
def test_the_joint_kinds_of_a_type(sentence, label, doc_type):
    assert refs_of(sentence)[label].doc_type == doc_type


@pytest.mark.parametrize("second_date, labels", [
    ("09/12/2022", {"41/2022/NQ-HĐND"}),                          # one act, its year left out once
    ("15/01/2022", {"41/2022/NQ-HĐND", "41/NQ-HĐND"}),            # the body's other series: another act
])
def test_a_normative_number_cited_once_without_its_year(second_date, labels):
    # Quảng Nam's 216/QĐ-UBND (2023) cites its province council's resolution both ways
    refs = refs_of("QUYẾT ĐỊNH\nVề việc triển khai thực hiện Nghị quyết số 41/2022/NQ-HĐND ngày 09/12/2022 của HĐND tỉnh "
                   "Quảng Nam\nCăn cứ Nghị quyết số 41/NQ-HĐND ngày " + second_date + " của HĐND tỉnh Quảng Nam về "
                   "quy định cơ chế lồng ghép nguồn vốn;\nQUYẾT ĐỊNH:\nĐiều 1. Triển khai thực hiện.\n")
    assert set(refs) == labels
    assert len(refs["41/2022/NQ-HĐND"].mentions) == (2 if len(labels) == 1 else 1)


@pytest.mark.parametrize("cited, label", [
    ("Văn bản hợp nhất số 15/VBHN-VPQH ngày 10/12/2018", "15/VBHN-VPQH"),    # was a Công văn: `Văn bản`
    ("văn bản hợp nhất 07/VBHN-BTP ngày 01/6/2020", "07/VBHN-BTP"),
])
def test_a_consolidated_text_is_its_own_type_and_its_code_names_its_office(cited, label):
    ref = refs_of(f"Căn cứ {cited};")[label]
    assert (ref.doc_type, ref.issuer) == ("Văn bản hợp nhất", {"VPQH": "Văn phòng Quốc hội", "BTP": "Bộ Tư pháp"}[
        label.rsplit("-", 1)[1]])


def test_a_party_office_s_letter_signed_by_its_head():
    # Huyện ủy Cô Tô's 29-CV/TC-NV (2020): `K/T THỦ TRƯỞNG / PHÓ THỦ TRƯỞNG` over the signer's name
    doc = doc_of("HUYỆN ỦY CÔ TÔ\nCƠ QUAN TỔ CHỨC – NỘI VỤ\n\nSố 29-CV/TC-NV\nV/v báo cáo lịch Đại hội chi, đảng bộ "
                 "cơ sở, nhiệm kỳ 2020 - 2025\n\nĐẢNG CỘNG SẢN VIỆT NAM\nCô Tô, ngày 16 tháng 3 năm 2020\n\nKính gửi: "
                 "Các chi, đảng bộ cơ sở\n\nThực hiện Kế hoạch số 128-KH/HU ngày 10/7/2019 của Huyện ủy Cô Tô.\n\n"
                 "K/T THỦ TRƯỞNG\nPHÓ THỦ TRƯỞNG\n\nTrương Thị Phương\n")
    assert (doc.label, doc.issued_date, doc.signer) == ("29-CV/TC-NV", "2020-03-16", "Trương Thị Phương")
    assert (doc.level, doc.locality.district) == ("district", "Huyện Cô Tô")


@pytest.mark.parametrize("closing, signer, recipients", [
    # read line by line across both columns: the position ends a recipients' line and the name
    # stands alone some lines below
    ("Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- UBND huyện; CHỦ TỊCH\n- Đảng ủy xã;\n- Lưu: VT.\nNguyễn Văn Hùng\n",
     "Nguyễn Văn Hùng", ["UBND huyện", "Đảng ủy xã", "Lưu: VT"]),
    # read in the order LibreOffice drew it (corpus/013, seed 001): the signature block's lines,
    # or the whole signature, among the recipients' lines
    ("Nơi nhận:\n- Bộ Công An;\nTM. ỦY BAN NHÂN\nDÂN\n\n- Bộ Khoa học và Công nghệ;\n- Lưu: VT, ĐMPT.\n"
     "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrương Việt Dũng\n",
     "Trương Việt Dũng", ["Bộ Công An", "Bộ Khoa học và Công nghệ", "Lưu: VT, ĐMPT"]),
    ("Nơi nhận:\n- Sở Nội vụ;\n- BCĐ thực hiện QDCĐ và công tác\nVĐQC huyện;\nCHỦ TỊCH\nNguyễn Thị Thành\n\n"
     "- UBND các xã, thị trấn;\n- Lưu: VT, PNV.\n",
     "Nguyễn Thị Thành", ["Sở Nội vụ", "BCĐ thực hiện QDCĐ và công tác VĐQC huyện", "UBND các xã, thị trấn",
                          "Lưu: VT, PNV"]),
    # `T/M`, `T/L`, `TL.` (for, by order of) before the position: a Party letter's signature, read after
    # its recipients (a Thành ủy's report of 2025)
    ("Nơi nhận:\n- Văn phòng Thành ủy\nT/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\nLê Thị Nguyệt Hương\n",
     "Lê Thị Nguyệt Hương", ["Văn phòng Thành ủy"]),
    ("Nơi nhận:\n- Ban Thường vụ Huyện ủy;\n- Lưu.\tT/M BAN THƯỜNG VỤ\n\tPHÓ BÍ THƯ\n\n\tTrần Thị Bình\n",
     "Trần Thị Bình", ["Ban Thường vụ Huyện ủy", "Lưu"]),
    ("Nơi nhận:\n- Như trên;\n- Lưu: VT.\tTL. CHỦ TỊCH\n\tCHÁNH VĂN PHÒNG\n\n\tLê Văn Cường\n",
     "Lê Văn Cường", ["Như trên", "Lưu: VT"]),
    # a deputy minister's; a commander's, with his rank
    ("Nơi nhận:\n- Các Bộ;\n- Lưu: VT.\tKT. BỘ TRƯỞNG\n\tTHỨ TRƯỞNG\n\n\tVũ Chiến Thắng\n", "Vũ Chiến Thắng",
     ["Các Bộ", "Lưu: VT"]),
    ("Nơi nhận:\n- Các đơn vị;\n- Lưu: VT.\tCHỈ HUY TRƯỞNG\n\n\tĐại tá Nguyễn Văn Hải\n", "Nguyễn Văn Hải",
     ["Các đơn vị", "Lưu: VT"]),
    # a commune's police chief, an inspection team's head (were no signer)
    ("Nơi nhận:\n- Như trên;\n- Lưu: VT.\tTRƯỞNG CÔNG AN XÃ\n\n\tThiếu tá Lê Văn Bình\n", "Lê Văn Bình",
     ["Như trên", "Lưu: VT"]),
    ("Nơi nhận:\n- Như trên;\n- Lưu: VT.\tTM. ĐOÀN GIÁM SÁT\n\tTRƯỞNG ĐOÀN\n\n\tTrần Văn Cường\n", "Trần Văn Cường",
     ["Như trên", "Lưu: VT"]),
    # a school's or hospital's head, with degrees and titles (was no signer)
    ("Nơi nhận:\n- Các tổ;\n- Lưu: VT.\tHIỆU TRƯỞNG\n\n\tThS. Nguyễn Thị Dung\n", "Nguyễn Thị Dung",
     ["Các tổ", "Lưu: VT"]),
    ("Nơi nhận:\n- Các khoa;\n- Lưu: VT.\tGIÁM ĐỐC\n\n\tPGS.TS. BS. Lê Văn Giang\n", "Lê Văn Giang",
     ["Các khoa", "Lưu: VT"]),
    # an office's initials end a recipients' line: no signature mark (`KT.`)
    ("Nơi nhận:\n- KTNN khu vực IV;\n- Lưu: VT, KTNN\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An\n",
     "Nguyễn Văn An", ["KTNN khu vực IV", "Lưu: VT, KTNN"]),
    # the closing table flattened by a web copy into one line of cells
    ("| Nơi nhận: - UBND huyện; - Lưu: VT. | TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn An |\n",
     "Nguyễn Văn An", ["UBND huyện", "Lưu: VT"]),
    # the two columns laid side by side with spaces: the name at the end of the last recipient's line
    ("Nơi nhận:                                  TRƯỞNG PHÒNG\n- Sở GDĐT (b/c);\n- Lưu: VT.                 "
     "                 Lê Văn Tám\n", "Lê Văn Tám", ["Sở GDĐT (b/c)", "Lưu: VT"]),
    # … or with one tab, as a tab-laid copy has it (Hải Lăng's 112/KH-UBND, 2020: was no signer, and the
    # name was the filing item's)
    ("Nơi nhận:\tTM. ỦY BAN NHÂN DÂN\n- UBND tỉnh;\tKT. CHỦ TỊCH\n- TT Huyện ủy;\tPHÓ CHỦ TỊCH\n- Lưu: VT.\t"
     "Lê Văn Hoa\n", "Lê Văn Hoa", ["UBND tỉnh", "TT Huyện ủy", "Lưu: VT"]),
    ("Nơi nhận:\tGIÁM ĐỐC\n- Các khoa;\n- Lưu: VT, TH.\tThS. Lê Văn Hoa\n", "Lê Văn Hoa", ["Các khoa", "Lưu: VT, TH"]),
    # a name of the Central Highlands' peoples, with its apostrophe (was `Rơ Châm H`)
    ("Nơi nhận:\n- UBND huyện;\n- Lưu VT.\nTM. UBND XÃ\nCHỦ TỊCH\n\nRơ Châm H'Yun\n", "Rơ Châm H'Yun",
     ["UBND huyện", "Lưu VT"]),
    # the name in capitals, or after a web copy's `Đã ký:` (were no signer)
    ("Nơi nhận:\n- UBND huyện;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNGUYỄN VĂN AN\n", "Nguyễn Văn An",
     ["UBND huyện", "Lưu: VT"]),
    ("Nơi nhận:\n- UBND huyện;\n- Lưu: VT.\nCHỦ TỊCH\nĐã ký: Trần Thị Bích\n", "Trần Thị Bích", ["UBND huyện", "Lưu: VT"]),
    # the signature above the recipients
    ("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\n\nHoàng Thị Én\n\nNơi nhận:\n- UBND huyện;\n- Lưu: VT.\n",
     "Hoàng Thị Én", ["UBND huyện", "Lưu: VT"]),
    # a Markdown table (a ministry's Công văn of 2026 as a converter wrote it): the alignment row, the
    # signed copy's note beside the last item, an appendix after a rule
    ("| **Nơi nhận:** | **KT. BỘ TRƯỞNG** <br> **THỨ TRƯỞNG** |\n| :--- | :--- |\n| - Như trên;<br>- Vụ GDĐH (để "
     "thực hiện);<br>- Lưu: VT, KHCNTT. | *(Đã ký, đóng dấu)* <br><br><br> **Phạm Quang Hưng** |\n\n<br>\n\n---\n\n"
     "## Phụ lục: [MẪU] BÁO CÁO KẾT QUẢ\n*(Kèm theo Công văn số 6240 /BGDĐT-KHCNTT ngày 15 tháng 09 năm 2026)*\n",
     "Phạm Quang Hưng", ["Như trên", "Vụ GDĐH (để thực hiện)", "Lưu: VT, KHCNTT"]),
])
def test_a_signature_block_that_a_pdf_interleaved_with_the_recipients(closing, signer, recipients):
    doc = doc_of("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ HÀNH THIỆN Độc lập - Tự do - Hạnh phúc\n"
                 "Số: 12/KH-UBND Hành Thiện, ngày 02 tháng 4 năm 2025\nKẾ HOẠCH\nThực hiện công tác dân vận năm 2025\n"
                 "Thực hiện Kế hoạch số 530/KH-UBND ngày 24/3/2025 của UBND huyện Nghĩa Hành về công tác dân vận năm "
                 "2025; Ủy ban nhân dân xã ban hành Kế hoạch như sau:\n" + closing)
    assert (doc.signer, doc.recipients) == (signer, recipients)


def test_a_footnote_carries_the_relation_of_its_mark():
    text = read_bytes("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG BÌNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 610/KH-UBND\n"
                      "Quảng Bình, ngày 11 tháng 4 năm 2025\nKẾ HOẠCH\nSẮP XẾP ĐƠN VỊ HÀNH CHÍNH\n"
                      "Thực hiện các Kết luận của Bộ Chính trị, Ban Bí thư[1]; Nghị quyết số 74/NQ-CP ngày 07/4/2025 "
                      "của Chính phủ; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n"
                      "Bám sát Nghị quyết số 18-NQ/TW[2].\nNơi nhận:\n- Như trên;\n"
                      "[1] Kết luận số 126-KL/TW ngày 14/02/2025 của Bộ Chính trị, Ban Bí thư về một số nội dung, "
                      "nhiệm vụ tiếp tục sắp xếp.\n[2] Nghị quyết số 18-NQ/TW ngày 25/10/2017.\n".encode())
    refs = {r.label: r for r in extract_text(text, "<notes>").references}
    assert {label: r.relation for label, r in refs.items()} == {
        "74/NQ-CP": "implements", "126-KL/TW": "implements", "18-NQ/TW": "cites"}
    assert refs["126-KL/TW"].subject == "một số nội dung, nhiệm vụ tiếp tục sắp xếp"   # after `Bộ Chính trị, Ban Bí thư`


@pytest.mark.parametrize("letterhead, issuer, level, province", [
    ("TỈNH ỦY TÂY NINH", "Tỉnh ủy Tây Ninh", "province", "Tỉnh Tây Ninh"),
    ("HUYỆN ỦY HỚN QUẢN", "Huyện ủy Hớn Quản", "district", "Tỉnh Bình Phước"),
    ("THÀNH ỦY VINH", "Thành ủy Vinh", "district", "Tỉnh Nghệ An"),         # a city inside a province
    ("THÀNH ỦY HÀ NỘI", "Thành ủy Hà Nội", "province", "Thành phố Hà Nội"),
    # the organisation above the committee, and the committee's office under it
    ("ĐẢNG BỘ TỈNH BÌNH PHƯỚC\nHUYỆN ỦY HỚN QUẢN", "Huyện ủy Hớn Quản", "district", "Tỉnh Bình Phước"),
    ("TỈNH ỦY BÌNH PHƯỚC\nBAN TUYÊN GIÁO", "Ban Tuyên giáo Tỉnh ủy Bình Phước", "province", "Tỉnh Bình Phước"),
    ("HUYỆN ỦY HỚN QUẢN\nỦY BAN KIỂM TRA", "Ủy ban Kiểm tra Huyện ủy Hớn Quản", "district", "Tỉnh Bình Phước"),
    ("ĐẢNG BỘ TỈNH QUẢNG NINH\nHUYỆN ỦY CÔ TÔ\nCƠ QUAN TỔ CHỨC – NỘI VỤ", "Cơ quan Tổ chức - Nội vụ Huyện ủy Cô Tô",
     "district", "Tỉnh Quảng Ninh"),
    # the committee's school or centre, named by its place when its kind is all its name (the school was
    # `Tỉnh ủy Bình Phước`, the centre `Trung tâm Chính trị Huyện ủy Hớn Quản`)
    ("TỈNH ỦY BÌNH PHƯỚC\nTRƯỜNG CHÍNH TRỊ", "Trường Chính trị tỉnh Bình Phước", "province", "Tỉnh Bình Phước"),
    ("HUYỆN ỦY HỚN QUẢN\nTRUNG TÂM CHÍNH TRỊ", "Trung tâm Chính trị huyện Hớn Quản", "district", "Tỉnh Bình Phước"),
    ("TỈNH ỦY QUẢNG TRỊ\nTRƯỜNG CHÍNH TRỊ LÊ DUẨN", "Trường Chính trị Lê Duẩn", "province", "Tỉnh Quảng Trị"),
    # the same, their lines joined by a web copy
    ("ĐẢNG BỘ TỈNH BÌNH PHƯỚC HUYỆN ỦY HỚN QUẢN", "Huyện ủy Hớn Quản", "district", "Tỉnh Bình Phước"),
    ("TỈNH ỦY BÌNH PHƯỚC BAN TUYÊN GIÁO", "Ban Tuyên giáo Tỉnh ủy Bình Phước", "province", "Tỉnh Bình Phước"),
    # a narrow column's lines broken after the unit's word (was `Đảng ủy xã minh tâm, Đảng bộ huyện Hớn Quản`)
    ("ĐẢNG BỘ HUYỆN\nHỚN QUẢN\nĐẢNG ỦY XÃ\nMINH TÂM", "Đảng ủy xã Minh Tâm", "commune", "Tỉnh Bình Phước"),
    # a cell of the commune's organisation: not part of the commune's name
    ("ĐẢNG BỘ XÃ AN KHƯƠNG\nCHI BỘ ẤP 2", "Chi bộ ấp 2, Đảng bộ xã An Khương", "commune", "Tỉnh Bình Phước"),
    # a committee of the province's organisation, named as citations name it
    ("ĐẢNG BỘ TỈNH BÌNH PHƯỚC\nĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "Đảng ủy Khối các cơ quan tỉnh Bình Phước", "province",
     "Tỉnh Bình Phước"),
])
def test_a_party_committee_letterhead(letterhead, issuer, level, province):
    text = read_bytes(f"{letterhead}\n*\nSố 45-KH/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nTây Ninh, ngày 13 tháng 5 năm 2022\n\n"
                      "KẾ HOẠCH\nthực hiện Chỉ thị số 18-CT/TW\n\nThực hiện Chỉ thị số 18-CT/TW ngày 26/10/2022 của "
                      "Ban Bí thư về công tác dân vận;\n".encode())
    doc = extract_text(text, "<party>").document
    assert (doc.issuer, doc.level, doc.locality.province) == (issuer, level, province)


@pytest.mark.parametrize("act, issuer, level, province", [
    ("Ban Chấp hành Thành đoàn Hà Nội ban hành Kế hoạch", "Ban Chấp hành Thành đoàn Hà Nội", "province",
     "Thành phố Hà Nội"),
    ("Ban Thường vụ Huyện ủy Hớn Quản xây dựng Kế hoạch", "Ban Thường vụ Huyện ủy Hớn Quản", "district",
     "Tỉnh Bình Phước"),
    ("Ban Thường vụ Huyện ủy Hớn Quản đã ban hành Kế hoạch số 42-KH/HU", None, None, None),   # a reference's
])
def test_a_text_without_letterhead_is_issued_by_the_body_of_its_own_act(act, issuer, level, province):
    # a web page's copy of the body alone: no letterhead, no number
    doc = doc_of("KẾ HOẠCH\nTổ chức đại hội Đoàn các cấp nhiệm kỳ 2012 - 2017\nCăn cứ Kế hoạch số 298 KH/TWĐTN ngày "
                 f"14/7/2011 của Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh về tổ chức đại hội đoàn các cấp; {act} "
                 "như sau:\nI. YÊU CẦU\n1. Đại hội Đoàn các cấp.\n")
    assert (doc.issuer, doc.level, doc.locality.province) == (issuer, level, province)


@pytest.mark.parametrize("motto, issuer", [
    ("ĐOÀN TNCS HỒ CHÍ MINH", "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh"),
    ("ĐẢNG CỘNG SẢN VIỆT NAM", "Ban Chấp hành Trung ương"),
])
def test_the_central_committee_beside_the_youth_union_s_motto_is_the_union_s(motto, issuer):
    # a web copy sets the letterhead's two columns on one line, far apart
    doc = doc_of(f"BAN CHẤP HÀNH TRUNG ƯƠNG{' ' * 40}{motto}\n***\n   Số: 225 - KH/TWĐTN-CTTN{' ' * 40}Hà Nội, ngày "
                 "16 tháng 5 năm 2024\n\nKẾ HOẠCH\nTổ chức các hoạt động hè dành cho thiếu nhi năm 2024\n\nThực hiện "
                 "chương trình công tác Đoàn năm 2024, Ban Bí thư Trung ương Đoàn ban hành Kế hoạch như sau:\n")
    assert (doc.issuer, doc.level) == (issuer, "central")


@pytest.mark.parametrize("letterhead, motto, dated, issuer, level, place", [
    # a letterhead in capitals is named as the State writes the body, as citations of it are
    ("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nTỈNH BÌNH PHƯỚC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Đồng Xoài",
     "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bình Phước", "province", "Tỉnh Bình Phước"),
    # `XÃ HỘI` (society) is no commune
    ("BẢO HIỂM XÃ HỘI\nTỈNH BÌNH PHƯỚC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Đồng Xoài",
     "Bảo hiểm xã hội tỉnh Bình Phước", "province", "Tỉnh Bình Phước"),
    ("BẢO HIỂM XÃ HỘI VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Hà Nội",
     "Bảo hiểm xã hội Việt Nam", "central", None),
    # the Youth Union's committee, beside its motto
    ("BCH ĐOÀN TỈNH BÌNH PHƯỚC\n***", "ĐOÀN TNCS HỒ CHÍ MINH", "Đồng Xoài", "Tỉnh đoàn Bình Phước", "province",
     "Tỉnh Bình Phước"),
    # a ward's name that many cities have, dated from its city
    ("ỦY BAN NHÂN DÂN\nPHƯỜNG TÂN PHÚ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Đồng Xoài", "UBND phường Tân Phú",
     "commune", "Tỉnh Bình Phước"),
    # a numbered ward dated by its number: no city named, so none chosen (Hồ Chí Minh City's quận 11
    # and Đà Lạt both have a phường 11)
    ("ỦY BAN NHÂN DÂN\nPHƯỜNG 11", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "11", "UBND phường 11", "commune", None),
    # the Front's standing board, under its committee's lines, as citations name it
    ("ỦY BAN MTTQ VIỆT NAM\nHUYỆN HỚN QUẢN\nBAN THƯỜNG TRỰC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Hớn Quản",
     "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện Hớn Quản", "district", "Tỉnh Bình Phước"),
    # a department with its place on one line; a name with a dash
    ("SỞ Y TẾ TỈNH BÌNH PHƯỚC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Đồng Xoài", "Sở Y tế tỉnh Bình Phước",
     "province", "Tỉnh Bình Phước"),
    ("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH BÌNH PHƯỚC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Đồng Xoài",
     "Sở Lao động - Thương binh và Xã hội tỉnh Bình Phước", "province", "Tỉnh Bình Phước"),
    # a body of the place under its committee's line, and one whose name holds a number: named as
    # citations name them (`Ban Chỉ huy Quân sự, UBND huyện …` was a body apart)
    ("UBND HUYỆN HỚN QUẢN\nBAN CHỈ HUY QUÂN SỰ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Hớn Quản",
     "Ban Chỉ huy Quân sự huyện Hớn Quản", "district", "Tỉnh Bình Phước"),
    # a province's military command and inspectorate under its committee's line, the command under its
    # military region's (Nam Định, 2023: were `UBND tỉnh Nam Định Bộ Chỉ Huy Quân Sự`, `Quân khu 3 bộ chỉ
    # huy …`, unplaced)
    *((letterhead, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Nam Định", issuer, "province", "Tỉnh Nam Định")
      for letterhead, issuer in (("UBND TỈNH NAM ĐỊNH\nBỘ CHỈ HUY QUÂN SỰ", "Bộ Chỉ huy Quân sự tỉnh Nam Định"),
                                 ("QUÂN KHU 3\nBỘ CHỈ HUY QUÂN SỰ TỈNH NAM ĐỊNH", "Bộ Chỉ huy Quân sự tỉnh Nam Định"),
                                 ("UBND TỈNH NAM ĐỊNH\nTHANH TRA TỈNH", "Thanh tra tỉnh Nam Định"))),
    ("BAN CHỈ ĐẠO 35\nHUYỆN HỚN QUẢN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Hớn Quản",
     "Ban Chỉ đạo 35 huyện Hớn Quản", "district", "Tỉnh Bình Phước"),
    # a council's standing body and committees, a committee's office: named with their body
    *((letterhead, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Đồng Xoài", issuer, "province", "Tỉnh Bình Phước")
      for letterhead, issuer in (
          ("HỘI ĐỒNG NHÂN DÂN\nTỈNH BÌNH PHƯỚC\nTHƯỜNG TRỰC", "Thường trực HĐND tỉnh Bình Phước"),
          ("HĐND TỈNH BÌNH PHƯỚC\nBAN PHÁP CHẾ", "Ban Pháp chế HĐND tỉnh Bình Phước"),
          ("UBND TỈNH BÌNH PHƯỚC\nVĂN PHÒNG", "Văn phòng UBND tỉnh Bình Phước"))),
    # a department by its initials, with or without its place's unit word
    *((letterhead, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Hớn Quản", issuer, level, "Tỉnh Bình Phước")
      for letterhead, issuer, level in (
          ("PHÒNG GD&ĐT HỚN QUẢN", "Phòng Giáo dục và Đào tạo huyện Hớn Quản", "district"),
          ("PHÒNG GD&ĐT HUYỆN HỚN QUẢN", "Phòng Giáo dục và Đào tạo huyện Hớn Quản", "district"),
          ("SỞ GD&ĐT BÌNH PHƯỚC", "Sở Giáo dục và Đào tạo tỉnh Bình Phước", "province"),
          ("PHÒNG GD&ĐT HỚN QUẢN\nTRƯỜNG THCS MINH TÂM", "Trường THCS Minh Tâm", "district"),
          # a hospital under its department (was no issuer)
          ("SỞ Y TẾ BÌNH PHƯỚC\nBỆNH VIỆN ĐA KHOA TỈNH BÌNH PHƯỚC", "Bệnh viện Đa khoa tỉnh Bình Phước", "province"),
          # a gifted school's `chuyên` is a common noun (was `Trường THPT Chuyên Quang Trung`)
          ("SỞ GD&ĐT BÌNH PHƯỚC\nTRƯỜNG THPT CHUYÊN QUANG TRUNG", "Trường THPT chuyên Quang Trung", "province"),
          # … or a Sở's name in words, its province's without the unit's word (was no issuer)
          ("SỞ Y TẾ BÌNH PHƯỚC", "Sở Y tế tỉnh Bình Phước", "province"),
          ("SỞ Y TẾ BÌNH PHƯỚC\nTRUNG TÂM Y TẾ HỚN QUẢN", "Trung tâm Y tế Hớn Quản", "province"))),
    # joint letterheads (Đắk Lắk's 01/QCPH/UBND-UBMTTQ of 2017): two bodies of one place
    ("ỦY BAN NHÂN DÂN\nỦY BAN MTTQ VIỆT NAM\nTỈNH ĐẮK LẮK", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Đắk Lắk",
     "UBND tỉnh Đắk Lắk và Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đắk Lắk", "province", "Tỉnh Đắk Lắk"),
    ("HỘI LIÊN HIỆP PHỤ NỮ - SỞ Y TẾ\nTỈNH BÌNH PHƯỚC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Đồng Xoài",
     "Hội Liên hiệp Phụ nữ tỉnh Bình Phước và Sở Y tế tỉnh Bình Phước", "province", "Tỉnh Bình Phước"),
    # … each body with its place: one under the other, on one line after a dash, or as two columns
    *((letterhead, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Đắk Lắk",
       "UBND tỉnh Đắk Lắk và Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đắk Lắk", "province", "Tỉnh Đắk Lắk")
      for letterhead in ("ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK\nỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK LẮK",
                         "ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK - ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK LẮK",
                         "ỦY BAN NHÂN DÂN\tỦY BAN MTTQ VIỆT NAM\nTỈNH ĐẮK LẮK\tTỈNH ĐẮK LẮK",
                         # … each over its place, the place on a line of its own (Cát Tiên's 05/KHLT-HPN-UBND
                         # of 2023: `Ban nhân dân huyện cát tiên, Hội Liên hiệp Phụ nữ …`, unplaced)
                         "ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\nỦY BAN MTTQ VIỆT NAM\nTỈNH ĐẮK LẮK")),
    # the unit above and the issuer on one line, as a web copy joins a table cell's lines
    ("ỦY BAN NHÂN DÂN HUYỆN HỚN QUẢN ỦY BAN NHÂN DÂN XÃ MINH TÂM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Minh Tâm",
     "UBND xã Minh Tâm", "commune", "Tỉnh Bình Phước"),
    ("ĐẢNG BỘ HUYỆN HỚN QUẢN ĐẢNG ỦY XÃ MINH TÂM", "ĐẢNG CỘNG SẢN VIỆT NAM", "Minh Tâm", "Đảng ủy xã Minh Tâm",
     "commune", "Tỉnh Bình Phước"),
    # a city's or town's unit word cut short
    ("UBND TP. HÀ NỘI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Hà Nội", "UBND thành phố Hà Nội", "province",
     "Thành phố Hà Nội"),
    ("ỦY BAN NHÂN DÂN\nTX. HOÀNG MAI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Hoàng Mai", "UBND thị xã Hoàng Mai",
     "district", "Tỉnh Nghệ An"),
    # a centre with no name but its kind, named by its place (was `Trung tâm Y Tế`, `Trung tâm Phục Vụ Hành
    # Chính Công`: no place, words in capitals)
    ("UBND HUYỆN HỚN QUẢN\nTRUNG TÂM Y TẾ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Hớn Quản",
     "Trung tâm Y tế huyện Hớn Quản", "district", "Tỉnh Bình Phước"),
    ("UBND PHƯỜNG SÀI GÒN\nTRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Sài Gòn",
     "Trung tâm Phục vụ hành chính công phường Sài Gòn", "commune", "Thành phố Hồ Chí Minh"),
    # a mass organisation under the Front's lines (as since 2025): its own body (was `Ủy ban Mặt trận Tổ quốc
    # Việt Nam tỉnh Bình Phước Hội Liên Hiệp Phụ Nữ`, unplaced)
    ("ỦY BAN MTTQ VIỆT NAM\nTỈNH BÌNH PHƯỚC\nHỘI LIÊN HIỆP PHỤ NỮ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Đồng Xoài",
     "Hội Liên hiệp Phụ nữ tỉnh Bình Phước", "province", "Tỉnh Bình Phước"),
    # a division of a body other than the committee is named with that body (was `Phòng Cảnh sát giao thông
    # tỉnh Bình Phước`, as if the province's committee had such an office)
    ("CÔNG AN TỈNH BÌNH PHƯỚC\nPHÒNG CẢNH SÁT GIAO THÔNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Đồng Xoài",
     "Phòng Cảnh sát giao thông Công an tỉnh Bình Phước", "province", "Tỉnh Bình Phước"),
    ("SỞ NỘI VỤ TỈNH BÌNH PHƯỚC\nPHÒNG TỔ CHỨC BIÊN CHẾ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Đồng Xoài",
     "Phòng Tổ chức biên chế Sở Nội vụ tỉnh Bình Phước", "province", "Tỉnh Bình Phước"),
    # a centre whose name holds its place under that place's committee (was `UBND - trung tâm y tế huyện
    # Hớn Quản`, a joint letterhead), a unit's word in a school's name in lower case (was `Thị Trấn`)
    ("UBND HUYỆN HỚN QUẢN\nTRUNG TÂM Y TẾ HUYỆN HỚN QUẢN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Hớn Quản",
     "Trung tâm Y tế huyện Hớn Quản", "district", "Tỉnh Bình Phước"),
    ("UBND HUYỆN HỚN QUẢN\nTRƯỜNG THCS THỊ TRẤN TÂN KHAI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Hớn Quản",
     "Trường THCS thị trấn Tân Khai", "district", "Tỉnh Bình Phước"),
    # a council for emulation under its committee, a trade union under its federation (were unplaced,
    # `UBND huyện Hớn Quản Hội Đồng Thi Đua - Khen Thưởng`)
    ("UBND HUYỆN HỚN QUẢN\nHỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Hớn Quản",
     "Hội đồng Thi đua - Khen thưởng huyện Hớn Quản", "district", "Tỉnh Bình Phước"),
    ("LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH PHƯỚC\nCÔNG ĐOÀN NGÀNH GIÁO DỤC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Đồng Xoài",
     "Công đoàn ngành giáo dục tỉnh Bình Phước", "province", "Tỉnh Bình Phước"),
    # a steering committee by its initials (was no issuer), a name with figures kept (was `covid-19`)
    ("UBND HUYỆN HỚN QUẢN\nBCĐ PHÒNG, CHỐNG DỊCH COVID-19", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Hớn Quản",
     "Ban Chỉ đạo phòng, chống dịch COVID-19 huyện Hớn Quản", "district", "Tỉnh Bình Phước"),
    # the broadcaster under its committee's line (was `UBND huyện Hớn Quản Đài Truyền Thanh`, unplaced)
    ("UBND HUYỆN HỚN QUẢN\nĐÀI TRUYỀN THANH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Hớn Quản",
     "Đài Truyền thanh huyện Hớn Quản", "district", "Tỉnh Bình Phước"),
    # the province's National Assembly delegation, `Quốc hội` a name (was `Đoàn đại biểu quốc hội`)
    ("ĐOÀN ĐẠI BIỂU QUỐC HỘI\nTỈNH BÌNH PHƯỚC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Đồng Xoài",
     "Đoàn đại biểu Quốc hội tỉnh Bình Phước", "province", "Tỉnh Bình Phước"),
    # … not a commune's name that holds `HỘI`
    ("UBND HUYỆN CHỢ MỚI\nUBND XÃ MỸ HỘI ĐÔNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Mỹ Hội Đông",
     "UBND xã Mỹ Hội Đông", "commune", "Tỉnh An Giang"),
    # a body whose name ends with its place's name without the unit word: under its committee (was `Ban Quản lý
    # các khu công nghiệp đồng nai tỉnh Đồng Nai`) or alone (was no issuer)
    ("UBND TỈNH ĐỒNG NAI\nBAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP ĐỒNG NAI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Đồng Nai",
     "Ban Quản lý các khu công nghiệp Đồng Nai", "province", "Tỉnh Đồng Nai"),
    ("BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP ĐỒNG NAI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Đồng Nai",
     "Ban Quản lý các khu công nghiệp Đồng Nai", "province", "Tỉnh Đồng Nai"),
    ("KHO BẠC NHÀ NƯỚC BÌNH PHƯỚC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Đồng Xoài",
     "Kho bạc Nhà nước Bình Phước", "province", "Tỉnh Bình Phước"),
    ("TRUNG TÂM Y TẾ HỚN QUẢN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Hớn Quản",
     "Trung tâm Y tế Hớn Quản", "district", "Tỉnh Bình Phước"),
    # a centre is named by what it does, then its place (was `Trung tâm Kiểm Soát Bệnh Tật`, unplaced; `… Thể thao
    # Và Truyền Thanh`)
    ("SỞ Y TẾ TỈNH BÌNH PHƯỚC\nTRUNG TÂM KIỂM SOÁT BỆNH TẬT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Đồng Xoài",
     "Trung tâm Kiểm soát bệnh tật tỉnh Bình Phước", "province", "Tỉnh Bình Phước"),
    ("UBND HUYỆN HỚN QUẢN\nTRUNG TÂM VĂN HÓA - THỂ THAO VÀ TRUYỀN THANH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
     "Hớn Quản", "Trung tâm Văn hóa - Thể thao và Truyền thanh huyện Hớn Quản", "district", "Tỉnh Bình Phước"),
    # initials in a body's name stay in capitals (`MTQG` was `mtqg`)
    ("UBND HUYỆN HỚN QUẢN\nBAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MTQG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Hớn Quản",
     "Ban Chỉ đạo các chương trình MTQG huyện Hớn Quản", "district", "Tỉnh Bình Phước"),
])
def test_the_letterhead_of_other_bodies(letterhead, motto, dated, issuer, level, place):
    doc = doc_of(f"{letterhead}\nSố: 12/KH\n\t{motto}\n\n\t{dated}, ngày 05 tháng 3 năm 2023\n\nKẾ HOẠCH\n"
                 "thực hiện Chỉ thị số 05-CT/TW\n\nThực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.\n")
    assert (doc.issuer, doc.level, doc.locality.province) == (issuer, level, place)


def test_a_dash_that_pandoc_wrote_as_two_hyphens():
    # pandoc writes an en dash to Markdown as `--` (corpus/004 and seed 001 converted from DOCX)
    ref = refs_of("Căn cứ Thông tư số 07/2021/TT-BLĐTBXH ngày 18/7/2021 của Bộ Lao động -- Thương binh và Xã hội "
                  "hướng dẫn rà soát giai đoạn 2021 --\n2025;")["07/2021/TT-BLĐTBXH"]
    # the body is named one way; the subject is quoted as written
    assert (ref.issuer, ref.subject) == ("Bộ Lao động - Thương binh và Xã hội", "hướng dẫn rà soát giai đoạn 2021 -- 2025")


@pytest.mark.parametrize("header", [
    "Số: 1234/UBND-VP\nV/v triển khai thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHớn Quản, ngày 05 tháng 01 năm 2022\n",
    # laid out with tabs beside the motto, the subject wrapped
    "Số: 1234/UBND-VP\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nV/v triển khai thực hiện Chỉ thị số\t\tĐộc lập - Tự do - "
    "Hạnh phúc\n33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ\n\t\tHớn Quản, ngày 05 tháng 01 năm 2022\n",
    # on one line with the place and date beside it, a tab between (a Word table copied as text): not the title's
    "Số: 1234/UBND-VP\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nV/v triển khai thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 "
    "của Thủ tướng Chính phủ\tHớn Quản, ngày 05 tháng 01 năm 2022\n",
    # written out, or in parentheses
    *(f"Số: 1234/UBND-VP\n{subject}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHớn Quản, ngày 05 tháng 01 năm 2022\n"
      for subject in ("Về việc triển khai thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ",
                      "(V/v triển khai thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ)")),
])
def test_a_cong_van_s_subject_line_is_its_title(header):
    # what a Công văn does, under its number: `V/v triển khai thực hiện Chỉ thị …` carries the directive out
    text = read_bytes(f"ỦY BAN NHÂN DÂN\nHUYỆN HỚN QUẢN\n{header}\nKính gửi: UBND các xã, thị trấn.\n\nUBND "
                      "huyện yêu cầu các xã triển khai thực hiện.\n".encode())
    extraction = extract_text(text, "<cv>")
    assert extraction.document.title == "triển khai thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ"
    assert [(r.label, r.relation) for r in extraction.references] == [("33/CT-TTg", "implements")]


def test_a_subject_line_in_a_letterhead_table_is_no_appendix_row():
    # a converter's Markdown of a Công văn: the `V/v` line and the letter's place and date one row of the
    # letterhead's table; the cell beside the title is not the directive's subject
    result, refs = extraction_of(
        "| ỦY BAN NHÂN DÂN HUYỆN HỚN QUẢN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n| Số: 45/UBND-VP | Độc lập - "
        "Tự do - Hạnh phúc |\n| V/v triển khai Chỉ thị số 33/CT-TTg | Hớn Quản, ngày 12 tháng 6 năm 2024 |\n\nKính gửi: "
        "UBND các xã.\n\nUBND huyện đề nghị các xã triển khai.\n", ".md")
    assert (result.document.title, result.document.issued_date) == ("triển khai Chỉ thị số 33/CT-TTg", "2024-06-12")
    assert (refs["33/CT-TTg"].relation, refs["33/CT-TTg"].subject) == ("implements", None)


@pytest.mark.parametrize("header", [
    "Số: 512/PGDĐT-TH\nV/v triển khai thực hiện Kế hoạch số 45/KH-UBND của UBND huyện\n\nCỘNG HÒA XÃ HỘI CHỦ "
    "NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nChâu Thành, ngày 15 tháng 9 năm 2023\n",
    # the place and date under the subject line, the motto elsewhere
    "Số: 512/PGDĐT-TH\nV/v triển khai thực hiện Kế hoạch\nsố 45/KH-UBND của UBND huyện\nChâu Thành, ngày 15 tháng 9 "
    "năm 2023\n",
])
def test_a_subject_line_citing_without_a_date_does_not_take_the_letter_s_own(header):
    # the letter's date and the motto under its `V/v` line are not the cited plan's issuer and date;
    # the plan's fuller mention in the text names its body and gives its date
    text = (f"UBND HUYỆN CHÂU THÀNH\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\n{header}\nKính gửi: Hiệu trưởng các trường tiểu "
            "học.\n\nThực hiện Kế hoạch số 45/KH-UBND ngày 01/9/2023 của UBND huyện Châu Thành về triển khai nhiệm vụ "
            "năm học 2023-2024, Phòng Giáo dục và Đào tạo đề nghị các trường thực hiện một số nội dung sau:\n")
    ref = refs_of(text)["45/KH-UBND"]
    assert (ref.issued_date, ref.issuer) == ("2023-09-01", "UBND huyện Châu Thành")
    assert ref.subject == "triển khai nhiệm vụ năm học 2023-2024"


def test_a_subject_line_keeps_the_parenthesis_that_closes_its_own_text():
    # Bộ Giáo dục và Đào tạo's 6240/BGDĐT-KHCNTT (2026): `V/v … giáo dục đại học (HEMIS)`
    doc = doc_of("BỘ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 6240 /BGDĐT-KHCNTT\nV/v hướng dẫn kết nối API với Hệ thống cơ sở dữ "
                 "liệu về giáo dục đại học (HEMIS)\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHà Nội, ngày 15 tháng 09 năm "
                 "2026\nKính gửi: Các cơ sở giáo dục đại học.\n")
    assert doc.title == "hướng dẫn kết nối API với Hệ thống cơ sở dữ liệu về giáo dục đại học (HEMIS)"


def test_a_reference_s_day_the_calendar_lacks_is_no_date():
    assert refs_of("Thực hiện Kế hoạch số 114/KH-UBND ngày 31/02/2024 của UBND tỉnh Bình Phước về dân vận;")[
        "114/KH-UBND"].issued_date is None


@pytest.mark.parametrize("written", ["ban hành ngày 10/4/2024", "được ban hành ngày 10/4/2024", "(ngày 10/4/2024)",
                                     "được ký ngày 10/4/2024", "(10/4/2024)"])
def test_the_date_of_a_reference_however_it_is_introduced(written):
    ref = refs_of(f"Thực hiện Kế hoạch số 114/KH-UBND {written} của UBND tỉnh Bình Phước về công tác dân vận;")[
        "114/KH-UBND"]
    assert (ref.issued_date, ref.issuer, ref.subject) == ("2024-04-10", "UBND tỉnh Bình Phước", "công tác dân vận")


@pytest.mark.parametrize("dated, date, year", [
    ("Hớn Quản, ngày 05/3/2024", "2024-03-05", 2024),            # the date in figures
    ("Hớn Quản, ngày 05 tháng 03 năm 2024.", "2024-03-05", 2024),
    ("Hớn Quản, ngày   tháng 3 năm 2024", None, 2024),           # a draft: the day left blank
    ("Ngày 05 tháng 3 năm 2024", "2024-03-05", 2024),             # without the place
    ("Hớn Quản, 05/3/2024", "2024-03-05", 2024),                  # without `ngày`
    ("Hớn Quản, ngày 05 tháng 3, năm 2024", "2024-03-05", 2024),   # a comma before the year
    ("Hớn Quản ngày 05 tháng 3 năm 2024", "2024-03-05", 2024),     # without the comma (was no date)
    ("Hớn Quản, ngày 05 tháng 3 năm 20 24", "2024-03-05", 2024),   # a text layer's split year (was no date)
    ("Hớn Quản, ngày 31 tháng 02 năm 2024", None, 2024),           # a day the calendar lacks (was `2024-02-31`)
])
def test_the_place_and_date_line(dated, date, year):
    doc = doc_of(f"ỦY BAN NHÂN DÂN\nHUYỆN HỚN QUẢN\nSố: 12/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{dated}\n"
                 "KẾ HOẠCH\nthực hiện công tác dân vận\nThực hiện Kế hoạch số 45/KH-UBND ngày 01/02/2024 của UBND tỉnh.\n")
    assert (doc.issued_date, doc.year) == (date, year)


def test_a_reference_s_date_after_a_comma_is_not_the_document_s():
    # seed 001 without its date line nor, as its TCVN3 copy read, a title: `số 03-CTr/BDV-UBND, ngày 30/11/2021`
    doc = doc_of("ỦY BAN NHÂN DÂN\nHUYỆN TÂN BIÊN\nSố: /KH-UBND\nThực hiện Chương trình phối hợp số 03-CTr/BDV-UBND, "
                 "ngày 30/11/2021 giữa Ban Dân vận Huyện ủy và UBND huyện về công tác Dân vận;\n")
    assert (doc.issued_date, doc.year) == (None, None)


def test_the_party_committee_of_the_government_is_central():
    ref = refs_of("Thực hiện Kế hoạch số 02-KH/ĐU ngày 10/7/2025 của Đảng ủy Chính phủ về chuyển đổi số;")["02-KH/ĐU"]
    assert (ref.issuer, ref.level) == ("Đảng ủy Chính phủ", "central")


@pytest.mark.parametrize("cited, issuer", [
    ("Ban Bí thư Trung ương Đoàn", "Ban Bí thư Trung ương Đoàn"),
    ("Ban Chấp hành Trung ương Hội Nông dân Việt Nam", "Ban Chấp hành Trung ương Hội Nông dân Việt Nam"),
    ("Ban Bí thư Trung ương Đảng", "Ban Bí thư"),
    ("Ban Chấp hành Trung ương Đảng khóa XII", "Ban Chấp hành Trung ương"),
])
def test_a_mass_organisation_s_central_organ_is_not_the_party_s(cited, issuer):
    # the Youth Union's Secretariat was the Party's Ban Bí thư, and its guidance one of the Party's
    ref = refs_of(f"Căn cứ Hướng dẫn số 07-HD/TWĐTN-BTC ngày 1/2/2023 của {cited};")["07-HD/TWĐTN-BTC"]
    assert (ref.issuer, ref.level) == (issuer, "central")


def test_a_title_in_capitals_places_a_commune_whose_name_many_districts_share():
    # 24 communes are called Tân Lập; the title says which
    doc = doc_of("ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\nSố: 12/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTân Lập, ngày 05 "
                 "tháng 3 năm 2023\nKẾ HOẠCH\nCÔNG TÁC DÂN VẬN NĂM 2023 TRÊN ĐỊA BÀN XÃ TÂN LẬP, HUYỆN ĐỒNG PHÚ\n"
                 "Thực hiện Kế hoạch số 45/KH-UBND ngày 01/02/2023 của UBND huyện về công tác dân vận năm 2023.\n")
    assert (doc.issuer, doc.locality.province, doc.locality.district) == (
        "UBND xã Tân Lập", "Tỉnh Bình Phước", "Huyện Đồng Phú")


@pytest.mark.parametrize("cited, issuer", [
    ("Hội liên hiệp phụ nữ tỉnh Bình Phước", "Hội Liên hiệp Phụ nữ tỉnh Bình Phước"),
    ("Hội LHPN tỉnh Bình Phước", "Hội Liên hiệp Phụ nữ tỉnh Bình Phước"),
    ("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bình Phước",
     "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bình Phước"),
    # the Front's committee without `Việt Nam`, or by its initials (were named so, bodies apart from the
    # committee's letterhead `ỦY BAN MTTQ VIỆT NAM TỈNH …`)
    *((cited, "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bình Phước") for cited in (
        "Ủy ban MTTQ tỉnh Bình Phước", "UBMTTQ tỉnh Bình Phước", "Ủy ban MTTQVN tỉnh Bình Phước",
        "Ủy ban Mặt trận Tổ quốc tỉnh Bình Phước")),
    ("Ban Thường trực UBMTTQ tỉnh Bình Phước", "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bình Phước"),
    ("BTV Tỉnh ủy Bình Phước", "Ban Thường vụ Tỉnh ủy Bình Phước"),
    ("Đảng ủy khối các cơ quan tỉnh Bình Phước", "Đảng ủy Khối các cơ quan tỉnh Bình Phước"),
    # Phú Yên's 110/KH-UBND (2013): a title in capitals
    ("TỈNH ỦY BÌNH PHƯỚC", "Tỉnh ủy Bình Phước"),
    ("BAN THƯỜNG VỤ TỈNH ỦY", "Ban Thường vụ Tỉnh ủy"),
    # Hồ Chí Minh City's 3728/QĐ-UBND (2019), its title in capitals (was `Chủ Tịch UBND …`)
    ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC", "Chủ tịch UBND tỉnh Bình Phước"),
    # the Party's board in the provincial committee, however capitalised or abbreviated (seed 004)
    *((cited, "Ban cán sự đảng UBND tỉnh Bình Phước") for cited in (
        "Ban Cán sự Đảng UBND tỉnh Bình Phước", "Ban cán sự đảng Ủy ban nhân dân tỉnh Bình Phước",
        "BCSĐ UBND tỉnh Bình Phước")),
])
def test_a_mass_organisation_cited_in_lower_case_or_abbreviated_is_named_as_its_letterhead_names_it(cited, issuer):
    assert refs_of(f"Thực hiện Kế hoạch số 15/KH ngày 02/3/2023 của {cited} về công tác dân vận;")["15/KH"].issuer == issuer


@pytest.mark.parametrize("text, label, date, issuer, title", [
    # Chỉ thị 16/2001/CT-TTg as luatvietnam.vn has it: no `Số:` line, the heading wrapped
    ("CHỈ THỊ\nCỦA THỦ\nTƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG\nNGÀY 21 THÁNG 6 NĂM 2001 VỀ VIỆC XÂY DỰNG KẾ HOẠCH\n"
     "PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2002\nThực hiện Nghị quyết số 05/2001/NQ-CP ngày 24 tháng 5 năm 2001 của "
     "Chính phủ về việc bổ sung một số giải pháp;\n", "16/2001/CT-TTg", "2001-06-21", "Thủ tướng Chính phủ",
     "XÂY DỰNG KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2002"),
    ("UỶ BAN NHÂN DÂN TỈNH HÀ NAM\nQUYẾT ĐỊNH\nCỦA UỶ BAN NHÂN DÂN TỈNH HÀ NAM SỐ 12/2003/QĐ-UB NGÀY 5 THÁNG 3 "
     "NĂM 2003\nV/V BAN HÀNH QUY CHẾ QUẢN LÝ\nUỶ BAN NHÂN DÂN TỈNH HÀ NAM\nCăn cứ Chỉ thị số 16/2001/CT-TTg "
     "ngày 21/6/2001 của Thủ tướng Chính phủ;\n", "12/2003/QĐ-UB", "2003-03-05", "UBND tỉnh Hà Nam",
     "BAN HÀNH QUY CHẾ QUẢN LÝ"),
])
def test_an_older_heading_gives_the_issuer_number_and_date_before_the_title(text, label, date, issuer, title):
    extraction = extract_text(read_bytes(text.encode("utf-8")), "<test>")
    d = extraction.document
    assert (d.label, d.issued_date, d.issuer, d.title) == (label, date, issuer, title)
    assert label not in {r.label for r in extraction.references}      # its own number is no citation


def test_the_constitution_is_cited_by_name_and_the_date_decides_which():
    # 653/2019/UBTVQH14 cites the constitution without its year: the one in force in 2019
    text = ("Số: 653/2019/UBTVQH14\nHà Nội, ngày 12 tháng 3 năm 2019\nNGHỊ QUYẾT\nVỀ VIỆC SẮP XẾP\n"
            "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nCăn cứ Luật Tổ chức Quốc hội số "
            "57/2014/QH13;\nQUYẾT NGHỊ:\nĐiều 1. Như Hiến pháp 1992 đã định, quyền con người được bảo đảm.\n")
    refs = extract_text(read_bytes(text.encode("utf-8")), "<test>").references
    constitutions = {(r.name, r.doc_type, r.year, r.relation) for r in refs if r.label is None}
    assert constitutions == {("Hiến pháp năm 2013", "Hiến pháp", 2013, "based_on"),
                             ("Hiến pháp năm 1992", "Hiến pháp", 1992, "cites")}


def test_a_letterhead_whose_first_line_is_the_province_alone():
    doc = doc_of("TỈNH LÂM ĐỒNG\nỦY BAN NHÂN DÂN\nXÃ ĐAM RÔNG 1\nSố: 3/KH-UBND\nĐam Rông 1, ngày 5 tháng 9 năm 2025\n"
                 "KẾ HOẠCH\nChuyển đổi số năm 2025\n")
    assert (doc.issuer, doc.level, doc.locality.province) == ("UBND xã Đam Rông 1", "commune", "Tỉnh Lâm Đồng")


@pytest.mark.parametrize("letterhead, issuer, district, province", [
    ("ỦY BAN NHÂN DÂN\nXÃ TÂN HIỆP\nHUYỆN HỚN QUẢN", "UBND xã Tân Hiệp", "Huyện Hớn Quản", "Tỉnh Bình Phước"),
    ("ỦY BAN NHÂN DÂN\nHUYỆN TÂN CHÂU\nTỈNH TÂY NINH", "UBND huyện Tân Châu", "Huyện Tân Châu", "Tỉnh Tây Ninh"),
    ("ỦY BAN NHÂN DÂN\nHUYỆN TÂN CHÂU, TỈNH TÂY NINH", "UBND huyện Tân Châu", "Huyện Tân Châu", "Tỉnh Tây Ninh"),
    ("UBND XÃ TÂN HIỆP, HUYỆN HỚN QUẢN", "UBND xã Tân Hiệp", "Huyện Hớn Quản", "Tỉnh Bình Phước"),
    ("ỦY BAN NHÂN DÂN\nPHƯỜNG TÂN PHÚ\nTHÀNH PHỐ ĐỒNG XOÀI", "UBND phường Tân Phú", "Thành phố Đồng Xoài",
     "Tỉnh Bình Phước"),
    # … or above it, the body above on two lines as the issuer's (was `Ban nhân dân xã minh tâm, UBND huyện Hớn
    # Quản Ủy`)
    ("ỦY BAN NHÂN DÂN\nHUYỆN HỚN QUẢN\nỦY BAN NHÂN DÂN\nXÃ TÂN HIỆP", "UBND xã Tân Hiệp", "Huyện Hớn Quản",
     "Tỉnh Bình Phước"),
])
def test_a_letterhead_that_names_the_unit_above_under_the_issuer(letterhead, issuer, district, province):
    # the unit above on the last line or after a comma: it was read as the end of the issuer's name
    # (`UBND huyện Tân Châu Tỉnh Tây Ninh`, of no place)
    doc = doc_of(f"{letterhead}\nSố: 3/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nngày 5 tháng 9 năm 2024\n"
                 "KẾ HOẠCH\nChuyển đổi số năm 2024\n")
    assert (doc.issuer, doc.locality.district, doc.locality.province) == (issuer, district, province)


@pytest.mark.parametrize("above, below", [("DỰ THẢO\n", ""), ("", "(Dự thảo)\n"), ("(DỰ THẢO LẦN 2)\n", "")])
def test_a_draft_s_stamp_is_neither_letterhead_nor_title(above, below):
    # `DỰ THẢO` over the heading was read into the issuer (`UBND thị trấn Tân Khai Dự Thảo`, of no place)
    doc = doc_of("ỦY BAN NHÂN DÂN\nTHỊ TRẤN TÂN KHAI\n\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố:    /KH-UBND\n\tTân Khai, "
                 f"ngày   tháng 5 năm 2024\n\n{above}KẾ HOẠCH\n{below}Thực hiện công tác dân vận năm 2024\n\nCăn cứ Chỉ "
                 "thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về công tác;\n")
    assert (doc.issuer, doc.locality.district, doc.title) == (
        "UBND thị trấn Tân Khai", "Huyện Hớn Quản", "Thực hiện công tác dân vận năm 2024")


def test_a_law_named_in_an_older_document_s_description_is_the_one_in_force_then():
    # 97/NQ-HĐND of Hà Giang (2024): the decree of 2017 details the Land Law of 2013, not that of 2024
    text = ("HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 97/NQ-HĐND | Hà Giang, ngày 10 tháng 7 "
            "năm 2024 |\nVỀ VIỆC THÔNG QUA KẾ HOẠCH SỬ DỤNG ĐẤT\nCăn cứ Nghị định số 01/2017/NĐ-CP ngày 06 tháng 01 "
            "năm 2017 của Chính phủ sửa đổi, bổ sung một số nghị định quy định chi tiết thi hành Luật đất đai;\n")
    refs = {r.label: r for r in extract_text(read_bytes(text.encode("utf-8")), "<test>").references}
    assert [(x.relation, x.label) for x in refs["01/2017/NĐ-CP"].related] == [("details", "45/2013/QH13")]
    assert "31/2024/QH15" not in refs


@pytest.mark.parametrize("sentence, label, year, subject", [
    # a Party document cited by its year (its numbers run per committee term)
    ("Triển khai Nghị quyết số 12-NQ/TU năm 2024 của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số;", "12-NQ/TU", 2024,
     "chuyển đổi số"),
    ("Căn cứ Chỉ thị số 33/CT-TTg năm 2021 của Thủ tướng Chính phủ về công tác;", "33/CT-TTg", 2021, "công tác"),
    # a year of the citing text's sentence is not the document's
    ("Thực hiện Kế hoạch số 12/KH-UBND của UBND huyện, năm 2023 xã đã tổ chức tốt.", "12/KH-UBND", None, None),
])
def test_a_year_after_the_number_symbol(sentence, label, year, subject):
    ref = refs_of(sentence)[label]
    assert (ref.year, ref.subject) == (year, subject)


@pytest.mark.parametrize("sentence, subject", [
    # `làm theo` (follow) ends the subject of Chỉ thị 05-CT/TW when a plan shortens it
    ("Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về học tập và làm theo;", "học tập và làm theo"),
    # a word left dangling where the description breaks off goes
    ("Căn cứ Quyết định số 12/QĐ-UBND ngày 3/4/2024 của UBND tỉnh về kiện toàn Ban Chỉ đạo và;",
     "kiện toàn Ban Chỉ đạo"),
])
def test_a_subject_s_last_word(sentence, subject):
    assert next(iter(refs_of(sentence).values())).subject == subject


def test_a_subject_ends_before_the_enacting_words_of_a_decision():
    # Đồng Nai's 3970/QĐ-UBND (2013): the last ground runs into `QUYẾT ĐỊNH:` without a stop
    text = ("Xét đề nghị của Giám đốc Sở Lao động - Thương\nbinh và Xã hội tại Tờ trình số 59/TTr-LĐTBXH ngày "
            "14/8/2013 về việc phê duyệt Đề\nán thành lập Đội công tác xã hội tình nguyện trên địa\nbàn tỉnh Đồng "
            "Nai,\nQUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Đề án.\n")
    assert refs_of(text)["59/TTr-LĐTBXH"].subject == ("phê duyệt Đề án thành lập Đội công tác xã hội tình nguyện "
                                                     "trên địa bàn tỉnh Đồng Nai")


def test_a_ground_whose_opening_words_a_line_break_parts():
    # Quảng Nam's 216/QĐ-UBND (2023): `Căn\ncứ` right under the authority's line
    text = ("QUYẾT ĐỊNH\nVỀ VIỆC TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT\nỦY BAN NHÂN DÂN TỈNH QUẢNG NAM\nCăn\ncứ Luật Tổ chức "
            "chính quyền địa phương ngày 19/6/2015;\nCăn\ncứ Luật Đầu tư công ngày 13/6/2019;\nTheo\nđề nghị của Sở Kế "
            "hoạch và Đầu tư tại Tờ trình số 08/TTr-SKHĐT ngày 18/01/2023.\n")
    assert {label: r.relation for label, r in refs_of(text).items()} == {
        "77/2015/QH13": "based_on", "39/2019/QH14": "based_on", "08/TTr-SKHĐT": "cites"}


def test_a_title_keeps_a_range_that_a_line_break_parts_at_its_dash():
    # Đắk Lắk's 01/QCPH/UBND-UBMTTQ as LibreOffice's PDF wraps it
    doc = doc_of("ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\nSố: 01/QC-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐắk Lắk, ngày 27 "
                 "tháng 10 năm 2017\n\nQUY CHẾ\nPHỐI HỢP CÔNG TÁC GIAI ĐOẠN 2017-\n2021\n\nCăn cứ Luật Tổ chức chính "
                 "quyền địa phương ngày 19/6/2015;\n")
    assert doc.title == "PHỐI HỢP CÔNG TÁC GIAI ĐOẠN 2017-2021"


def test_the_evidence_of_a_mention_is_its_own_sentence():
    # Sơn La's 68/KH-UBND (2020): the second mention is in the paragraph's second sentence; an
    # abbreviation's stop (`TP.`) ends none
    text = ("Căn cứ Kế hoạch số 185-KH/TU ngày 03/01/2020 của Ban Thường vụ Tỉnh ủy thực hiện Chỉ thị số 37-CT/TW ngày "
            "03/9/2019 của Ban Bí thư. UBND tỉnh ban hành Kế hoạch triển khai thực hiện Chỉ thị số 37-CT/TW ngày "
            "03/9/2019 của Ban Bí thư, với các nội dung như sau:\nThực hiện chỉ đạo của UBND TP. Hồ Chí Minh tại Công "
            "văn số 1234/UBND-VX ngày 1/3/2020 về công tác;\n")
    refs = refs_of(text)
    assert [m.sentence[:40] for m in refs["37-CT/TW"].mentions] == [
        "Căn cứ Kế hoạch số 185-KH/TU ngày 03/01/", "UBND tỉnh ban hành Kế hoạch triển khai t"]
    assert refs["1234/UBND-VX"].mentions[0].sentence.startswith("Thực hiện chỉ đạo của UBND TP. Hồ Chí Minh")


def test_a_title_broken_before_a_bodys_name_goes_on():
    # Nghệ An's 594/KH-UBND (2021) as a PDF's text layer breaks its title: `… CỦA` / `THỦ TƯỚNG CHÍNH
    # PHỦ VỀ VIỆC …` is the title going on, not the issuing authority's line under it
    text = read_bytes("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 594/KH-UBND\nNghệ An, ngày 21 tháng 10 năm 2021\nKẾ HOẠCH\n"
                      "THỰC HIỆN CHỈ THỊ SỐ 19/CT-TTG NGÀY 16 THÁNG 7 NĂM 2021 CỦA\n"
                      "THỦ TƯỚNG CHÍNH PHỦ VỀ VIỆC PHÁT ĐỘNG THI ĐUA THỰC HIỆN THẮNG LỢI NHIỆM VỤ\n"
                      "PHÁT TRIỂN KINH TẾ - XÃ HỘI HẰNG NĂM\n"
                      "Thực hiện Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ về việc phát động thi\n"
                      "đua, Ủy ban nhân dân tỉnh Nghệ An ban hành Kế hoạch tổ chức thực hiện như sau:\n".encode())
    doc = extract_text(text, "<594>").document
    assert doc.title == ("THỰC HIỆN CHỈ THỊ SỐ 19/CT-TTG NGÀY 16 THÁNG 7 NĂM 2021 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ VIỆC "
                         "PHÁT ĐỘNG THI ĐUA THỰC HIỆN THẮNG LỢI NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI HẰNG NĂM")
    assert doc.issuer == "UBND tỉnh Nghệ An"


def test_a_justified_lines_spacing_does_not_hide_a_place():
    # Phan Rang - Tháp Chàm's outline (2024) as `pdftotext -layout` justifies it: words spaced to the
    # line's width, the province's name too; `của Ủy ban nhân dân tỉnh` is still Ninh Thuận's
    refs = refs_of("ĐỀ CƯƠNG TUYÊN TRUYỀN SẮP XẾP ĐƠN VỊ HÀNH CHÍNH CẤP XÃ GIAI ĐOẠN 2023-2025 TRÊN ĐỊA  BÀN\n"
                   "THÀNH  PHỐ  PHAN   RANG -  THÁP CHÀM\nI. Căn cứ pháp lý\n"
                   "Căn  cứ Phương án số 316/PA-UBND  ngày 19/01/2024 của Ủy ban nhân dân tỉnh về phương án\n"
                   "tổng  thể sắp  xếp đơn vị hành chính cấp huyện, cấp xã giai đoạn 2023-2025 của tỉnh Ninh   Thuận.\n")
    assert refs["316/PA-UBND"].issuer == "UBND tỉnh Ninh Thuận"


@pytest.mark.parametrize("cited, issuer, level, subject", [
    # the steering committees every level set up in 2025 for Nghị quyết 57-NQ/TW, named by what they steer
    ("Kế hoạch số 71-KH/BCĐ ngày 27 tháng 02 năm 2026 của Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới "
     "sáng tạo và chuyển đổi số xã An Thới Đông về thực hiện Nghị quyết số 57-NQ/TW trên địa bàn xã năm 2026",
     "Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số xã An Thới Đông", "commune",
     "thực hiện Nghị quyết số 57-NQ/TW trên địa bàn xã năm 2026"),
    ("Kế hoạch số 01-KH/BCĐTW ngày 21/01/2025 của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới "
     "sáng tạo và chuyển đổi số về triển khai Nghị quyết số 57-NQ/TW",
     "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số", "central",
     "triển khai Nghị quyết số 57-NQ/TW"),
    # or by the work it carries out (Hớn Quản's committee for grassroots democracy)
    ("Kế hoạch số 12/KH-BCĐ ngày 01/3/2026 của Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở huyện Hớn Quản về "
     "thực hiện dân chủ ở cơ sở năm 2026", "Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở huyện Hớn Quản", "district",
     "thực hiện dân chủ ở cơ sở năm 2026"),
    # … or the project it carries out (the 06 project's working groups; was `Tổ công tác`)
    ("Kế hoạch số 22/KH-TCT ngày 01/3/2026 của Tổ công tác triển khai Đề án 06 xã An Thới Đông về chuyển đổi số "
     "năm 2026", "Tổ công tác triển khai Đề án 06 xã An Thới Đông", "commune", "chuyển đổi số năm 2026"),
    # `về việc …` is the subject, of a committee named without what it steers
    ("Quyết định số 5/QĐ-BCĐ ngày 02/3/2026 của Ban Chỉ đạo về việc ban hành Quy chế hoạt động của Ban Chỉ đạo xã "
     "An Thới Đông", "Ban Chỉ đạo", None, "ban hành Quy chế hoạt động của Ban Chỉ đạo xã An Thới Đông"),
])
def test_a_body_named_by_what_it_steers(cited, issuer, level, subject):
    text = read_bytes(("ỦY BAN NHÂN DÂN\nXÃ AN THỚI ĐÔNG\nSố: 12/KH-UBND\nAn Thới Đông, ngày 20 tháng 3 năm 2026\n"
                       f"KẾ HOẠCH\nChuyển đổi số năm 2026\nThực hiện {cited}; Ủy ban nhân dân xã ban hành Kế hoạch như "
                       "sau:\nI. MỤC ĐÍCH, YÊU CẦU\n").encode())
    ref = extract_text(text, "<bcđ>").references[0]
    assert (ref.issuer, ref.level, ref.subject, ref.relation) == (issuer, level, subject, "implements")


@pytest.mark.parametrize("cited, label, subject", [
    # a PDF's line ends on a range's dash (Ninh Thuận's 10-NQ/TU, 2016, cited in a plan set as a PDF)
    ("Nghị quyết số 10-NQ/TU ngày 14/11/2016 của Ban Chấp hành Đảng bộ tỉnh về huy động nguồn lực, ưu tiên đầu tư "
     "xây dựng kết cấu hạ tầng cấp thiết giai đoạn 2016-\n2020", "10-NQ/TU",
     "huy động nguồn lực, ưu tiên đầu tư xây dựng kết cấu hạ tầng cấp thiết giai đoạn 2016-2020"),
    # or on a number-symbol's hyphen (Trường Tiểu học Xuân Phương's 155/KH-THXP, 2024)
    ("Kế hoạch số 155/KH-THXP ngày 23/8/2024 của Trường Tiểu học Xuân Phương về tuyển dụng lao động hợp đồng theo "
     "Nghị định 111/2022/NĐ-\nCP của Chính phủ", "155/KH-THXP",
     "tuyển dụng lao động hợp đồng theo Nghị định 111/2022/NĐ-CP của Chính phủ"),
])
def test_a_word_broken_at_its_dash_stays_one_in_a_subject(cited, label, subject):
    assert refs_of(f"Căn cứ {cited};")[label].subject == subject


def test_a_converters_markdown_of_a_word_file():
    # Khánh Hòa's 14084/KH-UBND (2024) as markitdown writes a Word file: the letterhead table's cell
    # paragraphs joined by two spaces on one row, a blank line between every two paragraphs, the
    # title set in several
    text = read_bytes("|  |  |\n| --- | --- |\n| ỦY BAN NHÂN DÂN  TỈNH KHÁNH HÒA  Số: 14084/KH-UBND | -------  CỘNG HÒA "
                      "XÃ HỘI  CHỦ NGHĨA VIỆT NAM  Độc lập - Tự do - Hạnh phúc  ---------------  Khánh Hòa, ngày 09 "
                      "tháng 12 năm 2024 |\n\nKẾ HOẠCH\n\nTRIỂN KHAI DỊCH VỤ CÔNG TRỰC TUYẾN\n\nTRÊN ĐỊA BÀN TỈNH KHÁNH "
                      "HÒA\n\nI. CĂN CỨ PHÁP LÝ\n\nLuật Giao dịch điện tử (sửa đổi) ngày 22/6/2023;\n".encode(), ".md")
    doc = extract_text(text, "<14084>").document
    assert (doc.label, doc.issuer, doc.level, doc.issued_date) == ("14084/KH-UBND", "UBND tỉnh Khánh Hòa", "province",
                                                                   "2024-12-09")
    assert doc.title == "TRIỂN KHAI DỊCH VỤ CÔNG TRỰC TUYẾN TRÊN ĐỊA BÀN TỈNH KHÁNH HÒA"


@pytest.mark.parametrize("motto", [("CỘNG HÒA XÃ HỘI", "CHỦ NGHĨA VIỆT NAM"), ("CỘNG HÒA XÃ", "HỘI CHỦ NGHĨA VIỆT NAM")])
def test_a_letterhead_whose_columns_a_pdf_text_layer_interleaves(motto):
    # Vĩnh Long's 43/KH-UBND (2022) as pdfminer (markitdown) reads a PDF: the two columns' lines taken
    # in turn, the motto broken after any word, the date line broken by the motto's second line
    first, second = motto
    text = read_bytes(f"ỦY BAN NHÂN DÂN\n\n-------\n\nTỈNH VĨNH LONG\n\n{first}\n\nSố: 43/KH-UBND\n\n{second}\n\n"
                      "Vĩnh Long, ngày\n\nĐộc lập - Tự do - Hạnh phúc\n\n06 tháng 6 năm 2022\n\n---------------\n\n"
                      "KẾ HOẠCH\n\nPHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ ĐẾN NĂM 2025\n\nThực hiện Quyết định số 411/QĐ-TTg, "
                      "ngày 31/3/2022 của Thủ tướng Chính phủ, UBND tỉnh ban hành Kế hoạch như sau:\n".encode())
    doc = extract_text(text, "<43>").document
    assert (doc.label, doc.issuer, doc.level, doc.issued_date) == ("43/KH-UBND", "UBND tỉnh Vĩnh Long", "province",
                                                                   "2022-06-06")


def test_a_number_parted_from_its_line_by_the_motto():
    text = read_bytes("ỦY BAN NHÂN DÂN\n\nTỈNH TIỀN GIANG\n\nCỘNG HÒA XÃ HỘI\n\nSố:\n\nCHỦ NGHĨA VIỆT NAM\n\n"
                      "15/2023/QĐ-UBND\n\nĐộc lập - Tự do - Hạnh phúc\n\nTiền Giang, ngày\n\n---------------\n\n"
                      "02 tháng 8 năm 2023\n\nQUYẾT ĐỊNH\n\nBAN HÀNH QUY ĐỊNH CƠ CHẾ QUAY VÒNG MỘT PHẦN VỐN\n".encode())
    doc = extract_text(text, "<15>").document
    assert (doc.label, doc.issuer, doc.issued_date) == ("15/2023/QĐ-UBND", "UBND tỉnh Tiền Giang", "2023-08-02")


def test_a_justified_title_still_says_what_the_plan_carries_out():
    # Kon Tum's 2516/KH-UBND (2014) as pdfminer reads its justified title: the words spaced to the width
    text = read_bytes("ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nSố: 2516/KH-UBND\nKon Tum, ngày 03 tháng 10 năm 2014\nKẾ HOẠCH\n"
                      "TRIỂN   KHAI   THỰC   HIỆN   QUYẾT   ĐỊNH   SỐ   34/2014/QĐ-TTG\nNGÀY 30/5/2014 CỦA THỦ TƯỚNG CHÍNH "
                      "PHỦ VỀ QUY ĐỊNH TIÊU CHUẨN XÃ, PHƯỜNG, THỊ TRẤN PHÙ HỢP VỚI TRẺ EM\nCăn cứ Quyết định số "
                      "34/2014/QĐ-TTg ngày 30/5/2014 của Thủ tướng Chính phủ về việc Quy định tiêu chuẩn xã, phường, "
                      "thị trấn phù hợp với trẻ em;\n".encode())
    refs = {r.label: r for r in extract_text(text, "<2516>").references}
    assert refs["34/2014/QĐ-TTg"].relation == "implements"


def test_a_range_broken_before_its_dash_does_not_open_a_list_item():
    # Nghệ An's 594/KH-UBND (2021) as pdfminer breaks its opening: `(2021` / `- 2025)` is one range,
    # so the second plan the opening names is still carried out; `- 100% …` opens an item
    refs = refs_of("Thực hiện Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ về việc phát động thi đua\n"
                   "thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội hằng năm và Kế hoạch 5 năm (2021\n"
                   "- 2025) theo Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và Kế hoạch số\n"
                   "16/KH-HĐTĐKT ngày 31/8/2021 của Hội đồng Thi đua - Khen thưởng Trung ương, Ủy ban nhân dân tỉnh\n"
                   "ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n")
    assert refs["16/KH-HĐTĐKT"].relation == "implements"


@pytest.mark.parametrize("cited", [
    # a Word footnote's mark, as a converter leaves it in the text, after any part of the citation
    "Nghị định số 04/2015/NĐ-CP[1] ngày 09/01/2015 của Chính phủ về thực hiện dân chủ trong cơ quan",
    "Nghị định số 04/2015/NĐ-CP ngày 09/01/2015[1] của Chính phủ[2] về thực hiện dân chủ[3] trong cơ quan",
    "Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ [2] về thực hiện dân chủ trong cơ quan",
    "Nghị định số 04/2015/NĐ-CP[^1] ngày 09/01/2015 của Chính phủ[^2] về thực hiện dân chủ trong cơ quan",  # pandoc's
])
def test_a_footnote_s_mark_is_no_part_of_a_citation(cited):
    ref = refs_of(f"Căn cứ {cited};")["04/2015/NĐ-CP"]
    assert (ref.issued_date, ref.issuer, ref.subject) == ("2015-01-09", "Chính phủ", "thực hiện dân chủ trong cơ quan")


@pytest.mark.parametrize("issuer, named, place", [
    ("UBND TP. Hồ Chí Minh", "UBND thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh"),
    ("UBND TP.HCM", "UBND thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh"),
    ("Ủy ban nhân dân Tp. Hà Nội", "UBND thành phố Hà Nội", "Thành phố Hà Nội"),
    ("UBND TX. Hoàng Mai", "UBND thị xã Hoàng Mai", "Tỉnh Nghệ An"),
])
def test_a_city_s_unit_word_cut_short_in_a_citation(issuer, named, place):
    ref = refs_of(f"Thực hiện Kế hoạch số 114/KH-UBND ngày 10/4/2024 của {issuer} về công tác dân vận;")["114/KH-UBND"]
    assert (ref.issuer, ref.locality.province, ref.subject) == (named, place, "công tác dân vận")


def test_a_markdown_footnote_s_reference_stands_where_its_mark_stands():
    # pandoc writes a DOCX's footnote as `[^1]` in the text and `[^1]: …` after it
    body = ("KẾ HOẠCH\nthực hiện công tác dân vận\n\nThực hiện các Kết luận của Bộ Chính trị[^1], UBND xã ban hành kế "
            "hoạch như sau:\n\nI. MỤC ĐÍCH\n\nNội dung.\n\n[^1]: Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về "
            "công tác dân vận.\n")
    ref = refs_of(body)["114-KL/TW"]
    assert (ref.relation, ref.issuer, ref.subject) == ("implements", "Ban Bí thư", "công tác dân vận")


def test_a_commune_s_youth_union_is_named_as_citations_name_it():
    # `BCH ĐOÀN XÃ …` (a district's is its `Huyện đoàn`): `Đoàn`, the organisation, not `đoàn`
    doc = doc_of("ĐOÀN TNCS HỒ CHÍ MINH\nBCH ĐOÀN XÃ MINH TÂM\n***\nSố: 12-KH/ĐTN\nMinh Tâm, ngày 05 tháng 3 năm "
                 "2023\n\nKẾ HOẠCH\nthực hiện Chỉ thị số 05-CT/TW\n\nThực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016.\n")
    ref = refs_of("Thực hiện Kế hoạch số 12-KH/ĐTN ngày 05/3/2023 của Ban Chấp hành Đoàn xã Minh Tâm về A;")["12-KH/ĐTN"]
    assert (doc.issuer, doc.level) == (ref.issuer, ref.level) == ("Ban Chấp hành Đoàn xã Minh Tâm", "commune")


@pytest.mark.parametrize("letterhead, issuer", [
    # the district's Youth Union over the commune's: the commune's issues, placed by the line above
    ("HUYỆN ĐOÀN HỚN QUẢN\nBCH ĐOÀN XÃ MINH TÂM", "Ban Chấp hành Đoàn xã Minh Tâm"),
    # the national organisation over its commune chapter: not a second body of a joint letterhead
    ("HỘI CỰU CHIẾN BINH VIỆT NAM\nHỘI CCB XÃ MINH TÂM", "Hội CCB xã Minh Tâm"),
    # … while the Front's committee is one name over two lines
    ("ỦY BAN MTTQ VIỆT NAM\nXÃ MINH TÂM\nBAN THƯỜNG TRỰC", "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Minh Tâm"),
    # a central body over its office in a province (`Bộ công an công an tỉnh …`, `Tổng cục thuế cục thuế …`)
    ("BỘ CÔNG AN\nCÔNG AN TỈNH BÌNH PHƯỚC", "Công an tỉnh Bình Phước"),
    ("TỔNG CỤC THUẾ\nCỤC THUẾ TỈNH BÌNH PHƯỚC", "Cục Thuế tỉnh Bình Phước"),
    # a national body's branch (it was `Ngân hàng chính sách xã Hội Chi Nhánh …`, a commune's body)
    ("NGÂN HÀNG CHÍNH SÁCH XÃ HỘI\nCHI NHÁNH TỈNH BÌNH PHƯỚC", "Chi nhánh Ngân hàng chính sách xã hội tỉnh Bình Phước"),
    ("NGÂN HÀNG CHÍNH SÁCH XÃ HỘI VIỆT NAM\nCHI NHÁNH TỈNH BÌNH PHƯỚC",
     "Chi nhánh Ngân hàng chính sách xã hội tỉnh Bình Phước"),
])
def test_a_local_chapter_under_its_organisation_s_line(letterhead, issuer):
    doc = doc_of(f"{letterhead}\n***\nSố: 05-KH/ĐTN\nMinh Tâm, ngày 12 tháng 4 năm 2024\n\nKẾ HOẠCH\nTuyên truyền năm "
                 "2024\n\nThực hiện Kế hoạch số 114/KH-UBND ngày 10/4/2024 của UBND huyện Hớn Quản;\n")
    level, district = ("province", None) if "TỈNH BÌNH" in letterhead else ("commune", "Huyện Hớn Quản")
    assert (doc.issuer, doc.level, doc.locality.province, doc.locality.district) == (
        issuer, level, "Tỉnh Bình Phước", district)


@pytest.mark.parametrize("cited, label, level", [
    # `TƯ` as people write `Trung ương`: the Centre's resolution, one node with its `TW` citations
    ("Nghị quyết số 57-NQ/TƯ ngày 22/12/2024 của Bộ Chính trị về phát triển khoa học", "57-NQ/TW", "central"),
    ("Nghị quyết số 57-NQ/TƯ ngày 22/12/2024 về phát triển khoa học", "57-NQ/TW", "central"),
    # … and a Tỉnh ủy's `TU` misread, where a local body issued it (Thừa Thiên Huế's 445-KL/TU, 2022, scanned)
    ("Nghị quyết 13-NQ/TƯ của Tỉnh ủy Thừa Thiên Huế (khóa XIV) về kết cấu hạ tầng", "13-NQ/TU", "province"),
])
def test_a_party_symbol_s_body_written_with_a_horn(cited, label, level):
    ref = refs_of(f"Căn cứ {cited};")[label]
    assert ref.level == level


def test_a_provincial_committee_s_own_number_written_with_a_horn():
    doc = doc_of("TỈNH ỦY THỪA THIÊN HUẾ\nĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 445-KL/TƯ\nThừa Thiên Huế, ngày 13 tháng 5 "
                 "năm 2022\nKẾT LUẬN\nvề xây dựng hệ thống kết cấu hạ tầng\nSau 10 năm thực hiện Nghị quyết.\n")
    assert (doc.label, doc.level) == ("445-KL/TU", "province")


def test_a_citation_in_capitals_keeps_its_date_in_words():
    # a title set in capitals spells the date's words in capitals too (`NGÀY 26 THÁNG 11 NĂM 2021`)
    ref = refs_of("KẾ HOẠCH THỰC HIỆN CHỈ THỊ SỐ 33/CT-TTG NGÀY 26 THÁNG 11 NĂM 2021 CỦA THỦ TƯỚNG "
                  "CHÍNH PHỦ VỀ TIẾP TỤC TĂNG CƯỜNG CÔNG TÁC DÂN VẬN\n")["33/CT-TTg"]
    assert (ref.issued_date, ref.subject) == ("2021-11-26", "TIẾP TỤC TĂNG CƯỜNG CÔNG TÁC DÂN VẬN")


@pytest.mark.parametrize("letterhead, number, issuer", [
    # a ministry's department under the ministry's line issues (it was named as the ministry)
    ("BỘ Y TẾ\nCỤC QUẢN LÝ KHÁM, CHỮA BỆNH", "Số: 1234/KH-KCB", "Cục Quản lý khám, chữa bệnh"),
    ("BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\nTỔNG CỤC THỦY LỢI", "Số: 1234/KH-TCTL", "Tổng cục Thủy lợi"),
    ("BỘ XÂY DỰNG\nTHANH TRA BỘ", "Số: 1234/KH-TTr", "Thanh tra Bộ Xây dựng"),
    ("BỘ Y TẾ", "Số: 1234/KH-BYT", "Bộ Y tế"),
    # the central Party committees of 2025 and the Central Office (were no issuer, or `Văn phòng trung ương`)
    ("ĐẢNG BỘ CÁC CƠ QUAN ĐẢNG TRUNG ƯƠNG\nĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TRUNG ƯƠNG", "Số 15-HD/ĐU\tĐẢNG CỘNG SẢN VIỆT NAM",
     "Đảng ủy các cơ quan Đảng Trung ương"),
    ("ĐẢNG ỦY MẶT TRẬN TỔ QUỐC,\nCÁC ĐOÀN THỂ TRUNG ƯƠNG", "Số 15-HD/ĐU\tĐẢNG CỘNG SẢN VIỆT NAM",
     "Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương"),
    ("BAN CHẤP HÀNH TRUNG ƯƠNG\nVĂN PHÒNG", "Số 15-HD/VPTW\tĐẢNG CỘNG SẢN VIỆT NAM", "Văn phòng Trung ương Đảng"),
    ("BAN CHẤP HÀNH TRUNG ƯƠNG\nBAN TỔ CHỨC", "Số 15-HD/BTCTW\tĐẢNG CỘNG SẢN VIỆT NAM", "Ban Tổ chức Trung ương"),
])
def test_a_central_body_s_office_or_committee_under_its_line(letterhead, number, issuer):
    doc = doc_of(f"{letterhead}\n-------\n{number}\nHà Nội, ngày 12 tháng 3 năm 2025\n\nHƯỚNG DẪN\nTriển khai "
                 "năm 2025\n\nThực hiện Chỉ thị số 25/CT-TTg ngày 30/8/2023 của Thủ tướng Chính phủ;\n")
    assert (doc.issuer, doc.level) == (issuer, "central")


def test_the_citing_body_s_act_ends_a_subject_though_its_name_has_a_comma():
    ref = refs_of("Thực hiện Quyết định số 3877/QĐ-BYT ngày 10/10/2023 của Bộ trưởng Bộ Y tế về việc ban hành Kế hoạch "
                  "hành động, Cục Quản lý Khám, chữa bệnh xây dựng Kế hoạch như sau:\n")["3877/QĐ-BYT"]
    assert ref.subject == "ban hành Kế hoạch hành động"


@pytest.mark.parametrize("cited, issuer, subject", [
    # `Ban Chỉ đạo 389 quốc gia`: its name's comma and `và hàng giả` end neither the issuer nor the subject
    ("Kế hoạch số 2812/KH-BCĐ389 ngày 20/12/2023 của Ban Chỉ đạo quốc gia chống buôn lậu, gian lận thương mại và "
     "hàng giả (Ban Chỉ đạo 389 quốc gia) về cao điểm đấu tranh chống buôn lậu dịp Tết Nguyên đán Giáp Thìn 2024",
     "Ban Chỉ đạo quốc gia chống buôn lậu, gian lận thương mại và hàng giả",
     "cao điểm đấu tranh chống buôn lậu dịp Tết Nguyên đán Giáp Thìn 2024"),
    # the council for defence and security education (was cut at `và`)
    ("Kế hoạch số 17/KH-HĐGDQPAN ngày 02/3/2024 của Hội đồng Giáo dục quốc phòng và an ninh tỉnh Bình Phước về "
     "giáo dục quốc phòng năm 2024", "Hội đồng Giáo dục quốc phòng và an ninh tỉnh Bình Phước",
     "giáo dục quốc phòng năm 2024"),
    # the council for legal education, at every level
    ("Kế hoạch số 05/KH-HĐPH ngày 02/3/2024 của Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh Bình Phước về "
     "phổ biến, giáo dục pháp luật năm 2024", "Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh Bình Phước",
     "phổ biến, giáo dục pháp luật năm 2024"),
])
def test_a_body_s_name_with_a_comma_is_named_whole(cited, issuer, subject):
    ref = refs_of(f"Thực hiện {cited};\n").popitem()[1]
    assert (ref.issuer, ref.subject) == (issuer, subject)


def test_a_joint_act_s_issuers_parted_by_commas_leave_its_subject():
    refs = refs_of("Căn cứ Thông tư liên tịch số 64/2015/TTLT-BTC-BCT-BCA-BQP ngày 08/5/2015 của Bộ Tài chính, Bộ Công "
                   "Thương, Bộ Công an, Bộ Quốc phòng quy định cơ chế phối hợp;\nCăn cứ Nghị quyết liên tịch số "
                   "403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017 của Ủy ban Thường vụ Quốc hội, Chính phủ, Đoàn "
                   "Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam quy định chi tiết các hình thức giám sát;\n")
    assert (refs["64/2015/TTLT-BTC-BCT-BCA-BQP"].issuer, refs["64/2015/TTLT-BTC-BCT-BCA-BQP"].subject) == (
        "Bộ Tài chính, Bộ Công Thương, Bộ Công an và Bộ Quốc phòng", "quy định cơ chế phối hợp")
    assert refs["403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN"].subject == "quy định chi tiết các hình thức giám sát"


def test_the_citing_text_s_aim_after_the_place_ends_a_subject():
    # corpus 008 (Nghệ An, 2025): no comma parts the cited decision's subject from what the text wants of it
    ref = refs_of("tham mưu UBND tỉnh sửa đổi, bổ sung hoặc thay thế Quyết định số 46/2022/QĐ-UBND\nngày 12/09/2022 của "
                  "UBND tỉnh quy định về khu vực bảo vệ, khu vực cấm tập trung\nđông người trên địa bàn tỉnh Nghệ An phù "
                  "hợp với các nội dung của Luật sửa đổi, bổ sung\nLuật Bảo vệ bí mật nhà nước;\n")["46/2022/QĐ-UBND"]
    assert ref.subject == "quy định về khu vực bảo vệ, khu vực cấm tập trung đông người trên địa bàn tỉnh Nghệ An"


def test_a_list_s_lead_names_the_issuer_of_its_items():
    # Hưng Yên's 28/CTr-UBND (2022): the council's resolutions listed after their issuer, each after a semicolon
    refs = refs_of("ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN\nSố: 28/CTr-UBND\nHưng Yên, ngày 18 tháng 02 năm 2022\nCHƯƠNG TRÌNH "
                   "HÀNH ĐỘNG\nPhục hồi kinh tế\nThực hiện Nghị quyết số 11/NQ-CP ngày\n30/01/2022 của Chính phủ về Chương "
                   "trình phục hồi; các Nghị quyết của Hội đồng nhân dân tỉnh: số\n340/NQ-HĐND ngày 22/12/2020 về nhiệm vụ "
                   "phát triển kinh tế - xã hội 5 năm; 148/NQ-HĐND ngày 26/10/2021 về kế hoạch tài chính 5\nnăm; số 158/NQ-"
                   "HĐND ngày 08/12/2021 về dự toán thu ngân\nsách nhà nước trên địa bàn; thu chi ngân sách địa phương năm "
                   "2022; số\n163/NQ-HĐND ngày 08/12/2021 về kế hoạch đầu tư công năm 2022 và Công văn số\n892/BKHĐT-TH ngày "
                   "14/02/2022 của Bộ Kế hoạch và Đầu tư, Ủy ban nhân dân tỉnh ban hành Chương trình hành động như sau:\n"
                   "I. MỤC ĐÍCH\nThực hiện Nghị quyết số 17/NQ-HĐND ngày 10/7/2022 về đầu tư.\n")
    assert {label: refs[label].issuer for label in refs} == {
        "11/NQ-CP": "Chính phủ", "340/NQ-HĐND": "HĐND tỉnh Hưng Yên", "148/NQ-HĐND": "HĐND tỉnh Hưng Yên",
        "158/NQ-HĐND": "HĐND tỉnh Hưng Yên", "163/NQ-HĐND": "HĐND tỉnh Hưng Yên",
        "892/BKHĐT-TH": "Bộ Kế hoạch và Đầu tư", "17/NQ-HĐND": None}


@pytest.mark.parametrize("byline, signature, issuer", [
    # a central Party document under `BAN CHẤP HÀNH TRUNG ƯƠNG` is the Politburo's or the Secretariat's when
    # its byline or its signature says so, as citations name it (`Chỉ thị số 35-CT/TW … của Bộ Chính trị`:
    # it was the Central Committee's, a conflict with every citation)
    ("CỦA BỘ CHÍNH TRỊ\n", "T/M BỘ CHÍNH TRỊ\nTỔNG BÍ THƯ\n\nTô Lâm", "Bộ Chính trị"),
    ("", "T/M BAN BÍ THƯ\n\nTrần Cẩm Tú", "Ban Bí thư"),
    ("CỦA BAN BÍ THƯ\n", "Trần Cẩm Tú", "Ban Bí thư"),
    ("", "T/M BAN CHẤP HÀNH TRUNG ƯƠNG\nTỔNG BÍ THƯ\n\nTô Lâm", "Ban Chấp hành Trung ương"),
])
def test_a_central_party_document_is_the_organ_s_that_signs_it(byline, signature, issuer):
    doc = doc_of("BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 35-CT/TW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 14 tháng 6 năm 2024\n\n"
                 f"CHỈ THỊ\n{byline}về đại hội đảng bộ các cấp\n\nĐại hội đảng bộ các cấp là sinh hoạt chính trị.\n\n"
                 f"{signature}\n\nNơi nhận:\n- Các tỉnh ủy,\n- Lưu Văn phòng Trung ương Đảng.\n")
    assert (doc.issuer, doc.level, doc.title) == (issuer, "central", "về đại hội đảng bộ các cấp")


def test_a_list_s_items_parted_by_commas_share_its_lead_and_a_day_said_to_be_the_same():
    # Quảng Ngãi's 58/KH-UBND (2024): the council's resolutions after their issuer, parted by a comma (the
    # second had no issuer); three decisions of `cùng ngày` (the same day: none had a date, nor an issuer)
    refs = refs_of("KẾ HOẠCH\nThực hiện các Nghị quyết năm 2024\n\nCăn cứ các Nghị quyết của Hội đồng nhân dân tỉnh: số "
                   "45/NQ-HĐND, 46/NQ-HĐND ngày 08/12/2023 về kế hoạch phát triển kinh tế - xã hội năm 2024;\nThực hiện "
                   "Quyết định số 23/QĐ-UBND, số 24/QĐ-UBND và số 25/QĐ-UBND cùng ngày 10/01/2024 của Ủy ban nhân dân tỉnh "
                   "Quảng Ngãi;\nỦy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:\nI. MỤC ĐÍCH\n")
    assert {label: (r.issuer, r.issued_date, r.year) for label, r in refs.items()} == {
        "45/NQ-HĐND": ("HĐND tỉnh Quảng Ngãi", None, 2023), "46/NQ-HĐND": ("HĐND tỉnh Quảng Ngãi", "2023-12-08", 2023),
        **dict.fromkeys(("23/QĐ-UBND", "24/QĐ-UBND", "25/QĐ-UBND"), ("UBND tỉnh Quảng Ngãi", "2024-01-10", 2024))}


_XIII = "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"


@pytest.mark.parametrize("cited, name, issuer, year", [
    # a Party congress's resolution, cited by name (seeds 000, 001, 002, 003, 004 each cite one or more: they
    # were no reference): the national congress by its term however written, and the year it met
    *((cited, _XIII, "Đại hội đại biểu toàn quốc của Đảng", 2021)
      for cited in (_XIII, "Nghị quyết Đại hội XIII của Đảng", "Nghị quyết Đại hội lần thứ XIII của Đảng",
                    "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII", "Nghị quyết Đại hội Đảng lần thứ XIII",
                    "Nghị\nquyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng")),
    ("Nghị quyết Đại hội đại biểu lần thứ XIV của Đảng", "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",
     "Đại hội đại biểu toàn quốc của Đảng", 2026),
    # a local one by its organisation (the citing text's own when it names no place), and its term or years
    ("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI", "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Bình Phước lần thứ XI",
     "Đảng bộ tỉnh Bình Phước", None),
    ("Nghị quyết Đại hội\nĐảng bộ tỉnh nhiệm kỳ 2020 - 2025",
     "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Bình Phước nhiệm kỳ 2020 - 2025", "Đảng bộ tỉnh Bình Phước", 2020),
    ("Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ XV, nhiệm kỳ 2020 – 2025",
     "Nghị quyết Đại hội đại biểu Đảng bộ xã Minh Tâm lần thứ XV", "Đảng bộ xã Minh Tâm", 2020),
    ("Nghị quyết Đại hội Đảng bộ huyện Hớn Quản lần thứ XII",
     "Nghị quyết Đại hội đại biểu Đảng bộ huyện Hớn Quản lần thứ XII", "Đảng bộ huyện Hớn Quản", None),
])
def test_a_party_congress_s_resolution_cited_by_name(cited, name, issuer, year):
    refs = refs_of("UBND HUYỆN HỚN QUẢN\nỦY BAN NHÂN DÂN\nXÃ MINH TÂM\nSố: 5/KH-UBND\nMinh Tâm, ngày 03 tháng 4 năm "
                   f"2024\n\nKẾ HOẠCH\nDân vận\n\nThực hiện {cited} về công tác dân vận,\nUBND xã ban hành Kế hoạch "
                   "như sau:\nI. MỤC ĐÍCH\n")
    assert [(r.label, r.name, r.doc_type, r.issuer, r.year, r.relation) for r in refs.values()] == [
        (None, name, "Nghị quyết", issuer, year, "implements")]


@pytest.mark.parametrize("text", [
    # a congress of all levels is no one document, nor one named by neither term nor years
    "Thực hiện có hiệu quả Nghị quyết Đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030;",
    "Thực hiện Nghị quyết Đại hội Đảng bộ huyện về công tác dân vận;",
])
def test_a_congress_named_by_neither_term_nor_place_is_no_reference(text):
    assert refs_of(text) == {}


def test_a_congress_named_in_a_quoted_motto_is_part_of_the_subject():
    # seed 003: the campaign's motto in quotation marks names the commune's congress
    motto = ("“Đẩy mạnh chuyển đổi số để thực hiện thắng lợi Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ XV, "
             "nhiệm kỳ 2020 - 2025”")
    refs = refs_of(f"Căn cứ Kế hoạch số 95/KH-UBND, ngày 30/12/2024 của UBND xã về phát động phong trào thi đua "
                   f"với chủ đề: {motto}.\n")
    assert refs["95/KH-UBND"].subject == f"phát động phong trào thi đua với chủ đề: {motto}"
    assert [r.relation for r in refs.values()] == ["based_on", "cites"]


@pytest.mark.parametrize("letterhead, heading, title", [
    # Yên Bái's 17-CT/TU (2018): who issues a Party document, under its type, is no part of its title
    ("TỈNH ỦY YÊN BÁI\n*\nSố 17-CT/TU", "CHỈ THỊ\ncủa Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của các cấp ủy",
     "về tăng cường sự lãnh đạo của các cấp ủy"),
    ("BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 50-CT/TW", "CHỈ THỊ\nCỦA BAN BÍ THƯ\nvề tiếp tục đổi mới sinh hoạt chi bộ",
     "về tiếp tục đổi mới sinh hoạt chi bộ"),
])
def test_a_party_document_s_byline_is_not_its_title(letterhead, heading, title):
    doc = doc_of(f"{letterhead}\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 06 tháng 8 năm 2025\n\n{heading}\n\n"
                 "Thực hiện Quy định số 339-QĐ/TW ngày 10/7/2025 của Ban Bí thư.\n")
    assert doc.title == title


@pytest.mark.parametrize("letterhead, authority, issuer", [
    # the authority's line under a decision's title: its head issues it (Sơn La's 254/QĐ-UBND of 2023)
    ("ỦY BAN NHÂN DÂN\nTỈNH SƠN LA", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", "Chủ tịch UBND tỉnh Sơn La"),
    ("BỘ Y TẾ", "BỘ TRƯỞNG BỘ Y TẾ", "Bộ trưởng Bộ Y tế"),
    ("UBND TỈNH SƠN LA\nSỞ Y TẾ", "GIÁM ĐỐC SỞ Y TẾ", "Giám đốc Sở Y tế tỉnh Sơn La"),
    # … or the committee itself (Đồng Nai's 2830/QĐ-UBND of 2025)
    ("ỦY BAN NHÂN DÂN\nTỈNH SƠN LA", "ỦY BAN NHÂN DÂN TỈNH SƠN LA", "UBND tỉnh Sơn La"),
])
def test_the_head_who_issues_a_decision(letterhead, authority, issuer):
    doc = doc_of(f"{letterhead}\nSố: 254/QĐ-UBND\nSơn La, ngày 17 tháng 02 năm 2023\n\nQUYẾT ĐỊNH\nBan hành Kế hoạch "
                 f"bảo vệ bí mật nhà nước\n\n{authority}\n\nCăn cứ Luật Bảo vệ bí mật nhà nước ngày 15 tháng 11 năm 2018;\n")
    assert doc.issuer == issuer


@pytest.mark.parametrize("cited, issuer", [("Đảng ủy", "Đảng ủy xã Minh Tâm"),
                                           ("Ban Thường vụ Đảng ủy", "Ban Thường vụ Đảng ủy xã Minh Tâm"),
                                           ("Thường trực Đảng ủy", "Thường trực Đảng ủy xã Minh Tâm")])
def test_a_commune_s_text_names_its_own_party_committee_without_its_place(cited, issuer):
    # (were unplaced bodies, of no level)
    ref = refs_of("ỦY BAN NHÂN DÂN\nXÃ MINH TÂM\nHUYỆN HỚN QUẢN\nSố: 5/KH-UBND\nMinh Tâm, ngày 03 tháng 4 năm 2024\n\n"
                  f"KẾ HOẠCH\nDân vận\n\nThực hiện Nghị quyết số 12-NQ/ĐU ngày 1/3/2024 của {cited} về công tác dân vận;\n"
                  )["12-NQ/ĐU"]
    assert (ref.issuer, ref.level) == (issuer, "commune")


def test_a_committee_named_by_its_place_alone():
    # `của UBND Hồng Phong` in a plan of xã Hồng Phong (Lạng Sơn, 2026): its own commune; `UBND Lạng Sơn` the
    # province; a name that is neither stays as written
    refs = refs_of("ỦY BAN NHÂN DÂN\nXÃ HỒNG PHONG\nSố: 80/KH-UBND\nHồng Phong, ngày 10 tháng 4 năm 2026\nKẾ HOẠCH\n"
                   "Dân vận xã Hồng Phong, tỉnh Lạng Sơn\nThực hiện Kế hoạch số 70/KH-UBND ngày 09/4/2026 của UBND Hồng "
                   "Phong về cải cách hành chính; Kế hoạch số 12/KH-UBND ngày 1/4/2026 của UBND Lạng Sơn về dân vận; Kế "
                   "hoạch số 13/KH-UBND ngày 1/4/2026 của UBND Tân Phú về dân vận; Nghị quyết số 05-NQ/ĐU ngày 1/3/2026 "
                   "của Đảng ủy Hồng Phong về dân vận;\n")
    assert [(refs[n].issuer, refs[n].level) for n in ("70/KH-UBND", "12/KH-UBND", "13/KH-UBND", "05-NQ/ĐU")] == [
        ("UBND xã Hồng Phong", "commune"), ("UBND tỉnh Lạng Sơn", "province"), ("UBND Tân Phú", None),
        ("Đảng ủy xã Hồng Phong", "commune")]


@pytest.mark.parametrize("opening", ["Trong những năm qua, quán triệt và thực hiện",
                                     "Thời gian qua, thực hiện", "Sau 5 năm thực hiện"])
def test_a_sentence_that_looks_back_does_not_carry_its_document_out(opening):
    # Yên Bái's 17-CT/TU (2018) opens with what was done under Kết luận 100-KL/TW, right under its title
    doc = extract_text(read_bytes((
        "TỈNH ỦY YÊN BÁI\n*\nSố 17-CT/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nYên Bái, ngày 06 tháng 8 năm 2018\n\nCHỈ THỊ\n"
        "về tăng cường công tác dư luận xã hội trong tình hình mới\n\n"
        f"{opening} Kết luận số 100-KL/TW ngày 18/8/2014 của Ban Bí thư về đổi mới công tác dư luận xã hội, công "
        "tác này đã đạt nhiều kết quả.\n").encode()), "<test>")
    assert doc.references[0].relation == "cites"


@pytest.mark.parametrize("focus", ["tập trung vào việc tuyên truyền sâu rộng để nâng cao nhận thức",
                                   "trong đó tập trung tuyên truyền sâu rộng để nâng cao nhận thức"])
def test_what_the_text_focuses_on_under_a_document_ends_its_subject(focus):
    # seed 002 (Lạng Sơn, 2026): no comma parts Nghị quyết 57's subject from the work the plan sets
    ref = refs_of("Tăng cường thực hiện công tác dân vận gắn với thực hiện Nghị quyết 57-NQ/TW, ngày 22/12/2024 của Bộ Chính "
                  "trị về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia "
                  f"{focus}, tạo đồng thuận.\n")["57-NQ/TW"]
    assert ref.subject == "phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia"


@pytest.mark.parametrize("act", ["Chủ tịch UBND phường kết luận như sau:", "Chủ tịch UBND tỉnh chỉ thị:"])
def test_a_notice_s_or_directive_s_own_act_ends_a_subject(act):
    ref = refs_of(f"Thực hiện Công văn số 4567/SNV-XDCQ ngày 20/9/2025 của Sở Nội vụ về hướng dẫn sắp xếp tổ dân phố, "
                  f"{act}\n")["4567/SNV-XDCQ"]
    assert ref.subject == "hướng dẫn sắp xếp tổ dân phố"


@pytest.mark.parametrize("office, issuer", [
    # a 2025 commune's Party committee's offices, named with it as a Tỉnh ủy's are (it was `Ban xây dựng
    # đảng, Đảng ủy xã …`, and `ỦY BAN KIỂM TRA` read as a commune `Tân Khai Ủy` with `Ban Kiểm tra`)
    ("BAN XÂY DỰNG ĐẢNG", "Ban Xây dựng Đảng Đảng ủy xã Tân Khai"),
    ("VĂN PHÒNG", "Văn phòng Đảng ủy xã Tân Khai"),
    ("ỦY BAN KIỂM TRA", "Ủy ban Kiểm tra Đảng ủy xã Tân Khai"),
])
def test_a_commune_party_committee_s_office(office, issuer):
    doc = doc_of(f"ĐẢNG BỘ TỈNH ĐỒNG NAI\nĐẢNG ỦY XÃ TÂN KHAI\n{office}\n*\nSố 15-KH/ĐU\tĐẢNG CỘNG SẢN VIỆT NAM\nTân "
                 "Khai, ngày 12 tháng 9 năm 2025\n\nKẾ HOẠCH\nTuyên truyền\n\nThực hiện Kết luận số 150-KL/TW ngày "
                 "14/4/2025 của Bộ Chính trị;\n")
    assert (doc.issuer, doc.level, doc.locality.province, doc.locality.commune) == (
        issuer, "commune", "Tỉnh Đồng Nai", "Xã Tân Khai")


@pytest.mark.parametrize("cited, label, issuer", [
    # (`Ban xây dựng đảng …` and `… công an tỉnh …` were bodies apart from their letterheads')
    ("Kế hoạch số 15-KH/ĐU ngày 12/9/2025 của Ban xây dựng đảng Đảng ủy xã Tân Khai", "15-KH/ĐU",
     "Ban Xây dựng Đảng Đảng ủy xã Tân Khai"),
    ("Kế hoạch số 12/KH-PC08 ngày 01/9/2024 của Phòng Cảnh sát giao thông Công an tỉnh Bình Phước", "12/KH-PC08",
     "Phòng Cảnh sát giao thông Công an tỉnh Bình Phước"),
])
def test_an_office_cited_is_named_as_its_letterhead_names_it(cited, label, issuer):
    assert refs_of(f"Thực hiện {cited} về tuyên truyền;\n")[label].issuer == issuer


@pytest.mark.parametrize("glued, words", [
    # web copies that lost their line breaks (Ninh Thuận's 55/2007, Kon Tum's 2516/KH-UBND, U Minh Thượng's
    # plan of 2021) and a PDF's text layer that lost its spaces
    ("Sở Kế hoạchvà Đầu tư", "Sở Kế hoạch và Đầu tư"), ("Hội đồngnhân dân tỉnh", "Hội đồng nhân dân tỉnh"),
    ("kèm theoQuyết định này", "kèm theo Quyết định này"), ("phê duyệt Kếhoạch", "phê duyệt Kế hoạch"),
    ("Thương binh vàXã hội", "Thương binh và Xã hội"), ("TRIỂNKHAI", "TRIỂN KHAI"), ("CHÍNHPHỦ", "CHÍNH PHỦ"),
    ("lâm nghiệpngư nghiệp", "lâm nghiệp ngư nghiệp"), ("Kếhoạchvà", "Kế hoạch và"),
    # a range of years whose dash was dropped (Kiên Giang's 1961/QĐ-UBND of 2019, a PDF's text layer)
    ("giai đoạn 20112020", "giai đoạn 2011-2020"), ("mã số 20202020, 20251990", "mã số 20202020, 20251990"),
    # what stays: a word cut two ways, a loanword, names and initials, foreign words, codes
    ("thanhân", "thanhân"), ("panô, áp phích", "panô, áp phích"), (
        "ứng dụng VNeID, TikTok, online", "ứng dụng VNeID, TikTok, online"),
    ("Krông Búk, Đắk Lắk", "Krông Búk, Đắk Lắk"), ("HĐND, ĐCTUBTWMTTQVN, COVID-19", "HĐND, ĐCTUBTWMTTQVN, COVID-19"),
])
def test_words_glued_by_a_copy_are_parted(glued, words):
    assert unglued(glued) == words


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*/*.txt")), ids=lambda p: p.name)
def test_no_word_of_a_real_document_is_parted(path):
    text = read_file(path).clean
    assert unglued(text) == text


def test_a_glued_issuer_is_the_body_it_names():
    ref = refs_of("Căn cứ Nghị quyết số 18/2006/NQ-HĐND ngày 18/12/2006 của Hội đồngnhân dân tỉnh Ninh Thuận về việc phê "
                  "duyệt Kếhoạch hành động Vì sự tiến bộ phụ nữ;\n")["18/2006/NQ-HĐND"]
    assert (ref.issuer, ref.subject) == ("HĐND tỉnh Ninh Thuận", "phê duyệt Kế hoạch hành động Vì sự tiến bộ phụ nữ")
