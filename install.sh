#!/usr/bin/env bash
# Mail Doctor installer for cPanel & WHM.
#
#   ./install.sh                      install, or upgrade in place
#   ./install.sh --uninstall          remove; keep configuration and history
#   ./install.sh --uninstall --purge  remove everything, configuration and history too
#
# Run it from an unpacked release (npm run package) or from a source checkout
# after `npm ci && npm run build`. Every run prints one line per step and is
# safe to repeat: a step whose result is already in place changes nothing.
# See usage() for the options, plugin/README.md for what goes where.
if [ -z "${BASH_VERSION:-}" ]; then
  echo "install.sh: run it with bash (./install.sh or bash install.sh), not sh" >&2
  exit 1
fi
set -euo pipefail
# Byte order for every sort and comparison of file lists.
export LC_ALL=C

readonly PLUGIN_ID=mail_doctor          # cPanel plugin id and feature, AppConfig name, directory names
readonly UNIT_NAME=mail-doctor.service
readonly APP_DIR_SYS=/usr/local/mail-doctor
readonly CONFIG_DIR_SYS=/etc/mail-doctor
readonly STATE_DIR_SYS=/var/lib/mail-doctor
readonly THEME_SYS=/usr/local/cpanel/base/frontend/jupiter
readonly WHM_DOCROOT_SYS=/usr/local/cpanel/whostmgr/docroot
readonly UNIT_FILE_SYS=/etc/systemd/system/$UNIT_NAME
readonly MIN_NODE_MAJOR=20
# The CGI bridge's dependencies load ES modules with require(), which Node.js has done since 20.19.
readonly MIN_NODE_MINOR=19
readonly MIN_CPANEL_MAJOR=100
# cPanel's EA4 Node.js packages, in the order they are tried, then `node` on PATH.
readonly EA_NODE_VERSIONS=(20 22 24)

MODE=install
PURGE=0
ROOT=
SOURCE=
ALLOW_NON_ROOT=0
AS_ROOT=1
CHANGES=0
WORK=

usage() {
  cat <<EOF
Usage: install.sh [--uninstall [--purge]] [--source DIR] [--root DIR [--allow-non-root]]

Installs Mail Doctor on a cPanel & WHM server: the application in $APP_DIR_SYS,
the icon in every customer's cPanel (Email group, feature "$PLUGIN_ID" in
Feature Manager), the page in WHM, the configuration $CONFIG_DIR_SYS/config.yaml,
the history directory $STATE_DIR_SYS and the systemd service $UNIT_NAME.

  --uninstall       remove Mail Doctor; the configuration and history stay
  --purge           with --uninstall: remove the configuration and history too
  --source DIR      where the release files are (default: this script's directory)
  --root DIR        act on a filesystem tree rooted at DIR instead of / (tests)
  --allow-non-root  with --root: do not insist on running as root
  -h, --help        show this help

Environment: MAIL_DOCTOR_NODE=/path/to/node chooses the Node.js binary
(otherwise: /opt/cpanel/ea-nodejs20/bin/node, ea-nodejs22, ea-nodejs24, node on PATH).
EOF
}

die() {
  printf 'install.sh: error: %s\n' "$*" >&2
  exit 1
}

warn() {
  printf 'install.sh: warning: %s\n' "$*" >&2
}

# step STATUS TEXT: one line of the report. Statuses that mean "already so"
# do not count as changes.
step() {
  printf '  %-12s %s\n' "[$1]" "$2"
  case $1 in
    unchanged | kept | absent) ;;
    *) CHANGES=$((CHANGES + 1)) ;;
  esac
}

parse_args() {
  while (($# > 0)); do
    case $1 in
      --uninstall) MODE=uninstall ;;
      --purge) PURGE=1 ;;
      --allow-non-root) ALLOW_NON_ROOT=1 ;;
      --root | --source)
        (($# >= 2)) || die "$1 needs a directory"
        # An empty --root would silently mean the real /: a usage error instead.
        [[ -n $2 ]] || die "$1 needs a directory, not an empty string"
        if [[ $1 == --root ]]; then ROOT=$2; else SOURCE=$2; fi
        shift
        ;;
      --root=*)
        ROOT=${1#--root=}
        [[ -n $ROOT ]] || die "--root= needs a directory, not an empty string"
        ;;
      --source=*) SOURCE=${1#--source=} ;;
      -h | --help)
        usage
        exit 0
        ;;
      *)
        usage >&2
        die "unknown option: $1"
        ;;
    esac
    shift
  done
  if ((PURGE)) && [[ $MODE != uninstall ]]; then die "--purge only goes with --uninstall"; fi
  if ((ALLOW_NON_ROOT)) && [[ -z $ROOT ]]; then die "--allow-non-root only goes with --root"; fi
  if [[ -n $ROOT ]]; then
    [[ -d $ROOT ]] || die "--root $ROOT is not a directory"
    ROOT=$(cd "$ROOT" && pwd -P)
    if [[ $ROOT == / ]]; then ROOT=; fi
  fi
}

