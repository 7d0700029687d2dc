#!/usr/bin/env python3
"""End-to-end test of `make install` and `make uninstall` into a fresh prefix: the binary, a man page that
`man -l` renders with every subcommand, the exit codes and the disclaimer, bash completion that completes
subcommands, options, edition ids and case ids, zsh and fish completions; uninstall leaves the prefix empty.
DESTDIR stages under another root. `jcta --version` names the embedded editions with their dates.

Installs the binary under test ($JCTA_BIN, as run.py sets it) with INSTALL_BIN, so no release build is needed.
Runs on its own: python3 Tests/EndToEnd/test_install.py [path/to/jcta]
"""
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN_ARGUMENT = None
SUBCOMMANDS = ["screen", "classify", "questions", "cases", "validate", "editions", "train"]


def binary():
    return os.path.abspath(BIN_ARGUMENT or os.environ.get("JCTA_BIN") or os.path.join(ROOT, ".build", "debug", "jcta"))


def make(*args):
    done = subprocess.run(["make", "-C", ROOT, *args, "INSTALL_BIN=" + binary()], capture_output=True, text=True,
                          stdin=subprocess.DEVNULL)
    if done.returncode != 0:
        raise AssertionError("make %s failed:\n%s%s" % (" ".join(args), done.stdout, done.stderr))
    return done


def bash_complete(script, words):
    """What the installed bash completion offers for the command line `words` (cursor after the last)."""
    line = " ".join(words)
    program = ('source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMP_LINE="%s"; '
               'COMP_POINT=${#COMP_LINE}; '
               '_jcta "${COMP_WORDS[0]}" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"; printf "%%s\\n" "${COMPREPLY[@]}"' % line)
    done = subprocess.run(["bash", "-c", program, "complete", script, *words], capture_output=True, text=True,
                          env=dict(os.environ, PATH=os.path.dirname(binary()) + os.pathsep + os.environ["PATH"]))
    return set(done.stdout.split())


class Install(unittest.TestCase):
    def test_install_renders_the_manual_completes_and_uninstall_leaves_the_prefix_empty(self):
        prefix = tempfile.mkdtemp(prefix="jcta-prefix-")
        self.addCleanup(shutil.rmtree, prefix, ignore_errors=True)
        make("install", "PREFIX=" + prefix)
        installed = sorted(os.path.relpath(os.path.join(base, name), prefix)
                           for base, _, names in os.walk(prefix) for name in names)
        self.assertEqual(installed, ["bin/jcta", "share/bash-completion/completions/jcta", "share/fish/vendor_completions.d/jcta.fish",
                                     "share/man/man1/jcta.1", "share/zsh/site-functions/_jcta"])
        self.assertTrue(os.access(os.path.join(prefix, "bin/jcta"), os.X_OK))
        version = subprocess.run([os.path.join(prefix, "bin/jcta"), "--version"], capture_output=True, text=True)
        self.assertIn("2019: in force from 2018-04-01 to 2025-05-30", version.stdout)
        self.assertIn("2025: in force from 2025-05-31", version.stdout)

        manual = os.path.join(prefix, "share/man/man1/jcta.1")
        if shutil.which("man"):
            page = subprocess.run(["man", "-l", manual], capture_output=True, text=True,
                                  env=dict(os.environ, MANPAGER="cat", PAGER="cat", LANG="C.UTF-8", MANWIDTH="100"))
            self.assertEqual(page.returncode, 0, page.stderr)
            text = " ".join(page.stdout.split())
        else:
            print("\ntest_install: man is not installed here; the page's source is checked instead of its rendering",
                  file=sys.stderr)
            with open(manual) as handle:
                text = " ".join(handle.read().replace("\\-", "-").split())
        for subcommand in SUBCOMMANDS:
            self.assertRegex(text, r"\b%s\b" % subcommand)
        self.assertIn("Exit codes: 0 ok, 1 file not written/read, 2 invalid input", text)
        self.assertIn("does not replace, the determination of your institution", text)
        self.assertIn("print-command", text)
        self.assertIn("-answers", text)

        bash = os.path.join(prefix, "share/bash-completion/completions/jcta")
        shown = subprocess.run(["bash", "-c", 'source "$1"; complete -p jcta', "bash", bash], capture_output=True, text=True)
        self.assertRegex(shown.stdout, r"^complete .*-F _jcta jcta$")
        self.assertTrue(set(SUBCOMMANDS) <= bash_complete(bash, ["jcta", ""]))
        self.assertIn("--edition", bash_complete(bash, ["jcta", "classify", "--"]))
        self.assertEqual(bash_complete(bash, ["jcta", "cases", "--edition", ""]), {"2019", "2025"})
        cases = bash_complete(bash, ["jcta", "cases", "3-"])
        self.assertIn("3-10", cases)
        self.assertTrue(cases and all(case.startswith("3-") for case in cases), cases)
        with open(os.path.join(prefix, "share/zsh/site-functions/_jcta")) as handle:
            self.assertTrue(handle.readline().startswith("#compdef jcta"))
        with open(os.path.join(prefix, "share/fish/vendor_completions.d/jcta.fish")) as handle:
            self.assertIn("complete -c 'jcta'", handle.read())

        make("uninstall", "PREFIX=" + prefix)
        self.assertEqual(os.listdir(prefix), [])

    def test_destdir_stages_under_another_root(self):
        stage = tempfile.mkdtemp(prefix="jcta-destdir-")
        self.addCleanup(shutil.rmtree, stage, ignore_errors=True)
        make("install", "DESTDIR=" + stage, "PREFIX=/usr")
        self.assertTrue(os.path.isfile(os.path.join(stage, "usr/bin/jcta")))
        self.assertTrue(os.path.isfile(os.path.join(stage, "usr/share/man/man1/jcta.1")))
        make("uninstall", "DESTDIR=" + stage, "PREFIX=/usr")
        self.assertEqual(os.listdir(os.path.join(stage, "usr")), [])


if __name__ == "__main__":
    if len(sys.argv) > 1 and not sys.argv[1].startswith("-"):
        BIN_ARGUMENT = sys.argv.pop(1)
    unittest.main(verbosity=2)
