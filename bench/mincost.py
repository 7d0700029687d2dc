#!/usr/bin/env python3
"""mincost.py - the minimal bytes a program must write for a key press's change on screen.
The estimate is ../shared/bench/mincost.py's (the team's reference script), unchanged in method; the
screen model is bench/vtscreen.py instead of pyte, so it needs only the standard library.
  per changed run: cursor positioning (CUP / CUF, or re-writing a short unchanged gap)
  + SGR only when attributes change + UTF-8 bytes of the new characters
  + final cursor placement if the cursor is visible and moved (a rough lower bound).
Usage: mincost.py FRAME.bin KEY.bin [--cols 80 --rows 24] [--show]"""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from vtscreen import NAMES, Screen  # noqa: E402


def colcode(c, base):
    if c == 'default': return str(base + 9)
    if c in NAMES: return str(base + NAMES.index(c))
    if c.startswith('bright') and c[6:] in NAMES: return str(base + 60 + NAMES.index(c[6:]))
    if c.startswith('c256:'): return f'{base + 8};5;{c[5:]}'
    return f'{base + 8};5;255'  # rgb: worst-case 8 chars


def sgr_cost(cur, new):
    p = []
    if cur[0] != new[0]: p.append(colcode(new[0], 30))
    if cur[1] != new[1]: p.append(colcode(new[1], 40))
    if cur[2] != new[2]: p.append('1' if new[2] else '22')
    if cur[3] != new[3]: p.append('7' if new[3] else '27')
    if cur[4] != new[4]: p.append('4' if new[4] else '24')
    return 0 if not p else 3 + len(';'.join(p))


def snap(screen):
    return {(y, x): screen.grid[y][x] for y in range(screen.rows) for x in range(screen.cols)}


def estimate(before, after, cur_attr, cur_pos, cursor_visible, final_pos):
    cost, pos, attr = 0, cur_pos, cur_attr
    changed = sorted(k for k in after if after[k] != before[k])
    for (y, x) in changed:
        if pos == (y, x):
            pass
        elif pos[0] == y and 0 < x - pos[1]:
            gap = [(y, g) for g in range(pos[1], x)]  # rewrite unchanged gap if cheaper than CUF
            gcost = sum(len(after[k][0].encode()) + sgr_cost(attr, after[k][1]) for k in gap)
            cost += min(len(f'\x1b[{x - pos[1]}C'), gcost)
        else:
            cost += len(f'\x1b[{y + 1};{x + 1}H')
        ch, at = after[(y, x)]
        cost += sgr_cost(attr, at)
        attr = at
        cost += len(ch.encode())  # wide char continuation cell has '' -> 0 bytes
        pos = (y, x + 1)
    if cursor_visible and pos != final_pos:
        cost += len(f'\x1b[{final_pos[0] + 1};{final_pos[1] + 1}H')
    return cost, len(changed)


def minimal_bytes(frame, key, cols=80, rows=24, show=False):
    """(estimated minimal bytes, changed cells, screen text before, after) for `key` after `frame`."""
    scr = Screen(cols, rows)
    scr.feed(frame)
    before = snap(scr)
    text_before = scr.display()
    cur_attr, cur_pos = scr.attrs, (scr.y, scr.x)
    scr.feed(key)
    after = snap(scr)
    est, n = estimate(before, after, cur_attr, cur_pos, not scr.hidden, (scr.y, scr.x))
    if show:
        print('\n'.join(text_before)); print('-' * cols); print('\n'.join(scr.display()))
    return est, n, text_before, scr.display()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('frame'); ap.add_argument('key')
    ap.add_argument('--cols', type=int, default=80); ap.add_argument('--rows', type=int, default=24)
    ap.add_argument('--show', action='store_true')
    a = ap.parse_args()
    key = open(a.key, 'rb').read()
    est, n, _, _ = minimal_bytes(open(a.frame, 'rb').read(), key, a.cols, a.rows, a.show)
    print(f'key wrote {len(key)} B; {n} cells changed; minimal estimate ~{est} B')


if __name__ == '__main__':
    main()
