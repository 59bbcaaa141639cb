#!/bin/sh
# Runs a test binary against a real Secret Service: a private D-Bus session bus with an unlocked
# gnome-keyring (secrets component only) and a throw-away HOME, so no real keyring is touched.
# Usage: run_keychain_real.sh <test-binary> [args...]
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir -p "$tmp/home" "$tmp/run"
chmod 700 "$tmp/run"
export HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/run" XDG_DATA_HOME="$tmp/home/.local/share"
export XDG_CONFIG_HOME="$tmp/home/.config" XDG_CACHE_HOME="$tmp/home/.cache"
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION KDE_SESSION_VERSION GNOME_DESKTOP_SESSION_ID \
      DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL
export WAMULTI_KEYCHAIN=on WAMULTI_KEYCHAIN_REAL_TEST=1
dbus-run-session -- sh -c 'printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' sh "$@"
