#!/usr/bin/env python3
"""Copies the golden screens into docs/user-guide.md: each ```text block that follows a line
`<!-- golden: NAME -->` is replaced by the text part of Tests/JCTAScreensTests/Goldens/NAME.txt (without blank rows above and below).
Run after re-recording the goldens (`make docs` runs it); GuideCaptureTests fails while a capture is stale."""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GUIDE = os.path.join(ROOT, "docs", "user-guide.md")
GOLDENS = os.path.join(ROOT, "Tests", "JCTAScreensTests", "Goldens")
MARKER = re.compile(r"^<!-- golden: ([\w.-]+) -->$")


def golden_text(name):
    with open(os.path.join(GOLDENS, name + ".txt"), encoding="utf-8") as handle:
        lines = handle.read().split("\n-- styles --")[0].split("\n")
    # A screen's blank rows above and below its content (the too-small notice is centred) are left out.
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    return lines


def main():
    with open(GUIDE, encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    out, index, replaced = [], 0, 0
    while index < len(lines):
        line = lines[index]
        out.append(line)
        match = MARKER.match(line)
        index += 1
        if match:
            if lines[index] != "```text":
                sys.exit("%s:%d: the golden marker must stand right above a ```text block" % (GUIDE, index))
            end = lines.index("```", index + 1)
            out += ["```text"] + golden_text(match.group(1)) + ["```"]
            index = end + 1
            replaced += 1
    with open(GUIDE, "w", encoding="utf-8") as handle:
        handle.write("\n".join(out))
    print("%d captures copied from the goldens" % replaced)


if __name__ == "__main__":
    main()
