#!/usr/bin/env python3
"""Browser checks of a generated Rapporteur site (part of Scripts/quality/run).

usage: browser_check.py SITE_DIR OUT_DIR

Opens pages of SITE_DIR from file:// in headless Chromium driven by Selenium,
with the Debian binaries given explicitly (/usr/bin/chromium,
/usr/bin/chromedriver) so that Selenium Manager never runs.  For each page it
saves screenshots (OUT_DIR/screenshots/<name>-<width>.png for the viewport and
<name>-<width>-full.png for the whole page) and checks:

  * <html lang> is set and there is a `main` landmark;
  * the skip link is the first focusable element, becomes visible on focus,
    and Enter on it moves to its target;
  * Enter on a focused link inside <main> navigates to the link's target;
  * no horizontal scrolling at 375 px;
  * axe-core: no violation of impact "serious" or "critical";
  * chapter page: clicking a paragraph number (a.para-number) puts #pN in the URL;
  * if present: a.term glossary links show their English tooltip on focus;
  * if present: search.html finds results for 非定罪没收.

Prints one "PASS ..." / "FAIL ..." line per check (and "SKIP ..." / "WARN ..."
for information); exits 1 if any check failed.
"""
from __future__ import annotations

import base64
import glob
import os
import sys
import time
import traceback
from pathlib import Path

os.environ["SE_OFFLINE"] = "true"          # never let Selenium Manager go online
os.environ.setdefault("SE_AVOID_STATS", "true")

from selenium import webdriver                                  # noqa: E402
from selenium.common.exceptions import TimeoutException, WebDriverException  # noqa: E402
from selenium.webdriver.chrome.service import Service           # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By                     # noqa: E402
from selenium.webdriver.common.keys import Keys                 # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait         # noqa: E402
from selenium_axe_python import Axe                             # noqa: E402

CHROMIUM = os.environ.get("CHROMIUM_BINARY", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
DESKTOP = (1280, 900)
MOBILE = (375, 812)
WAIT = 10            # seconds for explicit waits
SEARCH_QUERY = "非定罪没收"
FAILING_IMPACTS = {"serious", "critical"}

passed = 0
failed = 0


def report(ok: bool, page: str, what: str, detail: str = "") -> bool:
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
    line = f"{'PASS' if ok else 'FAIL'}  [{page}] {what}"
    if detail:
        line += f" — {detail}"
    print(line, flush=True)
    return ok


def info(kind: str, page: str, text: str) -> None:
    print(f"{kind}  [{page}] {text}", flush=True)


# --------------------------------------------------------------------------- setup

def make_driver() -> webdriver.Chrome:
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for arg in (
        "--headless=new",
        "--no-sandbox",              # we run as root in CI
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-extensions",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--force-device-scale-factor=1",
        "--lang=zh-CN",
        f"--window-size={DESKTOP[0]},{DESKTOP[1]}",
    ):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = Service(executable_path=CHROMEDRIVER)
    driver = webdriver.Chrome(options=opts, service=service)
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(60)
    return driver


def set_viewport(driver, size) -> None:
    width, height = size
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1,
        "screenWidth": width, "screenHeight": height,
        "mobile": width < 600,
    })
    # explicit wait until the emulated screen has the requested width (the
    # layout viewport of a page without <meta name=viewport> stays 980 px wide
    # in mobile emulation, so window.innerWidth is not what to wait for)
    WebDriverWait(driver, WAIT).until(
        lambda d: d.execute_script("return screen.width") == width)


def load(driver, url: str) -> None:
    driver.get(url)
    WebDriverWait(driver, WAIT).until(
        lambda d: d.execute_script("return document.readyState") == "complete")
    # web fonts / system fonts must be ready before screenshots
    driver.execute_async_script(
        "const cb = arguments[arguments.length-1];"
        "(document.fonts ? document.fonts.ready : Promise.resolve()).then(() => cb(true));")


