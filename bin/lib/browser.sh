# shellcheck shell=bash
# The headless browser of the browser tests (test-support's HeadlessBrowser): Debian's chromium and
# chromium-driver, installed by `bin/fairpact test` when missing (never by `up`: the running system
# needs no browser). The tests start /usr/bin/chromedriver and /usr/bin/chromium themselves.
# Sourced by bin/fairpact after common.sh and build.sh.

BROWSER_APT_PACKAGES=(chromium chromium-driver)

# ensure_browser: installs Debian's chromium and chromium-driver if either is missing.
ensure_browser() {
  ensure_apt_packages "${BROWSER_APT_PACKAGES[@]}"
}
