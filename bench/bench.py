#!/usr/bin/env python3
"""bench.py - `make bench`: jcta beside dialog and whiptail, measured in the same run, plus the batch side.

  python3 bench/bench.py --jcta .build-bench/release/jcta [--runs 20] [--sizes 100,1000,10000,100000]

Builds nothing (the Makefile builds the release binary first). Standard library only. Prints one table,
each jcta figure beside its ratio to dialog (and whiptail), and writes bench/results.json.
Scratch files go to bench/out/ (not in git). Method: bench/ptyharness.py (after ../shared/bench).

Terminal figures (80x24 pty, TERM=xterm-256color, LANG=C.UTF-8, minimal environment), for `jcta` alone (the
  embedded edition in force today, its welcome screen), `jcta --lang en --study-date 2025-04-01` (the 2019
  edition), jcta on the 3-item menu file (a secondary row: the same menu dialog and whiptail draw), dialog and
  whiptail: start -> first complete frame (median of --runs; the frame is complete when all markers arrived
  and 0.3 s passed with no output; the figure is the time of its last byte), callgrind instructions from
  exec to that frame (valgrind; the primary figure: repeatable), bytes of one Down arrow and the minimal bytes
  for that change (bench/mincost.py), bytes and latency of a resize 80x24 -> 100x30, peak RSS (VmHWM).
Under callgrind also: instructions while jcta sits idle for --idle-seconds on its first question (no key),
  and a whole `jcta classify` run on one answers file. The binary's size and the Swift libraries it loads.
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
# jcta's first screen is its welcome screen: a highlighted menu (start / casebook / training) and a key bar.
# Its first two items mark the frame as complete; Down moves the highlight, as in dialog's and whiptail's menus.
JCTA_MARKERS = ['スクリーニングを始める', '事例集を読む']
JCTA_MARKERS_EN = ['Start screening', 'Browse the casebook']
CHOICES = ['はい', 'いいえ', 'わからない']

# What is measured, in the order of the table. The headline rows are what a user runs: `jcta` alone (the
# embedded edition in force today, 2025, Japanese welcome screen) and the 2019 edition in English. The
# 3-item menu read from a file (the same menu dialog and whiptail draw) is a secondary row.
PROGRAMS = [
    # (key, label, markers, headline)
    ('jcta', '`jcta` (2025 edition, welcome screen)', JCTA_MARKERS, True),
    ('jcta-2019-en', '`jcta --lang en --study-date 2025-04-01` (2019)', JCTA_MARKERS_EN, True),
    ('jcta-menu', 'secondary: jcta on the 3-item menu file', JCTA_MARKERS, False),
    ('dialog', 'dialog --menu (3 items)', [PROMPT, CHOICES[-1]], False),
    ('whiptail', 'whiptail --menu (3 items)', [PROMPT, CHOICES[-1]], False),
]


def tui_commands(jcta, menu):
    items = []
    for i, c in enumerate(CHOICES, 1):
        items += [str(i), c]
    return {
        'jcta': [jcta],
        'jcta-2019-en': [jcta, '--lang', 'en', '--study-date', '2025-04-01'],
        'jcta-menu': [jcta, '--questionnaire', menu],
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


# Only a question screen's key bar offers 「最初から」 (restart).
QUESTION_MARKER = '最初から'


def binary_figures(jcta, stripped_debug):
    """Size of the release binary, of a copy without debug sections, and which Swift libraries it loads."""
    libs = subprocess.run(['ldd', jcta], capture_output=True, text=True).stdout
    shared = sorted({line.split()[0] for line in libs.splitlines() if 'swift' in line or 'Foundation' in line})
    return {'bytes': os.path.getsize(jcta), 'bytes_without_debug': os.path.getsize(stripped_debug),
            'shared_swift_libraries': shared}


def measure_classify_one(jcta, outdir):
    """Callgrind instructions of one whole `jcta classify` run on one casebook answers file (2025 edition)."""
    casebook = os.path.join(ROOT, 'Tests', 'Fixtures', 'casebook')
    answers = os.path.join(casebook, '1-1.json')
    cmd = [jcta, 'classify', '--edition', '2025', '--answers', answers, '--format', 'json']
    n, _ = ptyharness.callgrind_whole_run(cmd, env_for(), os.path.join(outdir, 'cg-classify'), cwd=outdir)
    return {'instructions': n, 'command': 'jcta classify --edition 2025 --answers Tests/Fixtures/casebook/1-1.json --format json'}


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
    ap.add_argument('--jcta-exit-keys', default='q|y', help='"|"-separated keys that end jcta (q, then y to confirm)')
    ap.add_argument('--idle-seconds', type=float, default=10)
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
    results = {'date': time.strftime('%Y-%m-%d %H:%M:%S'), 'machine': platform.platform(), 'json': os.path.abspath(a.json),
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
        # valgrind 3.19 cannot read the DWARF 5 debug info Swift 6.3 writes ("Possibly corrupted debuginfo
        # file ... Giving up"), so callgrind runs a copy without debug sections: the same code.
        cg_jcta = jcta
        if shutil.which('valgrind') and shutil.which('strip'):
            cg_jcta = os.path.join(a.out, 'jcta-nodebug')
            shutil.copy2(jcta, cg_jcta)
            subprocess.run(['strip', '--strip-debug', cg_jcta], check=True)
        results['binary'] = binary_figures(jcta, cg_jcta)
        for name, _, markers, _ in PROGRAMS:
            cmd = cmds[name]
            if shutil.which(cmd[0]) is None and not os.path.exists(cmd[0]):
                print(f'bench: {cmd[0]} is not installed; skipping it'); continue
            is_jcta = name.startswith('jcta')
            ek = keys(a.jcta_exit_keys) if is_jcta else [b'\r']
            print(f'measuring {name} ({a.runs} runs in a pty) …', flush=True)
            results['tui'][name] = measure_tui(name, cmd, a.runs, a.out, markers, ek)
            if shutil.which('valgrind') and a.cg_runs > 0:
                print(f'measuring {name} under callgrind ({a.cg_runs} runs) …', flush=True)
                cg_cmd = [cg_jcta] + cmd[1:] if is_jcta else cmd
                results['callgrind'][name] = measure_callgrind(name, cg_cmd, a.out, markers[0], ek, a.cg_runs)
        if shutil.which('valgrind'):
            print(f'measuring jcta idle on a question screen ({a.idle_seconds:.0f} s under callgrind) …', flush=True)
            n = ptyharness.callgrind_idle([cg_jcta], env_for(), JCTA_MARKERS[0], os.path.join(a.out, 'cg-idle'),
                                          to_question=[b'\r'], question_marker=QUESTION_MARKER,
                                          seconds=a.idle_seconds, exit_keys=keys(a.jcta_exit_keys), cwd=a.out)
            results['idle'] = {'instructions': n, 'seconds': a.idle_seconds,
                               'method': 'jcta, Enter on the welcome screen, first question shown, no key'}
            print('measuring `jcta classify` of one answers file under callgrind …', flush=True)
            results['classify_one'] = measure_classify_one(cg_jcta, a.out)
    if not a.skip_batch:
        sizes = [int(s) for s in a.sizes.split(',') if s]
        print('measuring the batch side …', flush=True)
        results['batch'] = measure_batch(jcta, sizes, a.out, lambda n: 5 if n <= 1000 else 3 if n <= 10000 else 1)
        results['throughput'] = measure_throughput(jcta, a.out, a.throughput_seconds)
    with open(a.json, 'w') as f:
        json.dump(results, f, indent=1, ensure_ascii=False)
    print_table(results)


def targets(r):
    """(figure, measured, target, met) for each target of the first screen, idle and one-file figures."""
    tui, cg = r.get('tui', {}), r.get('callgrind', {})
    d = tui.get('dialog', {})
    cd = cg.get('dialog', {}).get('instructions')
    rows = []
    for name, label in (('jcta', '`jcta`'), ('jcta-2019-en', '`jcta --lang en --study-date 2025-04-01`')):
        t, ci = tui.get(name, {}), cg.get(name, {}).get('instructions')
        if ci is not None and cd:
            rows.append((f'instructions exec → first frame, {label}', f'{fmt(ci, "M")} ({ratio(ci, cd)})',
                         '≤ 1.5x dialog', ci <= 1.5 * cd))
        if t.get('t_settled') is not None and d.get('t_settled'):
            rows.append((f'start → first frame (median), {label}', f'{fmt(t["t_settled"], "ms")} '
                         f'({ratio(t["t_settled"], d["t_settled"])})', '≤ 1.5x dialog',
                         t['t_settled'] <= 1.5 * d['t_settled']))
        if t.get('vmhwm_kb') is not None:
            rows.append((f'peak RSS, {label}', fmt(t['vmhwm_kb'], 'MB'), '≤ 8 MB', t['vmhwm_kb'] <= 8 * 1024))
    t = tui.get('jcta', {})
    if t.get('bytes_key') is not None:
        rows.append((f'bytes for one highlight move (minimal {fmt(t.get("min_bytes_key"), "B")})',
                     fmt(t['bytes_key'], 'B'), '≤ 80 B', t['bytes_key'] <= 80))
    idle = r.get('idle', {}).get('instructions')
    if idle is not None:
        rows.append((f'instructions idle {r["idle"]["seconds"]:.0f} s on a question screen', fmt(idle, 'M'),
                     '≤ 1 M', idle <= 1e6))
    one, first = r.get('classify_one', {}).get('instructions'), cg.get('jcta', {}).get('instructions')
    if one is not None and first:
        rows.append(('`jcta classify` one file, whole run', f'{fmt(one, "M")} ({one / first:.2f}x)',
                     '≤ 2x first frame', one <= 2 * first))
    big = [b for b in r.get('batch', []) if b['nodes'] == 100000]
    if big and big[0].get('validate_kb'):
        b = big[0]
        rows.append(('`jcta validate` 100,000 questions: peak RSS', fmt(b['validate_kb'], 'MB'), '≤ 200 MB',
                     b['validate_kb'] <= 200 * 1024))
    return rows


def print_table(r):
    tui, cg = r.get('tui', {}), r.get('callgrind', {})
    d, w = tui.get('dialog', {}), tui.get('whiptail', {})
    cd = cg.get('dialog', {}).get('instructions')
    print()
    print(f'jcta {r["jcta"]}  ({r["date"]}, {r["cpus"]} CPUs; {r["tools"]})')
    b = r.get('binary')
    if b:
        print(f'binary: {b["bytes"] / 1e6:.1f} MB ({b["bytes_without_debug"] / 1e6:.1f} MB without debug sections); '
              f'shared Swift libraries: {", ".join(b["shared_swift_libraries"]) or "none (Swift runtime linked in)"}')
    print('Timings are medians on a machine shared with other builds: they vary from run to run; the callgrind '
          'instruction counts do not.')
    h = (f'| {"first screen, 80x24 pty":50} | {"instructions":>12} | {"×dialog":>7} | {"start→frame":>11} | '
         f'{"×dialog":>7} | {"peak RSS":>8} | {"1st frame":>9} | {"Down":>6} | {"min":>4} | {"resize":>15} |')
    print()
    print(h)
    print('|' + '|'.join('-' * len(c) for c in h.split('|')[1:-1]) + '|')
    for name, label, _, _ in PROGRAMS:
        t = tui.get(name)
        if t is None:
            continue
        ci = cg.get(name, {}).get('instructions')
        resize = f'{fmt(t.get("bytes_resize"), "B")} / {fmt(t.get("lat_resize"), "ms")}'
        print(f'| {label:50} | {fmt(ci, "M"):>12} | {ratio(ci, cd):>7} | {fmt(t.get("t_settled"), "ms"):>11} | '
              f'{ratio(t.get("t_settled"), d.get("t_settled")):>7} | {fmt(t.get("vmhwm_kb"), "MB"):>8} | '
              f'{fmt(t.get("bytes_first_frame"), "B"):>9} | {fmt(t.get("bytes_key"), "B"):>6} | '
              f'{fmt(t.get("min_bytes_key"), "B"):>4} | {resize:>15} |')
    rows = targets(r)
    if rows:
        print()
        print(f'| {"target":58} | {"measured":>14} | {"target":>18} | met |')
        print(f'|{"-" * 60}|{"-" * 16}|{"-" * 20}|-----|')
        for label, value, target, met in rows:
            m = '–' if met is None else ('yes' if met else 'NO')
            print(f'| {label:58} | {value:>14} | {target:>18} | {m:3} |')
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
    print(f'\nwritten: {os.path.relpath(r["json"], ROOT)}')


if __name__ == '__main__':
    main()
