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
# The review scheduler (ts-fsrs) is bundled too, in a file of its own.
"$bin" review -r go-backend-cloud goroutines --rating good | grep -q 'next review in' || { echo 'install test: review failed' >&2; exit 1; }
# The markdown parser is bundled too: a learner's own file is read with nothing but better-sqlite3 installed.
printf '# Mine\n\n## Basics\n- One\n- Two\n' > "$work/mine.md"
"$bin" add "$work/mine.md" | grep -q '2 topics' || { echo 'install test: add of a learner file failed' >&2; exit 1; }
[ ! -e "$work/prefix/lib/node_modules/roadmap-tracker/dist/prebuild-trees.cjs" ] || { echo 'install test: the build-time script was shipped' >&2; exit 1; }
packages=$(find "$work/prefix/lib/node_modules" -path '*node_modules/*/package.json' \( -regex '.*node_modules/[^/@]*/package.json' -o -regex '.*node_modules/@[^/]*/[^/]*/package.json' \) | wc -l)
echo "install test: $packages packages, $(du -sh "$work/prefix/lib/node_modules" | cut -f1) installed"
echo "install test: roadmap $version installed from its tarball into a fresh prefix, and ran"
