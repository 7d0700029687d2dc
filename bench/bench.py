#!/usr/bin/env python3
"""bench.py - `make bench`: jcta beside dialog and whiptail, measured in the same run, plus the batch side.

  python3 bench/bench.py --jcta .build-bench/release/jcta [--runs 20] [--sizes 100,1000,10000,100000]

Builds nothing (the Makefile builds the release binary first). Standard library only. Prints one table,
each jcta figure beside its ratio to dialog (and whiptail), and writes bench/results.json.
Scratch files go to bench/out/ (not in git). Method: bench/ptyharness.py (after ../shared/bench).

Terminal figures (80x24 pty, TERM=xterm-256color, LANG=C.UTF-8, minimal environment):
  start -> first complete frame (median of --runs; the frame is complete when all markers arrived and
  0.3 s passed with no output; the figure is the time of its last byte), callgrind instructions from exec
  to that frame (valgrind; the primary figure: repeatable), bytes of one Down arrow and the minimal bytes
  for that change (bench/mincost.py), bytes and latency of a resize 80x24 -> 100x30, peak RSS (VmHWM).
Batch figures: `jcta validate` and `jcta classify` on generated questionnaires (bench/generate_questionnaire.py)
  of each size, wall time (median) and peak RSS (GNU time's %M, so the Python harness is not counted), the
  ratio to the next smaller size, and batch throughput (answers files per second: all files in one
  `jcta classify` process with repeated --answers, and, for comparison, one process per file).
"""
import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import ptyharness  # noqa: E402
from mincost import minimal_bytes  # noqa: E402

PROMPT = '臨床研究法の対象となる研究ですか？'
# jcta's first screen is its welcome screen: a highlighted two-item menu (start / casebook) and a key bar.
# Its two items mark the frame as complete; Down moves the highlight, as in
# dialog's and whiptail's menus. (Before the TUI existed, jcta printed a placeholder and exited.)
JCTA_MARKERS = ['スクリーニングを始める', '事例集を読む']
CHOICES = ['はい', 'いいえ', 'わからない']


def tui_commands(jcta, menu):
    items = []
    for i, c in enumerate(CHOICES, 1):
        items += [str(i), c]
    return {
        'jcta': [jcta, '--questionnaire', menu],
        'dialog': ['dialog', '--menu', PROMPT, '12', '60', '3'] + items,
        'whiptail': ['whiptail', '--menu', PROMPT, '12', '60', '3'] + items,
    }


def env_for(extra=()):
    env = {'PATH': os.environ.get('PATH', '/usr/bin:/bin'), 'HOME': os.environ.get('HOME', '/root'),
           'TERM': 'xterm-256color', 'LANG': 'C.UTF-8'}
    env.update(extra)
    return env


def med(values):
    v = [x for x in values if x is not None]
    return statistics.median(v) if v else None


def measure_tui(name, cmd, runs, outdir, markers, exit_keys):
    env = env_for()
    results, first_dumps = [], None
    for i in range(runs):
        r, d = ptyharness.one_run(cmd, env, markers, exit_keys=exit_keys, cwd=outdir)
        results.append(r)
        if i == 0:
            first_dumps = d
            os.makedirs(os.path.join(outdir, name), exist_ok=True)
            for k, v in d.items():
                with open(os.path.join(outdir, name, k + '.bin'), 'wb') as f:
                    f.write(v)
        if r.get('exited_before_input'):
            # Nothing to press or resize: the program wrote its output and left (jcta without a TUI).
            pass
    fig = {k: med([r.get(k) for r in results]) for k in
           ('t_first_marker', 't_all_markers', 't_settled', 'bytes_first_frame', 'bytes_key', 'lat_key',
            'bytes_resize', 'lat_resize', 'lat1_resize', 'vmhwm_kb', 'maxrss_kb', 'cpu_s')}
    fig['runs'] = runs
    fig['exits'] = sorted(set(r['exit'] for r in results))
    fig['killed'] = sum(1 for r in results if r.get('killed'))
    fig['exited_before_input'] = all(r.get('exited_before_input') for r in results)
    fig['markers_found'] = sum(1 for r in results if r.get('t_all_markers') is not None)
    if first_dumps and 'key' in first_dumps:
        est, changed, _, after = minimal_bytes(first_dumps['frame'], first_dumps['key'])
        fig['min_bytes_key'] = est
        fig['cells_changed_key'] = changed
    return fig


