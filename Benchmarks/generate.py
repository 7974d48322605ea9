#!/usr/bin/env python3
"""Synthetic archives for the benchmark (issue 8), derived from the real record in Content/.

    generate.py archive --content Content --sessions N --out DIR [--seed S]
        DIR/content/   Rapporteur's content format: site.yml, reference/, glossary.yml and N sessions
        DIR/hugo/      the same Markdown as a Hugo site: one page per chapter, the whole report, the
                       work plan, a session index a session and the home page; minimal layouts of our own
        DIR/markdown/  every session's report.md and work-plan.md without front matter (cmark-gfm's input)
        DIR/archive.json  what was generated (slugs, counts), read by Benchmarks/run
    generate.py toggle REPORT.md
        A real, valid edit for the "one session changed" rebuild: adds the word "（修订）" at the end
        of paragraph 1, or takes it away when it is there (in the session's source.txt too, so that the
        text stays verbatim).

Each generated session has a source.txt as `rapporteur import` leaves one: the text a reader sees (title,
report, and the work plan after the paragraph that introduces it), one Markdown line a source line, so
the build's verbatim check runs on generated archives as on real ones.

Every session keeps the real report's chapters and sections and its 48 numbered paragraphs. The
paragraphs that carry structure the build reads stay in place and are rewritten for the session: the
agenda (nested list), the attendance lists (the category sentences the attendance parser reads, with a
different subset of the registry's states each time, named as the registry writes them), the opening
(dates, venue, meeting number), the adoption (date, symbol) and the paragraph the work plan continues
(only in sessions that have the work plan). The texts of all other paragraphs are shuffled between
sessions. A seeded RNG makes every archive reproducible: the same N and seed give the same bytes.
"""

import argparse
import datetime
import json
import random
import re
import shutil
import sys
from pathlib import Path

VENUES = [("维也纳", "Vienna"), ("纽约", "New York"), ("日内瓦", "Geneva"), ("多哈", "Doha"),
          ("马拉喀什", "Marrakech"), ("圣彼得堡", "Saint Petersburg"), ("阿布扎比", "Abu Dhabi"),
          ("内罗毕", "Nairobi"), ("曼谷", "Bangkok"), ("布达佩斯", "Budapest")]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
DIGITS_ZH = "零一二三四五六七八九"
TOGGLE_WORD = "（修订）"
WORK_PLAN_SHARE = 3  # one session in three adopts the work plan


# ---------------------------------------------------------------------------------------------------
# Reading the real content


def split_front_matter(text):
    """(front matter lines, body) of a Markdown file that starts with a '---' block."""
    lines = text.split("\n")
    if lines[0].strip() != "---":
        return [], text
    end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    return lines[1:end], "\n".join(lines[end + 1:])


class Paragraph:
    def __init__(self, number, lines):
        self.number = number
        self.lines = lines  # the first line without "N. ", then any indented continuation lines

    @property
    def text(self):
        return self.lines[0]


def parse_report(body):
    """The report body as blocks: ("chapter", line), ("section", line), ("paragraph", Paragraph)."""
    blocks = []
    for line in body.split("\n"):
        match = re.match(r"^(\d+)\. (.*)$", line)
        if line.startswith("# "):
            blocks.append(("chapter", line))
        elif line.startswith("## "):
            blocks.append(("section", line))
        elif match:
            blocks.append(("paragraph", Paragraph(int(match.group(1)), [match.group(2)])))
        elif line.strip() == "" or line.startswith(" "):
            if blocks and blocks[-1][0] == "paragraph":
                blocks[-1][1].lines.append(line)
        else:
            sys.exit(f"generate.py: cannot read this line of the report: {line!r}")
    for kind, block in blocks:
        if kind == "paragraph":
            while block.lines and block.lines[-1].strip() == "":
                block.lines.pop()
    return blocks


