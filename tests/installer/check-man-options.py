#!/usr/bin/env python3
"""The manual pages list exactly the options each program's --help lists.

usage: check-man-options.py <man-dir> <bin-dir>

For each of hirex-desktop, hirexctl and hirex-sandbox: every option that `--help` prints must be
documented in an item (the tag line after .TP) of its manual page, and every long option the
page mentions anywhere must be one that `--help` prints. So a new option without documentation, a
removed option still documented, or a misspelt one fails here, not in a user's terminal.
"""
import os
import re
import subprocess
import sys

PROGRAMS = ("hirex-desktop", "hirexctl", "hirex-sandbox")

# An option: one or two dashes and a lower-case name, standing at the start of a word (so the
# "-256" of "SHA-256" or the "-id" inside "--client-id" is not one).
OPTION = re.compile(r"(?<![\w-])(--?[a-z][a-z0-9]*(?:-[a-z0-9]+)*)")


def troff_to_text(line: str) -> str:
    """The words of a troff line: font escapes dropped, \\- as a dash."""
    line = re.sub(r"\\f(?:\[[^]]*\]|\(..|.)", "", line)
    line = line.replace("\\-", "-").replace("\\(em", " ").replace("\\&", "")
    if line.startswith("."):  # .B, .BR, .BI ...: the macro name is not text
        line = line.split(" ", 1)[1] if " " in line else ""
    return line


def man_options(path: str):
    """(options named in an item's tag, options mentioned anywhere) of one manual page."""
    tags, mentioned = set(), set()
    with open(path, encoding="utf-8") as page:
        lines = page.read().splitlines()
    for i, line in enumerate(lines):
        if line.startswith(".\\\""):  # a comment
            continue
        found = set(OPTION.findall(troff_to_text(line)))
        # Long options only: the text may quote another program's short ones (openssl -in).
        mentioned |= {option for option in found if option.startswith("--")}
        if i > 0 and lines[i - 1].strip() == ".TP":
            tags |= found
    return tags, mentioned


def help_options(binary: str) -> set:
    env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", LANGUAGE="", QT_QPA_PLATFORM="offscreen")
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    run = subprocess.run([binary, "--help"], env=env, capture_output=True, text=True, timeout=60)
    if run.returncode != 0:
        raise SystemExit(f"{binary} --help exited with {run.returncode}: {run.stderr}")
    return set(OPTION.findall(run.stdout))


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    man_dir, bin_dir = sys.argv[1:]
    failures = []
    for program in PROGRAMS:
        tags, mentioned = man_options(os.path.join(man_dir, f"{program}.1"))
        listed = help_options(os.path.join(bin_dir, program))
        if not listed:
            failures.append(f"{program}: --help lists no options at all (has its format changed?)")
        for option in sorted(listed - tags):
            failures.append(f"{program}: --help lists {option}, which {program}.1 does not document")
        for option in sorted(mentioned - listed):
            failures.append(f"{program}: {program}.1 mentions {option}, which --help does not list")
        print(f"{program}: {len(listed)} options in --help, {len(tags)} documented in {program}.1")
    for failure in failures:
        print(f"FAIL {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
