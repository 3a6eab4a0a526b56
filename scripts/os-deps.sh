#!/usr/bin/env bash
# Makes sure the Debian packages Vigil's tests and local runs need are present.
# As root it installs what is missing with apt-get; otherwise it names the missing packages and fails.
set -euo pipefail

# command -> Debian package that provides it
declare -A NEED=(
  [nft]=nftables
  [iptables]=iptables
  [ip]=iproute2
  [unshare]=util-linux
  [nsenter]=util-linux
  [chromium]=chromium
  [journalctl]=systemd
  [curl]=curl
  [ping]=iputils-ping
  [useradd]=passwd
  [runuser]=util-linux
  [setpriv]=util-linux
  [cc]=gcc
  # the technique lab (tests/lab): its daemons and the tools its attack procedures use
  [sudo]=sudo
  [ssh]=openssh-client
  [rsyslogd]=rsyslog
  [cron]=cron
  [socat]=socat
  [nc]=netcat-openbsd
  [sshpass]=sshpass
  [modprobe]=kmod
  [python3]=python3
  [perl]=perl
  [wget]=wget
  [openssl]=openssl
  [logrotate]=logrotate
  [lsof]=lsof
  [ifconfig]=net-tools
  [pstree]=psmisc
  [xxd]=xxd
  [chattr]=e2fsprogs
  [setcap]=libcap2-bin
  [auditctl]=auditd
  [ssh-keygen]=openssh-client
  # clock-skew fault tests run an agent under libfaketime (LD_PRELOAD)
  [faketime]=faketime
  # the agent bundle carries its netlink addon for arm64 too, cross-compiled at build time
  [aarch64-linux-gnu-gcc]=gcc-aarch64-linux-gnu
)
# systemd's PID-1 binary is not on PATH; check it by path.
missing=()
for cmd in "${!NEED[@]}"; do
  command -v "$cmd" >/dev/null 2>&1 || missing+=("${NEED[$cmd]}")
done
# sshd lives in /usr/sbin, which a non-root PATH may lack; check it by path too.
[ -x /usr/sbin/sshd ] || missing+=(openssh-server)
[ -x /usr/lib/systemd/systemd ] || [ -x /lib/systemd/systemd ] || missing+=(systemd)
[ -f /usr/aarch64-linux-gnu/include/stdio.h ] || missing+=(libc6-dev-arm64-cross)
# de-duplicate
mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sed '/^$/d' | sort -u)

if [ ${#missing[@]} -eq 0 ]; then
  echo "os-deps: all Debian packages present"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "os-deps: missing Debian packages: ${missing[*]}" >&2
  echo "os-deps: run as root, or install them first: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "os-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# Several of these are daemons (sshd, rsyslog, cron, auditd): the tests run their own copies inside labs,
# and the machine's services must not change. Debian's policy-rc.d keeps the packages from starting them;
# one is put in place only for this install when the machine has none.
policy=/usr/sbin/policy-rc.d
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\n# vigil os-deps: no service starts during this install\nexit 101\n' >"$policy"
  chmod 0755 "$policy"
  trap 'rm -f -- "$policy"' EXIT
fi
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "os-deps: installed ${missing[*]}"