def read_participants(path):
    """[(kind, zh name, en name, [zh aliases])] from participants.yml (its own simple layout)."""
    entries, entry, block = [], None, None
    for line in Path(path).read_text(encoding="utf-8").split("\n"):
        if line.startswith("  - id:"):
            entry = {"kind": None, "zh": None, "en": None, "aliases": []}
            entries.append(entry)
        elif entry is None:
            continue
        elif line.startswith("    kind:"):
            entry["kind"] = line.split(":", 1)[1].strip()
        elif re.match(r"^    \w", line):
            block = line.strip().rstrip(":")
        elif block == "name" and line.startswith("      zh:"):
            entry["zh"] = line.split(":", 1)[1].strip()
        elif block == "name" and line.startswith("      en:"):
            entry["en"] = line.split(":", 1)[1].strip().strip("\"'")
        elif block == "aliases" and line.startswith("      zh:"):
            entry["aliases"] = [a.strip() for a in line.split(":", 1)[1].strip().strip("[]").split(",") if a.strip()]
    entries = [e for e in entries if e["zh"] and e["en"] and e["kind"]]
    if len([e for e in entries if e["kind"] == "state"]) < 150:
        sys.exit(f"generate.py: found too few states in {path}; has its layout changed?")
    return entries


def split_list(text, known):
    """Splits an attendance list the way the UN writes it: 、 between names, 和 before the last one
    (but not the 和 inside a name such as 联合国毒品和犯罪问题办公室)."""
    items = text.split("、")
    last = items.pop()
    if last not in known:
        for i, char in enumerate(last):
            if char == "和" and last[:i] in known and last[i + 1:] in known:
                items += [last[:i], last[i + 1:]]
                break
        else:
            items.append(last)
    else:
        items.append(last)
    return items


def join_list(names):
    return names[0] if len(names) == 1 else "、".join(names[:-1]) + "和" + names[-1]


# ---------------------------------------------------------------------------------------------------
# Dates, numbers and titles


def chinese_number(n):
    """1 → 一, 10 → 十, 16 → 十六, 106 → 一百零六, 1000 → 一千 (up to 9999)."""
    if n < 10:
        return DIGITS_ZH[n]
    if n < 20:
        return "十" + (DIGITS_ZH[n % 10] if n % 10 else "")
    units = [(1000, "千"), (100, "百"), (10, "十"), (1, "")]
    text, pending_zero = "", False
    for value, name in units:
        digit = n // value % 10
        if digit:
            if pending_zero and text:
                text += "零"
            text += DIGITS_ZH[digit] + name
            pending_zero = False
        elif text:
            pending_zero = True
    return text


def dates_zh(start, end):
    """2012 年 8 月 30 日至 31 日, as the reports write a meeting's dates."""
    text = f"{start.year} 年 {start.month} 月 {start.day} 日"
    if end == start:
        return text
    if end.year != start.year:
        return text + f"至 {end.year} 年 {end.month} 月 {end.day} 日"
    if end.month != start.month:
        return text + f"至 {end.month} 月 {end.day} 日"
    return text + f"至 {end.day} 日"


def dates_en(start, end):
    if end == start:
        return f"on {start.day} {MONTHS_EN[start.month - 1]} {start.year}"
    if end.month == start.month and end.year == start.year:
        joint = "and" if (end - start).days == 1 else "to"
        prefix = "on" if joint == "and" else "from"
        return f"{prefix} {start.day} {joint} {end.day} {MONTHS_EN[start.month - 1]} {start.year}"
    first = f"{start.day} {MONTHS_EN[start.month - 1]}" + (f" {start.year}" if end.year != start.year else "")
    return f"from {first} to {end.day} {MONTHS_EN[end.month - 1]} {end.year}"


def yaml_string(value):
    """A YAML scalar that reads back as exactly `value` (YAML is a superset of JSON strings)."""
    return json.dumps(value, ensure_ascii=False)


# ---------------------------------------------------------------------------------------------------
# One session


