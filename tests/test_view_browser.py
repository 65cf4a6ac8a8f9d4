"""The graph view in a real browser: headless Chromium, networking disabled, file:// URL.

The page reports its state on <body> as data-* attributes (ready, nodes, edges,
errors, highlight), which `--dump-dom` returns.
"""

from __future__ import annotations

import html as htmllib
import json
import re
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import quote

import pytest
from test_view import EVIL, FOLD_JS, FOLD_TABLE, _official_graph, seed_extraction

from extract.normalize import fold
from kg.to_rdf import build_graph
from kg.view import LARGE, write_view

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="headless Chromium (/usr/bin/chromium) is not installed"
    ),
]
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--proxy-server=127.0.0.1:9",  # nothing outside loopback can be fetched
    "--proxy-bypass-list=<-loopback>",
    "--window-size=1400,900",
    "--enable-logging=stderr",
    "--v=0",
]


def chromium(url: str, *extra: str, budget_ms: int = 20000) -> subprocess.CompletedProcess:
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run(
            [
                str(CHROMIUM),
                *FLAGS,
                f"--user-data-dir={profile}",
                f"--virtual-time-budget={budget_ms}",
                *extra,
                url,
            ],
            capture_output=True,
            text=True,
            timeout=180,
            check=True,
        )


def body_attrs(dom: str) -> dict[str, str]:
    tag = re.search(r"<body([^>]*)>", dom)
    assert tag, dom[:500]
    return {k: htmllib.unescape(v) for k, v in re.findall(r'data-([\w-]+)="([^"]*)"', tag.group(1))}


def console_errors(stderr: str) -> list[str]:
    return [
        line for line in stderr.splitlines() if "Uncaught" in line or ":CONSOLE" in line and "ERROR" in line
    ]


@pytest.fixture(scope="module")
def seed_page(tmp_path_factory) -> tuple[Path, int]:
    out = tmp_path_factory.mktemp("view") / "graph.html"
    return out, write_view(build_graph([seed_extraction()]), out)


def test_page_opens_offline_without_errors_and_draws_every_node(seed_page):
    page, n = seed_page
    done = chromium(page.as_uri(), "--dump-dom")
    attrs = body_attrs(done.stdout)
    assert attrs["ready"] == "1"
    assert attrs["errors"] == "0", done.stdout
    assert int(attrs["nodes"]) == n == 6
    assert console_errors(done.stderr) == []


def test_screenshot_is_not_blank(seed_page, tmp_path):
    from PIL import Image, ImageStat

    shot = tmp_path / "shot.png"
    chromium(seed_page[0].as_uri(), f"--screenshot={shot}")
    image = Image.open(shot).convert("RGB")
    assert image.size == (1400, 900)
    network = image.crop((380, 80, 1380, 880))  # the drawing area, left of the RTL side panel
    assert max(ImageStat.Stat(network).stddev) > 10
    colours = network.getcolors(1_000_000)
    assert len(colours) > 50


@pytest.mark.parametrize(
    ("query", "label"),
    [
        ("ماجد فواد سليم", "ماجد فؤاد سليم"),
        ("اللواء ماجد فؤاد سليم", None),  # honorifics are not part of names
        ("منصور", "عبد الرحيم منصور"),
        ("المركز التكنولوجى", "المركز التكنولوجي"),
        ("وزاره التنميه", "وزارة التنمية المحلية"),
        ("Majid Fu'ad", "ماجد فؤاد سليم"),  # the Latin-script label, any case
        ("abd al-rahim MANSUR", "عبد الرحيم منصور"),
    ],
)
def test_search_from_url_hash_finds_variant_spellings(seed_page, query, label):
    done = chromium(f"{seed_page[0].as_uri()}#search={quote(query)}", "--dump-dom")
    attrs = body_attrs(done.stdout)
    assert attrs["ready"] == "1" and attrs["errors"] == "0"
    assert attrs.get("highlight-label") == label
    if label:
        assert int(attrs["neighbours"]) >= 1


def test_article_markup_is_shown_as_text_and_never_runs(tmp_path):
    page = tmp_path / "evil.html"
    write_view(build_graph([seed_extraction(official_name=EVIL)]), page)
    # Instrument the copy: any alert would mark <html>.
    spy = (
        "<script>window.alert = function () "
        "{ document.documentElement.setAttribute('data-alerted', '1'); };</script>"
    )
    html = page.read_text(encoding="utf-8").replace("<head>", "<head>" + spy, 1)
    page.write_text(html, encoding="utf-8")
    done = chromium(f"{page.as_uri()}#search={quote('alert')}", "--dump-dom")
    attrs = body_attrs(done.stdout)
    assert not re.search(r"<html[^>]*data-alerted", done.stdout)
    assert attrs["errors"] == "0"
    assert attrs["highlight-label"] == EVIL  # found and shown as text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in done.stdout  # escaped in the details panel
    assert not re.search(r"<img[^>]*onerror", done.stdout)


def test_large_graph_is_usable_without_physics(tmp_path):
    page = tmp_path / "big.html"
    n = write_view(build_graph([_official_graph(LARGE + 50)]), page)
    done = chromium(page.as_uri(), "--dump-dom")
    attrs = body_attrs(done.stdout)
    assert attrs["ready"] == "1" and attrs["errors"] == "0"
    assert int(attrs["nodes"]) == n == LARGE + 51


def test_js_fold_in_chromium_matches_extraction_fold(tmp_path):
    page = tmp_path / "fold.html"
    page.write_text(
        "<!DOCTYPE html><meta charset='utf-8'><pre id='out'></pre><script>"
        + FOLD_JS.read_text(encoding="utf-8")
        + "\ndocument.getElementById('out').textContent = JSON.stringify("
        + json.dumps(FOLD_TABLE).replace("<", "\\u003c")
        + ".map(kgFold));</script>",
        encoding="utf-8",
    )
    done = chromium(page.as_uri(), "--dump-dom")
    out = re.search(r"<pre id=\"out\">(.*?)</pre>", done.stdout, re.S).group(1)
    assert json.loads(htmllib.unescape(out)) == [fold(s) for s in FOLD_TABLE]
