#!/bin/sh
# Runs as root inside the technique lab's private mount namespace (and its own network namespace): puts
# overlays over the folders attack procedures write to, a fresh /dev with its own /dev/log, tmpfs /tmp and
# /run, then starts the lab's syslog, ssh and cron daemons and hands over to the lab driver. Every mount
# here is private to the namespace and goes away with its last process; nothing reaches the host's files.
#   lab-init.sh <lab dir>     (the lab dir holds <name>-up/<name>-work pairs made by the test)
set -eu
W="$1"
shift
mount --make-rprivate /
for pair in etc:/etc var:/var usrlocal:/usr/local opt:/opt root:/root home:/home; do
  name="${pair%%:*}"
  dir="${pair#*:}"
  mount -t overlay vigil-lab -o "lowerdir=$dir,upperdir=$W/$name-up,workdir=$W/$name-work" "$dir"
done

# A /dev of the lab's own: the host's character devices bound in, a new devpts and shm, and room for
# the lab syslog's /dev/log socket (the host may have none, and must not get one).
mkdir -p "$W/dev"
mount -t tmpfs -o mode=0755,nosuid lab-dev "$W/dev"
for n in null zero full random urandom tty; do
  touch "$W/dev/$n"
  mount --bind "/dev/$n" "$W/dev/$n"
done
mkdir -p "$W/dev/pts" "$W/dev/shm"
mount -t devpts -o newinstance,ptmxmode=0666,mode=0620 lab-devpts "$W/dev/pts"
ln -s pts/ptmx "$W/dev/ptmx"
mount -t tmpfs -o mode=1777,nosuid,nodev lab-shm "$W/dev/shm"
ln -s /proc/self/fd "$W/dev/fd"
ln -s /proc/self/fd/0 "$W/dev/stdin"
ln -s /proc/self/fd/1 "$W/dev/stdout"
ln -s /proc/self/fd/2 "$W/dev/stderr"
mount --move "$W/dev" /dev

# /run last but one, /tmp last: the lab dir itself may live under /tmp (it is hidden from here on).
mount -t tmpfs -o mode=0755,nosuid,nodev lab-run /run
mkdir -p /run/sshd /run/lock
chmod 0755 /run/sshd
mount -t tmpfs -o mode=1777,nosuid,nodev lab-tmp /tmp

ip link set lo up
exec "$@"