def screenshot(driver, out_dir: Path, name: str, width: int) -> None:
    driver.execute_script("window.scrollTo(0, 0)")
    driver.save_screenshot(str(out_dir / f"{name}-{width}.png"))
    # full page as well, for human review
    dims = driver.execute_script(
        "return [document.documentElement.scrollWidth, document.documentElement.scrollHeight]")
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": dims[0], "height": min(dims[1], 16000), "scale": 1},
    })
    (out_dir / f"{name}-{width}-full.png").write_bytes(base64.b64decode(shot["data"]))


def console_problems(driver) -> list[str]:
    try:
        logs = driver.get_log("browser")
    except WebDriverException:
        return []
    return [f"{e.get('level')}: {e.get('message')}" for e in logs
            if e.get("level") in ("SEVERE", "WARNING")]


JS_DESCRIBE = """
function describe(el) {
  if (!el || el === document) return String(el);
  let s = el.tagName.toLowerCase();
  if (el.id) s += '#' + el.id;
  if (el.classList && el.classList.length) s += '.' + Array.from(el.classList).join('.');
  if (el.getAttribute && el.getAttribute('href')) s += '[href="' + el.getAttribute('href') + '"]';
  return s;
}
"""


# --------------------------------------------------------------------------- checks

def check_lang_and_main(driver, page):
    lang = driver.execute_script("return document.documentElement.getAttribute('lang')")
    report(bool(lang and lang.strip()), page, "<html lang> is set", f"lang={lang!r}")
    mains = driver.execute_script(
        "return document.querySelectorAll('main, [role=main]').length")
    report(mains == 1, page, "exactly one main landmark", f"found {mains}")


def check_skip_link(driver, page, url):
    load(driver, url)
    driver.execute_script(
        "if (document.activeElement && document.activeElement !== document.body)"
        " document.activeElement.blur();")
    ActionChains(driver).send_keys(Keys.TAB).perform()
    try:
        WebDriverWait(driver, WAIT).until(lambda d: d.execute_script(
            "return document.activeElement !== document.body"))
    except TimeoutException:
        pass
    active = driver.execute_script(
        JS_DESCRIBE + "return describe(document.activeElement)")
    is_skip = driver.execute_script(
        "return document.activeElement.matches('a.skip-link')")
    if not report(is_skip, page, "skip link is the first focusable element (Tab from body)",
                  f"focused {active}"):
        return
    # becomes visible: inside the viewport and not clipped to a pixel
    js_visible = """
      const el = document.activeElement, r = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      return r.width > 8 && r.height > 8 && r.left >= 0 && r.top >= 0 &&
             r.right <= window.innerWidth && r.bottom <= window.innerHeight &&
             cs.visibility !== 'hidden' && parseFloat(cs.opacity) > 0.5 &&
             (cs.clip === 'auto' || cs.clip === '') &&
             (cs.clipPath === 'none' || cs.clipPath === '');
    """
    try:
        WebDriverWait(driver, WAIT).until(lambda d: d.execute_script(js_visible))
        ok = True
    except TimeoutException:
        ok = False
    rect = driver.execute_script(
        "const r = document.activeElement.getBoundingClientRect();"
        "return [Math.round(r.left), Math.round(r.top), Math.round(r.width), Math.round(r.height)]")
    report(ok, page, "skip link becomes visible when focused", f"rect x,y,w,h={rect}")
    # Enter follows it and the target receives focus or is scrolled to
    href = driver.execute_script("return document.activeElement.getAttribute('href')") or ""
    target_id = href[1:] if href.startswith("#") else ""
    ActionChains(driver).send_keys(Keys.ENTER).perform()
    try:
        WebDriverWait(driver, WAIT).until(
            lambda d: d.execute_script("return location.hash") == "#" + target_id)
        ok = driver.execute_script(
            "return !!document.getElementById(arguments[0])", target_id)
        where = driver.execute_script(JS_DESCRIBE + "return describe(document.activeElement)")
        report(ok, page, "Enter on the skip link goes to its target",
               f"href={href}, focus now on {where}")
    except TimeoutException:
        report(False, page, "Enter on the skip link goes to its target",
               f"href={href!r}, URL is {driver.current_url}")


