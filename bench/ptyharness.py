"""ptyharness.py - run a full-screen program in a fresh pty and measure it, for bench/bench.py.
Adapted from ../shared/bench/ptymeasure.py and cg_first_frame.py (the team's reference measurement
scripts: same method, same figures) and extended to cope with a program that exits before it draws a
full-screen frame (jcta before its TUI existed), and to return the raw bytes for bench/mincost.py."""
import fcntl
import glob
import os
import select
import signal
import struct
import subprocess
import termios
import time


def setsize(fd, rows, cols):
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack('HHHH', rows, cols, 0, 0))


def read_until(fd, buf, t0, quiet, timeout, stop=None, last=None):
    """Append (t, chunk) to buf until `quiet` s of silence (after >=1 byte), timeout, end of file, or
    stop(bytes so far). Returns (time of last byte or None, eof flag). (From ptymeasure.py.)"""
    deadline = time.perf_counter() + timeout
    while True:
        now = time.perf_counter()
        wait = deadline - now if last is None else min(deadline - now, last + quiet - now)
        if wait <= 0:
            return last, False
        r, _, _ = select.select([fd], [], [], wait)
        if not r:
            continue
        try:
            d = os.read(fd, 65536)
        except OSError:
            return last, True
        if not d:
            return last, True
        last = time.perf_counter()
        buf.append((last - t0, d))
        if b'\x1b[6n' in d:
            os.write(fd, b'\x1b[1;1R')
        if stop and stop(b''.join(c for _, c in buf)):
            return last, False


def vmhwm(pid):
    try:
        for line in open(f'/proc/{pid}/status'):
            if line.startswith('VmHWM'):
                return int(line.split()[1])
    except OSError:
        return None


def spawn(cmd, env, rows, cols, cwd=None):
    mfd, sfd = os.openpty()
    setsize(sfd, rows, cols)
    pid = os.fork()
    if pid == 0:
        try:
            os.setsid()
            fcntl.ioctl(sfd, termios.TIOCSCTTY, 0)
            for f in (0, 1, 2):
                os.dup2(sfd, f)
            os.close(mfd)
            os.close(sfd)
            if cwd:
                os.chdir(cwd)
            os.execvpe(cmd[0], cmd, env)
        finally:
            os._exit(127)
    os.close(sfd)
    return pid, mfd


