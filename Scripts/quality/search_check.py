#!/usr/bin/env python3
"""Search checks of a generated Rapporteur site, in headless Chromium from file:// (part of
Scripts/quality/run, and of the benchmark for the timing on large archives).

usage: search_check.py SITE_DIR [--cases JSON] [--budget-ms N] [--timing-only]

  * the browser's tokenizer (search.js) gives, for every case of Tests/Fixtures/
    search-tokenizer-cases.json, the tokens the Swift tokenizer is tested to give;
  * for Chinese queries (非定罪没收, 司法协助, 卡塔尔): the paragraphs and work-plan items
    found are exactly those whose text on the chapter and work-plan pages contains the query,
    each linking to its permalink, the exact phrase ranked first;
  * English queries find glossary terms, participants and articles by their English names
    (non-conviction, Egmont, article 54, "54"), and "54" finds every paragraph citing article 54;
    第54条, 第 54 条, 第五十四条 and 54条 find exactly what "article 54" finds, in the same order
    (search.js normalizes queries as the shared cases' "queries" say); UNODC finds its entry first;
  * search.html?q=… opens with the results, and the search box on every page leads there;
  * keyboard: ↓ from the box to the first result, ↓/↑ between results, ↑ back to the box,
    Enter opens the result's permalink;
  * timing: the median and worst time of a set of queries, against --budget-ms (default 50).
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import quote, urljoin

sys.path.insert(0, str(Path(__file__).resolve().parent))
import browser_check as bc                                      # noqa: E402
from selenium.webdriver.common.by import By                     # noqa: E402
from selenium.webdriver.common.keys import Keys                 # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait         # noqa: E402

REPO = Path(__file__).resolve().parents[2]
CHINESE_QUERIES = ["非定罪没收", "司法协助", "卡塔尔"]
TIMED_QUERIES = ["非定罪没收", "司法协助", "卡塔尔", "资产追回", "会议", "缔约国会议", "第五十四条",
                 "non-conviction", "Egmont", "article 54", "54", "asset recovery", "款", "没有这个词语"]
PAGE = "search"
ARTICLE_FORMS = ["第54条", "第 54 条", "第五十四条", "54条"]


def results(driver):
    """The rendered results as (absolute href, kind of place) pairs, in order."""
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('#search-results > li > a'))"
        ".map(a => a.href);")


def show_all(driver):
    for _ in range(10000):
        more = driver.find_elements(By.ID, "search-more")
        if not more or not more[0].is_displayed():
            return
        more[0].click()


def open_query(driver, site: Path, query: str):
    bc.load(driver, (site / "search.html").as_uri() + "?q=" + quote(query))
    WebDriverWait(driver, bc.WAIT).until(
        lambda d: d.execute_script("return document.getElementById('search-status').textContent.length > 0"))
    show_all(driver)


def expected_places(driver, site: Path, query: str) -> set[str]:
    """Permalinks of every paragraph and work-plan item whose text contains `query`, read from the
    pages themselves (not from the index)."""
    found: set[str] = set()
    # A paragraph's own text: the work plan that paragraph 20 shows inline is searched on its own page.
    own_text = ("const q = arguments[0];"
                "return Array.from(document.querySelectorAll(arguments[1])).filter(e => {"
                "  const copy = e.cloneNode(true); copy.querySelectorAll('.work-plan').forEach(w => w.remove());"
                "  return copy.textContent.includes(q); }).map(e => e.id);")
    for pattern, selector in (("sessions/*/chapter-*.html", "main .para[id]"),
                              ("sessions/*/work-plan.html", "main li.work-plan-item[id]")):
        for page in sorted(site.glob(pattern)):
            bc.load(driver, page.as_uri())
            ids = driver.execute_script(own_text, query, selector)
            found.update(f"{page.as_uri()}#{i}" for i in ids)
    return found


def check_tokenizer(driver, site: Path, cases_file: Path):
    """search.js gives what the shared cases say, for the tokenizer ("cases") and the query
    normalization ("queries"), as the Swift tests do."""
    bc.load(driver, (site / "search.html").as_uri())
    shared = json.loads(cases_file.read_text(encoding="utf-8"))
    for section, function, given, wanted, what in (("cases", "tokenize", "input", "tokens", "tokenizer agrees with"),
                                                   ("queries", "normalize", "query", "normalized", "normalizes queries as")):
        cases = shared[section]
        got = driver.execute_script(
            f"return arguments[0].map(c => RapporteurSearch.{function}(c.{given}));", cases)
        wrong = [(c[given], c[wanted], g) for c, g in zip(cases, got) if g != c[wanted]]
        bc.report(not wrong, PAGE, f"search.js {what} the shared cases ({len(cases)})",
                  "; ".join(f"{i!r}: want {w!r}, got {g!r}" for i, w, g in wrong[:5]))


def check_chinese(driver, site: Path):
    for query in CHINESE_QUERIES:
        want = expected_places(driver, site, query)
        open_query(driver, site, query)
        got = [h for h in results(driver) if "/sessions/" in h]
        missing, extra = want - set(got), set(got) - want
        bc.report(bool(want) and not missing and not extra and len(got) == len(set(got)), PAGE,
                  f"{query}: the paragraphs found are exactly those containing it ({len(want)})",
                  f"missing {sorted(missing)[:5]}, extra {sorted(extra)[:5]}")
        marks = driver.execute_script(
            "return Array.from(document.querySelectorAll('#search-results mark')).map(m => m.textContent);")
        bc.report(bool(marks) and all(m == query for m in marks[: len(want)]), PAGE,
                  f"{query}: snippets highlight the phrase", f"marks {marks[:5]}")


def check_english(driver, site: Path):
    def first_hrefs(query, n=200):
        open_query(driver, site, query)
        return [h.split(site.as_uri() + "/", 1)[-1] for h in results(driver)][:n]

    hrefs = first_hrefs("non-conviction")
    bc.report(any(h.startswith("glossary/") for h in hrefs[:3]) and any(h.startswith("sessions/") for h in hrefs),
              PAGE, "non-conviction finds the glossary term and the paragraphs using it", f"{hrefs[:4]}")
    hrefs = first_hrefs("Egmont")
    bc.report(any(h.startswith(("glossary/", "participants/")) for h in hrefs[:3]), PAGE,
              "Egmont finds its glossary or participant entry", f"{hrefs[:4]}")
    hrefs = first_hrefs("article 54")
    bc.report(bool(hrefs) and hrefs[0] == "articles/54.html", PAGE, "article 54 finds the article first", f"{hrefs[:3]}")
    english = first_hrefs("article 54")
    paragraphs = [h for h in english if "#p" in h]
    for query in ARTICLE_FORMS:
        got = first_hrefs(query)
        bc.report(bool(paragraphs) and got == english, PAGE,
                  f"{query} finds what article 54 finds ({len(paragraphs)} paragraphs, {len(english)} results)",
                  f"missing {sorted(set(english) - set(got))[:5]}, extra {sorted(set(got) - set(english))[:5]}")
    hrefs = first_hrefs("UNODC")
    bc.report(bool(hrefs) and hrefs[0] == "participants/unodc.html", PAGE, "UNODC finds its participant entry first", f"{hrefs[:3]}")
    hrefs = first_hrefs("54")
    article_page = site / "articles" / "54.html"
    if article_page.exists():
        bc.load(driver, article_page.as_uri())
        citing = set(driver.execute_script(
            "return Array.from(document.querySelectorAll('main a[href*=\"sessions/\"][href*=\"#p\"]')).map(a => a.href);"))
        citing = {h.split(site.as_uri() + "/", 1)[-1] for h in citing}
        missing = citing - set(hrefs)
        bc.report("articles/54.html" in hrefs[:3] and bool(citing) and not missing, PAGE,
                  f"54 finds article 54 and every paragraph its page lists ({len(citing)})", f"missing {sorted(missing)[:5]}")


def check_box_on_pages(driver, site: Path):
    page = sorted(site.glob("sessions/*/chapter-1.html"))[0]
    bc.load(driver, page.as_uri())
    box = driver.find_element(By.CSS_SELECTOR, "form.site-search input[name=q]")
    box.send_keys("司法协助")
    box.send_keys(Keys.ENTER)
    WebDriverWait(driver, bc.WAIT).until(lambda d: "search.html" in d.current_url)
    WebDriverWait(driver, bc.WAIT).until(lambda d: len(results(d)) > 0)
    bc.report(True, PAGE, "the header search box of a chapter page opens search.html?q= with results",
              driver.current_url.rsplit("/", 1)[-1][:60])


def check_keyboard(driver, site: Path):
    bc.load(driver, (site / "search.html").as_uri())
    box = driver.find_element(By.ID, "search-query")
    # Tab from the top of the page: the skip link, then the box's label-less controls in order.
    driver.execute_script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);")
    tabs = 0
    while tabs < 30 and not driver.execute_script("return document.activeElement === arguments[0]", box):
        driver.switch_to.active_element.send_keys(Keys.TAB)
        tabs += 1
    bc.report(tabs < 30, PAGE, "the search box is reached with Tab", f"{tabs} Tab presses")
    box.send_keys("资产追回")
    WebDriverWait(driver, bc.WAIT).until(lambda d: len(results(d)) > 2)
    links = driver.find_elements(By.CSS_SELECTOR, "#search-results > li > a")

    def active_is(element):
        return driver.execute_script("return document.activeElement === arguments[0]", element)
    box.send_keys(Keys.ARROW_DOWN)
    ok = active_is(links[0])
    driver.switch_to.active_element.send_keys(Keys.ARROW_DOWN)
    ok = ok and active_is(links[1])
    driver.switch_to.active_element.send_keys(Keys.ARROW_UP)
    ok = ok and active_is(links[0])
    driver.switch_to.active_element.send_keys(Keys.ARROW_UP)
    ok = ok and active_is(box)
    bc.report(ok, PAGE, "↓ and ↑ move between the box and the results")
    box.send_keys(Keys.ARROW_DOWN)
    target = links[0].get_attribute("href")
    driver.switch_to.active_element.send_keys(Keys.ENTER)
    WebDriverWait(driver, bc.WAIT).until(lambda d: d.current_url == target)
    bc.report("#" in driver.current_url, PAGE, "Enter on a result opens its permalink", driver.current_url.rsplit("/", 1)[-1])


def check_timing(driver, site: Path, budget: float):
    bc.load(driver, (site / "search.html").as_uri())
    load_ms = driver.execute_script(
        "const n = performance.getEntriesByType('navigation')[0]; return n ? n.domContentLoadedEventEnd : -1;")
    timings = driver.execute_script(
        """const queries = arguments[0], index = RapporteurSearch.index, out = {};
        for (const q of queries) {
          index.search(q);                              // first run decodes the postings it needs
          const runs = [];
          for (let i = 0; i < 5; i++) {
            const t0 = performance.now(); const found = index.search(q); runs.push(performance.now() - t0);
            out[q] = {runs: runs, count: found.length};
          }
        }
        return {timings: out, documents: index.documents.length, sessions: index.sessions.length};""",
        TIMED_QUERIES)
    per_query = {q: statistics.median(v["runs"]) for q, v in timings["timings"].items()}
    worst_first = max(max(v["runs"]) for v in timings["timings"].values())
    median = statistics.median(per_query.values())
    slowest = max(per_query, key=per_query.get)
    size = (site / "search-index.js").stat().st_size
    sessions = timings["sessions"]
    print(f"      search index: {sessions} sessions, {timings['documents']} documents, {size / 1e6:.2f} MB "
          f"({size / max(sessions, 1) / 1e3:.1f} kB per session), page ready (index parsed) {load_ms:.0f} ms after navigation")
    for q, v in timings["timings"].items():
        print(f"      {per_query[q]:7.2f} ms median  {max(v['runs']):7.2f} ms worst  {v['count']:6d} results  {q}")
    bc.report(per_query[slowest] < budget, PAGE,
              f"queries take under {budget:g} ms in Chromium (median of medians {median:.2f} ms, "
              f"slowest query {slowest!r} {per_query[slowest]:.2f} ms, worst single run {worst_first:.2f} ms)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--cases", type=Path, default=REPO / "Tests/Fixtures/search-tokenizer-cases.json")
    parser.add_argument("--budget-ms", type=float, default=50.0)
    parser.add_argument("--timing-only", action="store_true", help="only the timing (large generated archives)")
    args = parser.parse_args()
    site = args.site.resolve()
    if not (site / "search.html").exists():
        bc.report(False, PAGE, "search.html exists", str(site))
        return 1
    t0 = time.monotonic()
    driver = bc.make_driver()
    try:
        steps = [lambda: check_timing(driver, site, args.budget_ms)]
        if not args.timing_only:
            steps = [lambda: check_tokenizer(driver, site, args.cases), lambda: check_chinese(driver, site),
                     lambda: check_english(driver, site), lambda: check_box_on_pages(driver, site),
                     lambda: check_keyboard(driver, site)] + steps
        for step in steps:
            try:
                step()
            except Exception as exc:  # one failing step is a failure; go on with the others
                bc.report(False, PAGE, "search check ran", f"{type(exc).__name__}: {exc}".splitlines()[0])
        problems = bc.console_problems(driver)
        bc.report(not problems, PAGE, "no errors in the browser console", " | ".join(problems)[:300])
    finally:
        driver.quit()
    print(f"      search checks: {bc.passed} passed, {bc.failed} failed in {time.monotonic() - t0:.1f} s")
    return 1 if bc.failed else 0


if __name__ == "__main__":
    sys.exit(main())
