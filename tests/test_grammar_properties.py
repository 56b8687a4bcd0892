"""Property-based tests of the reference grammar (vn-references.md §1 shapes, §3 noise).

Any well-formed reference, written with the noise real plans have and set in random Vietnamese
context, is found with its canonical label, date and issuer; text without references yields none.
"""
import textwrap
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loaders.extract import extract_text
from loaders.read import read_bytes

# (type word, symbol template, issuer as written, issuer as extracted); {n} number, {y} year
KINDS = [
    ("Chỉ thị", "{n}/CT-TTg", "Thủ tướng Chính phủ", "Thủ tướng Chính phủ"),
    ("Quyết định", "{n}/QĐ-TTg", "Thủ tướng Chính phủ", "Thủ tướng Chính phủ"),
    ("Nghị quyết", "{n}/NQ-CP", "Chính phủ", "Chính phủ"),
    ("Nghị định", "{n}/{y}/NĐ-CP", "Chính phủ", "Chính phủ"),
    ("Thông tư", "{n}/{y}/TT-BNV", "Bộ Nội vụ", "Bộ Nội vụ"),
    ("Luật", "{n}/{y}/QH14", "Quốc hội", "Quốc hội"),
    ("Kết luận", "{n}-KL/TW", "Ban Bí thư", "Ban Bí thư"),
    ("Nghị quyết", "{n}-NQ/TW", "Bộ Chính trị", "Bộ Chính trị"),
    ("Chỉ thị", "{n}-CT/TW", "Ban Bí thư", "Ban Bí thư"),
    ("Kế hoạch", "{n}/KH-UBND", "UBND tỉnh Lạng Sơn", "UBND tỉnh Lạng Sơn"),
    ("Kế hoạch", "{n}/KH-UBND", "Ủy ban nhân dân tỉnh Lạng Sơn", "UBND tỉnh Lạng Sơn"),
    ("Quyết định", "{n}/QĐ-UBND", "UBND huyện Hớn Quản", "UBND huyện Hớn Quản"),
    ("Nghị quyết", "{n}/NQ-HĐND", "HĐND tỉnh Quảng Ninh", "HĐND tỉnh Quảng Ninh"),
    ("Kế hoạch", "{n}-KH/TU", "Ban Thường vụ Tỉnh ủy Lạng Sơn", "Ban Thường vụ Tỉnh ủy Lạng Sơn"),
]
WORDS = ("công tác dân vận của cơ quan hành chính nhà nước các cấp trên địa bàn trong thời gian tới "
         "nâng cao hiệu quả tăng cường lãnh đạo chỉ đạo cán bộ công chức viên chức người lao động "
         "phòng chống thiên tai chuyển đổi số cải cách hành chính xây dựng nông thôn mới năm "
         "tỷ lệ đạt kết quả báo cáo đánh giá tổ chức triển khai đồng thời thường xuyên").split()
LEADS = ["Căn cứ", "Thực hiện", "Triển khai", "Theo", "Tiếp tục thực hiện", "Ngoài ra, theo"]

numbers = st.integers(min_value=1, max_value=9999)
dates = st.dates(min_value=date(1995, 1, 1), max_value=date(2026, 12, 31))
prose = st.lists(st.sampled_from(WORDS), min_size=0, max_size=25).map(" ".join)


@st.composite
def noisy_symbol(draw, symbol: str) -> str:
    """Spaces around separators, upper-case codes, D/Ð for Đ, dashes, a hard line break."""
    out = []
    for ch in symbol:
        if ch in "/-":
            sep = ch if ch == "/" else draw(st.sampled_from(["-", "–", "—"]))
            out.append(draw(st.sampled_from(["", " "])) + sep + draw(st.sampled_from(["", " ", "\n"])))
        elif ch == "Đ":
            out.append(draw(st.sampled_from(["Đ", "D", "\u00d0"])))
        else:
            out.append(ch)
    text = "".join(out)
    return text.upper() if draw(st.booleans()) else text


@st.composite
def written_date(draw, day: date) -> str:
    d, m, y = day.day, day.month, day.year
    form = draw(st.sampled_from([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d:02d}-{m:02d}-{y}",
                                 f"{d} tháng {m} năm {y}"]))
    return draw(st.sampled_from(["", ","])) + " ngày " + form


