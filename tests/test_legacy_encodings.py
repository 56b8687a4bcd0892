"""Plans typed in TCVN3 (.VnTime) or VNI fonts: detected, converted, then extracted like the
Unicode original. Each real sample is encoded the way those fonts stored it (Windows-1252 bytes)."""
import unicodedata

import pytest

from conftest import SAMPLES
from loaders import legacy
from loaders.extract import extract_file
from loaders.vocab import load_data

TEXT_SAMPLES = sorted(p for p in SAMPLES.rglob("*") if p.suffix in (".txt", ".md"))


def vni_encode(text: str) -> str:
    v = load_data("legacy_encodings")["vni"]
    inverse = {}
    for case in (str.lower, str.upper):
        for base, letter in v["bases"].items():
            for mark, combining in v["marks"].items():
                composed = unicodedata.normalize("NFC", case(letter) + combining)
                if len(composed) == 1:
                    inverse.setdefault(composed, case(base) + case(mark))
        inverse.update({case(u): case(code) for code, u in v["letters"].items()})
    return "".join(inverse.get(c, c) for c in unicodedata.normalize("NFC", text))


def tcvn3_encode(text: str) -> str:
    """TCVN3 has no capital toned letters: headings used a capitals font (.VnTimeH) over the
    lower-case codes, so those letters come back lower-case."""
    t = load_data("legacy_encodings")["tcvn3"]
    inverse = dict(zip(t["unicode"], t["legacy"]))
    return "".join(inverse.get(c, inverse.get(c.lower(), c)) for c in unicodedata.normalize("NFC", text))


def test_known_renderings_of_the_national_motto():
    # as these fonts' text shows when opened without them
    assert legacy.repair("Céng hoµ x· héi chñ nghÜa ViÖt Nam §éc lËp - Tù do - H¹nh phóc") \
        == "Cộng hoà xã hội chủ nghĩa Việt Nam Độc lập - Tự do - Hạnh phúc"
    assert legacy.repair("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM Ñoäc laäp - Töï do - Haïnh phuùc") \
        == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc"


def test_unicode_text_is_left_alone():
    text = "Khoá học về thuý, xuân, hoà; Coäng only once"
    assert legacy.detect(text) is None and legacy.repair(text) == text


def summary(result):
    return [(r.label, r.issued_date, r.relation, r.doc_type) for r in result.references]


@pytest.mark.parametrize("encode", [vni_encode, tcvn3_encode], ids=["vni", "tcvn3"])
@pytest.mark.parametrize("path", TEXT_SAMPLES, ids=lambda p: p.name)
def test_legacy_file_extracts_like_the_original(path, encode, tmp_path):
    original = extract_file(path)
    encoded = tmp_path / path.name
    encoded.write_bytes(encode(path.read_text(encoding="utf-8")).encode("cp1252"))
    converted = extract_file(encoded)
    assert summary(converted) == summary(original)
    assert converted.document.issued_date == original.document.issued_date
    if encode is vni_encode:         # VNI keeps capitals, so everything comes back
        assert converted.document == original.document
        assert [r.issuer for r in converted.references] == [r.issuer for r in original.references]