def drain_until_exit(pid, mfd, seconds):
    """Read and discard the pty's output until the child exits (then close the pty and return
    (status, rusage)) or `seconds` pass (return None)."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        try:
            if select.select([mfd], [], [], 0.05)[0]:
                os.read(mfd, 65536)
        except OSError:
            pass
        p, status, ru = os.wait4(pid, os.WNOHANG)
        if p:
            os.close(mfd)
            return status, ru
    return None


def finish(pid, mfd, exit_keys, grace=3.0):
    """Send the exit keys, drain, reap with wait4; SIGTERM after `grace` s, then SIGKILL.
    Returns (status, rusage, killed)."""
    for ch in exit_keys:
        try:
            os.write(mfd, ch)
        except OSError:
            pass
        time.sleep(0.05)
    reaped = drain_until_exit(pid, mfd, grace)
    if reaped:
        return reaped + (False,)
    for sig, wait in ((signal.SIGTERM, 1.0), (signal.SIGKILL, 10.0)):
        os.kill(pid, sig)
        reaped = drain_until_exit(pid, mfd, wait)
        if reaped:
            return reaped + (True,)
    _, status, ru = os.wait4(pid, 0)
    os.close(mfd)
    return status, ru, True


def one_run(cmd, env, markers, *, rows=24, cols=80, resize=(30, 100), key=None, exit_keys=(b'\r',),
            quiet=0.3, settle=0.1, timeout=10, step_timeout=3, cwd=None):
    """One measured run (the method of ptymeasure.py). Returns (figures, raw byte dumps)."""
    markers = [m.encode() for m in markers]
    t0 = time.perf_counter()
    pid, mfd = spawn(cmd, env, rows, cols, cwd)
    res, out = {}, []
    _, eof = read_until(mfd, out, t0, 1e9, timeout, stop=lambda b: all(m in b for m in markers))
    raw = b''.join(c for _, c in out)
    acc = b''
    for t, c in out:
        acc += c
        if 't_first_marker' not in res and markers[0] in acc:
            res['t_first_marker'] = t
    res['t_all_markers'] = out[-1][0] if out and all(m in raw for m in markers) else None
    if not eof:
        _, eof = read_until(mfd, out, t0, quiet, timeout, last=t0 + out[-1][0] if out else None)
    frame = b''.join(c for _, c in out)
    res['t_settled'] = out[-1][0] if out else None
    res['bytes_first_frame'] = len(frame)
    res['exited_before_input'] = eof
    dumps = {'frame': frame}
    if not eof:
        k = key or (b'\x1bOB' if frame.rfind(b'\x1b[?1h') > frame.rfind(b'\x1b[?1l') else b'\x1b[B')
        time.sleep(settle)
        for label, action in (('key', lambda: os.write(mfd, k)),
                              ('resize', lambda: setsize(mfd, resize[0], resize[1]))):
            if label == 'resize' and not resize:
                continue
            buf = []
            ts = time.perf_counter()
            action()
            tl, _ = read_until(mfd, buf, ts, quiet, step_timeout)
            data = b''.join(c for _, c in buf)
            res[f'bytes_{label}'] = len(data)
            res[f'lat1_{label}'] = buf[0][0] if buf else None
            res[f'lat_{label}'] = (tl - ts) if tl else None
            dumps[label] = data
            time.sleep(settle)
        res['vmhwm_kb'] = vmhwm(pid)
    status, ru, killed = finish(pid, mfd, exit_keys)
    if killed:
        res['killed'] = True
    res['maxrss_kb'] = ru.ru_maxrss
    res['cpu_s'] = ru.ru_utime + ru.ru_stime
    res['exit'] = os.waitstatus_to_exitcode(status)
    return res, dumps


def callgrind_first_frame(cmd, env, marker, outdir, exit_keys=(b'\r',), cwd=None):
    """Instructions from exec to the first frame (the method of cg_first_frame.py): run under callgrind in
    an 80x24 pty, wait for `marker` and 1 s of quiet, dump with callgrind_control. If the program exits
    by itself first, its whole run is the figure. Returns (instructions, 'first-frame' | 'whole run')."""
    os.makedirs(outdir, exist_ok=True)
    for old in glob.glob(f'{outdir}/cg.*'):
        os.unlink(old)
    full = ['valgrind', '--tool=callgrind', '-q', f'--callgrind-out-file={outdir}/cg.%p'] + cmd
    pid, mfd = spawn(full, env, 24, 80, cwd)
    out = []
    t0 = time.perf_counter()
    _, eof = read_until(mfd, out, t0, 1e9, 120, stop=lambda b: marker.encode() in b)
    if not eof:
        _, eof = read_until(mfd, out, t0, 1.0, 60, last=time.perf_counter())
    kind = 'whole run'
    if not eof and os.waitpid(pid, os.WNOHANG)[0] == 0:
        subprocess.run(['callgrind_control', '-d', 'first-frame', str(pid)], capture_output=True, timeout=120)
        time.sleep(0.5)
        kind = 'first-frame'
        finish(pid, mfd, exit_keys, grace=30)
    else:
        try:
            os.waitpid(pid, 0)
        except ChildProcessError:
            pass
        os.close(mfd)
    parts = sorted(glob.glob(f'{outdir}/cg.{pid}*'))

    def totals(path):
        for line in open(path):
            if line.startswith(('summary:', 'totals:')):
                return int(line.split()[1])
    counts = [totals(p) for p in parts]
    if not counts:
        return None, 'failed'
    # With a dump, the first part (".1") holds exec -> first frame; the plain file holds the rest.
    if kind == 'first-frame':
        dumped = [p for p in parts if p.endswith('.1')]
        return (totals(dumped[0]) if dumped else None), kind
    return counts[0], kind


def _totals(path):
    for line in open(path):
        if line.startswith(('summary:', 'totals:')):
            return int(line.split()[1])


def callgrind_idle(cmd, env, marker, outdir, *, to_question, question_marker, seconds, exit_keys, cwd=None):
    """Instructions spent while idle: under callgrind in an 80x24 pty, wait for `marker`, send the keys that
    open a question screen, wait for `question_marker` and 1 s of quiet, dump (which zeroes the counters),
    wait `seconds` with no key, dump again. Returns the second dump's total, or None."""
    os.makedirs(outdir, exist_ok=True)
    for old in glob.glob(f'{outdir}/cg.*'):
        os.unlink(old)
    full = ['valgrind', '--tool=callgrind', '-q', f'--callgrind-out-file={outdir}/cg.%p'] + cmd
    pid, mfd = spawn(full, env, 24, 80, cwd)
    out = []
    t0 = time.perf_counter()
    _, eof = read_until(mfd, out, t0, 1e9, 120, stop=lambda b: marker.encode() in b)
    if eof:
        os.close(mfd)
        return None
    read_until(mfd, out, t0, 1.0, 60, last=time.perf_counter())
    out = []
    for key in to_question:
        os.write(mfd, key)
    _, eof = read_until(mfd, out, t0, 1e9, 60, stop=lambda b: question_marker.encode() in b)
    if eof:
        os.close(mfd)
        return None
    read_until(mfd, out, t0, 1.0, 60, last=time.perf_counter())
    subprocess.run(['callgrind_control', '-d', 'question-shown', str(pid)], capture_output=True, timeout=120)
    quiet = []
    read_until(mfd, quiet, time.perf_counter(), seconds, seconds + 5, last=time.perf_counter())
    subprocess.run(['callgrind_control', '-d', 'idle', str(pid)], capture_output=True, timeout=120)
    time.sleep(0.5)
    finish(pid, mfd, exit_keys, grace=30)
    idle = [p for p in glob.glob(f'{outdir}/cg.{pid}.2')]
    return _totals(idle[0]) if idle else None


def callgrind_whole_run(cmd, env, outdir, cwd=None):
    """Instructions of a whole run of a command that needs no terminal (standard output discarded)."""
    os.makedirs(outdir, exist_ok=True)
    for old in glob.glob(f'{outdir}/cg.*'):
        os.unlink(old)
    full = ['valgrind', '--tool=callgrind', '-q', f'--callgrind-out-file={outdir}/cg.%p'] + cmd
    p = subprocess.run(full, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    parts = glob.glob(f'{outdir}/cg.*')
    return (_totals(parts[0]) if parts else None), p.returncode