# Only builtins up to here and in the checks below, so that a test can run the
# refusals with an empty PATH.
check_root() {
  ((EUID == 0)) && return 0
  if ((ALLOW_NON_ROOT)); then
    AS_ROOT=0
    return 0
  fi
  die "run this as root (for example: sudo ./install.sh)"
}

CPANEL_VERSION=
check_cpanel() {
  local version_file="$ROOT/usr/local/cpanel/version" major
  if [[ ! -f $version_file ]]; then
    die "cPanel & WHM was not found: $version_file is missing. Mail Doctor is a cPanel & WHM plugin and installs only on a cPanel & WHM server."
  fi
  CPANEL_VERSION=$(<"$version_file")
  CPANEL_VERSION=${CPANEL_VERSION//[[:space:]]/}
  # The version file holds e.g. 11.124.0.12; the second number is the release.
  if [[ ! $CPANEL_VERSION =~ ^11\.([0-9]+)(\.[0-9]+)*$ ]]; then
    die "cannot read the cPanel & WHM version in $version_file (found \"$CPANEL_VERSION\")"
  fi
  major=${BASH_REMATCH[1]}
  if ((major < MIN_CPANEL_MAJOR)); then
    die "cPanel & WHM $CPANEL_VERSION is too old: Mail Doctor needs version $MIN_CPANEL_MAJOR or later (the Jupiter theme and install_plugin)"
  fi
}

cpanel_tool() {
  case $1 in
    install_plugin | uninstall_plugin) printf '%s/usr/local/cpanel/scripts/%s' "$ROOT" "$1" ;;
    *) printf '%s/usr/local/cpanel/bin/%s' "$ROOT" "$1" ;;
  esac
}

check_cpanel_tools() {
  local tool
  for tool in install_plugin uninstall_plugin register_appconfig unregister_appconfig; do
    [[ -x $(cpanel_tool "$tool") ]] || die "cPanel's $tool is missing ($(cpanel_tool "$tool")); is this a complete cPanel & WHM installation?"
  done
}

