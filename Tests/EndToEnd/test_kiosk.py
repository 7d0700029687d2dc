#!/usr/bin/env python3
"""End-to-end tests of `jcta --kiosk` in tmux: the idle reset wipes the last person's answers from
the screen, the scrollback and the next export; Ctrl-C, Ctrl-Z, Ctrl-\\ and q neither end nor stop it; the
operator's PIN ends it with the terminal as it was; exports land only in --export-dir under generated names
whatever is typed; a read-only export directory is reported and the kiosk goes on; --log writes JSON Lines
with only the allowed keys; --print-command sends the document to standard output.

The read-only directory is a tmpfs mounted read-only (root ignores mode bits, so chmod would prove nothing);
where mounting is not permitted the test falls back to /sys/kernel, a sysfs directory where no file can be
created.

The binary comes from $JCTA_BIN (as run.py sets it), else the first argument, else .build/debug/jcta.
Runs on its own: python3 Tests/EndToEnd/test_kiosk.py [path/to/jcta]
"""
import json
import os
import re
import signal
import subprocess
import time
import uuid

import kiosksetup
import run
from kiosksetup import IDLE_SECONDS, PIN, KioskTestCase, process_state, setUpModule  # noqa: F401 (run by unittest)

GENERATED = re.compile(r"^jcta-\d{8}-\d{4}-(\d{3})\.(md|json|txt)$")
WELCOME = "スクリーニングを始める"


class CommandPane(run.Pane):
    """run.Pane with the whole command line given: `jcta train …`, a kiosk with its options, a redirect."""

    def __init__(self, test, command, width=80, height=24):
        super().__init__(test, width=width, height=height, command=command)

    def history(self):
        """The pane's scrollback and screen."""
        return self.tmux("capture-pane", "-p", "-t", "0", "-S", "-")

    def wait_for_file(self, name, seconds=run.WAIT_SECONDS):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if os.path.exists(os.path.join(self.directory, name)):
                time.sleep(0.1)  # the shell writes it in one go; let it finish
                return self.file(name)
            time.sleep(0.05)
        raise AssertionError("no %s in %s" % (name, self.directory))


