#!/usr/bin/env bash
# Installs what building and testing jcta needs and the machine lacks: the ncursesw headers, tmux (end-to-end
# tests), python3 (test drivers), Graphviz and a Japanese font (`jcta flow --format svg`, `make docs`), and
# Chromium and poppler-utils (the printed-page test prints the HTML export to PDF and reads its text).
# With `bench`, also dialog, whiptail and valgrind (the comparison run).
# As root it uses apt-get; otherwise it prints the exact command to run.
set -euo pipefail
need=()
dpkg -s libncurses-dev >/dev/null 2>&1 || need+=(libncurses-dev)
command -v tmux >/dev/null 2>&1 || need+=(tmux)
command -v python3 >/dev/null 2>&1 || need+=(python3)
command -v dot >/dev/null 2>&1 || need+=(graphviz)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need+=(fonts-noto-cjk)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
if [ "${1:-}" = bench ]; then
  command -v dialog >/dev/null 2>&1 || need+=(dialog)
  command -v whiptail >/dev/null 2>&1 || need+=(whiptail)
  command -v valgrind >/dev/null 2>&1 || need+=(valgrind)
fi
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  echo "installing: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null || true
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
else
  echo "jcta needs: ${need[*]}"
  echo "run: sudo apt-get install -y ${need[*]}"
  exit 1
fi
