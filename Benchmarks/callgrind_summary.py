#!/usr/bin/env python3
"""Summarizes a callgrind profile of `rapporteur build` as short text: where the instructions go by
stage of the pipeline (the functions each stage calls, with what they and their callees cost), the
costliest functions (inclusive and exclusive), and the exclusive cost by module or library.

    callgrind_summary.py callgrind.out [--top 30] [--min 0.3]

Costs are instructions (Ir), as callgrind counts them: repeatable, whatever else the machine does.
Names are demangled with `swift demangle --simplified`; "(N×)" is how many calls.
"""

import argparse
from pathlib import Path
import re
import subprocess
import sys

ROW = re.compile(r"^\s*([\d,]+) \(\s*[\d.]+%\)\s+([*<>])?\s*(?:[^:\s]*?):(.+?)(?: \(([\d,]+)x\))? \[(.*)\]\s*$")

# The functions whose callees make the breakdown, outermost first, by their simplified names.
BREAKDOWN = [
    ("build: render everything, then write", "SiteBuilder.build()"),
    ("renderSite: load, analyse, link, render", "SiteBuilder.renderSite()"),
    ("load: Content/", "ContentLoader.load(log:)"),
    ("load: one session", "ContentLoader.loadSession(slug:folder:options:log:)"),
    ("render: every page", "SiteRenderer.render(_:siteMap:analyses:index:attendance:glossaryOccurrences:)"),
    ("render: one page through its template and the layout (Mustache)", "SiteRenderer.page(_:)"),
    ("write", "SiteWriter.write(_:)"),
]

# Helpers that cost much wherever they are called from: who calls them, and how much it costs each caller.
HELPERS = ["String.htmlEscape()", "MustacheTemplate.getChild(named:transforms:context:)", "swift_dynamicCast",
           "Collection.split(maxSplits:omittingEmptySubsequences:whereSeparator:)", "PinyinCollation.initial(of:)",
           "SitePath.link(to:fragment:)", "String.write(_:)", "TextAnnotator.annotate(references:terms:source:log:)",
           "MarkdownDocument.init(", "Yams.", "Parser."]


def annotate(path, *options):
    command = ["callgrind_annotate", "--threshold=100", "--auto=no", *options, path]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def total_of(output):
    return int(re.search(r"^\s*([\d,]+) \(100.0%\)\s+PROGRAM TOTALS", output, re.M).group(1).replace(",", ""))


def rows(output):
    """(cost, marker, symbol, calls, library) for every function line of callgrind_annotate's output."""
    for line in output.splitlines():
        match = ROW.match(line)
        if match and "PROGRAM TOTALS" not in line:
            cost, marker, symbol, calls, library = match.groups()
            yield int(cost.replace(",", "")), marker, symbol.strip(), int((calls or "0").replace(",", "")), library


def demangle(symbols):
    symbols = sorted(set(symbols))
    try:
        out = subprocess.run(["swift", "demangle", "--simplified", "--compact"], input="\n".join(symbols),
                             capture_output=True, text=True, check=True).stdout.split("\n")
        return dict(zip(symbols, out))
    except (OSError, subprocess.CalledProcessError):
        return {symbol: symbol for symbol in symbols}


def module(symbol, library):
    """The Swift module of a mangled symbol, or else the library it lives in."""
    library = library.rsplit("/", 1)[-1]
    own = library.startswith("rapporteur")
    match = re.match(r"^\$s(\d+)([A-Za-z_]\w*)", symbol)
    if match:
        return match.group(2)[:int(match.group(1))] + ("" if own else f" ({library})")
    if symbol.startswith("$s"):
        return "Swift standard library, " + ("specialized into rapporteur" if own else library)
    if symbol.startswith("yaml_"):
        return "libyaml (in Yams)"
    return "rapporteur: C, runtime and outlined symbols" if own else library


def bare(name):
    """A demangled name without the words that do not tell functions apart."""
    return re.sub(r"^(specialized |static )+", "", name)


def short(name, width=140):
    return name if len(name) <= width else name[:width - 1] + "…"


