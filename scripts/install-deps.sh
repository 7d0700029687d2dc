#!/usr/bin/env bash
# Installs what building and testing jcta needs and the machine lacks: the ncursesw headers, tmux (end-to-end
# tests) and python3 (test drivers). With `bench`, also dialog, whiptail and valgrind (the comparison run).
# As root it uses apt-get; otherwise it prints the exact command to run.
set -euo pipefail
need=()
dpkg -s libncurses-dev >/dev/null 2>&1 || need+=(libncurses-dev)
command -v tmux >/dev/null 2>&1 || need+=(tmux)
command -v python3 >/dev/null 2>&1 || need+=(python3)
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