def measure_callgrind(name, cmd, outdir, marker, exit_keys, runs):
    counts, kind = [], None
    for _ in range(runs):
        n, kind = ptyharness.callgrind_first_frame(cmd, env_for(), marker, os.path.join(outdir, 'cg-' + name),
                                                   exit_keys=exit_keys, cwd=outdir)
        counts.append(n)
    return {'instructions': med(counts), 'all': counts, 'kind': kind}


def timed(cmd, cwd=None, stdout=subprocess.DEVNULL):
    """Wall time (s), peak RSS (KB, from GNU time when present) and exit status of one process."""
    rss_file = tempfile.NamedTemporaryFile(prefix='jcta-rss-', delete=False)
    rss_file.close()
    full = (['/usr/bin/time', '-f', '%M', '-o', rss_file.name] + cmd) if os.path.exists('/usr/bin/time') else cmd
    t0 = time.perf_counter()
    p = subprocess.run(full, cwd=cwd, stdout=stdout, stderr=subprocess.PIPE)
    dt = time.perf_counter() - t0
    rss = None
    try:
        text = open(rss_file.name).read().strip().splitlines()
        rss = int(text[-1]) if text and text[-1].isdigit() else None
    finally:
        os.unlink(rss_file.name)
    return dt, rss, p.returncode, p.stderr.decode(errors='replace')


def measure_batch(jcta, sizes, outdir, repeats):
    gen = os.path.join(HERE, 'generate_questionnaire.py')
    rows = []
    for n in sizes:
        q = os.path.join(outdir, f'gen-{n}.yaml')
        a = os.path.join(outdir, f'gen-{n}-answers')
        if not os.path.exists(q):
            shutil.rmtree(a, ignore_errors=True)
            subprocess.run([sys.executable, gen, str(n), q, '--answers', a, '--count', '5'], check=True)
        k = repeats(n)
        v = [timed([jcta, 'validate', q]) for _ in range(k)]
        answers = sorted(os.path.join(a, f) for f in os.listdir(a))
        c = [timed([jcta, 'classify', '--questionnaire', q, '--answers', answers[i % len(answers)], '--format', 'json'])
             for i in range(k)]
        row = {'nodes': n, 'file_bytes': os.path.getsize(q), 'repeats': k,
               'validate_s': med([x[0] for x in v]), 'validate_kb': med([x[1] for x in v]),
               'validate_exit': sorted(set(x[2] for x in v)),
               'classify_s': med([x[0] for x in c]), 'classify_kb': med([x[1] for x in c]),
               'classify_exit': sorted(set(x[2] for x in c))}
        bad = [x[3] for x in v + c if x[2] != 0]
        if bad:
            row['error'] = bad[0].strip().splitlines()[0][:300]
        rows.append(row)
        print(f'  {n:>7} nodes: validate {row["validate_s"]:.3f} s, classify {row["classify_s"]:.3f} s', flush=True)
    for prev, row in zip(rows, rows[1:]):
        size = row['nodes'] / prev['nodes']
        for k in ('validate_s', 'validate_kb', 'classify_s', 'classify_kb'):
            row[k + '_ratio'] = (row[k] / prev[k]) if row[k] and prev[k] else None
        row['size_ratio'] = size
    return rows


