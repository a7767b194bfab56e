#!/usr/bin/env bash
# Builds the release archive install.sh installs from, offline:
#   release/mail-doctor-<version>.tar.gz  (+ .sha256)
# holding one directory mail-doctor-<version>/ with install.sh, the built
# dist/, bin/, plugin/, the production node_modules (no devDependencies),
# package.json, package-lock.json and the helper install.sh needs.
#
# Usage: scripts/package.sh [--out DIR]    (npm run package builds dist/ first)
set -euo pipefail
export LC_ALL=C

die() {
  printf 'package.sh: error: %s\n' "$*" >&2
  exit 1
}

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
out=$repo/release
while (($# > 0)); do
  case $1 in
    --out)
      (($# >= 2)) || die "--out needs a directory"
      out=$2
      shift
      ;;
    -h | --help)
      sed -n '2,8p' "${BASH_SOURCE[0]}"
      exit 0
      ;;
    *) die "unknown option: $1" ;;
  esac
  shift
done

command -v node >/dev/null || die "node is not on PATH"
[[ -f $repo/dist/cli/main.js ]] || die "dist/ is not built: run \`npm run build\` (npm run package does it for you)"
[[ -d $repo/node_modules ]] || die "node_modules is missing: run \`npm ci\` first"

version=$(node -p 'require(process.argv[1]).version' "$repo/package.json")
name=mail-doctor-$version
stage=$(mktemp -d)
trap 'rm -rf -- "$stage"' EXIT
dest=$stage/$name
mkdir -p "$dest/scripts"

# The application and the installer.
entries=(install.sh package.json package-lock.json bin dist plugin)
for optional in templates README.md LICENSE LICENSE.md; do
  if [[ -e $repo/$optional ]]; then entries+=("$optional"); fi
done
# The benchmarks build to dist-bench/ and are no part of a release; a dist/bench/ left by an older build stays out too.
tar -C "$repo" --exclude=dist/bench -cf - "${entries[@]}" | tar -C "$dest" -xf -
cp "$repo/scripts/production-packages.js" "$dest/scripts/"

# Production dependencies only, chosen from package-lock.json.
mapfile -t modules < <(node "$repo/scripts/production-packages.js" "$repo")
((${#modules[@]} > 0)) || die "no production dependencies found in $repo/package-lock.json"
tar -C "$repo" -cf - "${modules[@]}" | tar -C "$dest" -xf -

# No devDependency may have slipped in, and every production one must be there.
while IFS= read -r dev; do
  [[ -z $dev || ! -e $dest/node_modules/$dev ]] || die "devDependency $dev ended up in the release"
done < <(node -e 'for (const d of Object.keys(require(process.argv[1]).devDependencies ?? {})) console.log(d)' "$repo/package.json")
if command -v npm >/dev/null; then
  (cd "$dest" && npm ls --omit=dev --all --offline >/dev/null 2>"$stage/npm-ls.log") ||
    die "the production dependencies are incomplete: $(cat "$stage/npm-ls.log")"
fi

mkdir -p "$out"
archive=$(cd "$out" && pwd -P)/$name.tar.gz
tar -C "$stage" --sort=name --owner=0 --group=0 --numeric-owner -cf - "$name" | gzip -n -6 >"$archive"
(cd "${archive%/*}" && sha256sum "${archive##*/}" >"${archive##*/}.sha256")
printf '%s (%s, %d production packages)\n' "$archive" "$(du -h "$archive" | cut -f 1)" "${#modules[@]}"
printf 'Install on a cPanel & WHM server: tar xzf %s && cd %s && ./install.sh\n' "${archive##*/}" "$name"
