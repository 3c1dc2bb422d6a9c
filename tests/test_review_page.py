"""The review page (`-f html`): every finding of the JSON output, anchored in the text with
exactly the compared figures marked; report text never becomes markup; and, in a real
headless Chromium, clicks and filters do what a reviewer expects."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import SAMPLES

from auditlint.config import Config
from auditlint.reporters.html import write_html
from auditlint.runner import lint

EXE = [sys.executable, "-m", "auditlint.cli", "check", "--no-cache"]
VOID = {"br", "input", "meta", "img", "hr", "link", "rect"}


class Element:
    def __init__(self, tag: str, attrs: dict[str, str], parent: Element | None):
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.children: list[Element | str] = []

    @property
    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text for c in self.children)

    def iter(self):
        yield self
        for c in self.children:
            if isinstance(c, Element):
                yield from c.iter()

    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())


class Tree(HTMLParser):
    """A DOM of the page from the standard library's HTML tokenizer: enough to find elements
    by tag and class and read their text."""

    def __init__(self, page: str):
        super().__init__(convert_charrefs=True)
        self.root = Element("#root", {}, None)
        self.at = self.root
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        el = Element(tag, {k: v or "" for k, v in attrs}, self.at)
        self.at.children.append(el)
        if tag not in VOID:
            self.at = el

    def handle_startendtag(self, tag, attrs):
        self.at.children.append(Element(tag, {k: v or "" for k, v in attrs}, self.at))

    def handle_endtag(self, tag):
        el = self.at
        while el is not None and el.tag != tag:
            el = el.parent
        if el is not None and el.parent is not None:
            self.at = el.parent

    def handle_data(self, data):
        self.at.children.append(data)

    def find(self, tag: str, cls: str = "") -> list[Element]:
        return [e for e in self.root.iter() if e.tag == tag and (not cls or cls in e.classes())]


def page_of(paths, lang="zh") -> tuple[str, object]:
    result = lint(paths, Config(root=str(SAMPLES.parent)), keep_views=True)
    out = io.StringIO()
    write_html(result, out, lang)
    return out.getvalue(), result


def test_page_has_every_finding_of_the_json_output(tmp_path):
    out = tmp_path / "review.html"
    r = subprocess.run([*EXE, "-f", "html", "-o", out, SAMPLES], capture_output=True, text=True)
    assert r.returncode == 1, r.stderr
    expected = json.loads(
        subprocess.run([*EXE, "-f", "json", SAMPLES], capture_output=True, text=True).stdout
    )
    tree = Tree(out.read_text(encoding="utf-8"))
    cards = [li for li in tree.find("li", "finding") if li.attrs.get("id")]
    assert len(cards) == len(expected) == 13
    got = sorted(
        (li.attrs["data-file"], li.attrs["data-code"], li.find_place()) for li in map(Card, cards)
    )
    want = sorted((f["path"], f["code"], f["location"]) for f in expected)
    assert got == want
    # each anchored by its fingerprint, stable across runs
    ids = {li.attrs["id"] for li in cards}
    assert {f"{f['path']}/{f['fingerprint']}" for f in expected} == ids


class Card:
    """A finding's card: its attributes and the location it shows."""

    def __init__(self, el: Element):
        self.el, self.attrs = el, el.attrs

    def find_place(self) -> str:
        return next(e.text for e in self.el.iter() if e.tag == "a" and "place" in e.classes())


