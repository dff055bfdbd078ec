#!/usr/bin/env bash
# Runs droid-ci on the bundled example, offline: --platform local with the fix-commands engine.
# The example is copied to a temporary git repo so this checkout is never touched.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cli="$here/../dist/cli/index.js"
demo="$(mktemp -d "${TMPDIR:-/tmp}/droid-quickstart.XXXXXX")"
cp -R "$here/quickstart/." "$demo/"
cd "$demo"
git init -q -b main
git -c user.name=demo -c user.email=demo@example.com add -A
git -c user.name=demo -c user.email=demo@example.com commit -q -m "example project"
echo "== example repo: $demo"
echo "== before: the test profile is red"
node --test 2>&1 | grep -E '^# (pass|fail)' || true
echo "== droid-ci run --platform local --engine fix-commands"
set +e
DROID_ACTOR=demo node "$cli" run --platform local --engine fix-commands --ticket DEMO-1 --prompt "Bring the expected invoice output up to date"
code=$?
set -e
echo "== after: branch $(git branch --list 'droid/*' --format '%(refname:short)'), exit code $code"
git log --format='   %h %s%n%(trailers:key=Droid-Ticket,key=Droid-Run)' -1 "$(git branch --list 'droid/*' --format '%(refname:short)' | head -1)" || true
git checkout -q "$(git branch --list 'droid/*' --format '%(refname:short)' | head -1)" && node --test 2>&1 | grep -E '^# (pass|fail)' && git checkout -q main
exit $code
