#!/bin/sh
# Mail Doctor: the page behind the icon in cPanel (Jupiter theme, Email group).
# cpsrvd runs *.live.cgi as the logged-in cPanel user, with the LiveAPI socket
# in CPANEL_CONNECT_SOCKET. This wrapper only starts the application; install.sh
# fills in @NODE@ and @APP_DIR@ when it copies this file into the theme.
node='@NODE@'
app='@APP_DIR@/dist/web/cgi.js'
if [ ! -x "$node" ] || [ ! -r "$app" ]; then
  printf 'Status: 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n'
  printf 'Mail Doctor is not installed completely (%s or %s is missing). Ask your hosting provider to run install.sh again.\n' "$node" "$app"
  exit 0
fi
exec "$node" "$app" cpanel
