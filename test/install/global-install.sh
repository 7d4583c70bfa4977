#!/usr/bin/env bash
# The install a user makes: pack the package, install the tarball globally into a temporary prefix
# (npm builds better-sqlite3 there), then run roadmap from that install. Run by .ci/run after npm test.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
npm pack --silent --pack-destination "$work" >/dev/null
mkdir -p "$work/prefix/lib"
npm install --global --silent --prefix "$work/prefix" --allow-scripts=better-sqlite3 "$work"/roadmap-*.tgz
bin="$work/prefix/bin/roadmap"
export ROADMAP_HOME="$work/home"
version=$("$bin" --version)
[ "$version" = "$(node -p 'require("./package.json").version')" ] || { echo "install test: --version printed '$version'" >&2; exit 1; }
"$bin" status -r go-backend-cloud | grep -q 'Phase 1: Fundamentals' || { echo 'install test: status from the installed roadmap failed' >&2; exit 1; }
"$bin" done -r go-backend-cloud goroutines | grep -q 'done' || { echo 'install test: done failed' >&2; exit 1; }
echo "install test: roadmap $version installed from its tarball into a fresh prefix, and ran"