class Source:
    """What every session is derived from: the real report, its work plan and the registry."""

    def __init__(self, content):
        reports = sorted((content / "sessions").glob("*/report.md"))
        if not reports:
            sys.exit(f"generate.py: no sessions/*/report.md in {content}")
        report_path = reports[0]
        front, body = split_front_matter(report_path.read_text(encoding="utf-8"))
        self.front = "\n".join(front)
        self.blocks = parse_report(body)
        self.work_plan_path = report_path.parent / "work-plan.md"
        self.work_plan = self.work_plan_path.read_text(encoding="utf-8") if self.work_plan_path.exists() else None
        self.work_plan_paragraph = None
        if self.work_plan:
            plan_front, _ = split_front_matter(self.work_plan)
            self.work_plan_paragraph = int(next(l for l in plan_front if l.startswith("paragraph:")).split(":")[1])
        participants = read_participants(content / "reference" / "participants.yml")
        self.known = {p["zh"] for p in participants} | {a for p in participants for a in p["aliases"]}
        self.states = sorted((p for p in participants if p["kind"] == "state"), key=lambda p: p["en"])
        self.body_zh = re.search(r"^body:\n  zh: (.*)$", self.front, re.M).group(1)
        self.body_en = re.search(r"^body:\n  zh: .*\n  en: (.*)$", self.front, re.M).group(1)

        self.paragraphs = [block for kind, block in self.blocks if kind == "paragraph"]
        self.fixed = {}  # number → kind of the paragraphs that stay in place
        for paragraph in self.paragraphs:
            kind = self.fixed_kind(paragraph)
            if kind:
                self.fixed[paragraph.number] = kind
        self.pool = [p for p in self.paragraphs if p.number not in self.fixed]

    def fixed_kind(self, paragraph):
        text = paragraph.text
        if "出席" in text and "派" in text:
            return "attendance"
        if len(paragraph.lines) > 1:
            return "nested"  # the agenda: "8 月 30 日，工作组通过了以下议程：" and its list
        if "举行了其第" in text:
            return "opening"
        if "通过了其会议报告" in text:
            return "adoption"
        if paragraph.number == self.work_plan_paragraph:
            return "work-plan"
        return None