def measure_throughput(jcta, outdir, seconds):
    """Answers files per second: many files in one `jcta classify` process, and one process per file."""
    casebook = os.path.join(ROOT, 'Tests', 'Fixtures', 'casebook')
    expected = json.load(open(os.path.join(casebook, 'expectations.json')))
    files = sorted(os.path.join(casebook, name + '.json') for name, e in expected.items() if '2019' in e)
    batch = files * max(1, 2000 // len(files))
    args = [jcta, 'classify', '--edition', '2019', '--format', 'json']
    for f in batch:
        args += ['--answers', f]
    t0 = time.perf_counter()
    r = subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    one_process = {'files': len(batch), 'seconds': time.perf_counter() - t0, 'exit': r.returncode}
    one_process['files_per_s'] = one_process['files'] / one_process['seconds']
    done, failed = 0, 0
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < seconds or done == 0:
        for f in files:
            r = subprocess.run([jcta, 'classify', '--edition', '2019', '--answers', f, '--format', 'json'],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            done += 1
            failed += r.returncode not in (0, 3)
    dt = time.perf_counter() - t0
    return {'files': done, 'seconds': dt, 'files_per_s': done / dt, 'failed': failed,
            'one_process': one_process,
            'method': 'embedded 2019 edition, Tests/Fixtures/casebook answers'}


def fmt(v, unit):
    if v is None:
        return 'n/a'
    if unit == 'ms':
        return f'{v * 1000:.1f} ms'
    if unit == 'M':
        return f'{v / 1e6:.2f} M'
    if unit == 'MB':
        return f'{v / 1024:.1f} MB'
    if unit == 'B':
        return f'{v:.0f} B'
    if unit == 's':
        return f'{v:.3f} s'
    return str(v)


def ratio(a, b):
    return f'{a / b:.2f}x' if a is not None and b else '–'


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--jcta', default=os.path.join(ROOT, '.build-bench', 'release', 'jcta'))
    ap.add_argument('--runs', type=int, default=20)
    ap.add_argument('--cg-runs', type=int, default=2)
    ap.add_argument('--sizes', default='100,1000,10000,100000')
    ap.add_argument('--throughput-seconds', type=float, default=10)
    ap.add_argument('--jcta-marker', action='append',
                    help='text that shows jcta drew its first screen (default: JCTA_MARKERS)')
    ap.add_argument('--jcta-exit-keys', default='q|y', help='"|"-separated keys that end jcta (q, then y to confirm)')
    ap.add_argument('--skip-tui', action='store_true'); ap.add_argument('--skip-batch', action='store_true')
    ap.add_argument('--out', default=os.path.join(HERE, 'out'))
    ap.add_argument('--json', default=os.path.join(HERE, 'results.json'))
    a = ap.parse_args()
    jcta = os.path.abspath(a.jcta)
    if not os.access(jcta, os.X_OK):
        sys.exit(f'bench: no jcta binary at {jcta} (run `make bench`, which builds it)')
    os.makedirs(a.out, exist_ok=True)
    menu = os.path.join(HERE, 'menu.yaml')
    keys = lambda s: [k.encode().decode('unicode_escape').encode('latin1') for k in s.split('|')]
    results = {'date': time.strftime('%Y-%m-%d %H:%M:%S'), 'machine': platform.platform(),
               'cpus': os.cpu_count(), 'jcta': jcta, 'runs': a.runs, 'tui': {}, 'callgrind': {}}
    tools = {}
    for t in ('dialog', 'whiptail', 'valgrind'):
        try:
            out = subprocess.run([t, '--version'], capture_output=True, text=True, timeout=10)
            tools[t] = (out.stdout or out.stderr).strip().splitlines()[0]
        except (OSError, IndexError, subprocess.TimeoutExpired):
            tools[t] = None
    results['tools'] = tools
    if not a.skip_tui:
        cmds = tui_commands(jcta, menu)
        for name, cmd in cmds.items():
            if shutil.which(cmd[0]) is None and not os.path.exists(cmd[0]):
                print(f'bench: {cmd[0]} is not installed; skipping it'); continue
            markers = (a.jcta_marker or JCTA_MARKERS) if name == 'jcta' else [PROMPT, CHOICES[-1]]
            ek = keys(a.jcta_exit_keys) if name == 'jcta' else [b'\r']
            print(f'measuring {name} ({a.runs} runs in a pty) …', flush=True)
            results['tui'][name] = measure_tui(name, cmd, a.runs, a.out, markers, ek)
            if shutil.which('valgrind') and a.cg_runs > 0:
                print(f'measuring {name} under callgrind ({a.cg_runs} runs) …', flush=True)
                cg_cmd = cmd
                if name == 'jcta' and shutil.which('strip'):
                    # valgrind 3.19 cannot read the DWARF 5 debug info Swift 6.3 writes ("Possibly corrupted
                    # debuginfo file ... Giving up"), so callgrind runs a copy without debug sections: same code.
                    copy = os.path.join(a.out, 'jcta-nodebug')
                    shutil.copy2(jcta, copy)
                    subprocess.run(['strip', '--strip-debug', copy], check=True)
                    cg_cmd = [copy] + cmd[1:]
                results['callgrind'][name] = measure_callgrind(name, cg_cmd, a.out, markers[0], ek, a.cg_runs)
    if not a.skip_batch:
        sizes = [int(s) for s in a.sizes.split(',') if s]
        print('measuring the batch side …', flush=True)
        results['batch'] = measure_batch(jcta, sizes, a.out, lambda n: 5 if n <= 1000 else 3 if n <= 10000 else 1)
        results['throughput'] = measure_throughput(jcta, a.out, a.throughput_seconds)
    with open(a.json, 'w') as f:
        json.dump(results, f, indent=1, ensure_ascii=False)
    print_table(results)


def print_table(r):
    tui, cg = r.get('tui', {}), r.get('callgrind', {})
    j, d, w = tui.get('jcta', {}), tui.get('dialog', {}), tui.get('whiptail', {})
    cj, cd, cw = (cg.get(k, {}).get('instructions') for k in ('jcta', 'dialog', 'whiptail'))
    rows = [
        ('instructions exec → first frame', cj, cd, cw, 'M', '≤ 1.5x dialog',
         (cj / cd <= 1.5) if cj and cd else None),
        ('start → first complete frame (median)', j.get('t_settled'), d.get('t_settled'), w.get('t_settled'), 'ms', '', None),
        ('start → prompt text (median)', j.get('t_first_marker'), d.get('t_first_marker'), w.get('t_first_marker'), 'ms', '', None),
        ('bytes of the first frame', j.get('bytes_first_frame'), d.get('bytes_first_frame'), w.get('bytes_first_frame'), 'B', '', None),
        ('bytes for one Down', j.get('bytes_key'), d.get('bytes_key'), w.get('bytes_key'), 'B', '≤ 65 B (whiptail)',
         (j['bytes_key'] <= 65) if j.get('bytes_key') is not None else None),
        ('  minimal bytes for that change', j.get('min_bytes_key'), d.get('min_bytes_key'), w.get('min_bytes_key'), 'B', '', None),
        ('bytes of the resize redraw', j.get('bytes_resize'), d.get('bytes_resize'), w.get('bytes_resize'), 'B', '', None),
        ('resize → redraw done (latency)', j.get('lat_resize'), d.get('lat_resize'), w.get('lat_resize'), 'ms', '≤ 50 ms',
         (j['lat_resize'] <= 0.05) if j.get('lat_resize') is not None else None),
        ('peak RSS (VmHWM)', j.get('vmhwm_kb'), d.get('vmhwm_kb'), w.get('vmhwm_kb'), 'MB', '≤ 12 MB',
         (j['vmhwm_kb'] <= 12 * 1024) if j.get('vmhwm_kb') is not None else None),
    ]
    print()
    print(f'jcta {r["jcta"]}  ({r["date"]}, {r["cpus"]} CPUs; {r["tools"]})')
    if j.get('exited_before_input'):
        print('NOTE: jcta exited after printing (no full-screen UI yet): its figures are for the whole run, '
              'and key/resize/RSS-while-running figures are n/a.')
    h = f'| {"figure":40} | {"jcta":>11} | {"dialog":>11} | {"whiptail":>11} | {"jcta/dialog":>11} | {"jcta/whiptail":>13} | {"target":18} | met |'
    print(h)
    print('|' + '|'.join('-' * (len(c)) for c in h.split('|')[1:-1]) + '|')
    for label, jv, dv, wv, unit, target, met in rows:
        m = '–' if met is None else ('yes' if met else 'NO')
        print(f'| {label:40} | {fmt(jv, unit):>11} | {fmt(dv, unit):>11} | {fmt(wv, unit):>11} | {ratio(jv, dv):>11} | '
              f'{ratio(jv, wv):>13} | {target:18} | {m:3} |')
    if 'batch' in r:
        print()
        print('| nodes   | file     | validate  | ×prev | validate RSS | ×prev | classify  | ×prev | classify RSS | ×prev | exits |')
        print('|---------|----------|-----------|-------|--------------|-------|-----------|-------|--------------|-------|-------|')
        for b in r['batch']:
            rr = lambda k: f'{b[k]:.1f}' if b.get(k) else '–'
            print(f'| {b["nodes"]:>7} | {b["file_bytes"] / 1e6:6.2f}MB | {fmt(b["validate_s"], "s"):>9} | {rr("validate_s_ratio"):>5} | '
                  f'{fmt(b["validate_kb"], "MB"):>12} | {rr("validate_kb_ratio"):>5} | {fmt(b["classify_s"], "s"):>9} | '
                  f'{rr("classify_s_ratio"):>5} | {fmt(b["classify_kb"], "MB"):>12} | {rr("classify_kb_ratio"):>5} | '
                  f'{b["validate_exit"]}{b["classify_exit"]} |')
            if b.get('error'):
                print(f'    error: {b["error"]}')
        t = r.get('throughput')
        if t:
            o = t['one_process']
            print(f'batch classification, one process: {o["files_per_s"]:.0f} answers files/s ({o["files"]} files in '
                  f'{o["seconds"]:.2f} s, exit {o["exit"]}); one process per file: {t["files_per_s"]:.1f} files/s '
                  f'({t["files"]} files in {t["seconds"]:.1f} s, {t["failed"]} failed); {t["method"]}')
    print(f'\nwritten: {os.path.relpath(os.path.join(HERE, "results.json"), ROOT)}')


if __name__ == '__main__':
    main()