def test_marks_are_exactly_the_compared_figures():
    page, result = page_of([SAMPLES])
    tree = Tree(page)
    marks = tree.find("mark", "fig")
    assert marks
    by_finding: dict[str, set[str]] = {}
    for m in marks:
        for fid in m.attrs["data-findings"].split():
            by_finding.setdefault(fid, set()).add(m.text)
    lines = {(path, ln.number): ln.raw for path, view in result.views.items() for ln in view.lines}
    checked = 0
    for f in result.findings:
        fid = f"{f.path}/{f.fingerprint}"
        figures = {
            lines[(f.path, a)][b - 1 : d]
            for a, b, c, d in f.spans
            if a == c and lines[(f.path, a)][b - 1 : d].strip()
        }
        if not figures:
            continue
        checked += 1
        assert by_finding.get(fid) == figures, (f.code, f.message)
    assert checked >= 10
    # a conflicting value links to its other place, and back
    conflict = next(f for f in result.findings if f.code == "AL301")
    mine = [
        m for m in marks if f"{conflict.path}/{conflict.fingerprint}" in m.attrs["data-findings"]
    ]
    assert len(mine) == 2
    links = [next(e for e in m.iter() if e.tag == "a").attrs["href"] for m in mine]
    assert links == [f"#{mine[1].attrs['id']}", f"#{mine[0].attrs['id']}"]


def test_report_text_cannot_inject_markup_or_script(tmp_path):
    hostile = (
        "<script>alert(1)</script> 全年预算数 86.4 万元，全年执行数 96.4 万元。\n"
        '说明"><img src=x onerror=alert(2)> 与 {{ 7*7 }} 和 {% raw %}。\n'
    )
    report = tmp_path / "报告<b onmouseover=alert(3)> & x.txt"
    report.write_text(hostile, encoding="utf-8")
    page, result = page_of([report])
    assert [f.code for f in result.findings] == ["AL101"]
    tree = Tree(page)
    assert len(tree.find("script")) == 1  # ours
    assert not tree.find("img") and not tree.find("b")
    assert "onerror" not in {k for e in tree.root.iter() for k in e.attrs}
    body = tree.find("div", "text")[0].text
    assert "<script>alert(1)</script>" in body
    assert '"><img src=x onerror=alert(2)>' in body
    assert "{{ 7*7 }}" in body and "49" not in body and "{% raw %}" in body
    assert any(h.text.endswith("报告<b onmouseover=alert(3)> & x.txt") for h in tree.find("h2"))


def test_english_page_and_unreadable_files_listed_apart(tmp_path):
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(256)) * 8)
    clean = SAMPLES / "fixed"
    page, _ = page_of([junk, clean], lang="en")
    tree = Tree(page)
    assert tree.find("h1")[0].text == "auditlint review"
    (unreadable,) = tree.find("ul", "unreadable")
    (item,) = [e for e in unreadable.iter() if e.tag == "li"]
    assert item.attrs["data-code"] == "AL002" and str(junk) in item.text
    sections = [s.attrs["data-file"] for s in tree.find("section", "file")]
    assert str(junk) not in sections and len(sections) == 5


def test_page_is_self_contained():
    page, _ = page_of([SAMPLES / "fixed"])
    tree = Tree(page)
    for el in tree.root.iter():
        for attr in ("src", "href"):
            value = el.attrs.get(attr, "")
            assert not value or value.startswith(("#", "https://pypi.org/")), (el.tag, value)
    assert not tree.find("link") and "@import" not in page and "url(" not in page


# --- in a real browser ----------------------------------------------------------------------

CHROMIUM, DRIVER = shutil.which("chromium"), shutil.which("chromedriver")


@pytest.fixture(scope="module")
def browser():
    if not (CHROMIUM and DRIVER):
        pytest.skip("needs Debian's chromium and chromium-driver (.ci/run installs them)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,800",
    ):
        opts.add_argument(arg)
    driver = webdriver.Chrome(service=Service(DRIVER), options=opts)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def review_file(tmp_path_factory):
    out = tmp_path_factory.mktemp("review") / "review.html"
    subprocess.run([*EXE, "-f", "html", "-o", out, SAMPLES], capture_output=True, check=False)
    return out


def wait_for(driver, seconds):
    from selenium.webdriver.support.ui import WebDriverWait as wait

    return wait(driver, seconds)


def visible(driver, css: str):
    return [e for e in driver.find_elements("css selector", css) if e.is_displayed()]