class Session:
    def __init__(self, source, rng, meeting, start, end, venue, symbol, has_work_plan):
        self.source, self.rng = source, rng
        self.meeting, self.start, self.end, self.venue, self.symbol = meeting, start, end, venue, symbol
        self.has_work_plan = has_work_plan
        self.slug = f"{start.year}-{start.month:02d}-asset-recovery-{meeting}"

    def front_matter(self):
        venue_zh, venue_en = self.venue
        return "\n".join([
            "---",
            "title:",
            f"  zh: {dates_zh(self.start, self.end)}在{venue_zh}举行的{self.source.body_zh}会议的报告",
            "  en: Report on the meeting of the " + self.source.body_en
            + f" held in {venue_en} {dates_en(self.start, self.end)}",
            "body:",
            f"  zh: {self.source.body_zh}",
            f"  en: {self.source.body_en}",
            f"meeting: {self.meeting}",
            "dates:",
            f"  start: {self.start.isoformat()}",
            f"  end: {self.end.isoformat()}",
            "venue:",
            f"  zh: {venue_zh}",
            f"  en: {venue_en}",
            "language: zh-Hans",
            f"symbol: {self.symbol}",
            "source: source.txt",
            "---",
        ])

    def paragraph_texts(self):
        """number → lines of every paragraph of this session."""
        source, rng = self.source, self.rng
        pool = list(source.pool)
        rng.shuffle(pool)
        shuffled = iter(pool)
        used_states = set()
        texts = {}
        for paragraph in source.paragraphs:
            kind = source.fixed.get(paragraph.number)
            if kind is None or (kind == "work-plan" and not self.has_work_plan):
                taken = next(shuffled, None) or rng.choice(source.pool)
                texts[paragraph.number] = list(taken.lines)
            elif kind == "attendance":
                texts[paragraph.number] = [self.attendance(paragraph.text, used_states)]
            elif kind == "nested":
                first = re.sub(r"^\d+ 月 \d+ 日", f"{self.start.month} 月 {self.start.day} 日", paragraph.text)
                texts[paragraph.number] = [first] + paragraph.lines[1:]
            elif kind == "opening":
                texts[paragraph.number] = [re.sub(
                    r"于 .*? 日在.*?举行了其第.*?次会议",
                    f"于 {dates_zh(self.start, self.end)}在{self.venue[0]}举行了其第{chinese_number(self.meeting)}次会议",
                    paragraph.text)]
            elif kind == "adoption":
                text = re.sub(r"^\d+ 年 \d+ 月 \d+ 日", f"{self.end.year} 年 {self.end.month} 月 {self.end.day} 日",
                              paragraph.text)
                texts[paragraph.number] = [re.sub(r"CAC/COSP/WG\.2/\d+/L\.\d+", self.symbol, text)]
            else:
                texts[paragraph.number] = list(paragraph.lines)
        return texts

    def attendance(self, text, used_states):
        """The attendance paragraph `text` with a list of this session's own."""
        match = re.match(r"^(下列(.*?)派.*?：)(.*)。$", text)
        if not match:
            return text  # "欧洲联盟作为…派代表出席了会议。": one participant, kept
        head, category, names = match.groups()
        rng = self.rng
        if category.endswith("缔约国"):
            count = rng.randint(min(40, len(self.source.states)), min(140, len(self.source.states)))
            chosen = self.pick_states(count, used_states)
        elif category.endswith("签署国"):
            chosen = self.pick_states(rng.randint(1, 6), used_states)
        elif category.endswith("观察员国") or category.endswith("观察员国也"):
            chosen = self.pick_states(rng.randint(1, 3), used_states)
        else:  # organizations: a subset of the real list, in its order
            real = split_list(names, self.source.known)
            keep = sorted(rng.sample(range(len(real)), rng.randint(1, len(real))))
            chosen = [real[i] for i in keep]
        return f"{head}{join_list(chosen)}。"

    def pick_states(self, count, used_states):
        available = [s for s in self.source.states if s["zh"] not in used_states]
        chosen = sorted(self.rng.sample(available, min(count, len(available))), key=lambda s: s["en"])
        used_states.update(s["zh"] for s in chosen)
        return [s["zh"] for s in chosen]

    def report_body(self):
        """The report's Markdown body: the real chapters and sections, this session's paragraphs."""
        texts = self.paragraph_texts()
        out = []
        for kind, block in self.source.blocks:
            if kind == "paragraph":
                lines = texts[block.number]
                out.append(f"{block.number}. {lines[0]}" + "".join("\n" + l for l in lines[1:]))
            else:
                out.append(block)
        return "\n\n".join(out) + "\n"

    def chapters(self, body):
        """[(heading line, Markdown of the chapter)] of a report body."""
        chapters = []
        for part in re.split(r"(?m)^(?=# )", body):
            if part.strip():
                chapters.append((part.split("\n", 1)[0], part.strip() + "\n"))
        return chapters


# ---------------------------------------------------------------------------------------------------
# The archive


def plan_sessions(source, count, rng):
    """`count` sessions with distinct slugs, numbered in date order from 1."""
    first, last = datetime.date(1990, 1, 1), datetime.date(2025, 12, 31)
    starts = sorted(first + datetime.timedelta(days=rng.randrange((last - first).days)) for _ in range(count))
    sessions, per_year = [], {}
    for number, start in enumerate(starts, 1):
        end = start + datetime.timedelta(days=rng.choice([0, 1, 1, 1, 2, 3]))
        per_year[start.year] = per_year.get(start.year, 0) + 1
        symbol = f"CAC/COSP/WG.2/{start.year}/L.{per_year[start.year]}"
        has_plan = source.work_plan is not None and rng.randrange(WORK_PLAN_SHARE) == 0
        session_rng = random.Random(rng.getrandbits(64))
        sessions.append(Session(source, session_rng, number, start, end, rng.choice(VENUES), symbol, has_plan))
    return sessions


