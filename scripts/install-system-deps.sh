#!/usr/bin/env bash
# Installs the Debian packages the test suite needs (shellcheck for the
# install scripts, chromium for the browser tests, openssl for the HTTPS
# test's certificate, postgresql for the central history store tests, which
# start their own cluster, Exim and Dovecot for the connection probe tests,
# which start their own servers on loopback) when they are missing.
# Runs before the tests, so `npm ci && npm test` is the whole set-up on a
# fresh Debian machine. Without root or apt-get it only says what is missing.
set -euo pipefail

missing=()
command -v shellcheck >/dev/null 2>&1 || missing+=(shellcheck)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
# The HTTPS transport test makes a self-signed certificate with openssl.
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
# Debian keeps initdb and pg_ctl off the PATH, under the major version's folder.
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
[ -x /usr/sbin/exim4 ] || missing+=(exim4-daemon-light)
[ -x /usr/sbin/dovecot ] && [ -e /usr/lib/dovecot/imap ] || missing+=(dovecot-imapd)
[ -e /usr/lib/dovecot/pop3 ] || missing+=(dovecot-pop3d)

if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing system packages for the tests: ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  # The tests start Exim and Dovecot themselves; the system's own daemons are not needed, so the
  # packages' start scripts are stopped (policy-rc.d exit 101) during the install, and their
  # services disabled after it, when nothing else had installed them before.
  own_policy=0
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod 755 /usr/sbin/policy-rc.d && own_policy=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  if [ "$own_policy" -eq 1 ]; then rm -f /usr/sbin/policy-rc.d; fi
  if command -v systemctl >/dev/null 2>&1 && [ -d /run/systemd/system ]; then
    for unit in exim4 dovecot; do
      case " ${missing[*]} " in *" ${unit%4}"*) systemctl disable --now "$unit" >/dev/null 2>&1 || true ;; esac
    done
  fi
else
  echo "the tests need these system packages: ${missing[*]} (install them with apt-get as root)" >&2
fi