@st.composite
def reference(draw):
    doc_type, template, written_issuer, issuer = draw(st.sampled_from(KINDS))
    day = draw(dates)
    symbol = template.format(n=draw(numbers), y=day.year)
    number_word = draw(st.sampled_from(["số ", "số: ", "số số ", "Số "]))
    when, by = draw(written_date(day)), f" của {written_issuer}"
    tail = by + when if draw(st.booleans()) else when + by
    text = f"{doc_type} {number_word}{draw(noisy_symbol(symbol))}{tail} về {draw(prose) or 'việc này'}"
    return text, symbol, day.isoformat(), issuer


@st.composite
def sharing_an_issuer(draw):
    """`Kế hoạch số A ngày … và Quyết định số B ngày … của UBND tỉnh X`: one issuer closes the list."""
    kinds = draw(st.lists(st.sampled_from([("Kế hoạch", "KH-UBND"), ("Quyết định", "QĐ-UBND"),
                                           ("Chương trình", "CTr-UBND"), ("Công văn", "UBND-VX")]),
                          min_size=2, max_size=4))
    nums = draw(st.lists(numbers, min_size=len(kinds), max_size=len(kinds), unique=True))
    doc_types = [t for t, _ in kinds]
    labels = [f"{n}/{code}" for n, (_, code) in zip(nums, kinds)]
    days = [draw(dates) for _ in doc_types]
    parts = [f"{t} số {lab}{draw(written_date(d))}" for t, lab, d in zip(doc_types, labels, days)]
    text = ", ".join(parts[:-1]) + " và " + parts[-1] + " của UBND tỉnh Cao Bằng"
    return text, [(lab, d.isoformat()) for lab, d in zip(labels, days)]


def refs_in(body: str) -> dict:
    return {r.label: r for r in extract_text(read_bytes(body.encode("utf-8")), "<hypothesis>").references}


SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(reference(), st.sampled_from(LEADS), prose, prose)
def test_a_noisy_reference_in_context_is_found_whole(ref, lead, before, after):
    text, label, issued, issuer = ref
    body = f"{before.capitalize()}.\n{lead} {text};\n{after}."
    found = refs_in(body)
    assert label in found, (body, list(found))
    assert (found[label].issued_date, found[label].issuer) == (issued, issuer), body


@SETTINGS
@given(st.lists(reference(), min_size=2, max_size=5, unique_by=lambda r: r[1]), prose)
def test_each_reference_of_a_list_is_found(refs, before):
    body = f"{before.capitalize()}.\nCăn cứ " + ";\nCăn cứ ".join(r[0] for r in refs) + "."
    found = refs_in(body)
    for _, label, issued, issuer in refs:
        assert label in found, (body, list(found))
        assert (found[label].issued_date, found[label].issuer) == (issued, issuer), body


@SETTINGS
@given(st.lists(st.one_of(prose, numbers.map(str), dates.map(lambda d: f"ngày {d:%d/%m/%Y}"),
                          st.integers(0, 100).map(lambda p: f"{p}%"),
                          st.tuples(numbers, numbers).map(lambda t: f"{t[0]}/{t[1]}")),
                min_size=1, max_size=20))
def test_text_without_references_yields_none(parts):
    body = ", ".join(parts) + "."
    assert refs_in(body) == {}, body


@SETTINGS
@given(sharing_an_issuer(), st.sampled_from(LEADS))
def test_an_issuer_closing_a_list_belongs_to_each_reference(refs, lead):
    text, expected = refs
    found = refs_in(f"{lead} {text};")
    for label, issued in expected:
        assert label in found, (text, list(found))
        assert (label, found[label].issued_date, found[label].issuer) == (label, issued, "UBND tỉnh Cao Bằng")


@SETTINGS
@given(st.lists(reference(), min_size=1, max_size=4, unique_by=lambda r: r[1]), prose,
       st.integers(min_value=30, max_value=110))
def test_hard_line_breaks_of_a_pdf_extraction_change_nothing(refs, before, width):
    body = f"{before.capitalize()}.\nCăn cứ " + ";\nCăn cứ ".join(r[0] for r in refs) + "."
    wrapped = "\n".join(textwrap.fill(line, width) for line in body.split("\n"))
    found = refs_in(wrapped)
    for _, label, issued, issuer in refs:
        assert label in found, (wrapped, list(found))
        assert (found[label].issued_date, found[label].issuer) == (issued, issuer), wrapped
