#!/bin/sh
# Vigil agent installer, served by the collector at /install.sh:
#
#   printf '%s\n' TOKEN | sudo sh -c "$(curl -fsSL -k --pinnedpubkey PIN https://COLLECTOR/install.sh)" vigil-install --token-stdin
#
# Downloads the agent bundle from the collector that served this script (its TLS key pinned), checks the
# bundle's Ed25519 signature against the collector's command key written into this script (the key the agent
# then pins; not only a SHA-256 from the same server), then hands over to "vigil-agent install": Node.js
# check, /opt/vigil, /etc/vigil/agent.yaml, enrollment pinning the collector certificate and that command
# key, and the vigil-agent systemd unit. Plain http needs --insecure. The token is read from stdin, a file
# or VIGIL_ENROLL_TOKEN, so it never sits in a command line others can read. POSIX sh, no bashisms.
set -eu

# Filled in by the collector when it serves this script.
COLLECTOR='@@COLLECTOR_URL@@'
FINGERPRINT='@@FINGERPRINT@@'
CURL_PIN='@@CURL_PIN@@'
AGENT_PATH='@@AGENT_PATH@@'
COMMAND_KEY='@@COMMAND_KEY@@'
MIN_NODE_MAJOR=20

TOKEN=${VIGIL_ENROLL_TOKEN:-}
TOKEN_FROM=''
INSECURE=''
NODE=''
DRY=''
FORCE=''

say() { printf 'vigil install: %s\n' "$*"; }
die() { printf 'vigil install: error: %s\n' "$*" >&2; exit 1; }

usage() {
  cat <<'USAGE'
Usage: printf '%s\n' TOKEN | sudo sh -c "$(curl -fsSL https://COLLECTOR/install.sh)" vigil-install --token-stdin [options]

Installs the Vigil agent as the systemd service vigil-agent.service and enrolls it with the collector.

Options:
  --token-stdin         read the enrollment token (from the page's "Add host" dialog or
                        "vigil-collector token create") from the first line of stdin
  --token-file FILE     read the enrollment token from the first line of FILE
                        (or set VIGIL_ENROLL_TOKEN; all three keep it out of the process list)
  --token TOKEN         the token on the command line: visible to every user in ps while this runs
  --collector URL       the collector, https://host:port (default: the collector that served this script)
  --fingerprint SHA256  the collector certificate's SHA-256 to pin (default: the one of the collector
                        that served this script)
  --node PATH           the node binary (>= 20) to run the agent with (default: node on PATH)
  --dry-run             responders only report what they would do (default for a new install)
  --no-dry-run          responders act (isolate, block, stop service, kill, quarantine)
  --force               enroll again even if this host holds another collector's identity
  --insecure            allow a plain http:// collector (the bundle's signature is still checked, but
                        anyone on the path can read and change the traffic)
  -h, --help            this text

Examples:
  printf '%s\n' vgt_3q... | sudo sh -c "$(curl -fsSL https://edr.example.org:8443/install.sh)" vigil-install --token-stdin
  sh install.sh --token-file /root/vigil.token --collector https://10.0.0.5:8443 --fingerprint 9d58ebc0...
USAGE
}

# An option's value must be present and must not look like the next option.
value_of() {
  [ $# -ge 2 ] || die "$1 needs a value (see --help)"
  case $2 in ''|-*) die "$1 needs a value (see --help)" ;; esac
}

while [ $# -gt 0 ]; do
  case $1 in
    --token) value_of "$@"; TOKEN=$2; TOKEN_FROM=argv; shift 2 ;;
    --token-stdin) IFS= read -r TOKEN || [ -n "$TOKEN" ] || die "--token-stdin: no token on stdin"; TOKEN_FROM=stdin; shift ;;
    --token-file) value_of "$@"; [ -r "$2" ] || die "--token-file: cannot read $2"; IFS= read -r TOKEN < "$2" || [ -n "$TOKEN" ] || die "--token-file: $2 is empty"; TOKEN_FROM=file; shift 2 ;;
    --insecure) INSECURE=--insecure; shift ;;
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

