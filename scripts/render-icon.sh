#!/usr/bin/env bash
# Redraws plugin/icons/mail_doctor.png (48x48, cPanel and WHM) from the SVG
# after the SVG changed. The PNG is committed, so neither the build nor the
# installer needs this; it needs rsvg-convert (apt-get install librsvg2-bin).
set -euo pipefail

icons=$(cd "$(dirname "${BASH_SOURCE[0]}")/../plugin/icons" && pwd -P)
command -v rsvg-convert >/dev/null || {
  printf 'render-icon.sh: rsvg-convert is missing (apt-get install librsvg2-bin)\n' >&2
  exit 1
}
rsvg-convert --width 48 --height 48 --format png \
  --output "$icons/mail_doctor.png" "$icons/mail_doctor.svg"
printf '%s\n' "$icons/mail_doctor.png"