def test_browser_shows_every_finding_and_a_click_scrolls_to_its_figures(browser, review_file):
    browser.get(review_file.as_uri())
    cards = visible(browser, "li.finding[id]")
    assert len(cards) == 13
    card = next(c for c in cards if c.get_attribute("data-code") == "AL101")
    place = card.find_element("css selector", "a.place")
    target = place.get_attribute("href").split("#", 1)[1]
    place.click()
    wait_for(browser, 5).until(
        lambda d: d.execute_script(
            "var r = document.getElementById(arguments[0]).getBoundingClientRect();"
            "return r.top >= 0 && r.bottom <= window.innerHeight && window.scrollY > 0;",
            target,
        )
    )
    mark = browser.find_element("id", target)
    assert mark.tag_name == "mark" and mark.text.startswith("96.4")
    browser.save_screenshot(str(review_file.with_name("clicked.png")))


def test_browser_filters_hide_what_they_should(browser, review_file):
    from selenium.webdriver.support.ui import Select

    browser.get(review_file.as_uri())
    form = browser.find_element("id", "filters")
    assert form.is_displayed()  # shown only where scripts run
    form.find_element("css selector", "input[value=error]").click()
    shown = {c.get_attribute("data-severity") for c in visible(browser, "li.finding[id]")}
    assert shown == {"warning"}
    form.find_element("css selector", "input[value=error]").click()
    Select(form.find_element("name", "rule")).select_by_value("AL301")
    cards = visible(browser, "li.finding[id]")
    assert [c.get_attribute("data-code") for c in cards] == ["AL301", "AL301"]
    files = {s.get_attribute("data-file") for s in visible(browser, "section.file")}
    assert len(files) == 2  # the other files' sections are hidden with their findings
    Select(form.find_element("name", "rule")).select_by_value("")
    form.find_element("name", "file").send_keys("004")
    files = [s.get_attribute("data-file") for s in visible(browser, "section.file")]
    assert len(files) == 2 and all("004" in f for f in files)  # the report and its twin
    text = form.find_element("name", "text")
    form.find_element("name", "file").clear()
    text.send_keys("编号不连续")
    assert [c.get_attribute("data-code") for c in visible(browser, "li.finding[id]")] == ["AL702"]
    browser.save_screenshot(str(review_file.with_name("filtered.png")))


def test_browser_reaches_a_finding_by_its_stable_anchor(browser, review_file):
    fid = (
        next(
            li
            for li in Tree(review_file.read_text(encoding="utf-8")).find("li", "finding")
            if li.attrs.get("data-code") == "AL702"
        )
    ).attrs["id"]
    browser.get(review_file.as_uri() + "#" + fid)
    wait_for(browser, 5).until(
        lambda d: d.execute_script(
            "var r = document.getElementById(arguments[0]).getBoundingClientRect();"
            "return r.top >= 0 && r.bottom <= window.innerHeight;",
            fid,
        )
    )


def test_readable_with_scripts_off(review_file, tmp_path):
    """Without scripts every finding and every marked figure is there; the filters are not."""
    tree = Tree(review_file.read_text(encoding="utf-8"))
    (form,) = [e for e in tree.root.iter() if e.attrs.get("id") == "filters"]
    assert "hidden" in form.attrs
    assert len([li for li in tree.find("li", "finding") if li.attrs.get("id")]) == 13
    assert Path(review_file).stat().st_size < 2_000_000


def test_rule_links_reach_the_rule_documentation():
    page, result = page_of([SAMPLES])
    tree = Tree(page)
    docs = {s.attrs["id"]: s.find_pre() for s in map(RuleSection, tree.find("section", "rule"))}
    assert set(docs) == {f"rule-{f.code}" for f in result.findings}
    cli = subprocess.run(
        [sys.executable, "-m", "auditlint.cli", "rule", "AL301"], capture_output=True, text=True
    )
    assert docs["rule-AL301"].strip() == cli.stdout.strip()


class RuleSection:
    def __init__(self, el: Element):
        self.el, self.attrs = el, el.attrs

    def find_pre(self) -> str:
        return next(e.text for e in self.el.iter() if e.tag == "pre")