def check_enter_on_link(driver, page, url):
    load(driver, url)
    # first visible link in <main>, preferring one that leads to another document
    target = driver.execute_script("""
      const links = Array.from(document.querySelectorAll('main a[href]'))
        .filter(a => !a.classList.contains('para-number'))
        .filter(a => { const r = a.getBoundingClientRect(); return r.width > 0 && r.height > 0; });
      const here = location.href.split('#')[0];
      // an HTML page (a CSV or JSON link downloads rather than navigates)
      const other = links.find(a => a.href.split('#')[0] !== here && /\.html(#|$)/.test(a.href));
      const a = other || links[0];
      if (!a) return null;
      a.setAttribute('data-quality-probe', '1');
      return a.href;
    """)
    if not target:
        info("SKIP", page, "Enter on a focused link in main (no link in main)")
        return
    el = driver.find_element(By.CSS_SELECTOR, "a[data-quality-probe]")
    driver.execute_script("arguments[0].scrollIntoView({block:'center'}); arguments[0].focus();", el)
    WebDriverWait(driver, WAIT).until(
        lambda d: d.execute_script("return document.activeElement.hasAttribute('data-quality-probe')"))
    ActionChains(driver).send_keys(Keys.ENTER).perform()
    try:
        WebDriverWait(driver, WAIT).until(lambda d: d.current_url == target)
        ok = True
    except TimeoutException:
        ok = False
    report(ok, page, "Enter on a focused link in main navigates to its target",
           f"{os.path.relpath(target.split('#')[0], url.rsplit('/', 1)[0]) if target.startswith('file:') else target}"
           + ("" if ok else f"; URL is {driver.current_url}"))


def check_no_hscroll(driver, page):
    res = driver.execute_script(JS_DESCRIBE + """
      const de = document.documentElement;
      const cw = de.clientWidth, sw = de.scrollWidth;
      const wide = [];
      if (sw > cw + 1) {
        for (const el of document.body.querySelectorAll('*')) {
          const r = el.getBoundingClientRect();
          if (r.right > cw + 1 && r.width > 0) wide.push(describe(el) + ' right=' + Math.round(r.right));
          if (wide.length >= 8) break;
        }
      }
      const vp = document.querySelector('meta[name=viewport]');
      return [sw, cw, wide, vp ? vp.getAttribute('content') : null];
    """)
    sw, cw, wide, viewport = res
    if not viewport or "width=device-width" not in viewport.replace(" ", ""):
        report(False, page, "<meta name=viewport content=width=device-width> is present",
               f"content={viewport!r}")
    detail = f"scrollWidth={sw}, clientWidth={cw}"
    if wide:
        detail += "; too wide: " + ", ".join(wide)
    report(sw <= cw + 1, page, f"no horizontal scrollbar at {MOBILE[0]} px", detail)


def check_para_number(driver, page, url):
    load(driver, url)
    links = driver.find_elements(By.CSS_SELECTOR, "a.para-number")
    if not links:
        report(False, page, "paragraph number link puts #pN in the URL", "no a.para-number on the page")
        return
    el = links[min(1, len(links) - 1)]
    href = el.get_attribute("href")
    frag = href.split("#", 1)[1] if "#" in href else ""
    driver.execute_script("arguments[0].scrollIntoView({block:'center'})", el)
    el.click()
    try:
        WebDriverWait(driver, WAIT).until(lambda d: d.current_url.endswith("#" + frag))
        ok = frag.startswith("p") and frag[1:].isdigit()
    except TimeoutException:
        ok = False
    report(ok, page, "clicking a.para-number puts #pN in the URL",
           f"expected #{frag}, URL ends with #{driver.current_url.split('#', 1)[-1] if '#' in driver.current_url else ''}")


