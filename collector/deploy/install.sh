#!/bin/sh
# Vigil agent installer, served by the collector at /install.sh:
#
#   curl -fsSL https://COLLECTOR/install.sh | sudo sh -s -- --token TOKEN
#
# Downloads the agent bundle from the collector that served this script (its TLS key pinned), checks the
# bundle's SHA-256, then hands over to "vigil-agent install": Node.js check, /opt/vigil, /etc/vigil/agent.yaml,
# enrollment pinning the collector certificate, and the vigil-agent systemd unit. POSIX sh, no bashisms.
set -eu

# Filled in by the collector when it serves this script.
COLLECTOR='@@COLLECTOR_URL@@'
FINGERPRINT='@@FINGERPRINT@@'
CURL_PIN='@@CURL_PIN@@'
AGENT_PATH='@@AGENT_PATH@@'
MIN_NODE_MAJOR=20

TOKEN=''
NODE=''
DRY=''
FORCE=''

say() { printf 'vigil install: %s\n' "$*"; }
die() { printf 'vigil install: error: %s\n' "$*" >&2; exit 1; }

usage() {
  cat <<'USAGE'
Usage: curl -fsSL https://COLLECTOR/install.sh | sudo sh -s -- --token TOKEN [options]

Installs the Vigil agent as the systemd service vigil-agent.service and enrolls it with the collector.

Options:
  --token TOKEN         enrollment token (from the page's "Add host" dialog or "vigil-collector token create")
  --collector URL       the collector, https://host:port (default: the collector that served this script)
  --fingerprint SHA256  the collector certificate's SHA-256 to pin (default: the one of the collector
                        that served this script)
  --node PATH           the node binary (>= 20) to run the agent with (default: node on PATH)
  --dry-run             responders only report what they would do (default for a new install)
  --no-dry-run          responders act (isolate, block, stop service, kill, quarantine)
  --force               enroll again even if this host holds another collector's identity
  -h, --help            this text

Examples:
  curl -fsSL https://edr.example.org:8443/install.sh | sudo sh -s -- --token vgt_3q...
  sh install.sh --token vgt_3q... --collector https://10.0.0.5:8443 --fingerprint 9d58ebc0...
USAGE
}

# An option's value must be present and must not look like the next option.
value_of() {
  [ $# -ge 2 ] || die "$1 needs a value (see --help)"
  case $2 in ''|-*) die "$1 needs a value (see --help)" ;; esac
}

while [ $# -gt 0 ]; do
  case $1 in
    --token) value_of "$@"; TOKEN=$2; shift 2 ;;
    --collector) value_of "$@"; COLLECTOR=$2; shift 2 ;;
    --fingerprint) value_of "$@"; FINGERPRINT=$2; shift 2 ;;
    --node) value_of "$@"; NODE=$2; shift 2 ;;
    --dry-run) DRY=--dry-run; shift ;;
    --no-dry-run) DRY=--no-dry-run; shift ;;
    --force) FORCE=--force; shift ;;
    -h|--help) usage; exit 0 ;;
    *) die "unknown argument: $1 (see --help)" ;;
  esac
done

[ -n "$TOKEN" ] || die "--token is required (see --help)"
case $TOKEN in *[!A-Za-z0-9_.-]*) die "--token holds characters an enrollment token never has" ;; esac
case $COLLECTOR in
  http://*|https://*) ;;
  *) die "--collector must be an http:// or https:// URL" ;;
esac
case $COLLECTOR in *[!A-Za-z0-9.:/_\[\]-]*) die "--collector holds unexpected characters" ;; esac
COLLECTOR=${COLLECTOR%/}
case $FINGERPRINT in *[!0-9A-Fa-f:]*) die "--fingerprint must be a hex SHA-256" ;; esac
case $COLLECTOR in
  https://*) AGENT_URL="wss://${COLLECTOR#https://}$AGENT_PATH" ;;
  *) AGENT_URL="ws://${COLLECTOR#http://}$AGENT_PATH" ;;
esac

[ "$(id -u)" -eq 0 ] || die "run as root: curl -fsSL .../install.sh | sudo sh -s -- --token TOKEN"

# Node.js
if [ -z "$NODE" ]; then NODE=$(command -v node 2>/dev/null || true); fi
[ -n "$NODE" ] || die "Node.js >= $MIN_NODE_MAJOR is required and 'node' is not on PATH. Install it (Debian/Ubuntu: apt-get install nodejs; or https://nodejs.org) or pass --node /path/to/node"
case $NODE in /*) ;; *) die "--node must be an absolute path" ;; esac
[ -x "$NODE" ] || die "$NODE is not an executable; Node.js >= $MIN_NODE_MAJOR is required"
NODE_VERSION=$("$NODE" -p 'process.versions.node' 2>/dev/null) || die "$NODE does not run; Node.js >= $MIN_NODE_MAJOR is required"
NODE_MAJOR=${NODE_VERSION%%.*}
case $NODE_MAJOR in ''|*[!0-9]*) die "cannot read the Node.js version of $NODE ($NODE_VERSION)" ;; esac
[ "$NODE_MAJOR" -ge "$MIN_NODE_MAJOR" ] || die "Node.js $NODE_VERSION at $NODE is too old: Vigil needs Node.js >= $MIN_NODE_MAJOR"
say "node $NODE_VERSION at $NODE"

[ -d /run/systemd/system ] || die "systemd is not running on this host; the agent is installed as a systemd service"
command -v curl >/dev/null 2>&1 || die "curl is required"

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
trap 'exit 130' INT TERM

fetch() {
  if [ -n "$CURL_PIN" ]; then
    curl -fsS --proto '=https' -k --pinnedpubkey "$CURL_PIN" -o "$2" "$1"
  else
    curl -fsS -o "$2" "$1"
  fi
}

fetch "$COLLECTOR/download/vigil-agent.mjs" "$TMP/vigil-agent.mjs" || die "cannot download the agent bundle from $COLLECTOR"
fetch "$COLLECTOR/download/vigil-agent.mjs.sha256" "$TMP/vigil-agent.mjs.sha256" || die "cannot download the bundle's SHA-256 from $COLLECTOR"
EXPECTED=$(cut -c1-64 "$TMP/vigil-agent.mjs.sha256")
ACTUAL=$("$NODE" -e 'process.stdout.write(require("crypto").createHash("sha256").update(require("fs").readFileSync(process.argv[1])).digest("hex"))' "$TMP/vigil-agent.mjs")
[ "$EXPECTED" = "$ACTUAL" ] || die "the downloaded bundle's SHA-256 is $ACTUAL, the collector published $EXPECTED"
say "bundle $ACTUAL"

set -- install --collector "$AGENT_URL" --node "$NODE" --bundle "$TMP/vigil-agent.mjs"
if [ -n "$FINGERPRINT" ]; then set -- "$@" --fingerprint "$FINGERPRINT"; fi
if [ -n "$DRY" ]; then set -- "$@" "$DRY"; fi
if [ -n "$FORCE" ]; then set -- "$@" "$FORCE"; fi
# The token travels in the environment, not on a command line other users can read.
VIGIL_ENROLL_TOKEN=$TOKEN "$NODE" "$TMP/vigil-agent.mjs" "$@"
