#!/usr/bin/env python3
"""Script injection checked in a browser (part of Scripts/quality/run).

usage: xss_check.py BINARY CONTENT THEME OUT_DIR

Copies CONTENT (the repository's Content/: the edits are anchored on its text, and one
that no longer matches is a failure) into a temporary folder, writes a numbered script
payload into every channel that reaches a page (front matter of report.md and
work-plan.md, the report's Markdown with raw HTML, javascript:/data: links, autolinks
and a link title, site.yml, the glossary, participants, articles, attendance
categories), empties the session's `source:` (the payloads change its text), builds
the copy with BINARY in both interface languages, and opens every HTML page of the
result from file:// in headless Chromium.  On each page (and on search.html?q=… with
results) it checks, before and after focusing and hovering the term links:

  * no alert/confirm/prompt dialog opened;
  * window.__xss is undefined and document.title is not one a payload set ("XSS-N");
  * no element has an on* attribute;
  * no <script> but the site's own (search.html: search-index.js and assets/search.js; pages
    with glossary terms: assets/term-card.js);
  * no href/src/action… with a javascript:, vbscript: or data: address;
  * no iframe, object, embed, base, svg, math or <meta http-equiv> (but the theme's bar charts:
    svg.bar-chart[role=img] of title, desc, rect, text and the defs, pattern and path of its
    patterns only).

First, the same detector runs on a page the script writes itself (OUT_DIR/xss/
self-test.html) with every payload left unescaped: each payload must be caught there,
or the check fails (a detector that sees nothing proves nothing).

Last, `BINARY check --format json` must refuse two hostile identifiers (a glossary id
that closes its attribute, a participant id that is a path) with exit 1 and the rule
identifier-invalid, and a build of that content must write nothing.

Prints one "PASS ..." / "FAIL ..." line per check and page kind; exits 1 if any failed.
"""
from __future__ import annotations

import html
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

os.environ["SE_OFFLINE"] = "true"          # never let Selenium Manager go online
os.environ.setdefault("SE_AVOID_STATS", "true")

from selenium import webdriver                                  # noqa: E402
from selenium.common.exceptions import (                        # noqa: E402
    NoAlertPresentException, TimeoutException, UnexpectedAlertPresentException, WebDriverException)
from selenium.webdriver.chrome.service import Service           # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By                     # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait         # noqa: E402

from check_report import CheckReport                           # noqa: E402