def check_axe(driver, page):
    axe = Axe(driver)
    axe.inject()
    results = driver.execute_async_script(
        "const cb = arguments[arguments.length-1];"
        "axe.run(document, {resultTypes: ['violations'], preload: false})"
        ".then(r => cb({violations: r.violations, version: r.testEngine.version}))"
        ".catch(e => cb({error: String(e)}));")
    if "error" in results:
        report(False, page, "axe-core ran", results["error"])
        return
    bad = 0
    for v in results["violations"]:
        impact = v.get("impact") or "unknown"
        if impact in FAILING_IMPACTS:
            bad += 1
        targets = []
        for node in v.get("nodes", []):
            targets.append(" ".join(str(t) for t in node.get("target", [])))
        print(f"      axe {impact:8s} {v['id']}: {v.get('help')} ({len(targets)} nodes)")
        for node, t in zip(v.get("nodes", []), targets[:15]):
            summary = (node.get("failureSummary") or "").replace("\n", " ").strip()
            print(f"          {t}  | {summary[:240]}")
        if len(targets) > 15:
            print(f"          … {len(targets) - 15} more")
    n = len(results["violations"])
    report(bad == 0, page, "axe-core: no serious/critical violations",
           f"axe {results.get('version')}: {bad} serious/critical, {n - bad} minor/moderate")


def check_term_tooltip(driver, page, url):
    load(driver, url)
    terms = driver.find_elements(By.CSS_SELECTOR, "a.term")
    if not terms:
        info("SKIP", page, "glossary term tooltip (no a.term on the page)")
        return
    el = terms[0]
    # The English text may live in an element named by aria-describedby, in a
    # child/sibling tooltip element, or in a ::before/::after pseudo-element.
    # Collect what English text is visible, before and after focusing: the
    # check needs something that became visible on focus.
    js = """
      const a = arguments[0], hits = [];
      const latin = s => /[A-Za-z]{2,}/.test(s || '');
      const visible = n => { if (!n) return false; const r = n.getBoundingClientRect(), cs = getComputedStyle(n);
        return r.width > 0 && r.height > 0 && cs.visibility !== 'hidden' && parseFloat(cs.opacity) > 0.1; };
      const ids = (a.getAttribute('aria-describedby') || '').split(/\\s+/).filter(Boolean);
      for (const id of ids) { const n = document.getElementById(id);
        if (visible(n) && latin(n.textContent)) hits.push('aria-describedby #' + id + ': ' + n.textContent.trim()); }
      const cands = Array.from(a.querySelectorAll('*'));
      if (a.parentElement) cands.push(...a.parentElement.querySelectorAll('[role=tooltip], .tooltip, [class*=tooltip], [class*=term-en]'));
      for (const n of new Set(cands))
        if (visible(n) && latin(n.textContent)) hits.push(describe(n) + ': ' + n.textContent.trim());
      for (const p of ['::after', '::before']) { const cs = getComputedStyle(a, p);
        if (cs.content && cs.content !== 'none' && cs.content !== 'normal' && latin(cs.content) &&
            cs.display !== 'none' && cs.visibility !== 'hidden' && parseFloat(cs.opacity) > 0.1) hits.push(p + ': ' + cs.content); }
      return hits;
    """
    driver.execute_script("arguments[0].scrollIntoView({block:'center'});", el)
    before = set(driver.execute_script(JS_DESCRIBE + js, el))
    driver.execute_script("arguments[0].focus();", el)

    def new_hits(d):
        return [h for h in d.execute_script(JS_DESCRIBE + js, el) if h not in before]
    try:
        found = WebDriverWait(driver, WAIT).until(new_hits)
        report(True, page, "focused glossary term (a.term) shows its English tooltip", found[0][:120])
    except TimeoutException:
        report(False, page, "focused glossary term (a.term) shows its English tooltip",
               f"nothing English became visible for {el.get_attribute('outerHTML')[:160]}")


