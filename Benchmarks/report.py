#!/usr/bin/env python3
"""Writes RESULTS.md from what Benchmarks/run measured in its work folder, and prints the tables.

Per size, the work folder holds hyperfine's JSON (full, noop, changed, added, hugo, cmark), facts.env
(check counts, peak memory, output sizes, whether step-by-step output equals a cold build),
archive.json (from generate.py) and commands.txt (the exact hyperfine command lines).
With --smoke it also fails (exit 1) on anything wrong: a failed run, an error in the archive, a
rebuild whose output differs from a cold build, an empty Hugo site.
"""

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
from pathlib import Path

SCENARIOS = [("full", "rapporteur build, cold output"), ("noop", "rapporteur no-op rebuild"),
             ("changed", "rapporteur rebuild, 1 session changed"), ("added", "rapporteur rebuild, 1 session added"),
             ("hugo", "hugo, cold output"), ("cmark", "cmark-gfm, all Markdown in one process")]
GIB = 1024 ** 3


def load_size(folder):
    data = {"facts": {}, "times": {}}
    for line in (folder / "facts.env").read_text(encoding="utf-8").splitlines():
        key, _, value = line.partition("=")
        data["facts"][key] = value
    for name, _ in SCENARIOS:
        data["times"][name] = json.loads((folder / f"{name}.json").read_text())["results"][0]
    data["archive"] = json.loads((folder / "archive.json").read_text(encoding="utf-8"))
    data["measured"] = datetime.datetime.fromtimestamp((folder / "full.json").stat().st_mtime, datetime.timezone.utc)
    data["commands"] = [line.split("\t", 1) for line in (folder / "commands.txt").read_text().splitlines()]
    return data


def seconds(value):
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


def mib(kib):
    return f"{int(kib) / 1024:.0f} MiB"


def size(nbytes):
    nbytes = int(nbytes)
    return f"{nbytes / 1024 ** 2:.1f} MB" if nbytes >= 1024 ** 2 else f"{nbytes / 1024:.0f} kB"


def ratio(a, b):
    return a / b if b else float("inf")


def version(command):
    try:
        out = subprocess.run(command, capture_output=True, text=True, timeout=60)
        return (out.stdout or out.stderr).strip().splitlines()[0]
    except (OSError, IndexError, subprocess.TimeoutExpired):
        return "not found"


REPOSITORY = str(Path(__file__).resolve().parent.parent)


def portable(text):
    """`text` without the machine's own paths: the repository's folder is written `$REPO`, so that the
    results name no absolute path of the machine they were measured on."""
    return str(text).replace(REPOSITORY, "$REPO")


def machine(binary, load_at_start):
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor() or "unknown")
    mem_kib = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal"))
    os_name = next((line.split("=", 1)[1].strip('"') for line in Path("/etc/os-release").read_text().splitlines()
                    if line.startswith("PRETTY_NAME=")), "unknown")
    commit = version(["git", "rev-parse", "--short", "HEAD"])
    dirty = subprocess.run(["git", "status", "--porcelain", "--", "Sources", "Package.swift"],
                           capture_output=True, text=True).stdout.strip()
    return [
        ("CPU", f"{cpu}, {os.cpu_count()} cores"),
        ("memory", f"{mem_kib / 1024 ** 2:.1f} GiB"),
        ("system", f"{os_name}, kernel {platform.release()}"),
        ("load average (1, 5, 15 min) at the start and at the end of the run",
         f"{load_at_start}; {' '.join(Path('/proc/loadavg').read_text().split()[0:3])}"),
        ("swift", version(["swift", "--version"])),
        ("rapporteur", f"{portable(binary)} (commit {commit}{', Sources/ modified' if dirty else ''})"),
        ("hugo", version(["hugo", "version"])),
        ("cmark-gfm", version(["cmark-gfm", "--version"])),
        ("hyperfine", version(["hyperfine", "--version"])),
        ("python3", platform.python_version()),
    ]


def mark(ok):
    return "✅" if ok else "❌"


