#!/usr/bin/env python3
"""End-to-end hardening of exports: `jcta classify --output` onto a full disk, a read-only folder,
a folder, an existing file and a Japanese file name. Each refusal: exit 1, a message naming the path and
the reason, no file (whole or partial) and no temporary file left behind.

The binary comes from $JCTA_BIN, else the first argument, else .build/debug/jcta. Runs on its own:
python3 Tests/EndToEnd/test_hardening.py [path/to/jcta]

How the full disk and the read-only folder are made (said in each test's output):
- full disk: a 64 KB tmpfs when mounting is allowed (root with CAP_SYS_ADMIN), filled first; otherwise a
  file-size limit (RLIMIT_FSIZE, with SIGXFSZ ignored) so write() fails with EFBIG as it would with ENOSPC;
- read-only folder: a read-only tmpfs mount when allowed; otherwise /proc, where no file can be created.
"""
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ANSWERS = os.path.join(ROOT, "Tests", "Fixtures", "casebook", "3-10.json")
BIN_ARGUMENT = None


def binary():
    return BIN_ARGUMENT or os.environ.get("JCTA_BIN") or os.path.join(ROOT, ".build", "debug", "jcta")


def classify(*extra, preexec=None):
    done = subprocess.run([binary(), "classify", "--edition", "2019", "--answers", ANSWERS, "--format", "json", *extra],
                          capture_output=True, text=True, timeout=60, env=dict(os.environ, LANG="C.UTF-8"),
                          preexec_fn=preexec)
    return done.returncode, done.stdout, done.stderr


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def try_mount(path, options):
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    return subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", path],
                          capture_output=True).returncode == 0


class ExportHardening(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="jcta-hardening-")
        self.mounted = []
        code, self.expected, err = classify()
        self.assertEqual(code, 0, err)
        self.assertGreater(len(self.expected.encode()), 2048, "the export must be larger than the limits below")

    def tearDown(self):
        for path in reversed(self.mounted):
            subprocess.run(["umount", path], capture_output=True)
        shutil.rmtree(self.dir, ignore_errors=True)

    def assertRefused(self, code, err, path, reason_words):
        self.assertEqual(code, 1, err)
        self.assertIn(path, err)
        self.assertTrue(any(word in err for word in reason_words), err)
        self.assertEqual(err.count("\n"), 1, "one line: " + err)

    def assertNothingLeft(self, folder):
        self.assertEqual([n for n in os.listdir(folder)], [], "left behind in %s" % folder)

    def test_full_disk(self):
        disk = os.path.join(self.dir, "disk")
        os.mkdir(disk)
        if try_mount(disk, "size=64k"):
            self.mounted.append(disk)
            # Fill the disk, leaving less than the export needs.
            with open(os.path.join(disk, "filler"), "wb") as f:
                try:
                    f.write(b"x" * (64 * 1024 - 1024))
                except OSError:
                    pass
            free = shutil.disk_usage(disk).free
            print("\n  full disk: 64 KB tmpfs, %d bytes free" % free, file=sys.stderr)
            self.assertLess(free, len(self.expected.encode()))
            target = os.path.join(disk, "result.json")
            code, _, err = classify("--output", target)
            self.assertRefused(code, err, target, ["No space left", "space"])
            self.assertEqual(os.listdir(disk), ["filler"])
        else:
            # EFBIG from a file-size limit stands in for ENOSPC: the same failing write() in the writer.
            def limit():
                signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
                resource.setrlimit(resource.RLIMIT_FSIZE, (1024, 1024))
            print("\n  full disk: RLIMIT_FSIZE 1024 bytes (no tmpfs mount allowed)", file=sys.stderr)
            target = os.path.join(disk, "result.json")
            code, _, err = classify("--output", target, preexec=limit)
            self.assertRefused(code, err, target, ["File too large", "too large"])
            self.assertNothingLeft(disk)

    def test_file_size_limit(self):
        """Always run the rlimit variant too: it exercises a failing write() partway through the file."""
        folder = os.path.join(self.dir, "limited")
        os.mkdir(folder)

        def limit():
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (1024, 1024))
        target = os.path.join(folder, "result.json")
        code, _, err = classify("--output", target, preexec=limit)
        self.assertRefused(code, err, target, ["File too large"])
        self.assertNothingLeft(folder)

    def test_read_only_folder(self):
        folder = os.path.join(self.dir, "ro")
        os.mkdir(folder)
        if try_mount(folder, "ro,size=64k"):
            self.mounted.append(folder)
            print("\n  read-only folder: read-only tmpfs", file=sys.stderr)
            reasons = ["Read-only file system"]
        else:
            folder = "/proc"
            print("\n  read-only folder: /proc (no mount allowed)", file=sys.stderr)
            reasons = ["No such file", "Permission denied", "Read-only"]
        target = os.path.join(folder, "result.json")
        code, _, err = classify("--output", target)
        self.assertRefused(code, err, target, reasons)
        self.assertFalse(os.path.exists(target))
        if folder != "/proc":
            self.assertNothingLeft(folder)

    def test_path_is_a_folder(self):
        code, _, err = classify("--output", self.dir)
        self.assertRefused(code, err, self.dir, ["is a directory"])
        self.assertNothingLeft(self.dir)

    def test_missing_folder(self):
        target = os.path.join(self.dir, "no", "such", "result.json")
        code, _, err = classify("--output", target)
        self.assertRefused(code, err, target, ["No such file"])

    def test_existing_file_is_kept_unless_forced(self):
        target = os.path.join(self.dir, "result.json")
        with open(target, "w") as f:
            f.write("earlier result\n")
        code, _, err = classify("--output", target)
        self.assertRefused(code, err, target, ["already exists"])
        self.assertEqual(read(target), "earlier result\n")
        code, _, err = classify("--output", target, "--force")
        self.assertEqual(code, 0, err)
        self.assertEqual(read(target), self.expected)
        self.assertEqual(os.listdir(self.dir), ["result.json"])

    def test_japanese_file_name(self):
        target = os.path.join(self.dir, "臨床研究 判定結果（2025年）.json")
        code, out, err = classify("--output", target)
        self.assertEqual((code, out, err), (0, "", ""))
        with open(target, encoding="utf-8") as f:
            self.assertEqual(f.read(), self.expected)
        self.assertEqual(json.loads(self.expected)["classification"], json.loads(read(target))["classification"])
        self.assertEqual(os.listdir(self.dir), [os.path.basename(target)])

    def test_japanese_name_in_a_missing_folder(self):
        target = os.path.join(self.dir, "存在しない", "結果.json")
        code, _, err = classify("--output", target)
        self.assertRefused(code, err, target, ["No such file"])


if __name__ == "__main__":
    if len(sys.argv) > 1 and not sys.argv[1].startswith("-"):
        BIN_ARGUMENT = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=2)
