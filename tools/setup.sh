#!/usr/bin/env bash
# `npm run setup`: everything the tests need on a fresh machine, then the site. The browser: CHROME_PATH or Debian's
# /usr/bin/chromium when present; otherwise, as root on Debian/Ubuntu, apt-get installs chromium (and the Liberation
# and DejaVu fonts the social cards are drawn with: fonts-liberation is only a recommendation of Chromium's package);
# otherwise one line says what to install. Then the npm packages and `npm run build`.
set -euo pipefail
cd "$(dirname "$0")/.."

chrome="${CHROME_PATH:-/usr/bin/chromium}"
fonts_ok() {
  [ -r /usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf ] && [ -r /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]
}
debian_root() {
  [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && [ -r /etc/os-release ] && grep -qiE '^(ID|ID_LIKE)=.*(debian|ubuntu)' /etc/os-release
}
if [ ! -x "$chrome" ] || ! fonts_ok; then
  if [ -n "${CHROME_PATH:-}" ] && [ ! -x "$chrome" ]; then
    echo "setup: CHROME_PATH=$CHROME_PATH is not an executable file: point it at Chromium, or unset it to use /usr/bin/chromium" >&2
    exit 1
  elif debian_root; then
    echo "setup: installing Debian's chromium, fonts-liberation and fonts-dejavu-core with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends chromium fonts-liberation fonts-dejavu-core >/dev/null
    if [ ! -x "$chrome" ]; then
      echo "setup: apt-get installed chromium but there is no $chrome (Ubuntu ships it as a snap): set CHROME_PATH to the Chromium binary, then run npm run setup again" >&2
      exit 1
    fi
  elif [ ! -x "$chrome" ]; then
    echo "setup: Chromium is missing: install it (Debian/Ubuntu: sudo apt-get install chromium fonts-liberation fonts-dejavu-core) or set CHROME_PATH to a Chromium binary, then run npm run setup again" >&2
    exit 1
  else
    echo "setup: the Liberation or DejaVu fonts are missing: install them (Debian/Ubuntu: sudo apt-get install fonts-liberation fonts-dejavu-core), then run npm run setup again" >&2
    exit 1
  fi
fi
echo "setup: browser $chrome"
npm install --no-audit --no-fund
npm run build
