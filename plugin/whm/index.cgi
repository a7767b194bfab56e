#!/bin/sh
# Mail Doctor: the WHM page, registered with AppConfig (mail_doctor.conf).
# cpsrvd runs it as root and passes the WHM user (root or a reseller) in
# REMOTE_USER. install.sh fills in @NODE@ and @APP_DIR@ when it installs it.
node='@NODE@'
app='@APP_DIR@/dist/web/cgi.js'
if [ ! -x "$node" ] || [ ! -r "$app" ]; then
  printf 'Status: 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n'
  printf 'Mail Doctor is not installed completely (%s or %s is missing). Run install.sh again.\n' "$node" "$app"
  exit 0
fi
exec "$node" "$app" whm
