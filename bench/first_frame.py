#!/usr/bin/env python3
"""first_frame.py - the two headline first-frame rows of `make bench` for one binary, quickly, to try a lever.

  python3 bench/first_frame.py BINARY [--out DIR] [--runs 3]

For `jcta` (2025 edition, Japanese welcome screen) and `jcta --lang en --study-date 2025-04-01` (2019): callgrind
instructions from exec to the first complete frame (80x24 pty, the method and environment of bench.py, on a
`strip --strip-debug` copy as bench.py uses), peak RSS (VmHWM, median of --runs) and the bytes of one Down
arrow with the minimal bytes for that change. Each profile stays in DIR/cg-ja and DIR/cg-en (the `.1` file is
exec -> first frame): `callgrind_annotate --inclusive=yes DIR/cg-ja/cg.*.1` shows where the instructions go.
Measures no other program: `make bench` is the run that compares with dialog and whiptail.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import bench  # noqa: E402
import ptyharness  # noqa: E402
from mincost import minimal_bytes  # noqa: E402

ROWS = [('ja', [], bench.JCTA_MARKERS), ('en', ['--lang', 'en', '--study-date', '2025-04-01'], bench.JCTA_MARKERS_EN)]
EXIT_KEYS = (b'q', b'y')


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('binary')
    ap.add_argument('--out', default=os.path.join(HERE, 'out', 'first-frame'))
    ap.add_argument('--runs', type=int, default=3)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    copy = os.path.join(a.out, 'jcta-nodebug')
    shutil.copy(a.binary, copy)
    subprocess.run(['strip', '--strip-debug', copy], check=True)
    print(f'binary {os.path.getsize(a.binary) / 1e6:.1f} MB, {os.path.getsize(copy) / 1e6:.1f} MB without debug sections')
    for key, args, markers in ROWS:
        instructions, kind = ptyharness.callgrind_first_frame([copy] + args, bench.env_for(), markers[-1],
                                                              os.path.join(a.out, 'cg-' + key), exit_keys=EXIT_KEYS, cwd=a.out)
        runs = [ptyharness.one_run([copy] + args, bench.env_for(), markers, exit_keys=EXIT_KEYS, cwd=a.out) for _ in range(a.runs)]
        rss = statistics.median(r['vmhwm_kb'] for r, _ in runs if r.get('vmhwm_kb'))
        figures, dumps = runs[0]
        minimal = minimal_bytes(dumps['frame'], dumps['key'])[0] if 'key' in dumps else None
        print(f'{" ".join(["jcta"] + args):45} {instructions / 1e6:6.2f} M instructions ({kind}), peak RSS {rss / 1024:.1f} MB, '
              f'one Down {figures.get("bytes_key")} B (minimal {minimal} B)')


if __name__ == '__main__':
    main()
