#!/usr/bin/env bash
# Installs what the test suites need from Debian/Ubuntu when it is missing: Chromium and Firefox ESR
# (the E2E suites drive them headless), Chromium's language packs (Debian's chromium ships only en-US;
# the Chinese-UI E2E run needs zh-CN, see ../shared/notes/browsers.md P10) and a CJK font so screenshots
# show Chinese, not boxes.
set -euo pipefail
missing=()
for package in chromium chromium-l10n firefox-esr fonts-wqy-zenhei; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "system packages: chromium, chromium-l10n, firefox-esr and fonts-wqy-zenhei already installed"
  exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "system packages: installing ${missing[*]}"
$sudo apt-get update
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y "${missing[@]}"
