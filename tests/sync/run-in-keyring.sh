#!/bin/sh
# Runs a command with a Secret Service (gnome-keyring) for QtKeychain: reuses the session that
# scripts/test sets up, or starts a private D-Bus session with an unlocked keyring.
if [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] && [ -z "${HIREX_PRIVATE_KEYRING:-}" ]; then
  exec "$@"
fi
exec dbus-run-session -- sh -c 'echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; exec "$@"' sh "$@"
