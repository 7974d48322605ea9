#!/usr/bin/env python3
"""Layout and print checks of a generated Rapporteur site (part of Scripts/quality/run).

usage: layout_check.py SITE_DIR OUT_DIR [BINARY CONTENT THEME]

Every kind of page (home, session, chapter, work plan, full report, indexes of articles,
participants, resolutions and documents, an article, a participant, attendance, both glossaries,
search, 404) is opened from file:// in headless Chromium at 375, 768 and 1366 px, in the site's
interface and, when BINARY CONTENT THEME are given, in the English interface too (built into
OUT_DIR/layout/site-en with --ui-language en). Each page and width fails on:

  * horizontal overflow (the document scrolls sideways);
  * a table cell narrower than two characters of its own text (Chinese stacked one character a
    line, 第/5/条 over three lines);
  * a glossary term hint (a.term::after, measured through the DevTools protocol) that is not wholly
    inside the viewport when its term is focused (the term nearest the right edge, and the first);
  * at 375 px, with touch emulation: a tap on a term that does not open its card (role=dialog,
    inside the viewport, linking to the term's entry) or that leaves the page.

Screenshots: OUT_DIR/layout/<lang>-<page>-375.png for every page, and <lang>-<page>-<width>.png
for any page and width that fails.

Print: full.html is printed by Chromium (Page.printToPDF, the CSS decides margins) on A4 and on
US Letter into OUT_DIR/layout/full-<lang>-<paper>.pdf. It fails if the A4 print has more than 10
pages, or if on any page but the last the lowest line of text (pdftotext -bbox) is less than a
quarter of the way down the page (a mostly blank page).

Prints one "PASS ..." / "FAIL ..." line per check; exits 1 if any failed.
"""
from __future__ import annotations

import base64
import glob
import os
import re
import shutil
import subprocess
import sys
import time
import traceback
from pathlib import Path

os.environ["SE_OFFLINE"] = "true"
os.environ.setdefault("SE_AVOID_STATS", "true")

from selenium import webdriver                                  # noqa: E402
from selenium.webdriver.chrome.service import Service           # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait         # noqa: E402

from check_report import CheckReport                           # noqa: E402

CHROMIUM = os.environ.get("CHROMIUM_BINARY", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
WIDTHS = (375, 768, 1366)
HEIGHT = 800
MAX_A4_PAGES = 10
PAPERS = {"a4": (8.27, 11.69), "letter": (8.5, 11.0)}

report = CheckReport()


def make_driver():
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--force-device-scale-factor=1", "--lang=zh-CN", "--window-size=1366,800"):
        opts.add_argument(arg)
    driver = webdriver.Chrome(options=opts, service=Service(executable_path=CHROMEDRIVER))
    driver.set_page_load_timeout(30)
    return driver


def set_width(driver, width):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": HEIGHT, "deviceScaleFactor": 1,
        "screenWidth": width, "screenHeight": HEIGHT, "mobile": width < 600})
    WebDriverWait(driver, 10).until(lambda d: d.execute_script("return screen.width") == width)


def load(driver, url):
    driver.get(url)
    WebDriverWait(driver, 10).until(lambda d: d.execute_script("return document.readyState") == "complete")
    driver.execute_async_script(
        "const cb = arguments[arguments.length-1];"
        "(document.fonts ? document.fonts.ready : Promise.resolve()).then(() => cb(true));")


def pick_pages(site: Path):
    kinds = [
        ("home", "index.html"), ("session", "sessions/*/index.html"), ("chapter", "sessions/*/chapter-2.html"),
        ("work-plan", "sessions/*/work-plan.html"), ("full", "sessions/*/full.html"),
        ("attendance", "sessions/*/attendance.html"), ("articles", "articles/index.html"),
        ("article", "articles/*.html"), ("participants", "participants/index.html"),
        ("participant", "participants/*.html"), ("glossary", "glossary/index.html"),
        ("glossary-en", "glossary/en.html"), ("glossary-term", "glossary/terms/*.html"),
        ("citations", "resolutions/*.html"),
        ("resolutions", "resolutions/index.html"),
        ("documents", "documents/index.html"), ("charts", "charts.html"), ("search", "search.html"),
        ("404", "404.html"),
    ]
    pages = []
    for name, pattern in kinds:
        hits = [h for h in sorted(glob.glob(str(site / pattern))) if not h.endswith("/index.html") or "*" not in pattern.split("/")[-1]]
        if name in ("article", "participant", "glossary-term"):
            # one entity's page, not an index or one of its sort orders
            hits = [h for h in hits if not re.search(r"/(index|by-[a-z-]+)\.html$", h)]
            # a well-filled one: the largest file
            hits.sort(key=lambda h: -os.path.getsize(h))
        if hits:
            pages.append((name, Path(hits[0])))
        else:
            print(f"SKIP  [{name}] {pattern} does not exist")
    if not any(n == "glossary-en" for n, _ in pages):
        extra = [h for h in sorted(glob.glob(str(site / "glossary/*.html"))) if not h.endswith("index.html")]
        if extra:
            pages.append(("glossary-en", Path(extra[0])))
    return pages


