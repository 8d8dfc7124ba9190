#!/usr/bin/env bash
# Installs the Debian/Ubuntu libraries Qt needs (as root), or prints the exact apt-get line (otherwise).
# Usage: tools/system-deps.sh [run|test|bench|venv PYTHON]
set -euo pipefail
kind=${1:-run}
packages=(libglib2.0-0 libegl1 libgl1 libx11-6 libxkbcommon0 libfreetype6 libfontconfig1 libdbus-1-3
  libpulse0 fonts-dejavu-core)
# Real windows (the app on a desktop, benchmarks and screenshots under Xvfb).
window_packages=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0)
case "$kind" in
  venv)
    # Debian splits venv/ensurepip out of the interpreter package.
    python=${2:-python3.11}
    "$python" -c "import ensurepip, venv" 2>/dev/null && exit 0
    packages=("$(basename "$python")-venv")
    ;;
  run) packages+=("${window_packages[@]}") ;;
  # desktop-file-validate checks the .desktop entry; dbus-daemon and gdbus (libglib2.0-bin) give the
  # notification and media player tests their private bus and its client.
  test) packages+=(desktop-file-utils dbus libglib2.0-bin) ;;
  # pulseaudio: a private null-sink server for the heard-cues benchmark (recorded with parec).
  bench) packages+=("${window_packages[@]}" xvfb xdotool x11-utils pulseaudio pulseaudio-utils) ;;
  *) echo "usage: $0 [run|test|bench|venv PYTHON]" >&2; exit 2 ;;
esac
command -v dpkg-query >/dev/null 2>&1 || exit 0  # not Debian: nothing we can check
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  echo "Installing system libraries: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "Backpain Timer needs these system libraries. Please run:" >&2
  echo "  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