# The Node.js binary: NODE_RUN is the file to execute now, NODE_SYS the path
# the server will use (the same file without the --root prefix).
NODE_RUN=
NODE_SYS=
NODE_VERSION=
find_node() {
  local -a candidates=()
  local candidate version on_path found_old=""
  if [[ -n ${MAIL_DOCTOR_NODE:-} ]]; then
    candidates=("$MAIL_DOCTOR_NODE")
  else
    for version in "${EA_NODE_VERSIONS[@]}"; do
      candidates+=("$ROOT/opt/cpanel/ea-nodejs$version/bin/node")
    done
    if on_path=$(command -v node); then candidates+=("$on_path"); fi
  fi
  for candidate in "${candidates[@]}"; do
    [[ -f $candidate && -x $candidate ]] || continue
    version=$("$candidate" -e 'process.stdout.write(process.versions.node)' 2>/dev/null) || continue
    version=${version//[[:space:]]/}
    if [[ $version =~ ^([0-9]+)\.([0-9]+)\. ]] &&
      ((BASH_REMATCH[1] > MIN_NODE_MAJOR || (BASH_REMATCH[1] == MIN_NODE_MAJOR && BASH_REMATCH[2] >= MIN_NODE_MINOR))); then
      NODE_RUN=$candidate
      NODE_VERSION=$version
      NODE_SYS=$candidate
      if [[ -n $ROOT && $candidate == "$ROOT"/* ]]; then NODE_SYS=${candidate#"$ROOT"}; fi
      return 0
    fi
    found_old+=" $candidate (Node.js $version)"
  done
  local looked="/opt/cpanel/ea-nodejs{20,22,24}/bin/node and node on PATH"
  [[ -n ${MAIL_DOCTOR_NODE:-} ]] && looked="MAIL_DOCTOR_NODE=$MAIL_DOCTOR_NODE"
  local why="no Node.js found (looked at $looked)"
  [[ -n $found_old ]] && why="only older Node.js found:$found_old"
  die "Mail Doctor needs Node.js $MIN_NODE_MAJOR.$MIN_NODE_MINOR or newer; $why.
  Install cPanel's EA4 package ea-nodejs20 and run install.sh again:
    dnf install -y ea-nodejs20      (AlmaLinux, Rocky Linux, CloudLinux 8 and later)
    yum install -y ea-nodejs20      (CentOS 7, CloudLinux 7)
    apt-get install -y ea-nodejs20  (Ubuntu)
  or install Node.js $MIN_NODE_MAJOR.$MIN_NODE_MINOR+ from your operating system's packages (nodejs)."
}

# A path written into a CGI wrapper or the unit must need no quoting.
check_plain_path() {
  [[ $2 =~ ^/[A-Za-z0-9._+/-]+$ ]] || die "$1 path \"$2\" contains characters this installer does not write into scripts; use a path of letters, digits and ._+-/"
}

find_source() {
  if [[ -z $SOURCE ]]; then
    SOURCE=${BASH_SOURCE[0]}
    if [[ $SOURCE == */* ]]; then SOURCE=${SOURCE%/*}; else SOURCE=.; fi
  fi
  [[ -d $SOURCE ]] || die "--source $SOURCE is not a directory"
  SOURCE=$(cd "$SOURCE" && pwd -P)
}

check_source() {
  [[ -f $SOURCE/package.json && -f $SOURCE/plugin/cpanel/install.json ]] ||
    die "$SOURCE is not a Mail Doctor release or source checkout (package.json or plugin/cpanel/install.json missing); give --source DIR"
  [[ -f $SOURCE/dist/cli/main.js ]] ||
    die "$SOURCE/dist/cli/main.js is missing: in a source checkout run \`npm ci && npm run build\` first, or install from a release archive (npm run package)"
  [[ -f $SOURCE/package-lock.json && -d $SOURCE/node_modules ]] ||
    die "$SOURCE has no package-lock.json or node_modules: run \`npm ci\` there first, or install from a release archive"
  [[ -f $SOURCE/scripts/production-packages.js ]] || die "$SOURCE/scripts/production-packages.js is missing"
  if [[ -d $ROOT$APP_DIR_SYS && $SOURCE == "$(cd "$ROOT$APP_DIR_SYS" && pwd -P)" ]]; then
    die "this is the installed copy in $APP_DIR_SYS; it can only --uninstall. Install or upgrade from an unpacked release or a source checkout."
  fi
  [[ -f $SOURCE/dist/web/cgi.js ]] ||
    warn "$SOURCE/dist/web/cgi.js is missing: the cPanel and WHM pages will answer \"503 not installed completely\" until a release that has it is installed"
}

# ---------------------------------------------------------------- file helpers

set_owner() {
  ((AS_ROOT)) || return 0
  chown "$@"
}

# ensure_dir DIR MODE: create DIR (root-owned, MODE) if it is missing.
# Returns 0 when it created the directory, 1 when it was there already.
ensure_dir() {
  [[ -d $1 ]] && return 1
  mkdir -p "$1"
  chmod "$2" "$1"
  set_owner 0:0 "$1"
  return 0
}

# place_file SRC DEST MODE: put SRC at DEST (root-owned, MODE) unless DEST has
# that content and mode already. The new file is moved into place, so a CGI
# being served at that moment sees either the old or the new file.
# Returns 0 when it wrote DEST, 1 when DEST was up to date.
place_file() {
  local src=$1 dest=$2 mode=$3 tmp
  if [[ -f $dest ]] && cmp -s "$src" "$dest" && [[ $(stat -c %a "$dest") == "${mode#0}" ]]; then
    return 1
  fi
  mkdir -p "${dest%/*}"
  tmp=$(mktemp "${dest%/*}/.${dest##*/}.XXXXXX")
  cp "$src" "$tmp"
  chmod "$mode" "$tmp"
  set_owner 0:0 "$tmp"
  mv -f "$tmp" "$dest"
  return 0
}

# render TEMPLATE OUT: fill in the Node.js binary and the application directory.
render() {
  sed -e "s|@NODE@|$NODE_SYS|g" -e "s|@APP_DIR@|$APP_DIR_SYS|g" "$1" >"$2"
  if grep -q '@[A-Z_]*@' "$2"; then die "$1 has a placeholder install.sh does not know: $(grep -o '@[A-Z_]*@' "$2" | head -n 1)"; fi
}

make_work() {
  WORK=$(mktemp -d)
  trap 'rm -rf -- "$WORK"' EXIT
}

# manifest DIR [ENTRY...]: "sha256  relative/path" for every file under DIR
# (or under its ENTRYs), one line each, sorted. The generated/ directory is
# left out: install.sh writes it, the release does not have it.
manifest() {
  local dir=$1
  shift
  if (($# == 0)); then set -- .; fi
  (cd "$dir" && find "$@" -path ./generated -prune -o -type f -print0 | sed -z 's|^\./||' | xargs -0 -r sha256sum) | sort
}

# paths MANIFEST: the relative paths of a manifest, sorted.
paths() {
  cut -c 67- "$1" | sort
}

# The cPanel plugin archive install_plugin takes: one top-level directory
# holding install.json and the icons. Built with fixed names, owners, modes
# and times so the same files always give the same bytes, and a re-run can
# tell by comparing archives whether cPanel needs to hear about it again.
build_plugin_archive() {
  local from=$1 out=$2 stage
  stage=$(mktemp -d "$WORK/archive.XXXXXX")
  mkdir "$stage/$PLUGIN_ID"
  cp "$from/plugin/cpanel/install.json" "$from/plugin/icons/$PLUGIN_ID.svg" "$from/plugin/icons/$PLUGIN_ID.png" "$stage/$PLUGIN_ID/"
  chmod 0755 "$stage/$PLUGIN_ID"
  chmod 0644 "$stage/$PLUGIN_ID"/*
  touch -d @0 "$stage/$PLUGIN_ID" "$stage/$PLUGIN_ID"/*
  tar -C "$stage" --owner=0 --group=0 --numeric-owner --no-recursion -cf - \
    "$PLUGIN_ID" "$PLUGIN_ID/install.json" "$PLUGIN_ID/$PLUGIN_ID.svg" "$PLUGIN_ID/$PLUGIN_ID.png" |
    gzip -n -9 >"$out"
}

# run_tool NAME ARGS...: run one of cPanel's scripts (or systemctl), showing
# its output only when it fails.
run_tool() {
  local tool=$1 log
  shift
  log=$(mktemp "$WORK/log.XXXXXX")
  if ! "$tool" "$@" >"$log" 2>&1; then
    cat "$log" >&2
    die "${tool##*/} $* failed (output above)"
  fi
}

SYSTEMCTL=
find_systemctl() {
  if [[ -n $ROOT ]]; then
    SYSTEMCTL=$ROOT/usr/bin/systemctl
  else
    SYSTEMCTL=$(command -v systemctl) || SYSTEMCTL=
  fi
  [[ -n $SYSTEMCTL && -x $SYSTEMCTL ]] || SYSTEMCTL=
}

# ---------------------------------------------------------------- install steps

APP_CHANGED=0
CHANGED_LIST=
install_application() {
  local app=$ROOT$APP_DIR_SYS entry
  local -a entries=(dist bin plugin package.json package-lock.json install.sh scripts/production-packages.js)
  for entry in templates README.md LICENSE LICENSE.md; do
    [[ -e $SOURCE/$entry ]] && entries+=("$entry")
  done
  local modules
  modules=$("$NODE_RUN" "$SOURCE/scripts/production-packages.js" "$SOURCE") ||
    die "cannot list the production dependencies in $SOURCE"
  while IFS= read -r entry; do
    [[ -n $entry ]] && entries+=("$entry")
  done <<<"$modules"

  manifest "$SOURCE" "${entries[@]}" >"$WORK/source.sha256"
  if [[ -d $app ]]; then manifest "$app" >"$WORK/installed.sha256"; else : >"$WORK/installed.sha256"; fi
  if grep -q '^[\]' "$WORK/source.sha256"; then
    die "a file name in $SOURCE contains a backslash or a line break: $(grep '^[\]' "$WORK/source.sha256" | head -n 1)"
  fi

  # Files that are new or different, and installed files no release has any more.
  CHANGED_LIST=$WORK/changed.list
  comm -23 "$WORK/source.sha256" "$WORK/installed.sha256" | cut -c 67- >"$CHANGED_LIST"
  comm -13 <(paths "$WORK/source.sha256") <(paths "$WORK/installed.sha256") >"$WORK/stale.list"
  local total changed stale
  total=$(wc -l <"$WORK/source.sha256")
  changed=$(wc -l <"$CHANGED_LIST")
  stale=$(wc -l <"$WORK/stale.list")

  if ((changed == 0 && stale == 0)); then
    step unchanged "application: $APP_DIR_SYS ($total files) is up to date"
    return
  fi
  local fresh=0
  ensure_dir "$app" 0755 && fresh=1
  if ((changed > 0)); then
    tr '\n' '\0' <"$CHANGED_LIST" | tar -C "$SOURCE" --null -T - -cf - | tar -C "$app" -xf - --no-same-owner
  fi
  if ((stale > 0)); then
    (cd "$app" && tr '\n' '\0' <"$WORK/stale.list" | xargs -0 rm -f --)
    find "$app" -mindepth 1 -depth -type d -empty -delete
  fi
  # Readable by everyone (the cPanel page runs as the customer), writable by root only.
  chmod -R u+rwX,go+rX,go-w "$app"
  set_owner -R 0:0 "$app"
  APP_CHANGED=1
  if ((fresh)); then
    step installed "application: $total files in $APP_DIR_SYS"
  else
    step updated "application: $changed files new or changed, $stale removed in $APP_DIR_SYS"
  fi
}

install_config() {
  local dir=$ROOT$CONFIG_DIR_SYS file=$ROOT$CONFIG_DIR_SYS/config.yaml
  ensure_dir "$dir" 0700 || true
  if [[ -e $file ]]; then
    step kept "configuration: $CONFIG_DIR_SYS/config.yaml exists and is left as it is (the shipped default is $APP_DIR_SYS/plugin/config/config.yaml)"
    return
  fi
  place_file "$SOURCE/plugin/config/config.yaml" "$file" 0600 || true
  step created "configuration: $CONFIG_DIR_SYS/config.yaml (mode 0600; edit it, then: systemctl restart $UNIT_NAME)"
}

install_state_dir() {
  if ensure_dir "$ROOT$STATE_DIR_SYS" 0700; then
    step created "history: $STATE_DIR_SYS (mode 0700)"
  else
    step kept "history: $STATE_DIR_SYS exists and is left as it is"
  fi
}

install_cpanel_page() {
  render "$SOURCE/plugin/cpanel/index.live.cgi" "$WORK/index.live.cgi"
  if place_file "$WORK/index.live.cgi" "$ROOT$THEME_SYS/$PLUGIN_ID/index.live.cgi" 0755; then
    step installed "cPanel page: $THEME_SYS/$PLUGIN_ID/index.live.cgi"
  else
    step unchanged "cPanel page: $THEME_SYS/$PLUGIN_ID/index.live.cgi"
  fi
}

install_whm_page() {
  render "$SOURCE/plugin/whm/index.cgi" "$WORK/index.cgi"
  local changed=0
  place_file "$WORK/index.cgi" "$ROOT$WHM_DOCROOT_SYS/cgi/$PLUGIN_ID/index.cgi" 0755 && changed=1
  place_file "$SOURCE/plugin/icons/$PLUGIN_ID.png" "$ROOT$WHM_DOCROOT_SYS/addon_plugins/$PLUGIN_ID.png" 0644 && changed=1
  if ((changed)); then
    step installed "WHM page: $WHM_DOCROOT_SYS/cgi/$PLUGIN_ID/index.cgi and icon addon_plugins/$PLUGIN_ID.png"
  else
    step unchanged "WHM page: $WHM_DOCROOT_SYS/cgi/$PLUGIN_ID/index.cgi and icon addon_plugins/$PLUGIN_ID.png"
  fi
}

# install_plugin is re-run only when the plugin archive changed or cPanel has
# no record of the plugin (its dynamicui entry is gone); it is safe to repeat.
install_cpanel_plugin() {
  local archive_sys=$APP_DIR_SYS/generated/$PLUGIN_ID-cpanel-plugin.tar.gz
  local archive=$ROOT$archive_sys
  local registered=$ROOT$THEME_SYS/dynamicui/dynamicui_$PLUGIN_ID.conf
  build_plugin_archive "$SOURCE" "$WORK/plugin.tar.gz"
  ensure_dir "${archive%/*}" 0755 || true
  if ! place_file "$WORK/plugin.tar.gz" "$archive" 0644 && [[ -f $registered ]]; then
    step unchanged "cPanel icon: plugin $PLUGIN_ID is registered (Email group, feature $PLUGIN_ID)"
    return
  fi
  run_tool "$(cpanel_tool install_plugin)" "$archive" --theme=jupiter
  step registered "cPanel icon: install_plugin $archive_sys --theme=jupiter (Email group, feature $PLUGIN_ID)"
}

# register_appconfig validates the file, copies it to /var/cpanel/apps and
# restarts cpsrvd, so it runs only when the file changed or is not registered.
register_whm_app() {
  local conf_rel=plugin/whm/$PLUGIN_ID.conf
  local registered=$ROOT/var/cpanel/apps/$PLUGIN_ID.conf
  if [[ -f $registered ]] && ! grep -qxF "$conf_rel" "$CHANGED_LIST"; then
    step unchanged "WHM registration: AppConfig $PLUGIN_ID is registered"
    return
  fi
  run_tool "$(cpanel_tool register_appconfig)" "$ROOT$APP_DIR_SYS/$conf_rel"
  step registered "WHM registration: register_appconfig $APP_DIR_SYS/$conf_rel"
}

install_service() {
  [[ -n $SYSTEMCTL ]] || die "systemctl was not found; Mail Doctor's background checks need systemd"
  local unit=$ROOT$UNIT_FILE_SYS unit_changed=0 running=0
  if [[ -f $unit ]] &&
    "$SYSTEMCTL" is-enabled --quiet "$UNIT_NAME" >/dev/null 2>&1 &&
    "$SYSTEMCTL" is-active --quiet "$UNIT_NAME" >/dev/null 2>&1; then
    running=1
  fi
  render "$SOURCE/plugin/systemd/$UNIT_NAME" "$WORK/$UNIT_NAME"
  if place_file "$WORK/$UNIT_NAME" "$unit" 0644; then
    unit_changed=1
    run_tool "$SYSTEMCTL" daemon-reload
  fi
  if ((!running)); then
    run_tool "$SYSTEMCTL" enable --now "$UNIT_NAME"
    step started "service: $UNIT_FILE_SYS enabled and started"
  elif ((unit_changed || APP_CHANGED)); then
    run_tool "$SYSTEMCTL" restart "$UNIT_NAME"
    step restarted "service: $UNIT_NAME restarted on the new version"
  else
    step unchanged "service: $UNIT_NAME is enabled and running"
  fi
}

# ---------------------------------------------------------------- uninstall steps

remove_path() {
  local label=$1 path_sys=$2
  # ROOT is empty on a real server: what guards the removal is that the path is absolute and not / itself.
  [[ $path_sys == /?* ]] || die "internal error: refusing to remove \"$path_sys\""
  if [[ -e $ROOT$path_sys ]]; then
    rm -rf -- "$ROOT$path_sys"
    step removed "$label: $path_sys"
  else
    step absent "$label: $path_sys"
  fi
}

uninstall_service() {
  local unit=$ROOT$UNIT_FILE_SYS
  if [[ ! -e $unit ]]; then
    step absent "service: $UNIT_FILE_SYS"
    return
  fi
  if [[ -n $SYSTEMCTL ]]; then
    run_tool "$SYSTEMCTL" stop "$UNIT_NAME"
    run_tool "$SYSTEMCTL" disable "$UNIT_NAME"
  else
    warn "systemctl was not found; removing the unit file only"
  fi
  rm -f -- "$unit"
  if [[ -n $SYSTEMCTL ]]; then run_tool "$SYSTEMCTL" daemon-reload; fi
  step removed "service: $UNIT_NAME stopped, disabled and $UNIT_FILE_SYS removed"
}

uninstall_cpanel_plugin() {
  local archive=$ROOT$APP_DIR_SYS/generated/$PLUGIN_ID-cpanel-plugin.tar.gz
  local registered=$ROOT$THEME_SYS/dynamicui/dynamicui_$PLUGIN_ID.conf
  local tool
  tool=$(cpanel_tool uninstall_plugin)
  if [[ ! -f $archive && ! -f $registered ]]; then
    step absent "cPanel icon: plugin $PLUGIN_ID"
    return
  fi
  [[ -x $tool ]] || die "cPanel's uninstall_plugin is missing ($tool)"
  if [[ ! -f $archive ]]; then
    # Installed by hand or the application directory is gone: rebuild the
    # archive uninstall_plugin reads the plugin id from.
    [[ -f $SOURCE/plugin/cpanel/install.json ]] || die "cannot find the plugin archive ($archive) to give uninstall_plugin; run install.sh --uninstall from an unpacked release"
    archive=$WORK/plugin.tar.gz
    build_plugin_archive "$SOURCE" "$archive"
  fi
  run_tool "$tool" "$archive" --theme=jupiter
  step removed "cPanel icon: uninstall_plugin --theme=jupiter (the feature leaves Feature Manager)"
}

unregister_whm_app() {
  local tool
  tool=$(cpanel_tool unregister_appconfig)
  if [[ ! -f $ROOT/var/cpanel/apps/$PLUGIN_ID.conf ]]; then
    step absent "WHM registration: AppConfig $PLUGIN_ID"
    return
  fi
  [[ -x $tool ]] || die "cPanel's unregister_appconfig is missing ($tool)"
  run_tool "$tool" "$PLUGIN_ID"
  step removed "WHM registration: unregister_appconfig $PLUGIN_ID"
}

# ---------------------------------------------------------------- main

do_install() {
  check_cpanel_tools
  find_node
  check_plain_path "Node.js" "$NODE_SYS"
  make_work
  find_source
  check_source
  find_systemctl
  local version
  version=$("$NODE_RUN" -p 'require(process.argv[1]).version' "$SOURCE/package.json")
  printf 'Mail Doctor %s: installing on cPanel & WHM %s with Node.js %s (%s)%s\n' \
    "$version" "$CPANEL_VERSION" "$NODE_VERSION" "$NODE_SYS" "${ROOT:+, filesystem root $ROOT}"
  install_application
  install_config
  install_state_dir
  install_cpanel_page
  install_whm_page
  install_cpanel_plugin
  register_whm_app
  install_service
  if ((CHANGES == 0)); then
    printf 'Nothing changed: Mail Doctor %s is installed and up to date.\n' "$version"
  else
    printf 'Mail Doctor %s is installed (%d steps changed something).\n' "$version" "$CHANGES"
    printf '  cPanel: Email > Mail Doctor (WHM > Feature Manager: feature "%s"); WHM: Plugins > Mail Doctor.\n' "$PLUGIN_ID"
  fi
}

do_uninstall() {
  make_work
  find_source
  find_systemctl
  local what=Mail\ Doctor
  if ((PURGE)); then what+=" with its configuration and history"; fi
  printf 'Removing %s from cPanel & WHM %s%s\n' "$what" "$CPANEL_VERSION" "${ROOT:+, filesystem root $ROOT}"
  uninstall_service
  uninstall_cpanel_plugin
  unregister_whm_app
  remove_path "WHM page" "$WHM_DOCROOT_SYS/cgi/$PLUGIN_ID"
  remove_path "WHM icon" "$WHM_DOCROOT_SYS/addon_plugins/$PLUGIN_ID.png"
  remove_path "cPanel page" "$THEME_SYS/$PLUGIN_ID"
  remove_path "application" "$APP_DIR_SYS"
  if ((PURGE)); then
    remove_path "configuration" "$CONFIG_DIR_SYS"
    remove_path "history" "$STATE_DIR_SYS"
  else
    if [[ -e $ROOT$CONFIG_DIR_SYS ]]; then step kept "configuration: $CONFIG_DIR_SYS (to remove it too: install.sh --uninstall --purge from the release, or rm -r)"; fi
    if [[ -e $ROOT$STATE_DIR_SYS ]]; then step kept "history: $STATE_DIR_SYS (to remove it too: install.sh --uninstall --purge from the release, or rm -r)"; fi
  fi
  if ((CHANGES == 0)); then
    printf 'Nothing to remove: Mail Doctor is not installed.\n'
  else
    printf 'Mail Doctor is removed (%d steps changed something).\n' "$CHANGES"
  fi
}

main() {
  parse_args "$@"
  check_root
  check_cpanel
  if [[ $MODE == install ]]; then do_install; else do_uninstall; fi
}

main "$@"