def write(args):
    work, sizes = Path(args.work), [int(s) for s in args.sizes.split(",")]
    data = {n: load_size(work / str(n)) for n in sizes}
    median = {n: {k: v["median"] for k, v in data[n]["times"].items()} for n in sizes}
    lines, problems = [], []
    out = lines.append

    out("# Benchmark results" + (" (smoke run)" if args.smoke else ""))
    out("")
    runs = {data[n]["facts"].get("run") for n in sizes}
    together = len(runs) == 1 and None not in runs
    out(f"Written by `Benchmarks/run` on {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC "
        f"in {args.seconds} s; how to run it and what is measured: [README.md](README.md). Times are "
        "hyperfine's median wall-clock time; ratios are of medians, "
        + ("all measured in this one run." if together else
           "each size's measured in one run; the sizes were measured in separate runs of `Benchmarks/run` on this "
           "machine (when: under each size), so the ratios across sizes compare runs."))
    out("")
    out("## Overview")
    out("")
    out("| sessions | rapporteur build | hugo | cmark-gfm | rapporteur / hugo | rapporteur / cmark-gfm "
        "| no-op rebuild | 1 changed | 1 added | peak memory rapporteur / hugo | output rapporteur / hugo |")
    out("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for n in sizes:
        m, f = median[n], data[n]["facts"]
        out(f"| {n:,} | {seconds(m['full'])} | {seconds(m['hugo'])} | {seconds(m['cmark'])} "
            f"| {ratio(m['full'], m['hugo']):.2f} × | {ratio(m['full'], m['cmark']):.1f} × "
            f"| {seconds(m['noop'])} ({ratio(m['noop'], m['full']):.0%}) "
            f"| {seconds(m['changed'])} ({ratio(m['changed'], m['full']):.0%}) "
            f"| {seconds(m['added'])} ({ratio(m['added'], m['full']):.0%}) "
            f"| {mib(f['rapporteur_rss_kb'])} / {mib(f['hugo_rss_kb'])} "
            f"| {size(f['rapporteur_bytes'])} / {size(f['hugo_bytes'])} |")
    out("")

    largest = sizes[-1]
    m, f = median[largest], data[largest]["facts"]
    out(f"## Targets (issue 8), at {largest:,} sessions")
    out("")
    if largest != 1000:
        out(f"The targets are set for 1,000 sessions; this run's largest archive has {largest:,}.")
        out("")
    out("| target | measured | |")
    out("| --- | ---: | :-: |")
    rows = [
        ("full build ≤ 0.5 × hugo", f"{ratio(m['full'], m['hugo']):.2f} ×", ratio(m["full"], m["hugo"]) <= 0.5),
        ("full build ≤ 2 × cmark-gfm", f"{ratio(m['full'], m['cmark']):.1f} ×", ratio(m["full"], m["cmark"]) <= 2),
    ]
    if 100 in median and largest == 1000:
        scale = ratio(median[1000]["full"], median[100]["full"])
        rows.append(("1,000 sessions ≤ 11 × the time of 100", f"{scale:.1f} ×", scale <= 11))
    for key, label in (("changed", "one session changed"), ("added", "one session added")):
        share = ratio(m[key], m["full"])
        rows.append((f"rebuild after {label} ≤ 5 % of the full build", f"{share:.1%}", share <= 0.05))
        same = f[f"{key}_identical"] == "yes"
        rows.append((f"… its output byte-identical to a cold build", "yes" if same else "no (diff in the work folder)",
                     same))
    rss = int(f["rapporteur_rss_kb"]) * 1024
    rows.append(("peak memory < 1 GiB", f"{rss / GIB:.2f} GiB", rss < GIB))
    if "rapporteur_largest_page" in f:
        # Issue 15's bounds on what a reader opens.
        largest_page, median_page = int(f["rapporteur_largest_page"]), int(f["rapporteur_median_page"])
        rows.append(("no HTML page over 512 KB (issue 15)", f"{size(largest_page)} (`{f['rapporteur_largest_page_path']}`)",
                     largest_page <= 512 * 1024))
        rows.append(("median HTML page under 40 KB (issue 15)", size(median_page), median_page < 40 * 1024))
    for label, value, ok in rows:
        out(f"| {label} | {value} | {mark(ok)} |")
    out("")

    for n in sizes:
        d = data[n]
        f, a = d["facts"], d["archive"]
        out(f"## {n:,} sessions")
        out("")
        out(f"{a['sessions']:,} sessions ({a['work_plans']:,} with a work plan), {a['markdown_files']:,} Markdown "
            f"files, {size(a['markdown_bytes'])} of Markdown (seed {a['seed']}). `rapporteur check`: "
            f"{f['check_errors']} errors, {f['check_warnings']} warnings. Changed: `{f['changed_slug']}`; "
            f"added: `{f['added_slug']}`. Measured {d['measured']:%Y-%m-%d %H:%M} UTC"
            + (f" (load average {f['load']} when this size started)" if "load" in f else "")
            + f", {f['runs']} runs a command"
            + (f" after {f['warmup']} warm-up run." if f["warmup"] != "0" else ", no warm-up run."))
        out("")
        out("| command | median | mean ± σ | min … max | vs. full build |")
        out("| --- | ---: | ---: | ---: | ---: |")
        for key, label in SCENARIOS:
            t = d["times"][key]
            out(f"| {label} | {seconds(t['median'])} | {seconds(t['mean'])} ± {seconds(t['stddev'] or 0)} "
                f"| {seconds(t['min'])} … {seconds(t['max'])} | {ratio(t['median'], median[n]['full']):.3f} |")
            if any(code != 0 for code in t.get("exit_codes", [])):
                problems.append(f"{n} sessions: '{label}' failed in a run")
        out("")
        out("| cold build | peak memory (max RSS) | output | files | largest HTML page | median HTML page |")
        out("| --- | ---: | ---: | ---: | ---: | ---: |")
        for key, label in (("rapporteur", "rapporteur"), ("hugo", "hugo"), ("cmark", "cmark-gfm")):
            largest = (f"{size(f[key + '_largest_page'])} (`{f[key + '_largest_page_path']}`)"
                       if key + "_largest_page" in f and key != "cmark" else "–")
            median_page = size(f[key + "_median_page"]) if key + "_median_page" in f and key != "cmark" else "–"
            out(f"| {label} | {mib(f[key + '_rss_kb'])} | {size(f[key + '_bytes'])} ({int(f[key + '_bytes']):,} bytes) "
                f"| {int(f[key + '_files']):,} | {largest} | {median_page} |")
        out("")
        if int(f["check_errors"]) != 0:
            problems.append(f"{n} sessions: the archive has {f['check_errors']} errors")
        for key in ("changed", "added"):
            if f[f"{key}_identical"] != "yes":
                problems.append(f"{n} sessions: after one session {key}, the output differs from a cold build "
                                f"(see {work / str(n) / (key + '.diff')})")
        if int(f["hugo_files"]) < a["hugo_pages"]:
            problems.append(f"{n} sessions: Hugo wrote {f['hugo_files']} files for {a['hugo_pages']} pages")

    out("## Machine")
    out("")
    for label, value in machine(args.binary, args.load_at_start):
        out(f"- {label}: {value}")
    out("")
    out("## Commands")
    out("")
    out("Each size's commands run in its work folder (`Benchmarks/work/<sessions>/`, here "
        f"`{portable(work)}/<sessions>`), which holds `content/` (Rapporteur), `hugo/` (the Hugo site) and `markdown/` "
        "(the same Markdown without front matter). Peak memory and output size come from one more cold "
        "run of each generator under `/usr/bin/time -v`.")
    for n in sizes:
        out("")
        out(f"{n:,} sessions:")
        out("")
        out("```sh")
        for _, command in data[n]["commands"]:
            out(portable(command.rstrip()))
        for key in ("rapporteur", "hugo", "cmark"):
            out(portable(f"/usr/bin/time -v bash -c {json.dumps(data[n]['facts'][key + '_command'])}"))
        out("```")
    text = "\n".join(lines) + "\n"
    Path(args.output).write_text(text, encoding="utf-8")
    overview = text.split("## Targets")[0].split("## Overview")[1]
    print(overview.strip())
    print(f"\nWritten to {args.output}")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", required=True)
    parser.add_argument("--sizes", required=True)
    parser.add_argument("--binary", required=True)
    parser.add_argument("--output", required=True)
    parser.add_argument("--seconds", default="?")
    parser.add_argument("--load-at-start", default="?")
    parser.add_argument("--smoke", action="store_true")
    args = parser.parse_args()
    problems = write(args)
    for problem in problems:
        print(f"Benchmarks/run: {problem}", file=sys.stderr)
    if args.smoke:
        if problems:
            sys.exit(1)
        print("Benchmark smoke run: every command succeeded, the archive has no errors, rebuilds equal cold builds.")


if __name__ == "__main__":
    main()
