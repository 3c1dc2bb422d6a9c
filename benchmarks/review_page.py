"""The review page at scale: the seeds copied to 1,000 reports, the time `-f html` adds to the
run beside `-f json`, the page's size, and how it behaves in headless Chromium (load time and
the time a filter takes to apply). Needs Debian's chromium and chromium-driver for the browser
part.

    python benchmarks/review_page.py [--copies 1000]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from speed import ENV, copy_seeds

EXE = [sys.executable, "-m", "auditlint.cli", "check", "--no-cache", "-q", "-j", "1"]


def run_seconds(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run([*EXE, *args], stdout=subprocess.DEVNULL, env=ENV, check=False)
    return time.perf_counter() - start


def in_browser(page: Path) -> tuple[float, float, int]:
    """Load time (navigation start → load event), time to apply a file-name filter, and how
    many findings the page shows."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,800",
    ):
        opts.add_argument(arg)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=opts)
    try:
        driver.get(page.as_uri())
        load = driver.execute_script(
            "var t = performance.getEntriesByType('navigation')[0];"
            "return t.loadEventEnd - t.startTime;"
        )
        shown = driver.execute_script("return document.querySelectorAll('li.finding[id]').length")
        box = driver.find_element("name", "file")
        start = time.perf_counter()
        box.send_keys("00003")
        driver.execute_script("return document.body.offsetHeight")  # layout done
        filtered = time.perf_counter() - start
        return load / 1000, filtered, shown
    finally:
        driver.quit()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        reports = Path(tmp, "reports")
        copy_seeds(reports, args.copies)
        page = Path(tmp, "review.html")
        plain = min(run_seconds(["-f", "json", str(reports)]) for _ in range(3))
        html = min(run_seconds(["-f", "html", "-o", str(page), str(reports)]) for _ in range(3))
        size = page.stat().st_size
        print(
            f"{args.copies} reports: -f json {plain:.2f} s, -f html {html:.2f} s "
            f"(+{html - plain:.2f} s for the page), page {size / 1e6:.1f} MB"
        )
        if shutil.which("chromium") and shutil.which("chromedriver"):
            load, filtered, shown = in_browser(page)
            print(
                f"headless Chromium: loaded in {load:.2f} s, {shown} findings shown, "
                f"a file filter applied in {filtered:.2f} s"
            )


if __name__ == "__main__":
    main()