[ -n "$TOKEN" ] || die "an enrollment token is required: --token-stdin, --token-file FILE or VIGIL_ENROLL_TOKEN (see --help)"
case $TOKEN in *[!A-Za-z0-9_.-]*) die "--token holds characters an enrollment token never has" ;; esac
[ "$TOKEN_FROM" != argv ] || say "warning: --token puts the token in this shell's command line, readable by every user while the install runs; prefer --token-stdin or --token-file"
case $COMMAND_KEY in
  *[!A-Za-z0-9+/=]*|'') die "this script holds no valid collector command key; download it again from the collector" ;;
esac
case $COLLECTOR in
  http://*|https://*) ;;
  *) die "--collector must be an http:// or https:// URL" ;;
esac
case $COLLECTOR in *[!A-Za-z0-9.:/_\[\]-]*) die "--collector holds unexpected characters" ;; esac
COLLECTOR=${COLLECTOR%/}
case $COLLECTOR in
  http://*) [ -n "$INSECURE" ] || die "$COLLECTOR is plain http: anyone on the path can read and change the install; use https:// (vigil-collector init --tls) or pass --insecure" ;;
esac
case $FINGERPRINT in *[!0-9A-Fa-f:]*) die "--fingerprint must be a hex SHA-256" ;; esac
case $COLLECTOR in
  https://*) AGENT_URL="wss://${COLLECTOR#https://}$AGENT_PATH" ;;
  *) AGENT_URL="ws://${COLLECTOR#http://}$AGENT_PATH" ;;
esac

[ "$(id -u)" -eq 0 ] || die "run as root: printf '%s\\n' TOKEN | sudo sh -c \"\$(curl -fsSL .../install.sh)\" vigil-install --token-stdin"

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
fetch "$COLLECTOR/download/vigil-agent.mjs.sig" "$TMP/vigil-agent.mjs.sig" || die "cannot download the bundle's signature from $COLLECTOR"
# The signature covers "vigil.v1.bundle" 0x00 sha256-hex 0x00 version, by the command key in this script.
VERIFIED=$("$NODE" -e '
  const { createHash, createPublicKey, verify } = require("crypto");
  const fs = require("fs");
  const [bundle, sigFile, keyB64] = process.argv.slice(1);
  const sha = createHash("sha256").update(fs.readFileSync(bundle)).digest("hex");
  const sig = JSON.parse(fs.readFileSync(sigFile, "utf8").slice(0, 65536));
  if (sig.sha256 !== sha) { console.error("the bundle SHA-256 is " + sha + ", the signed one is " + sig.sha256); process.exit(1); }
  if (typeof sig.version !== "string" || !/^[0-9A-Za-z.+-]{1,64}$/.test(sig.version)) { console.error("the signature names no valid version"); process.exit(1); }
  const raw = Buffer.from(keyB64, "base64");
  const key = createPublicKey({ key: Buffer.concat([Buffer.from("302a300506032b6570032100", "hex"), raw]), format: "der", type: "spki" });
  const signed = Buffer.concat([Buffer.from("vigil.v1.bundle"), Buffer.of(0), Buffer.from(sha, "ascii"), Buffer.of(0), Buffer.from(sig.version, "utf8")]);
  if (raw.length !== 32 || !verify(null, signed, key, Buffer.from(String(sig.signature), "base64"))) { console.error("the bundle signature does not verify against the collector command key"); process.exit(1); }
  process.stdout.write(sha + " " + sig.version);
' "$TMP/vigil-agent.mjs" "$TMP/vigil-agent.mjs.sig" "$COMMAND_KEY") || die "refusing the downloaded bundle: its signature does not check out against the collector's command key"
say "bundle ${VERIFIED%% *} (version ${VERIFIED#* }, signature verified against command key $COMMAND_KEY)"

set -- install --collector "$AGENT_URL" --node "$NODE" --bundle "$TMP/vigil-agent.mjs" --command-key "$COMMAND_KEY"
if [ -n "$INSECURE" ]; then set -- "$@" "$INSECURE"; fi
if [ -n "$FINGERPRINT" ]; then set -- "$@" --fingerprint "$FINGERPRINT"; fi
if [ -n "$DRY" ]; then set -- "$@" "$DRY"; fi
if [ -n "$FORCE" ]; then set -- "$@" "$FORCE"; fi
# The token travels in the environment, not on a command line other users can read.
VIGIL_ENROLL_TOKEN=$TOKEN "$NODE" "$TMP/vigil-agent.mjs" "$@"