CHROMIUM = os.environ.get("CHROMIUM_BINARY", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
SESSION = "2012-08-asset-recovery-6"
SEARCH_QUERIES = ["阿根廷", "XSS", "onerror", "script", "会议开幕", "工作计划"]
HOVERED_PER_PAGE = 3

report = CheckReport()


def info(text: str) -> None:
    print(f"      {text}", flush=True)


# --------------------------------------------------------------------------- payloads

def push(n: int) -> str:
    """JavaScript that leaves the payload's number in window.__xss."""
    return f"window.__xss=(window.__xss||[]).concat({n})"


def mark(n: int) -> str:
    """JavaScript that leaves the payload's number in the page's title."""
    return f"document.title='XSS-{n}'"


@dataclass(frozen=True)
class Payload:
    number: int
    channel: str
    text: str          # what is written into the content
    unsafe: str        # the HTML a page would hold if the text reached it unescaped
    shown: bool        # a page must show the text (escaped): a value, not a link nor raw HTML in Markdown


def as_html(n: int, channel: str, text: str) -> Payload:
    return Payload(n, channel, text, text, True)


def as_raw_html(n: int, channel: str, text: str) -> Payload:
    """Raw HTML in Markdown: left out of the page, so it need not be shown."""
    return Payload(n, channel, text, text, False)


def as_attribute(n: int, channel: str, text: str) -> Payload:
    """A breakout from a double- or single-quoted attribute."""
    quote_char = "'" if text.startswith("'") else '"'
    return Payload(n, channel, text, f"<a href=#x title={quote_char}{text}{quote_char}>x</a>", True)


def as_link(n: int, channel: str, text: str, address: str) -> Payload:
    """A link in Markdown whose address must never become an href."""
    return Payload(n, channel, text, f'<a href="{html.escape(address)}">x</a>', False)


def make_payloads() -> list[Payload]:
    data_url = "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="
    return [
        as_html(1, "site.yml title.en", f"</title><script>{push(1)}</script>"),
        as_html(2, "site.yml title.zh", f'"><svg onload="{push(2)}">'),
        as_html(3, "report.md title.en", f'<img src=x onerror="{mark(3)}">'),
        as_html(4, "report.md title.zh", f"'><script>{push(4)}</script>"),
        as_attribute(5, "report.md body.zh", f'" onmouseover="{mark(5)}" x="'),
        as_html(6, "report.md body.en", "<script>alert('XSS-6')</script>"),
        as_html(7, "report.md venue.zh", f'"><script>{push(7)}</script>'),
        as_html(8, "report.md venue.en", f'<svg onload="{mark(8)}">'),
        as_html(9, "report.md symbol", f"<img src=x onerror=\"confirm('XSS-9')\">"),
        as_raw_html(10, "report.md chapter heading", f'<img src=x onerror="{mark(10)}">'),
        as_raw_html(11, "report.md section heading", f"<script>{push(11)}</script>"),
        as_raw_html(12, "report.md raw <script>", f"<script>{push(12)}</script>"),
        as_raw_html(13, "report.md raw <img onerror>", f'<img src=x onerror="{push(13)}">'),
        as_raw_html(14, "report.md raw <details ontoggle>", f'<details open ontoggle="{push(14)}">'),
        as_link(15, "report.md [link](javascript:)", f"[甲](javascript:{push(15)})", f"javascript:{push(15)}"),
        as_link(16, "report.md [link](JaVaScRiPt:)", f"[乙](JaVaScRiPt:{push(16)})", f"JaVaScRiPt:{push(16)}"),
        as_link(17, "report.md ![image](javascript:)", f"![丙](javascript:{push(17)})", f"javascript:{push(17)}"),
        as_link(18, "report.md <javascript:> autolink", f"<javascript:{push(18)}>", f"javascript:{push(18)}"),
        as_link(19, "report.md [link](data:)", f"[丁](data:text/html;base64,PHNjcmlwdD4=#XSS-19)", data_url + "#XSS-19"),
        as_link(20, "report.md raw <a href=javascript:>", f'<a href="javascript:{push(20)}">戊</a>',
                f"javascript:{push(20)}"),
        as_attribute(21, "report.md link title", f'" onmouseover="{mark(21)}" x="'),
        as_link(22, "report.md [link](&#106;avascript:)", f"[庚](&#106;avascript:{push(22)})", f"javascript:{push(22)}"),
        as_link(23, "report.md raw <a href=java&#9;script:>", f'<a href="java&#9;script:{push(23)}">辛</a>',
                f"java\tscript:{push(23)}"),
        as_raw_html(24, "report.md raw <iframe src=javascript:>",
                    f"<iframe src=\"javascript:top.{push(24)}\"></iframe>"),
        as_link(25, "report.md [link][ref] to javascript:", "[壬][xss25]", f"javascript:{push(25)}"),
        as_html(26, "work-plan.md title.en", f"</title><script>{push(26)}</script>"),
        as_html(27, "work-plan.md title.zh", f'<img src=x onerror="{mark(27)}">'),
        as_raw_html(28, "work-plan.md item", f'<svg onload="{push(28)}">'),
        as_raw_html(29, "work-plan.md note", f"<script>{push(29)}</script>"),
        as_html(30, "glossary.yml en term", f'<img src=x onerror="{mark(30)}">'),
        as_attribute(31, "glossary.yml en term (attribute)", f'" autofocus onfocus="{push(31)}" x="'),
        as_html(32, "glossary.yml definition.en", f"<script>{push(32)}</script>"),
        as_html(33, "glossary.yml definition.zh", f"<svg><script>{push(33)}</script></svg>"),
        as_html(34, "glossary.yml convention_form", f"<script>{push(34)}</script>"),
        as_html(35, "glossary.yml abbreviation", f'<img src=x onerror="{mark(35)}">'),
        as_html(36, "participants.yml name.en", f"<script>{push(36)}</script>"),
        as_html(37, "participants.yml name.en (also in the CSV)",
                f'=HYPERLINK("https://evil.example","Qatar")<img src=x onerror="{push(37)}">'),
        as_attribute(38, "participants.yml name.en (attribute)", f"'><script>{push(38)}</script>"),
        as_html(39, "participants.yml source title", f'<img src=x onerror="{mark(39)}">'),
        as_html(40, "articles.yml source title", f"<script>{push(40)}</script>"),
        as_html(41, "articles.yml chapter title.en", f'<svg onload="{mark(41)}">'),
        as_attribute(42, "articles.yml article title.en", f'" onmouseover="{push(42)}" x="'),
        as_html(43, "articles.yml article title.zh", f"<script>{push(43)}</script>"),
        as_html(44, "attendance-categories.yml en", f'<img src=x onerror="{mark(44)}">'),
        as_raw_html(45, "report.md raw <a onclick>", f'<a href="#p1" onclick="{push(45)}">癸</a>'),
        as_raw_html(46, "report.md raw <meta refresh>",
                    f'<meta http-equiv="refresh" content="0;url=javascript:{push(46)}">'),
    ]


# --------------------------------------------------------------------------- the hostile content

def yaml_text(value: str) -> str:
    """A YAML double-quoted scalar (JSON's string syntax is valid YAML)."""
    return json.dumps(value, ensure_ascii=False)


def replace_once(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    count = text.count(old)
    if count != 1:
        raise ValueError(f"{path.name}: expected {old!r} once, found it {count} times")
    path.write_text(text.replace(old, new), encoding="utf-8")


def replace_first(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    if old not in text:
        raise ValueError(f"{path.name}: {old!r} not found")
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def replace_line(path: Path, start: str, new: str) -> None:
    """Replaces the one line that begins with `start`."""
    lines = path.read_text(encoding="utf-8").split("\n")
    hits = [i for i, line in enumerate(lines) if line.startswith(start)]
    if len(hits) != 1:
        raise ValueError(f"{path.name}: expected one line starting {start!r}, found {len(hits)}")
    lines[hits[0]] = new
    path.write_text("\n".join(lines), encoding="utf-8")


def inject_payloads(content: Path, p: dict[int, Payload]) -> None:
    """Writes each payload into its channel of the copy of the content."""
    t = {n: payload.text for n, payload in p.items()}
    y = {n: yaml_text(text) for n, text in t.items()}
    site = content / "site.yml"
    replace_once(site, "  en: Records of the Working Group on Asset Recovery",
                 f"  en: {yaml_text('Records ' + t[1])}")
    replace_once(site, "  zh: 资产追回问题工作组会议记录", f"  zh: {yaml_text('资产追回' + t[2])}")
    if "also_ui_languages" not in site.read_text(encoding="utf-8"):
        with site.open("a", encoding="utf-8") as f:
            f.write("also_ui_languages: [en]\n")

    report_md = content / "sessions" / SESSION / "report.md"
    replace_once(report_md, "\nsource: source.txt\n", "\nsource:\n")   # the text no longer is its source's
    replace_line(report_md, "  en: Report on the meeting", f"  en: {yaml_text('Report ' + t[3])}")
    replace_line(report_md, "  zh: 2012 年 8 月 30 日至 31 日", f"  zh: {yaml_text('报告' + t[4])}")
    replace_once(report_md, "  zh: 资产追回问题不限成员名额政府间工作组\n", f"  zh: {yaml_text('工作组' + t[5])}\n")
    replace_once(report_md, "  en: Open-ended Intergovernmental Working Group on Asset Recovery\n",
                 f"  en: {yaml_text('Working Group ' + t[6])}\n")
    replace_once(report_md, "  zh: 维也纳\n", f"  zh: {y[7]}\n")
    replace_once(report_md, "  en: Vienna\n", f"  en: {y[8]}\n")
    replace_once(report_md, "\nsymbol:\n", f"\nsymbol: {y[9]}\n")
    replace_once(report_md, "\n# 一. 导言\n", f"\n# 一. 导言{t[10]}\n")
    replace_once(report_md, "\n## A. 会议开幕\n", f"\n## A. 会议开幕{t[11]}\n")
    raw = "".join(t[n] for n in (12, 13, 14, 15, 16, 17, 18, 19, 20, 22, 23, 24, 25, 45, 46))
    link_title = t[21].replace('"', '\\"')
    replace_once(report_md, "（阿根廷）。", f'（阿根廷）。{raw}[己](#p5 "{link_title}")')
    with report_md.open("a", encoding="utf-8") as f:
        f.write(f"\n[xss25]: javascript:{push(25)}\n")

    plan = content / "sessions" / SESSION / "work-plan.md"
    replace_once(plan, "  en: Multi-year workplan for the period 2012–2015", f"  en: {y[26]}")
    replace_once(plan, "  zh: 2012-2015 年工作计划", f"  zh: {yaml_text('工作计划' + t[27])}")
    item = "1. 资产追回任务授权实施进展情况概述，包括对已完成知识产品的介绍。"
    replace_first(plan, item, item + t[28])
    note = "[请注意：可以在对已返还资产和已采取的资产追回行动进行定量描述的基础上讨论资产追回进展情况。]"
    replace_first(plan, note, note[:-1] + t[29] + "]")

    glossary = content / "glossary.yml"
    replace_once(glossary, "    en: non-conviction-based confiscation\n",
                 f"    en: {yaml_text('non-conviction' + t[30])}\n")
    replace_once(glossary, "    en: chapter V of the Convention\n", f"    en: {yaml_text('chapter V' + t[31])}\n")
    replace_once(glossary, "      en: Confiscation of the proceeds", f"      en: {t[32]} Confiscation of the proceeds")
    replace_once(glossary, "      zh: 不以刑事定罪为前提", f"      zh: {t[33]}不以刑事定罪为前提")
    replace_once(glossary, "convention_form: {zh: 双重犯罪,", f"convention_form: {{zh: {yaml_text('双重犯罪' + t[34])},")
    replace_once(glossary, "    abbreviation: NCB\n", f"    abbreviation: {yaml_text('NCB' + t[35])}\n")

    participants = content / "reference" / "participants.yml"
    replace_once(participants, "      en: Afghanistan\n", f"      en: {yaml_text('Afghanistan' + t[36])}\n")
    replace_once(participants, "      en: Qatar\n", f"      en: {y[37]}\n")
    replace_once(participants, "      en: Angola\n", f"      en: {yaml_text('Angola' + t[38])}\n")
    replace_once(participants, "    title: General Assembly resolution 67/19",
                 f"    title: {t[39]} General Assembly resolution 67/19")

    articles = content / "reference" / "articles.yml"
    replace_once(articles, '    title: "UNODC, SHERLOC', f'    title: "{t[40]}UNODC, SHERLOC')
    replace_once(articles, "      en: General provisions\n", f"      en: {yaml_text('General provisions' + t[41])}\n")
    replace_line(articles, "      en: Mechanisms for recovery of property through international cooperation",
                 f"      en: {yaml_text('Mechanisms' + t[42])}")
    replace_once(articles, "      zh: 通过没收事宜的国际合作追回资产的机制\n", f"      zh: {yaml_text('机制' + t[43])}\n")

    categories = content / "reference" / "attendance-categories.yml"
    replace_once(categories, "    en: States parties to the Convention\n",
                 f"    en: {yaml_text('States parties' + t[44])}\n")


def write_self_test_page(path: Path, payloads: list[Payload]) -> None:
    """A page that holds every payload unescaped: what the detector must catch."""
    body = "\n".join(f"<p>{p.number}: {p.unsafe}</p>" for p in payloads)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("<!DOCTYPE html>\n<html lang=en><head><meta charset=utf-8><title>xss self-test</title></head>\n"
                    f"<body><main>\n{body}\n</main></body></html>\n", encoding="utf-8")


# --------------------------------------------------------------------------- the detector

JS_DETECT = r"""
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'data', 'poster', 'background',
  'srcdoc', 'srcset', 'cite', 'ping', 'xlink:href', 'content']);
const FOREIGN = 'iframe, frame, frameset, object, embed, applet, base, svg, math, portal, meta[http-equiv]';
function describe(el) {
  let s = el.tagName.toLowerCase();
  if (el.id) s += '#' + el.id;
  if (el.classList && el.classList.length) s += '.' + Array.from(el.classList).join('.');
  return s;
}
const found = {handlers: [], addresses: [], elements: [], scripts: [], seen: []};
let xss;
try { xss = window.__xss === undefined ? null : JSON.stringify(window.__xss); } catch (e) { xss = String(e); }
found.xss = xss;
found.title = document.title;
for (const el of document.querySelectorAll('*')) {
  for (const a of el.attributes) {
    const name = a.name.toLowerCase();
    if (name.startsWith('on')) found.handlers.push(describe(el) + ' ' + a.name + '="' + a.value + '"');
    if (URL_ATTRIBUTES.has(name) || name.endsWith(':href')) {
      const v = a.value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
      if (/(^|[=;,]|url=)(javascript|vbscript|data):/i.test(v) && !(name === 'content' && !el.matches('meta')))
        found.addresses.push(describe(el) + ' ' + a.name + '="' + a.value + '"');
    }
  }
}
// The theme's own bar charts (made at build time) are SVG of these parts only (the patterns that mark the
// regional groups among them), with no attribute that runs or leads anywhere (the handler and address checks above still see them).
const CHART_PARTS = new Set(['title', 'desc', 'rect', 'text', 'defs', 'pattern', 'path']);
function isThemeChart(el) {
  return el.matches('svg.bar-chart[role="img"]')
    && Array.from(el.querySelectorAll('*')).every(part => CHART_PARTS.has(part.tagName.toLowerCase()));
}
for (const el of document.querySelectorAll(FOREIGN)) if (!isThemeChart(el)) found.elements.push(el.outerHTML.slice(0, 200));
for (const s of document.querySelectorAll('script'))
  found.scripts.push({src: s.src || (s.href && s.href.baseVal) || '', text: s.textContent.slice(0, 200)});
const html = document.documentElement.outerHTML;
const seen = new Set();
for (const m of html.matchAll(/XSS-(\d+)|concat\((\d+)\)/g)) seen.add(Number(m[1] || m[2]));
found.seen = Array.from(seen);
return found;
"""

DETECTORS = ("dialog", "__xss", "title", "handler", "address", "element", "script")
NUMBER = re.compile(r"XSS-(\d+)|concat\((\d+)\)")


def numbers_in(text: str) -> set[int]:
    return {int(a or b) for a, b in NUMBER.findall(text)}


def close_dialogs(driver) -> list[str]:
    """Texts of the alert/confirm/prompt dialogs open now (each is closed)."""
    texts = []
    for _ in range(50):
        try:
            dialog = driver.switch_to.alert
            texts.append(dialog.text)
            dialog.dismiss()
        except NoAlertPresentException:
            break
    return texts


@dataclass
class Findings:
    problems: list[str]
    caught: set[int]        # payload numbers some detector saw run or waiting to run
    seen: set[int]          # payload numbers present in the page (as text, or caught)


def run_detector(driver, allowed_scripts: set[str]) -> Findings:
    """Every sign of a payload in the page loaded now."""
    problems: list[str] = []
    caught: set[int] = set()
    dialogs = close_dialogs(driver)
    found = None
    for _ in range(5):
        try:
            found = driver.execute_script(JS_DETECT)
            break
        except UnexpectedAlertPresentException as exc:
            dialogs.append(exc.alert_text or "")
            dialogs += close_dialogs(driver)
    if found is None:
        return Findings([f"dialogs kept opening: {dialogs[:5]}"], set(), set())
    for text in dialogs:
        problems.append(f"dialog: {text!r} opened")
        caught |= numbers_in(text)
    if found["xss"] is not None:
        problems.append(f"__xss: window.__xss = {found['xss']}")
        caught |= {int(n) for n in re.findall(r"\d+", found["xss"])}
    if re.match(r"\s*XSS-\d", found["title"]):      # set by a payload (its text, escaped, may be in a title)
        problems.append(f"title: document.title = {found['title']!r}")
        caught |= numbers_in(found["title"])
    for kind, label in (("handlers", "handler"), ("addresses", "address"), ("elements", "element")):
        for item in found[kind]:
            problems.append(f"{label}: {item}")
            caught |= numbers_in(item)
    loaded: set[str] = set()
    for script in found["scripts"]:
        if script["src"] in allowed_scripts and script["src"] not in loaded and not script["text"].strip():
            loaded.add(script["src"])            # each of the site's own scripts, once
            continue
        problems.append(f"script: src={script['src']!r} text={script['text'][:120]!r}")
        caught |= numbers_in(script["text"])
    return Findings(problems, caught, set(found["seen"]) | caught)


def interact_with_terms(driver) -> None:
    """Focuses every glossary term link and hovers over the first few (and over titled elements)."""
    driver.execute_script("for (const a of document.querySelectorAll('a.term')) a.focus();")
    targets = driver.find_elements(By.CSS_SELECTOR, "a.term")[:HOVERED_PER_PAGE]
    targets += driver.find_elements(By.CSS_SELECTOR, "main [title]")[:HOVERED_PER_PAGE]
    for el in targets:
        try:
            driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", el)
            ActionChains(driver).move_to_element(el).perform()
        except UnexpectedAlertPresentException:
            pass               # the detector that follows reports the dialog
        except WebDriverException:
            continue           # an element with no box cannot be hovered


# --------------------------------------------------------------------------- the browser

def make_driver() -> webdriver.Chrome:
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,900"):
        opts.add_argument(arg)
    opts.set_capability("unhandledPromptBehavior", "ignore")   # dialogs stay open until we read them
    opts.page_load_strategy = "normal"
    driver = webdriver.Chrome(options=opts, service=Service(executable_path=CHROMEDRIVER))
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(10)
    return driver


def load(driver, url: str) -> None:
    try:
        driver.get(url)
    except UnexpectedAlertPresentException:
        pass                   # left open: the detector reads it
    except TimeoutException:
        pass                   # a dialog during loading can stall it; the detector looks anyway


def check_page(driver, url: str, allowed_scripts: set[str]) -> Findings:
    load(driver, url)
    first = run_detector(driver, allowed_scripts)
    try:
        interact_with_terms(driver)
    except UnexpectedAlertPresentException:
        pass
    second = run_detector(driver, allowed_scripts)
    return Findings(first.problems + [p for p in second.problems if p not in first.problems],
                    first.caught | second.caught, first.seen | second.seen)


def own_scripts(page: Path) -> set[str]:
    """The scripts a page of the site may load: search.html its two, any page the theme's term card
    script (assets/term-card.js of the site folder, the nearest one above the page with a style.css)."""
    allowed = set()
    for folder in page.parents:
        if (folder / "assets" / "style.css").is_file():
            allowed.add((folder / "assets" / "term-card.js").as_uri())
            break
    if page.name == "search.html":
        allowed |= {(page.parent / "search-index.js").as_uri(), (page.parent / "assets" / "search.js").as_uri()}
    return allowed


def page_kind(site: Path, page: Path) -> tuple[str, str]:
    """(interface language, kind of page) of a page, e.g. ('en', 'participants/*.html')."""
    parts = list(page.relative_to(site).parts)
    language = "zh"
    if parts[0] == "en" and len(parts) > 1:
        language, parts = "en", parts[1:]
    if parts[0] == "sessions" and len(parts) == 3:
        name = re.sub(r"\d+", "N", parts[2])
        return language, f"sessions/*/{name}"
    if len(parts) == 2 and parts[1] != "index.html":
        return language, f"{parts[0]}/*.html"
    return language, "/".join(parts)


# --------------------------------------------------------------------------- the checks

def check_self_test(driver, out_dir: Path, payloads: list[Payload]) -> bool:
    page = out_dir / "xss" / "self-test.html"
    write_self_test_page(page, payloads)
    findings = check_page(driver, page.as_uri(), set())
    missed = [p for p in payloads if p.number not in findings.caught]
    kinds = {problem.split(":", 1)[0] for problem in findings.problems}
    silent = [kind for kind in DETECTORS if kind not in kinds]
    detail = (f"{len(payloads)} payloads unescaped in {page}: caught {len(findings.caught)}, "
              f"by {len(kinds & set(DETECTORS))} of {len(DETECTORS)} detectors")
    if missed:
        detail += "; missed: " + ", ".join(f"{p.number} ({p.channel})" for p in missed)
    if silent:
        detail += "; detectors that saw nothing: " + ", ".join(silent)
    return report(not missed and not silent, "self-test: the detector catches every payload on an unsafe page", detail)


def build_hostile_site(binary: Path, content: Path, theme: Path, work: Path, payloads: list[Payload]) -> Path | None:
    hostile = work / "Content"
    shutil.copytree(content, hostile, symlinks=True)
    try:
        inject_payloads(hostile, {p.number: p for p in payloads})
    except (ValueError, OSError) as exc:
        report(False, "payloads written into the content", str(exc))
        return None
    output = work / "Public"
    run = subprocess.run([str(binary), "build", "--content", str(hostile), "--theme", str(theme),
                          "--output", str(output), "--no-cache", "--quiet"],
                         capture_output=True, text=True, timeout=300)
    ok = run.returncode == 0 and (output / "index.html").is_file() and (output / "en" / "index.html").is_file()
    files = {p.channel.split(" ")[0] for p in payloads}
    detail = f"{len(payloads)} payloads in {len(files)} files; exit {run.returncode}"
    if not ok:
        detail += "; " + (run.stderr + run.stdout).strip()[-1500:]
    report(ok, "the hostile content builds in both interface languages (zh at the root, en/)", detail)
    return output if ok else None


def check_site(driver, site: Path, payloads: list[Payload]) -> None:
    pages = sorted(site.rglob("*.html"))
    groups: dict[tuple[str, str], list[str]] = {}
    counts: dict[tuple[str, str], int] = {}
    seen: set[int] = set()
    started = time.monotonic()
    for page in pages:
        key = page_kind(site, page)
        counts[key] = counts.get(key, 0) + 1
        findings = check_page(driver, page.as_uri(), own_scripts(page))
        seen |= findings.seen
        groups.setdefault(key, []).extend(f"{page.relative_to(site)}: {p}" for p in findings.problems)
    for language in ("zh", "en"):
        search = site / ("en" if language == "en" else "") / "search.html"
        if not search.is_file():
            report(False, f"[{language}] search.html exists")
            continue
        key = (language, "search.html?q=…")
        counts[key] = 0
        for query in SEARCH_QUERIES:
            load(driver, search.as_uri() + "?q=" + quote(query))
            try:
                WebDriverWait(driver, 5).until(lambda d: d.execute_script(
                    "const s = document.getElementById('search-status'); return !!(s && s.textContent.trim())"))
            except (TimeoutException, UnexpectedAlertPresentException):
                pass
            findings = run_detector(driver, own_scripts(search))
            counts[key] += 1
            seen |= findings.seen
            groups.setdefault(key, []).extend(f"?q={query}: {p}" for p in findings.problems)
    per_language = {lang: sum(n for (where, kind), n in counts.items()
                              if where == lang and not kind.startswith("search.html?"))
                    for lang in ("zh", "en")}
    info(f"{len(pages)} pages (zh {per_language['zh']}, en {per_language['en']}) and "
         f"{2 * len(SEARCH_QUERIES)} searches loaded in {time.monotonic() - started:.1f} s")
    for key in sorted(counts):
        language, kind = key
        problems = groups.get(key, [])
        detail = f"{counts[key]} page(s)" if not kind.startswith("search.html?") else f"{counts[key]} queries"
        if problems:
            detail += f"; {len(problems)} problems:\n        " + "\n        ".join(problems[:12])
        report(not problems, f"[{language}] {kind}: no dialog, __xss, XSS- title, on* attribute, foreign script, "
                             "javascript:/data: address or foreign element", detail)
    must_show = [p for p in payloads if p.shown]
    hidden = [p for p in must_show if p.number not in seen]
    report(not hidden, "every value payload reached a page (shown as text)",
           f"{len(must_show) - len(hidden)} of {len(must_show)} shown"
           + ("; never shown: " + ", ".join(f"{p.number} ({p.channel})" for p in hidden) if hidden else ""))


def files_below(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


def check_hostile_identifier(binary: Path, content: Path, theme: Path, work: Path,
                             label: str, relative: str, old: str, new: str) -> None:
    root = work / label
    copy = root / "Content"
    shutil.copytree(content, copy, symlinks=True)
    try:
        replace_once(copy / relative, old, new)
    except ValueError as exc:
        report(False, f"check refuses {label}", str(exc))
        return
    before = files_below(root)
    run = subprocess.run([str(binary), "check", "--content", str(copy), "--theme", str(theme), "--format", "json"],
                         capture_output=True, text=True, timeout=120)
    try:
        diagnostics = json.loads(run.stdout)["diagnostics"]
    except (json.JSONDecodeError, KeyError, TypeError):
        diagnostics = []
    hits = [d for d in diagnostics
            if d.get("rule") == "identifier-invalid" and str(d.get("path", "")).endswith(relative)]
    output = root / "a" / "b" / "c" / "Public"
    build = subprocess.run([str(binary), "build", "--content", str(copy), "--theme", str(theme),
                            "--output", str(output), "--no-cache", "--quiet"],
                           capture_output=True, text=True, timeout=120)
    written = sorted(f for f in files_below(root) - before
                     if not (f in ("a", "a/b", "a/b/c") or f.endswith(".Public.lock")))
    ok = run.returncode == 1 and bool(hits) and build.returncode == 1 and not written
    detail = (f"check exit {run.returncode}, {len(hits)} identifier-invalid at "
              + ", ".join(f"{Path(d['path']).name}:{d['line']}:{d['column']}" for d in hits)
              + f"; build exit {build.returncode}, new files: {written or 'none'}")
    if not hits:
        detail += "; output: " + (run.stdout + run.stderr).strip()[:600]
    report(ok, f"check refuses {label} (identifier-invalid) and build writes nothing", detail)


def check_identifiers(binary: Path, content: Path, theme: Path, work: Path) -> None:
    check_hostile_identifier(binary, content, theme, work, "a glossary id that closes its attribute", "glossary.yml",
                             "  - id: non-conviction-based-confiscation\n",
                             "  - id: " + yaml_text('v"><img src=x onerror=alert(1)>') + "\n")
    check_hostile_identifier(binary, content, theme, work, "a participant id that is a path",
                             "reference/participants.yml", "  - id: AGO\n", '  - id: "../../../outside"\n')


# --------------------------------------------------------------------------- main

def main() -> int:
    if len(sys.argv) != 5:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    binary, content, theme, out_dir = (Path(a).resolve() for a in sys.argv[1:])
    for path, what in ((binary, "BINARY"), (content / "site.yml", "CONTENT"), (theme / "templates", "THEME")):
        if not path.exists():
            report(False, f"{what} exists", str(path))
            return 1
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))   # so that the temporary folder goes too
    payloads = make_payloads()
    started = time.monotonic()
    work = Path(tempfile.mkdtemp(prefix="rapporteur-xss."))
    driver = None
    try:
        driver = make_driver()
        info(f"browser: {driver.capabilities.get('browserName')} {driver.capabilities.get('browserVersion')}")
        if check_self_test(driver, out_dir, payloads):
            site = build_hostile_site(binary, content, theme, work / "site", payloads)
            if site:
                check_site(driver, site, payloads)
        else:
            report(False, "the site is checked only by a detector that passed its self-test")
        check_identifiers(binary, content, theme, work / "identifiers")
    finally:
        if driver:
            driver.quit()
        shutil.rmtree(work, ignore_errors=True)
    info(f"xss checks: {report.passed} passed, {report.failed} failed in {time.monotonic() - started:.1f} s")
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main())
