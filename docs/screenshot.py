"""Rebuild docs/seed-graph.png: `kg build` the seed article, open graph.html headless, screenshot it.

    .venv/bin/python docs/screenshot.py                    # overview
    .venv/bin/python docs/screenshot.py --search "هشام امنه"  # with a node selected

Needs /usr/bin/chromium and a font with Arabic glyphs (Debian: fonts-noto-core).
Chromium runs with networking disabled: the page must be complete offline.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--article", type=Path, default=ROOT / "samples" / "seed-article.txt")
    p.add_argument("--out", type=Path, default=ROOT / "docs" / "seed-graph.png")
    p.add_argument("--search", help="select this node through the page's #search= feature")
    p.add_argument("--size", default="1400,900", help="window size W,H")
    args = p.parse_args(argv)
    if shutil.which(CHROMIUM) is None:
        print(f"screenshot: {CHROMIUM} not found (apt-get install chromium)", file=sys.stderr)
        return 1
    kg = Path(sys.executable).with_name("kg")
    with tempfile.TemporaryDirectory() as work:
        build = Path(work) / "build"
        subprocess.run([str(kg), "build", str(args.article), "--out", str(build)], check=True)
        page = build / "graph.html"
        url = page.as_uri() + (f"#search={quote(args.search)}" if args.search else "")
        subprocess.run(
            [
                CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
                f"--user-data-dir={Path(work) / 'profile'}", f"--window-size={args.size}",
                "--hide-scrollbars", "--virtual-time-budget=20000", f"--screenshot={args.out.resolve()}", url,
            ],
            check=True, capture_output=True,
        )  # fmt: skip
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