MARKDOWN_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def visible_line(line):
    """The text a reader sees of a Markdown line of ours: no heading or bullet marker, no escapes."""
    text = line.lstrip(" ")
    text = re.sub(r"^#+ ", "", text)
    text = re.sub(r"^- ", "", text)
    return MARKDOWN_ESCAPE.sub(r"\1", text)


def source_text(title, body, plan_body, plan_paragraph):
    """A session's source.txt: the title, then the body's lines, with the work plan's lines after the
    block of the paragraph that introduces it (its line and the indented or blank lines that follow)."""
    lines = [title, ""]
    inside_host = False
    plan = [visible_line(line) for line in (plan_body or "").split("\n") if line.strip()]
    for line in body.split("\n"):
        starts_block = line.startswith("#") or re.match(r"^[0-9]+\. ", line) is not None
        if inside_host and starts_block:
            lines += plan
            inside_host = False
        if plan and line.startswith(f"{plan_paragraph}. "):
            inside_host = True
        if line.strip():
            lines.append(visible_line(line))
    if inside_host:
        lines += plan
    return "\n".join(lines) + "\n"


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def front(fields):
    return "---\n" + "".join(f"{key}: {value}\n" for key, value in fields) + "---\n"


HUGO_CONFIG = """\
baseURL = "https://example.org/"
languageCode = "zh-Hans"
title = {title}
relativeURLs = true
uglyURLs = true
buildFuture = true
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
"""

HUGO_LAYOUTS = {
    "_default/baseof.html": """\
<!DOCTYPE html>
<html lang="zh-Hans">
<head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title></head>
<body>
<nav><a href="{{ .Site.Home.RelPermalink }}">{{ .Site.Title }}</a>{{ with .Parent }}{{ if not .IsHome }} › <a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}{{ end }}</nav>
<main>{{ block "main" . }}{{ end }}</main>
</body>
</html>
""",
    "_default/single.html": """\
{{ define "main" }}
<article>{{ .Content }}</article>
<nav>{{ with .PrevInSection }}<a rel="prev" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
{{ with .NextInSection }}<a rel="next" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>
{{ end }}
""",
    "_default/list.html": """\
{{ define "main" }}
<h1>{{ .Title }}</h1>
{{ with .Params.venue }}<p>{{ . }}, {{ $.Params.dates }}</p>{{ end }}
<ol>{{ range .Pages.ByWeight }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ol>
{{ .Content }}
{{ end }}
""",
    "index.html": """\
{{ define "main" }}
<h1>{{ .Site.Title }}</h1>
<ol>{{ range (.Site.GetPage "/sessions").Sections.ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Params.dates }}</li>{{ end }}</ol>
{{ end }}
""",
}