def check_search(driver, page, url):
    console_problems(driver)   # drop messages of earlier loads
    load(driver, url)
    inputs = driver.find_elements(
        By.CSS_SELECTOR, "input[type=search], [role=search] input, form input[type=text], input#search, input[name=q]")
    if not inputs:
        report(False, page, "search finds results", "no search input found")
        return
    box = inputs[0]
    box.click()
    box.send_keys(SEARCH_QUERY)
    result_sel = ("#search-results li, #results li, .search-results li, .search-result, "
                  "[data-search-result], .results li, ol.results > li, ul.results > li")

    def results(d):
        return [e for e in d.find_elements(By.CSS_SELECTOR, result_sel) if e.is_displayed()]
    try:
        found = WebDriverWait(driver, 3).until(results)
    except TimeoutException:
        found = []
    if not found:          # search may run on submit rather than as you type
        box.send_keys(Keys.ENTER)
        try:
            found = WebDriverWait(driver, WAIT).until(results)
        except TimeoutException:
            found = []
    detail = f"{len(found)} results for {SEARCH_QUERY}"
    if found:
        detail += f"; first: {found[0].text.strip()[:80]!r}"
    else:
        errs = console_problems(driver)
        if errs:
            detail += "; console: " + " | ".join(errs)[:400]
    report(bool(found), page, "search finds results", detail)


# --------------------------------------------------------------------------- main

def pick_pages(site: Path) -> list[tuple[str, Path]]:
    pages: list[tuple[str, Path]] = []

    def first(pattern):
        hits = sorted(glob.glob(str(site / pattern)))
        return Path(hits[0]) if hits else None

    home = site / "index.html"
    if home.exists():
        pages.append(("home", home))
    for name, pattern in (
        ("session", "sessions/*/index.html"),
        ("chapter", "sessions/*/chapter-2.html"),
        ("work-plan", "sessions/*/work-plan.html"),
        ("full", "sessions/*/full.html"),
        ("articles", "articles/index.html"),
        ("attendance", "sessions/*/attendance.html"),
        ("glossary", "glossary/index.html"),
        ("glossary-term", "glossary/terms/*.html"),
        ("citations", "resolutions/cosp-*.html"),
        ("search", "search.html"),
    ):
        p = first(pattern)
        if p:
            pages.append((name, p))
        elif name in ("session", "chapter", "work-plan", "full"):
            report(False, name, f"page exists ({pattern})", "not found")
        else:
            info("SKIP", name, f"{pattern} does not exist")
    return pages


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    site = Path(sys.argv[1]).resolve()
    out = Path(sys.argv[2]).resolve()
    shots = out / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    for old in shots.glob("*.png"):     # no stale pictures from an earlier run
        old.unlink()
    if not (site / "index.html").exists():
        report(False, "site", "index.html exists", str(site))
        return 1

    t0 = time.monotonic()
    driver = make_driver()
    print(f"      browser: {driver.capabilities.get('browserName')} "
          f"{driver.capabilities.get('browserVersion')}, screenshots in {shots}")
    pages_with_terms = 0
    try:
        for name, path in pick_pages(site):
            url = path.as_uri()
            try:
                console_problems(driver)   # drop messages of the previous page
                set_viewport(driver, DESKTOP)
                load(driver, url)
                for msg in console_problems(driver):
                    info("WARN", name, f"browser console: {msg[:300]}")
                check_lang_and_main(driver, name)
                screenshot(driver, shots, name, DESKTOP[0])
                check_axe(driver, name)
                set_viewport(driver, MOBILE)
                load(driver, url)
                screenshot(driver, shots, name, MOBILE[0])
                check_no_hscroll(driver, name)
                set_viewport(driver, DESKTOP)
                check_skip_link(driver, name, url)
                check_enter_on_link(driver, name, url)
                if name == "chapter":
                    check_para_number(driver, name, url)
                load(driver, url)
                if driver.find_elements(By.CSS_SELECTOR, "a.term"):
                    pages_with_terms += 1
                    check_term_tooltip(driver, name, url)
                if name == "search":
                    check_search(driver, name, url)
            except Exception as exc:  # a crash in one page's checks is a failure, go on
                report(False, name, "browser checks ran", f"{type(exc).__name__}: {exc}".splitlines()[0])
                traceback.print_exc(limit=3)
    finally:
        driver.quit()
    if not pages_with_terms:
        info("SKIP", "all", "glossary term tooltip (no a.term on any checked page)")
    print(f"      browser checks: {passed} passed, {failed} failed in {time.monotonic() - t0:.1f} s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
