#!/usr/bin/env bash
# Installs the Debian packages the test suite needs (shellcheck for the
# install scripts, chromium for the browser tests, openssl for the HTTPS
# test's certificate, postgresql for the
# central history store tests, which start their own cluster) when they are
# missing.
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

if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing system packages for the tests: ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "the tests need these system packages: ${missing[*]} (install them with apt-get as root)" >&2
fi