def generate(content, count, seed, out):
    source = Source(content)
    rng = random.Random(seed)
    sessions = plan_sessions(source, count, rng)
    if out.exists():
        shutil.rmtree(out)
    site_title = re.search(r"^title:\n  zh: (.*)$", (content / "site.yml").read_text(encoding="utf-8"), re.M).group(1)

    # Rapporteur's content: the real site, reference and glossary, N sessions.
    target = out / "content"
    target.mkdir(parents=True)
    shutil.copy(content / "site.yml", target / "site.yml")
    shutil.copytree(content / "reference", target / "reference")
    shutil.copy(content / "glossary.yml", target / "glossary.yml")

    hugo = out / "hugo"
    write(hugo / "hugo.toml", HUGO_CONFIG.format(title=yaml_string(site_title)))
    for name, text in HUGO_LAYOUTS.items():
        write(hugo / "layouts" / name, text)
    write(hugo / "content" / "_index.md", front([("title", yaml_string(site_title))]))
    write(hugo / "content" / "sessions" / "_index.md", front([("title", yaml_string("会议"))]))

    markdown = out / "markdown"
    markdown.mkdir()
    _, plan_body = split_front_matter(source.work_plan) if source.work_plan else (None, None)
    hugo_pages = 2  # home, sessions
    for session in sessions:
        body = session.report_body()
        folder = target / "sessions" / session.slug
        write(folder / "report.md", session.front_matter() + "\n\n" + body)
        write(markdown / f"{session.slug}-report.md", body)
        if session.has_work_plan:
            write(folder / "work-plan.md", source.work_plan)
            write(markdown / f"{session.slug}-work-plan.md", plan_body)

        title = re.search(r"^  zh: (.*)$", session.front_matter(), re.M).group(1)
        host = re.search(r"^paragraph: (\d+)$", source.work_plan or "", re.M)
        write(folder / "source.txt", source_text(title, body, plan_body if session.has_work_plan else None,
                                                 host.group(1) if host else None))
        pages = hugo / "content" / "sessions" / session.slug
        write(pages / "_index.md", front([
            ("title", yaml_string(title)), ("date", session.start.isoformat()),
            ("venue", yaml_string(session.venue[0])), ("dates", yaml_string(dates_zh(session.start, session.end)))]))
        chapters = session.chapters(body)
        for number, (heading, text) in enumerate(chapters, 1):
            write(pages / f"chapter-{number}.md",
                  front([("title", yaml_string(heading[2:])), ("weight", number)]) + "\n" + text)
        write(pages / "full.md", front([("title", yaml_string(title)), ("weight", 100)]) + "\n" + body)
        hugo_pages += 2 + len(chapters)
        if session.has_work_plan:
            plan_title = re.search(r"^  zh: (.*)$", source.work_plan, re.M).group(1)
            write(pages / "work-plan.md", front([("title", yaml_string(plan_title)), ("weight", 101)]) + plan_body)
            hugo_pages += 1

    summary = {
        "sessions": count,
        "seed": seed,
        "slugs": [s.slug for s in sessions],
        "work_plans": sum(s.has_work_plan for s in sessions),
        "markdown_files": len(list(markdown.iterdir())),
        "markdown_bytes": sum(p.stat().st_size for p in markdown.iterdir()),
        "hugo_pages": hugo_pages,
    }
    write(out / "archive.json", json.dumps(summary, ensure_ascii=False, indent=1) + "\n")
    return summary


def toggle(report):
    """Adds TOGGLE_WORD at the end of paragraph 1, or removes it: a real edit that keeps the file valid,
    made in the session's source text too, so that the text stays verbatim."""
    for path in (report, report.parent / "source.txt"):
        if not path.exists():
            continue
        lines = path.read_text(encoding="utf-8").split("\n")
        index = next(i for i, line in enumerate(lines) if line.startswith("1. "))
        if lines[index].endswith(TOGGLE_WORD):
            lines[index] = lines[index][:-len(TOGGLE_WORD)]
        else:
            lines[index] += TOGGLE_WORD
        path.write_text("\n".join(lines), encoding="utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    archive = commands.add_parser("archive", help="generate an archive of N sessions")
    archive.add_argument("--content", type=Path, default=Path(__file__).resolve().parent.parent / "Content")
    archive.add_argument("--sessions", type=int, required=True)
    archive.add_argument("--seed", type=int, default=8)
    archive.add_argument("--out", type=Path, required=True)
    edit = commands.add_parser("toggle", help="toggle one word in paragraph 1 of a report")
    edit.add_argument("report", type=Path)
    args = parser.parse_args()
    if args.command == "archive":
        summary = generate(args.content, args.sessions, args.seed, args.out)
        print(f"Generated {summary['sessions']} sessions ({summary['work_plans']} with a work plan), "
              f"{summary['markdown_files']} Markdown files, {summary['markdown_bytes']} bytes, "
              f"{summary['hugo_pages']} Hugo pages in {args.out}")
    else:
        toggle(args.report)


if __name__ == "__main__":
    main()