JS_OVERFLOW = """
const de = document.documentElement, cw = de.clientWidth, sw = de.scrollWidth, wide = [];
if (sw > cw + 1) for (const el of document.body.querySelectorAll('*')) {
  const r = el.getBoundingClientRect();
  if (r.right > cw + 1 && r.width > 0 && r.width <= cw * 3) {
    let s = el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
    wide.push(s + ' right=' + Math.round(r.right)); if (wide.length >= 5) break; }
}
return [sw, cw, wide];
"""

# A cell is too narrow when its content box is narrower than the first two characters of its
# text set on one line in the cell's font (or the whole text, if shorter).
JS_CELLS = """
const probe = document.createElement('span');
probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap;left:-9999px;top:0';
document.body.appendChild(probe);
const bad = []; let count = 0;
for (const cell of document.querySelectorAll('main td, main th')) {
  const text = (cell.innerText || '').trim();
  if (!text || cell.getBoundingClientRect().width === 0) continue;
  count++;
  const cs = getComputedStyle(cell);
  const inner = cell.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
  const first = Array.from(text.split(/\\s+/)[0]).slice(0, 2).join('');
  // Each property on its own: the 'font' shorthand reads as '' when the cell sets a font feature
  // (font-variant-numeric: tabular-nums on count columns), which would measure in the page's font.
  probe.style.fontFamily = cs.fontFamily; probe.style.fontSize = cs.fontSize; probe.style.fontWeight = cs.fontWeight;
  probe.style.fontStyle = cs.fontStyle; probe.style.letterSpacing = cs.letterSpacing;
  probe.textContent = first;
  const need = probe.getBoundingClientRect().width;
  if (inner + 0.5 < need) bad.push(JSON.stringify(text.slice(0, 20)) + ' ' + Math.round(inner) + 'px < ' + Math.round(need) + 'px');
}
probe.remove();
return [count, bad];
"""

JS_PICK_TERMS = """
const vw = document.documentElement.clientWidth;
const terms = Array.from(document.querySelectorAll('main a.term')).filter(a => a.getClientRects().length);
if (!terms.length) return 0;
let right = terms[0];
for (const a of terms) { const r = a.getClientRects(); const last = r[r.length - 1];
  const best = right.getClientRects(); if (last.right > best[best.length - 1].right) right = a; }
const picks = [terms[0], right, terms[terms.length - 1]];
picks.forEach((a, i) => a.setAttribute('data-layout-probe-' + i, ''));
return picks.length;
"""


