#!/usr/bin/env bash
# Installs the system tools that `npm test` needs and a fresh machine lacks, and nothing else:
#   chromium, fonts-noto-cjk   the end-to-end tests' browser, and Chinese glyphs for its screenshots
#   jing                       validates the TBX 3 glossary against TBX-Basic's RELAX NG and Schematron
#   translate-toolkit          reads the TMX and the TBX 2 glossary (through Debian's /usr/bin/python3)
#   biber                      validates the biblatex entries against its data model
#   bibutils                   reads the RIS files (ris2xml)
# Each is looked for first (by its command, or by what the tests load), so a second run installs
# nothing. On Debian or Ubuntu it installs what is missing with apt-get, through sudo when not root;
# elsewhere it names the packages and fails. Serving (`npm run serve`) needs none of them.
#
#   scripts/setup-system.sh            install what is missing
#   scripts/setup-system.sh --dry-run  say what is missing and the command that would install it
set -euo pipefail

dry_run=false
case "${1:-}" in
  '') ;;
  --dry-run | -n) dry_run=true ;;
  --help | -h) sed -n '2,13s/^# \{0,1\}//p' "$0"; exit 0 ;;
  *) echo "setup-system: unknown option $1 (try --help)" >&2; exit 2 ;;
esac

say() { printf 'setup-system: %s\n' "$*"; }

# Node.js is the one prerequisite this script does not install (Debian's own is older than 20.9).
if ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 9) ? 0 : 1)' 2>/dev/null; then
  say "Node.js 20.9 or later is needed (found: $(node --version 2>/dev/null || echo none)); install it from nodejs.org or your package manager, then run this again." >&2
  exit 1
fi

has() { command -v "$1" >/dev/null 2>&1; }
has_chromium() { [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ] || has chromium || has chromium-browser; }
# grep without -q reads all of fc-list's output: an early exit would fail the pipe (pipefail, SIGPIPE).
has_cjk_font() { has fc-list && fc-list : family 2>/dev/null | grep -i 'Noto Sans CJK' >/dev/null; }
has_translate() { [ -x /usr/bin/python3 ] && /usr/bin/python3 -c 'import translate' >/dev/null 2>&1; }

# Fills two groups, as apt installs them: the browser with its recommended packages (fonts, sandbox),
# the command-line tools without theirs.
find_missing() {
  browser=()
  tools=()
  has_chromium || browser+=(chromium)
  has_cjk_font || browser+=(fonts-noto-cjk)
  has jing || tools+=(jing)
  has_translate || tools+=(translate-toolkit)
  has biber || tools+=(biber)
  has ris2xml || tools+=(bibutils)
  missing=("${browser[@]}" "${tools[@]}")
}
find_missing
if [ ${#missing[@]} -eq 0 ]; then
  say 'every system tool the tests need is installed (chromium, fonts-noto-cjk, jing, translate-toolkit, biber, bibutils).'
  exit 0
fi
say "missing: ${missing[*]}"

is_debian() {
  [ -r /etc/os-release ] || return 1
  local id like
  id=$(. /etc/os-release && echo "${ID:-}")
  like=$(. /etc/os-release && echo "${ID_LIKE:-}")
  case " $id $like " in *' debian '* | *' ubuntu '*) has apt-get ;; *) return 1 ;; esac
}
if ! is_debian; then
  say "this is not Debian or Ubuntu, so nothing was installed. Install these with your package manager: ${missing[*]}" >&2
  say '(the commands the tests run: chromium, fc-list with Noto Sans CJK, jing, python3 with the translate module, biber, ris2xml)' >&2
  exit 1
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if has sudo; then
    sudo=(sudo)
  elif ! $dry_run; then
    say "not root and no sudo: as root, run  apt-get update && apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi

run() {
  if $dry_run; then say "would run: $*"; else say "running: $*"; "$@"; fi
}
export DEBIAN_FRONTEND=noninteractive
run "${sudo[@]}" apt-get update -qq
[ ${#browser[@]} -eq 0 ] || run "${sudo[@]}" apt-get install -y -qq "${browser[@]}"
[ ${#tools[@]} -eq 0 ] || run "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${tools[@]}"
$dry_run && exit 0

# Check again, so that a package that installed but did not provide what the tests use says so here.
installed=("${missing[@]}")
find_missing
if [ ${#missing[@]} -gt 0 ]; then
  say "installed, but still not found: ${missing[*]}" >&2
  exit 1
fi
say "installed: ${installed[*]}"
