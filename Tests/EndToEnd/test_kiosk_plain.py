#!/usr/bin/env python3
"""End-to-end: `jcta --kiosk --plain` (and `jcta --kiosk` where the terminal cannot draw) through a
pseudo-terminal: q, Ctrl-C, Ctrl-\\, Ctrl-Z and Ctrl-D neither end nor stop it; with no entry for the idle
period a notice is read, then the screen and scrollback are wiped and the next person starts afresh; exports
land only in --export-dir under generated names whatever title is typed (or, with --print-command, to the print
command as text laid out for the page); --log gets one line per finished
screening; `admin` asks for the PIN without echo, a wrong one only returns to the prompt, the right one exits 0.

The binary comes from $JCTA_BIN (as run.py sets it), else the first argument, else .build/debug/jcta.
Runs on its own: python3 Tests/EndToEnd/test_kiosk_plain.py [path/to/jcta]
"""
import json
import os
import re
import time

import kiosksetup
import run
from kiosksetup import IDLE_SECONDS, PIN, KioskTestCase, process_state, setUpModule  # noqa: F401 (run by unittest)
from ptysession import LineSession, noise

OPENING = "臨床研究法の該当性スクリーニングです。"
WIPE = "\x1b[H\x1b[2J\x1b[3J"


class KioskInLines(KioskTestCase):
    def kiosk(self, *extra, term="xterm"):
        args = ["--edition", run.EDITION, "--kiosk", "--idle-reset", str(IDLE_SECONDS), "--admin-pin-file", self.pin_file,
                "--export-dir", self.export_dir, "--log", self.log_file, *extra]
        session = LineSession(self, run.JCTA, args, self.work, env={"TERM": term})
        session.expect("で回答。")
        return session

    def walk(self, session, cls):
        path = self.rules.paths[cls]
        for node, number in path:
            session.send(str(number))
            session.expect(self.rules.nodes[node]["choices"][number - 1]["label"]["ja"] + "\n")
        expected = json.loads(self.rules.classify(self.rules.answers(path)))
        session.expect("結果: %s。" % expected["class_label"]["ja"])
        session.expect("結果です。")
        return expected

    def assert_alive(self, session):
        time.sleep(0.3)  # the time a key or signal that would end or stop jcta needs to do it
        self.assertTrue(session.alive(), "jcta ended")
        self.assertIn(process_state(session.pid), ("R", "S"), "jcta stopped")

    def test_quit_keys_idle_reset_exports_log_and_pin(self):
        session = self.kiosk("--plain")
        self.assertNotIn("q 終了", session.transcript)
        session.send("q")
        session.expect("この端末では終了できません。")
        for key in (b"\x03", b"\x1c", b"\x1a", b"\x04"):
            session.send_raw(key)
            self.assert_alive(session)
        first = self.walk(session, "specified")
        self.assertIn("n 次の方へ", session.transcript[session.transcript.rfind("結果です。"):])
        # Nobody types: the notice, then the wipe and the opening for the next person.
        session.expect("秒で最初に戻ります。入力した回答は消去されます。", seconds=IDLE_SECONDS + 5)
        session.expect(WIPE, seconds=IDLE_SECONDS + 5)
        session.expect(OPENING)
        session.expect("で回答。")
        # The next person's export: a generated name in the export directory, whatever the title says.
        self.walk(session, "out_of_scope")
        session.send("e")
        session.send("1")
        session.expect("研究課題名。なければ Enter: ")
        session.send("../escape.md")
        saved = session.expect(re.compile(r"保存しました: jcta-\d{8}-\d{4}-\d{3}\.md"))
        name = re.search(r"jcta-\d{8}-\d{4}-\d{3}\.md", saved).group(0)
        session.expect("Enter を押してください: ")
        session.send("")
        session.expect(OPENING)
        self.assertEqual(os.listdir(self.export_dir), [name])
        self.assertEqual(sorted(os.listdir(self.work)), ["out", "pin", "usage.jsonl"])
        with open(os.path.join(self.export_dir, name), encoding="utf-8") as handle:
            exported = handle.read()
        answers = self.rules.answers(self.rules.paths["out_of_scope"])
        self.assertEqual(exported, self.rules.classify(answers, fmt="markdown", title="../escape.md"))
        self.assertNotIn(first["headline"]["ja"], exported)
        with open(self.log_file) as handle:
            entries = [json.loads(line) for line in handle]
        self.assertEqual(entries[0]["event"], "start")
        entries = [entry for entry in entries if entry["event"] == "screening"]
        self.assertEqual([entry["class"] for entry in entries], ["specified", "out_of_scope"])
        for entry in entries:
            self.assertEqual(set(entry), {"time", "event", "edition", "class", "duration_seconds"})
        # The operator: a wrong PIN (not echoed) returns to the prompt; the right one exits 0.
        session.expect("で回答。")
        session.send("admin")
        session.expect("PIN を入力して Enter: ")
        session.send("0000")
        session.expect("で回答。")
        self.assert_alive(session)
        session.send("ａｄｍｉｎ")
        session.expect("PIN を入力して Enter: ")
        session.send(PIN)
        session.expect("終了します。")
        self.assertEqual(session.wait(), 0)
        self.assertNotIn("0000", session.transcript)
        self.assertNotIn(PIN, session.transcript)
        spoken = session.transcript.replace(WIPE, "")
        self.assertEqual([line for line in spoken.split("\n") if noise(line)], [])

    def test_a_terminal_that_cannot_draw_gets_the_kiosk_in_lines(self):
        session = self.kiosk(term="dumb")
        self.assertIn("the kiosk asks in lines", session.transcript)
        session.send("admin")
        session.expect("PIN を入力して Enter: ")
        session.send(PIN)
        self.assertEqual(session.wait(), 0)

    def test_print_command_gets_each_document_as_text_for_the_page(self):
        command = " ".join("'%s'" % part for part in [
            run.JCTA, "--edition", run.EDITION, "--kiosk", "--plain", "--admin-pin-file", self.pin_file,
            "--print-command", "cat > printed.txt"])
        session = LineSession(self, "/bin/sh", ["-c", command], self.work, env={"TERM": "dumb"})
        session.expect("で回答。")
        self.walk(session, "consult")
        session.send("e")
        session.send("1")  # a printer offers text only
        session.expect("研究課題名。なければ Enter: ")
        session.send("")
        session.expect("印刷に送りました。")
        session.send("")
        session.expect(OPENING)
        session.send("admin")
        session.expect("PIN を入力して Enter: ")
        session.send(PIN)
        self.assertEqual(session.wait(), 0)
        with open(os.path.join(self.work, "printed.txt"), encoding="utf-8") as handle:
            printed = handle.read()
        answers = self.rules.answers(self.rules.paths["consult"])
        self.assertEqual(run.squeeze(printed), run.squeeze(self.rules.classify(answers, fmt="text")))
        self.assertTrue(all(run.display_width(line) <= 80 for line in printed.splitlines()))


if __name__ == "__main__":
    kiosksetup.main()