def hint_rect(driver, selector):
    """The border box of selector's ::after (the term hint) in viewport pixels, or None."""
    root = driver.execute_cdp_cmd("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
    node = driver.execute_cdp_cmd("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    if not node:
        return None
    desc = driver.execute_cdp_cmd("DOM.describeNode", {"nodeId": node, "depth": 0})["node"]
    backend = None
    for pseudo in desc.get("pseudoElements", []) or []:
        if pseudo.get("pseudoType") == "after":
            backend = pseudo.get("backendNodeId")
    if backend is None:
        return None
    try:
        box = driver.execute_cdp_cmd("DOM.getBoxModel", {"backendNodeId": backend})["model"]["border"]
    except Exception:
        return None
    xs, ys = box[0::2], box[1::2]
    # the box model's quads are relative to the main frame's viewport
    return (min(xs), min(ys), max(xs), max(ys))


def check_hints(driver):
    n = driver.execute_script(JS_PICK_TERMS)
    if not n:
        return None
    vw, vh = driver.execute_script("return [document.documentElement.clientWidth, window.innerHeight]")
    problems, measured = [], 0
    for i in range(n):
        sel = f"[data-layout-probe-{i}]"
        driver.execute_script(f"const a = document.querySelector('{sel}'); a.scrollIntoView({{block:'center'}}); a.focus();")
        time.sleep(0.05)
        driver.execute_cdp_cmd("DOM.enable", {})
        rect = hint_rect(driver, sel)
        if rect is None:
            problems.append(f"term {i}: no hint shown on focus")
            continue
        measured += 1
        l, t, r, b = rect
        if l < -0.5 or t < -0.5 or r > vw + 0.5 or b > vh + 0.5:
            problems.append(f"term {i}: hint at x {l:.0f}–{r:.0f}, y {t:.0f}–{b:.0f} outside {vw}×{vh}")
        driver.execute_script(f"document.querySelector('{sel}').blur()")
    return measured, problems


def check_touch_card(driver, tag, url, shots, shot_name):
    """A tap on a term (touch emulation) opens the term card inside the viewport and stays on the page."""
    driver.execute_cdp_cmd("Emulation.setTouchEmulationEnabled", {"enabled": True, "maxTouchPoints": 1})
    try:
        load(driver, url)
        point = driver.execute_script("""
          const a = document.querySelector('main a.term'); if (!a) return null;
          a.scrollIntoView({block: 'center'}); const r = a.getClientRects()[0];
          return [r.left + r.width / 2, r.top + r.height / 2, a.href];""")
        if not point:
            return
        x, y, href = point
        driver.execute_cdp_cmd("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [{"x": x, "y": y}]})
        driver.execute_cdp_cmd("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
        try:
            WebDriverWait(driver, 3).until(lambda d: d.execute_script("return !!document.querySelector('.term-card')"))
        except Exception:
            pass
        card = driver.execute_script("""
          const c = document.querySelector('.term-card'); if (!c) return null;
          const r = c.getBoundingClientRect(), link = c.querySelector('a[href]');
          return [r.left, r.top, r.right, r.bottom, link ? link.href : '', c.getAttribute('role'),
                  document.documentElement.clientWidth, window.innerHeight];""")
        same_page = driver.current_url.split("#")[0] == url.split("#")[0]
        if card is None:
            report(False, f"{tag} a tap on a term opens its card", f"no .term-card; still on the page: {same_page}")
        else:
            l, t, r, b, link, role, vw, vh = card
            inside = l >= -0.5 and t >= -0.5 and r <= vw + 0.5 and b <= vh + 0.5
            report(same_page and inside and link == href and role == "dialog", f"{tag} a tap on a term opens its card",
                   f"card at x {l:.0f}–{r:.0f}, y {t:.0f}–{b:.0f} in {vw}×{vh}; link to the entry: {link == href}; "
                   f"still on the page: {same_page}")
            driver.save_screenshot(str(shots / shot_name))
    finally:
        driver.execute_cdp_cmd("Emulation.setTouchEmulationEnabled", {"enabled": False})


def check_page(driver, lang, name, path, shots):
    url = path.as_uri()
    for width in WIDTHS:
        set_width(driver, width)
        load(driver, url)
        tag = f"[{lang} {name} {width}px]"
        ok_all = True
        sw, cw, wide = driver.execute_script(JS_OVERFLOW)
        ok_all &= report(sw <= cw + 1, f"{tag} no horizontal overflow",
                         f"scrollWidth {sw}, clientWidth {cw}" + (f"; too wide: {', '.join(wide)}" if wide else ""))
        count, bad = driver.execute_script(JS_CELLS)
        if count:
            ok_all &= report(not bad, f"{tag} table cells at least two characters wide",
                             f"{count} cells" + (f"; too narrow: {'; '.join(bad[:6])}" + (f" (+{len(bad) - 6})" if len(bad) > 6 else "") if bad else ""))
        if width == WIDTHS[0]:
            driver.execute_script("window.scrollTo(0, 0)")
            driver.save_screenshot(str(shots / f"{lang}-{name}-{width}.png"))
        hints = check_hints(driver)
        if hints is not None:
            measured, problems = hints
            ok_all &= report(not problems and measured > 0, f"{tag} term hints inside the viewport",
                             f"{measured} measured" + (f"; {'; '.join(problems)}" if problems else ""))
        if width == WIDTHS[0] and hints is not None:
            check_touch_card(driver, tag, url, shots, f"{lang}-{name}-{width}-card.png")
        if not ok_all:
            load(driver, url)
            driver.save_screenshot(str(shots / f"{lang}-{name}-{width}.png"))


def print_pdf(driver, full: Path, out: Path, lang: str):
    set_width(driver, 1366)
    load(driver, full.as_uri())
    counts = {}
    for paper, (w, h) in PAPERS.items():
        pdf = out / f"full-{lang}-{paper}.pdf"
        data = driver.execute_cdp_cmd("Page.printToPDF", {
            "paperWidth": w, "paperHeight": h, "printBackground": False,
            "displayHeaderFooter": False, "preferCSSPageSize": False})["data"]
        pdf.write_bytes(base64.b64decode(data))
        pages = page_boxes(pdf)
        counts[paper] = len(pages)
        low = []
        for i, (height, lowest) in enumerate(pages[:-1], 1):
            if lowest < height / 4:
                low.append(f"page {i}: lowest text at {lowest / height:.0%}")
        if paper == "a4":
            report(0 < len(pages) <= MAX_A4_PAGES, f"[{lang} print A4] full.html on at most {MAX_A4_PAGES} pages",
                   f"{len(pages)} pages ({pdf})")
        report(not low, f"[{lang} print {paper}] no mostly blank page (text reaches a quarter of each page but the last)",
               "; ".join(low) if low else ", ".join(f"{lo / hi:.0%}" for hi, lo in pages))
    return counts


def page_boxes(pdf: Path):
    """[(page height, y of the bottom of the lowest line of text)] from pdftotext -bbox; the page
    number in the bottom margin ("3 / 10") is not text of the page, so it is left out."""
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = []
    for m in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', html, re.S):
        height = float(m.group(2))
        words = [(float(y0), float(y1), w) for y0, y1, w in
                 re.findall(r'<word [^>]*yMin="([\d.]+)" [^>]*yMax="([\d.]+)">([^<]*)</word>', m.group(3))]
        lines: dict[int, list[str]] = {}
        for y0, y1, w in words:
            lines.setdefault(round(y1), []).append(w)
        for y in sorted(lines, reverse=True):
            if re.fullmatch(r"\d+\s*/\s*\d+", " ".join(lines[y])) and y > height * 0.85:
                del lines[y]
                break
        pages.append((height, float(max(lines)) if lines else 0.0))
    return pages


def main() -> int:
    if len(sys.argv) not in (3, 6):
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    site = Path(sys.argv[1]).resolve()
    out = Path(sys.argv[2]).resolve() / "layout"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for tool in ("pdftotext",):
        if not shutil.which(tool):
            report(False, f"{tool} is installed", "run Scripts/quality/install (poppler-utils)")
            return 1
    sites = [(re.sub(r"-.*", "", _html_lang(site)), site)]
    if len(sys.argv) == 6:
        binary, content, theme = sys.argv[3:6]
        en = out / "site-en"
        build = subprocess.run([binary, "build", "--content", content, "--theme", theme, "--output", str(en),
                                "--ui-language", "en", "--no-cache", "--quiet"], capture_output=True, text=True)
        if report(build.returncode == 0, "English interface built for the layout checks",
                  (build.stdout + build.stderr).strip()[:300]):
            sites.append(("en", en))
    t0 = time.monotonic()
    driver = make_driver()
    try:
        for lang, root in sites:
            for name, path in pick_pages(root):
                try:
                    check_page(driver, lang, name, path, out)
                except Exception as exc:
                    report(False, f"[{lang} {name}] layout checks ran", f"{type(exc).__name__}: {exc}".splitlines()[0])
                    traceback.print_exc(limit=3)
            fulls = sorted(glob.glob(str(root / "sessions/*/full.html")))
            if fulls:
                counts = print_pdf(driver, Path(fulls[0]), out, lang)
                print(f"      {lang}: full.html prints on {counts.get('a4')} A4 and {counts.get('letter')} Letter pages")
    finally:
        driver.quit()
    print(f"      layout checks: {report.passed} passed, {report.failed} failed in {time.monotonic() - t0:.1f} s; files in {out}")
    return 1 if report.failed else 0


def _html_lang(site: Path) -> str:
    text = (site / "index.html").read_text(encoding="utf-8", errors="replace")[:400]
    m = re.search(r'<html lang="([^"]+)"', text)
    return m.group(1) if m else "zh"


if __name__ == "__main__":
    sys.exit(main())