def summarize(path, top, minimum):
    tree = annotate(path, "--inclusive=yes", "--tree=calling")
    total = total_of(tree)
    callees, current = {}, None
    inclusive = []
    for cost, marker, symbol, calls, library in rows(tree):
        if marker == "*":
            current = symbol
            callees[current] = []
            inclusive.append((cost, symbol, library))
        elif marker == ">" and current:
            callees[current].append((cost, symbol, calls, library))
    exclusive = [(cost, symbol, library) for cost, _, symbol, _, library in rows(annotate(path, "--inclusive=no"))]
    names = demangle([s for _, s, _ in inclusive + exclusive] + [s for v in callees.values() for _, s, _, _ in v])
    by_name = {}
    for _, symbol, _ in inclusive:
        by_name.setdefault(names[symbol], symbol)

    def pct(cost):
        return f"{cost / total:6.1%}"

    out = [f"callgrind profile of: {Path(path).name}", f"total: {total:,} instructions (Ir)", ""]
    out.append(f"Breakdown: what each function calls, inclusive (callees under {minimum} % left out)")
    for title, name in BREAKDOWN:
        symbol = by_name.get(name)
        if symbol is None:
            out += [f"", f"{title}: {name} not in the profile (inlined?)"]
            continue
        own = next(cost for cost, s, _ in inclusive if s == symbol)
        out += ["", f"{title}", f"  {pct(own)} {own:>16,}  {name}"]
        for cost, callee, calls, library in callees[symbol]:
            if cost / total * 100 >= minimum:
                out.append(f"  {pct(cost)} {cost:>16,}    {short(names[callee])} ({calls:,}×)")
    out.append("")

    out.append("Costly helpers and their main callers (inclusive cost of the calls from each caller)")
    callers = {}
    for caller, entries in callees.items():
        for cost, callee, calls, _ in entries:
            callers.setdefault(callee, []).append((cost, caller, calls))
    for helper in HELPERS:
        symbols = [s for c, s, _ in inclusive if bare(names[s]).startswith(helper) and not re.search(r"'\d+$", s)]
        if not symbols:
            continue
        symbol = max(symbols, key=lambda s: next(c for c, x, _ in inclusive if x == s))
        own = next(c for c, x, _ in inclusive if x == symbol)
        out.append(f"  {pct(own)} {own:>16,}  {short(names[symbol])}")
        for cost, caller, calls in sorted(callers.get(symbol, []), reverse=True)[:4]:
            if cost / total * 100 >= minimum:
                out.append(f"  {pct(cost)} {cost:>16,}    from {short(names[caller])} ({calls:,}×)")
    out.append("")

    out.append(f"Top {top} functions, inclusive (recursive cycles and the entry points above main left out)")
    shown = [(c, s, l) for c, s, l in inclusive if not re.search(r"'\d+$", s) and c < total * 0.995]
    for cost, symbol, library in shown[:top]:
        out.append(f"  {pct(cost)} {cost:>16,}  {short(names[symbol])}  [{library.rsplit('/', 1)[-1]}]")
    out.append("")

    out.append(f"Top {top} functions, exclusive (their own instructions)")
    for cost, symbol, library in exclusive[:top]:
        out.append(f"  {pct(cost)} {cost:>16,}  {short(names[symbol])}  [{library.rsplit('/', 1)[-1]}]")
    out.append("")

    out.append("Exclusive cost by Swift module or library")
    by_module = {}
    for cost, symbol, library in exclusive:
        key = module(symbol, library)
        by_module[key] = by_module.get(key, 0) + cost
    for key, cost in sorted(by_module.items(), key=lambda item: -item[1])[:top]:
        out.append(f"  {pct(cost)} {cost:>16,}  {key}")
    return "\n".join(out) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("profile")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--min", type=float, default=0.3, help="smallest callee shown, in percent")
    args = parser.parse_args()
    sys.stdout.write(summarize(args.profile, args.top, args.min))


if __name__ == "__main__":
    main()
