#!/usr/bin/env bash
# Build the copydesk extension from source into a platform-specific package:
#
#   editors/vscode/build.sh [--target linux-x64] [--python 3.12 ...] [--if-stale]
#     -> editors/vscode/copydesk-<version>-<target>.vsix   (its path is the last line printed)
#
#   --target    a `vsce --target` (default: this machine's, e.g. linux-x64); the compiled wheels
#               (rapidfuzz, msgspec, google-re2, ...) are picked for it
#   --python    a CPython version to bundle for (repeatable; default: 3.11 to 3.14)
#   --if-stale  do nothing when the package is newer than every file it is made from
#
# Steps: npm ci; the JSON Schemas of copydesk.yaml and rule files into schemas/ (yamlValidation);
# copydesk and its dependencies into bundled/libs (scripts/bundle_libs.py, pip --target, wheels
# only); esbuild bundles src/ into out/extension.js; vsce packages it all (no node_modules).
# Needs Node 20+ with npm, and a Python with pip ($COPYDESK_BUILD_PYTHON, else the repo's .venv,
# else python3). Fetches from the npm registry and PyPI; the package it makes fetches nothing.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
cd "$HERE"

TARGET=$(node -p 'process.platform + "-" + process.arch')
PYTHON_VERSIONS=()
IF_STALE=0
while (($#)); do
  case $1 in
    --target) TARGET=$2; shift 2 ;;
    --python) PYTHON_VERSIONS+=(--python "$2"); shift 2 ;;
    --if-stale) IF_STALE=1; shift ;;
    *) echo "build.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
BUILD_PYTHON=${COPYDESK_BUILD_PYTHON:-}
[ -n "$BUILD_PYTHON" ] || { [ -x "$REPO/.venv/bin/python" ] && BUILD_PYTHON="$REPO/.venv/bin/python"; } || BUILD_PYTHON=python3

VERSION=$(node -p 'require("./package.json").version')
VSIX="$HERE/copydesk-$VERSION-$TARGET.vsix"
INPUTS=("$REPO/server" "$REPO/rules" "$REPO/seeds" "$REPO/pyproject.toml" src bundled/tool scripts images
        package.json package-lock.json README.md CHANGELOG.md LICENSE .vscodeignore build.sh)
if ((IF_STALE)) && [ -f "$VSIX" ] && [ -z "$(find "${INPUTS[@]}" -type f -newer "$VSIX" -not -name '*.pyc' -print -quit)" ]; then
  echo "$VSIX is up to date"
  echo "$VSIX"
  exit 0
fi

export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --loglevel=error
fi
rm -rf schemas && mkdir schemas
cp "$REPO"/server/copydesk/schemas/*.schema.json schemas/
"$BUILD_PYTHON" scripts/bundle_libs.py --target "$TARGET" "${PYTHON_VERSIONS[@]}"
npx tsc -p ./ --noEmit
rm -f "$VSIX"
# vscode:prepublish runs esbuild; --no-dependencies: the bundle already holds the client library.
npx vsce package --no-dependencies --target "$TARGET" --out "$VSIX" >/dev/null
echo "$VSIX"
