"""End to end: the real app (`vbgraph app`) served by Streamlit, driven in headless Chromium
(Debian's `chromium`; `./dev.sh test` installs it when missing)."""
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright

from conftest import ROOT

FIXTURES = Path(__file__).parent / "fixtures"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def app_url(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("corpus")
    for sub in ("binhphuoc", "hostile"):
        shutil.copytree(FIXTURES / sub, corpus / sub)
    port = free_port()
    store = tmp_path_factory.mktemp("store") / "store"      # does not exist: the app builds it
    proc = subprocess.Popen([sys.executable, str(ROOT / "cli.py"), "app", "--port", str(port), "--store", str(store),
                             "--data", str(corpus)], start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/"
    try:
        _wait_healthy(url, proc)
        yield url
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=20)


def _wait_healthy(url: str, proc, timeout: float = 60) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        assert proc.poll() is None, "the app exited at start"
        try:
            if urllib.request.urlopen(url + "_stcore/health", timeout=2).status == 200:
                return
        except OSError:
            time.sleep(0.3)
    raise AssertionError(f"the app did not answer on {url} within {timeout}s")


@pytest.fixture(scope="module")
def browser():
    assert CHROMIUM, "Chromium is missing: run the tests with ./dev.sh test, which installs it"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield b
        b.close()


def test_search_open_directive_and_see_its_plans(app_url, browser):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(app_url)
    box = page.get_by_label("Số, ký hiệu, trích yếu, cơ quan hoặc địa danh")
    box.wait_for(timeout=60_000)                 # after the first-start build of the store
    box.fill("33 / ct-ttg")
    box.press("Enter")
    page.get_by_role("link", name="33/CT-TTg").click()
    expect(page.get_by_role("heading", name="Chỉ thị 33/CT-TTg")).to_be_visible(timeout=30_000)
    assert "?id=33%2FCT-TTg%402021" in page.url                     # shareable
    page.get_by_role("tab", name="Kế hoạch thực hiện").click()
    province = page.get_by_text("Tỉnh Bình Phước — 6 kế hoạch")
    expect(province).to_be_visible()
    province.click()
    expect(page.get_by_text("Huyện Hớn Quản — 3 kế hoạch")).to_be_visible()
    expect(page.get_by_role("link", name="45/KH-UBND").first).to_be_visible()
    page.get_by_role("tab", name="Đồ thị").click()
    frame = page.frame_locator("iframe[title*='streamlit_cytoscape']")
    expect(frame.locator("canvas").first).to_be_attached(timeout=30_000)
    assert all(u.startswith(app_url) or u.startswith(("data:", "blob:", "about:")) for u in requests), \
        [u for u in requests if not u.startswith(app_url)]                    # nothing from a CDN


def test_the_landing_page_lists_the_loaded_documents_latest_first(app_url, browser):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(app_url)
    expect(page.get_by_role("heading", name="Văn bản đã nạp (6)")).to_be_visible(timeout=60_000)
    # the fixtures' dates: 02/5 (12/KH-UBND), 20/4 (30/KH-UBND), 10/4 and 02/4 (the two 114/KH-UBND) …
    links = page.locator("table a")
    expect(links.nth(0)).to_have_text("12/KH-UBND")
    expect(links.nth(1)).to_have_text("30/KH-UBND")
    links.nth(1).click()
    expect(page.get_by_role("heading", name="Kế hoạch 30/KH-UBND")).to_be_visible(timeout=30_000)


def test_markup_in_a_document_is_shown_not_run(app_url, browser):
    page = browser.new_page()
    page.goto(app_url + "?doc=12/KH-UBND")
    expect(page.get_by_text("<script>window.vbgraphPwned=1</script>", exact=False).first).to_be_visible(
        timeout=60_000)
    page.get_by_text("«Thực hiện Kế hoạch số 114/KH-UBND", exact=False).first.hover()
    assert page.evaluate("typeof window.vbgraphPwned") == "undefined"


def test_an_uploaded_plan_is_read_matched_and_added(app_url, browser, tmp_path):
    # (last in this module: it adds a document to the store the other tests read)
    plan = tmp_path / "xa_tan_loi_2024.txt"
    plan.write_text("ỦY BAN NHÂN DÂN\nXÃ TÂN LỢI\n-------\nSố: 52/KH-UBND\nTân Lợi, ngày 15 tháng 5 năm 2024\n\n"
                    "KẾ HOẠCH\nThực hiện công tác dân vận năm 2024\n\nThực hiện Kế hoạch số 45/KH-UBND ngày 05/3/2024 của "
                    "UBND tỉnh Bình Phước về công tác dân vận chính quyền năm 2024; Công văn số 999/UBND-NC ngày "
                    "02/5/2024 của UBND huyện Đồng Phú về dân vận;\nỦy ban nhân dân xã ban hành Kế hoạch như sau:\n",
                    encoding="utf-8")
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(app_url + "?view=upload")
    # Streamlit's own English words on the uploader give way to the page's (the button, the limit)
    button = page.locator('[data-testid="stFileUploaderDropzone"] button p')
    expect(button).to_be_attached(timeout=60_000)
    words = "el => [getComputedStyle(el).fontSize, getComputedStyle(el, '::after').content]"
    assert button.evaluate(words) == ["0px", '"Chọn tệp"']
    limit = page.locator('[data-testid="stFileUploaderDropzoneInstructions"] span').evaluate(words)
    assert limit == ["0px", '"hoặc kéo thả tệp vào đây • tối đa 64 MB một tệp"']
    page.locator("input[type=file]").set_input_files(str(plan))
    expect(page.get_by_text("Đã đọc: Kế hoạch 52/KH-UBND — UBND xã Tân Lợi — cấp xã — 15/05/2024")).to_be_visible(
        timeout=60_000)
    rows = page.locator("table tr")
    expect(rows.filter(has_text="45/KH-UBND").get_by_role("link", name="45/KH-UBND")).to_be_visible()   # in the store
    expect(rows.filter(has_text="999/UBND-NC")).to_contain_text("mới")                               # not yet
    page.get_by_role("button", name="Thêm vào kho").click()
    expect(page.get_by_text("Đã thêm vào kho.")).to_be_visible(timeout=60_000)
    page.get_by_role("link", name="52/KH-UBND").click()
    expect(page.get_by_role("heading", name="Kế hoạch 52/KH-UBND")).to_be_visible(timeout=30_000)