class Kiosk(KioskTestCase):
    def kiosk(self, *extra, export_dir=None, redirect="", environment="", log_file=None):
        args = ["--kiosk", "--idle-reset", str(IDLE_SECONDS), "--admin-pin-file", self.pin_file, "--log", log_file or self.log_file]
        if "--print-command" not in extra:
            args += ["--export-dir", export_dir or self.export_dir]
        command = environment + " ".join("'%s'" % part for part in [run.JCTA, "--edition", run.EDITION, *args, *extra]) + redirect
        pane = CommandPane(self, command)
        pane.wait_for(WELCOME)
        return pane

    def walk_to(self, pane, cls):
        pane.keys("Enter")
        run.EndToEnd.walk(self, pane, self.rules.paths[cls])
        expected = json.loads(self.rules.classify(self.rules.answers(self.rules.paths[cls])))
        pane.wait_for(expected["headline"]["ja"])
        return expected

    def export_markdown(self, pane, typed_title=None, saved_before=()):
        """Exports as Markdown and returns the name the kiosk reports; `saved_before` are names whose note may
        still be on screen from an earlier export."""
        pane.keys("e")
        pane.wait_for("形式を選んでください")
        pane.keys("1")
        pane.wait_for("研究課題名")
        if typed_title:
            pane.type(typed_title)
            pane.wait_for(typed_title)
        pane.keys("Enter")
        pattern = re.compile(r"保存: (jcta-\d{8}-\d{4}-\d{3}\.md)")
        screen = pane.wait_until(lambda text: any(name not in saved_before for name in pattern.findall(text)),
                                 "a note naming a new export")
        return next(name for name in pattern.findall(screen) if name not in saved_before)

    def log_entries(self, path=None):
        with open(path or self.log_file) as handle:
            return [json.loads(line) for line in handle]

    def assert_alive(self, pane, pid, text):
        pane.wait_for(text)
        time.sleep(0.3)  # give a signal or key that would end or stop jcta the time to do it
        self.assertIn(process_state(pid), ("R", "S"), "jcta ended or stopped")
        self.assertNotIn("EXIT=", pane.screen())
        pane.wait_for(text)

    def test_idle_reset_wipes_the_answers_from_screen_scrollback_and_the_next_export(self):
        pane = self.kiosk()
        first = self.walk_to(pane, "specified")
        first_question = self.rules.question(self.rules.paths["specified"][-1][0])
        # No key now: the countdown shows, then the kiosk is back on the welcome screen.
        pane.wait_for("秒で最初の画面に戻ります", seconds=IDLE_SECONDS + 5)
        pane.wait_until(lambda screen: WELCOME in screen and first["headline"]["ja"] not in screen,
                        "the welcome screen without the last result", seconds=IDLE_SECONDS + 5)
        history = run.squeeze(pane.history())
        self.assertNotIn(run.squeeze(first["headline"]["ja"]), history)
        self.assertNotIn(run.squeeze(first_question), history)
        # The next person's export holds only their answers.
        second = self.walk_to(pane, "out_of_scope")
        name = self.export_markdown(pane)
        pane.wait_for(WELCOME)
        with open(os.path.join(self.export_dir, name), "rb") as handle:
            exported = handle.read()
        expected = self.rules.classify(self.rules.answers(self.rules.paths["out_of_scope"]), fmt="markdown")
        self.assertEqual(exported, expected.encode("utf-8"))
        self.assertNotIn(first["headline"]["ja"], exported.decode("utf-8"))
        self.assertEqual(os.listdir(self.export_dir), [name])
        # The start and each screening that reached a result were logged, with the allowed keys only.
        entries = self.log_entries()
        self.assertEqual([entry["event"] for entry in entries], ["start", "screening", "screening"])
        screenings = entries[1:]
        self.assertEqual([entry["class"] for entry in screenings], ["specified", "out_of_scope"])
        self.assertEqual([entry["ending"] for entry in screenings], ["abandoned", "saved"])
        for entry in screenings:
            self.assertEqual(set(entry), {"time", "event", "edition", "class", "ending", "language", "duration_seconds"})
            self.assertEqual(entry["edition"], run.EDITION)
            self.assertEqual(entry["language"], "ja")
            self.assertIsInstance(entry["duration_seconds"], int)
        for entry in entries:
            self.assertRegex(entry["time"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$")
        self.assertEqual(second["classification"], "out_of_scope")

    def test_keys_and_signals_that_would_end_or_stop_it_do_nothing_and_the_pin_exits(self):
        pane = self.kiosk("--idle-reset", "600")
        pid = pane.jcta_pid()
        for key in ("C-c", "C-z", "C-\\", "q"):
            pane.keys(key)
            self.assert_alive(pane, pid, WELCOME)
        pane.keys("Enter")
        question = self.rules.question(self.rules.root)
        for key in ("C-c", "C-z", "C-\\", "q"):
            pane.keys(key)
            self.assert_alive(pane, pid, question)
        for sig in (signal.SIGINT, signal.SIGQUIT, signal.SIGTSTP):
            os.kill(pid, sig)
            self.assert_alive(pane, pid, question)
        # A wrong PIN says so; the prompt stays open for the next try.
        pane.keys("F12")
        pane.wait_for("PIN を入力して")
        pane.type("0000")
        pane.wait_for("****")
        self.assertNotIn("0000", pane.screen())
        pane.keys("Enter")
        pane.wait_for("PIN が違います")
        pane.keys("Escape")
        pane.wait_until(lambda screen: "PIN を入力して" not in screen, "the PIN prompt to close")
        self.assert_alive(pane, pid, question)
        pane.keys("F12")
        pane.wait_for("PIN を入力して")
        pane.type(PIN)
        pane.keys("Enter")
        pane.wait_for("EXIT=0")
        self.assertEqual(pane.wait_for_file("stty.after"), pane.file("stty.before"))
        self.assertEqual([entry["event"] for entry in self.log_entries()], ["start", "pin_failure", "stop"])
        self.assertEqual(self.log_entries()[-1]["reason"], "operator")

    def test_wrong_pins_are_slowed_down_and_logged_and_a_changed_pin_works_without_a_restart(self):
        pane = self.kiosk("--idle-reset", "600")
        pane.keys("F12")
        pane.wait_for("PIN を入力して")
        for attempt in range(3):
            pane.type("0000")
            pane.keys("Enter")
        pane.wait_for("秒は受け付けません")
        # While locked out even the right PIN is not checked.
        pane.type(PIN)
        pane.keys("Enter")
        time.sleep(0.5)
        self.assertNotIn("EXIT=", pane.screen())
        events = [entry["event"] for entry in self.log_entries()]
        self.assertEqual(events, ["start", "pin_failure", "pin_failure", "pin_failure", "pin_lockout"])
        self.assertEqual(self.log_entries()[-1]["lockout_seconds"], 10)
        # The operator changes the PIN file; after the wait the new PIN ends the kiosk.
        with open(self.pin_file, "w") as handle:
            handle.write("97531\n")
        pane.wait_until(lambda screen: "秒は受け付けません" not in screen, "the lockout to end", seconds=15)
        pane.type("97531")
        pane.keys("Enter")
        pane.wait_for("EXIT=0")

    def test_sigterm_and_the_pin_exit_leave_a_blank_screen_on_a_linux_console(self):
        for ending in ("pin", "sigterm"):
            pane = self.kiosk("--idle-reset", "600", environment="TERM=linux ")
            expected = self.walk_to(pane, "clinical")
            if ending == "pin":
                pane.keys("F12")
                pane.wait_for("PIN を入力して")
                pane.type(PIN)
                pane.keys("Enter")
                pane.wait_for("EXIT=0")
            else:
                os.kill(pane.jcta_pid(), signal.SIGTERM)
                pane.wait_for("EXIT=143")
            screen = pane.screen()
            self.assertEqual([line for line in screen.splitlines() if line.strip()], [screen.strip()], screen)
            self.assertIn("EXIT=", screen)
            self.assertNotIn(run.squeeze(expected["headline"]["ja"]), run.squeeze(pane.history()))
            self.assertNotIn(run.squeeze(self.rules.question(self.rules.root)), run.squeeze(pane.history()))
            pane.close()

    def test_sigterm_ends_it_with_the_terminal_restored(self):
        pane = self.kiosk()
        os.kill(pane.jcta_pid(), signal.SIGTERM)
        pane.wait_for("EXIT=143")
        self.assertEqual(pane.wait_for_file("stty.after"), pane.file("stty.before"))

    def test_a_typed_path_cannot_leave_the_export_dir(self):
        pane = self.kiosk("--idle-reset", "600")
        outside = "/tmp/jcta-escape-%s.md" % uuid.uuid4().hex[:8]
        before = sorted(os.listdir(self.work))  # pin, out, usage.jsonl (opened at start)
        names = []
        for typed in ("../escape.md", outside):
            self.walk_to(pane, "clinical")
            names.append(self.export_markdown(pane, typed_title=typed, saved_before=names))
            pane.wait_for(WELCOME)
        self.assertEqual(sorted(os.listdir(self.export_dir)), sorted(names))
        self.assertTrue(all(GENERATED.match(name) for name in names), names)
        self.assertEqual(sorted(os.listdir(self.work)), before)
        self.assertFalse(os.path.exists(outside))
        self.assertFalse(os.path.exists(os.path.join(self.work, "escape.md")))
        # What was typed is only the title inside the document.
        with open(os.path.join(self.export_dir, names[0]), encoding="utf-8") as handle:
            self.assertIn("../escape.md", handle.read())

    def read_only_directory(self):
        """A tmpfs mounted read-only, else /sys/kernel; returns (path, how)."""
        path = os.path.join(self.work, "readonly")
        os.mkdir(path)
        mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", path],
                                 capture_output=True, stdin=subprocess.DEVNULL)
        if mounted.returncode == 0:
            self.addCleanup(subprocess.run, ["umount", path], capture_output=True, stdin=subprocess.DEVNULL)
            return path, "read-only tmpfs"
        return "/sys/kernel", "sysfs"

    def test_a_read_only_export_dir_is_reported_and_the_kiosk_goes_on(self):
        directory, how = self.read_only_directory()
        before = set(os.listdir(directory))
        pane = self.kiosk("--idle-reset", "600", export_dir=directory)
        pid = pane.jcta_pid()
        expected = self.walk_to(pane, "clinical")
        pane.keys("e")
        pane.wait_for("形式を選んでください")
        pane.keys("1")
        pane.wait_for("研究課題名")
        pane.keys("Enter")
        pane.wait_for("保存できませんでした")
        if how == "read-only tmpfs":
            # The system's error is said as a sentence naming the folder (wrapped inside the panel's frame).
            sentence = run.squeeze("%s フォルダは読み取り専用のファイルシステムにあり、書き込めません。" % directory)
            pane.wait_until(lambda screen: sentence in run.squeeze(screen.replace("│", "")),
                            "the read-only file system named in words")
        self.assertEqual(set(os.listdir(directory)), before)
        pane.keys("Escape")
        self.assert_alive(pane, pid, expected["headline"]["ja"])
        pane.keys("n")
        pane.wait_for(WELCOME)
        self.assert_alive(pane, pid, WELCOME)

    def print_and_wait(self, pane, cls):
        expected = self.walk_to(pane, cls)
        pane.keys("e")
        pane.wait_for("結果を印刷")
        pane.wait_for("1  テキスト")
        self.assertNotIn("Markdown", pane.screen())
        pane.keys("1")
        pane.wait_for("研究課題名")
        pane.keys("Enter")
        return expected

    def test_each_printed_document_is_its_own_job_and_a_failing_printer_is_reported(self):
        # The first job fails (as an offline printer would), every later one succeeds.
        command = ('if [ -e failed-once ]; then cat > "job-$(date +%s%N).txt"; '
                   'else touch failed-once; cat > /dev/null; echo "printer lobby is offline" >&2; exit 3; fi')
        pane = self.kiosk("--idle-reset", "600", "--print-command", command)
        self.print_and_wait(pane, "consult")
        pane.wait_for("コード 3 で終わりました")
        pane.wait_for("printer lobby is offline")
        # The next try is a new job and goes through.
        pane.keys("1")
        pane.wait_for("研究課題名")
        pane.keys("Enter")
        pane.wait_for("印刷に送りました")
        pane.wait_for("終了コード 0")
        pane.wait_for(WELCOME)
        self.print_and_wait(pane, "clinical")
        pane.wait_for("印刷に送りました")
        jobs = sorted(name for name in os.listdir(pane.directory) if name.startswith("job-"))
        self.assertEqual(len(jobs), 2, jobs)
        for name, cls in zip(jobs, ("consult", "clinical")):
            printed = pane.file(name).decode("utf-8")
            expected = self.rules.classify(self.rules.answers(self.rules.paths[cls]), fmt="text")
            self.assertEqual(run.squeeze(printed), run.squeeze(expected))
            self.assertTrue(all(run.display_width(line) <= 80 for line in printed.splitlines()), name)
        # The print command's own output never reaches the kiosk's screen; the log says the result was printed.
        self.assertEqual([entry.get("ending") for entry in self.log_entries() if entry["event"] == "screening"],
                         ["printed", "printed"])

    def test_a_print_command_that_would_print_onto_the_kiosk_screen_is_refused(self):
        pane = CommandPane(self, " ".join("'%s'" % part for part in [
            run.JCTA, "--kiosk", "--admin-pin-file", self.pin_file, "--print-command", "cat > /dev/tty"]))
        pane.wait_for("EXIT=2")
        self.assertIn("own terminal", pane.file("stderr.txt").decode("utf-8"))

    def test_a_new_visitor_starts_clean_and_exports_are_private_with_a_reference_number(self):
        pane = self.kiosk("--idle-reset", "600")
        self.walk_to(pane, "clinical")
        name = self.export_markdown(pane)
        reference = GENERATED.match(name).group(1)
        pane.wait_for("受付番号 %s" % reference)
        self.assertEqual(os.stat(os.path.join(self.export_dir, name)).st_mode & 0o777, 0o600)
        pane.keys("Enter")
        pane.wait_for(self.rules.question(self.rules.root))
        self.assertNotIn("受付番号", pane.screen())
        self.assertNotIn("保存", pane.screen())

    def test_the_usage_log_survives_rotation_and_lost_lines_are_shown_after_the_pin(self):
        pane = self.kiosk("--idle-reset", "600")
        self.walk_to(pane, "clinical")
        self.export_markdown(pane)
        pane.wait_for(WELCOME)
        os.rename(self.log_file, self.log_file + ".1")
        self.walk_to(pane, "specified")
        self.export_markdown(pane, saved_before=os.listdir(self.export_dir))
        pane.wait_for(WELCOME)
        self.assertEqual([entry["event"] for entry in self.log_entries(self.log_file + ".1")], ["start", "screening"])
        self.assertEqual([entry["class"] for entry in self.log_entries() if entry["event"] == "screening"], ["specified"])
        pane.keys("F12")
        pane.wait_for("PIN を入力して")
        pane.type(PIN)
        pane.keys("Enter")
        pane.wait_for("EXIT=0")
        # A log that cannot take a line: the operator hears about it after the PIN, and standard error at exit.
        full = self.kiosk("--idle-reset", "600", log_file="/dev/full")
        self.walk_to(full, "clinical")
        full.keys("n")
        full.wait_for(WELCOME)
        full.keys("F12")
        full.wait_for("PIN を入力して")
        full.type(PIN)
        full.keys("Enter")
        full.wait_for("2 行を書けませんでした")
        full.wait_for("No space left on device")
        full.keys("Enter")
        full.wait_for("EXIT=0")
        # start, the screening, and the stop written after the PIN
        self.assertIn("missed 3 line(s) (last reason: No space left on device)", full.file("stderr.txt").decode("utf-8"))

    def test_it_refuses_to_start_without_a_private_non_empty_pin_file(self):
        def start(pin_file):
            return subprocess.run([run.JCTA, "--kiosk", "--admin-pin-file", pin_file, "--export-dir", self.export_dir],
                                  capture_output=True, text=True, stdin=subprocess.DEVNULL)
        missing = start(os.path.join(self.work, "nothing"))
        self.assertEqual(missing.returncode, 2)
        self.assertIn("No such file", missing.stderr)
        for mode in (0o644, 0o640, 0o660, 0o620, 0o602):
            os.chmod(self.pin_file, mode)
            shared = start(self.pin_file)
            self.assertEqual(shared.returncode, 2, oct(mode))
            self.assertIn("can be read or written by its group or other users (mode %o)" % mode, shared.stderr)
        empty = os.path.join(self.work, "empty")
        open(empty, "w").close()
        os.chmod(empty, 0o600)
        self.assertIn("is empty", start(empty).stderr)
        no_pin = subprocess.run([run.JCTA, "--kiosk"], capture_output=True, text=True, stdin=subprocess.DEVNULL)
        self.assertEqual(no_pin.returncode, 64)
        self.assertIn("--admin-pin-file", no_pin.stderr)


if __name__ == "__main__":
    kiosksetup.main()
