// The lab's people, made before the agent starts: alice, an administrator with sudo and an ssh key;
// bob, an ordinary user; olduser, an account nobody has used for a long time (its last login, in lastlog,
// and its password are from 2024); oldsvc, a service account made in 2024 that never logged in; www-data is Debian's.
export const LAB_SETUP = [
  'set -e',
  'useradd -m -s /bin/bash alice && echo "alice:Lab-alice-2026" | chpasswd',
  'useradd -m -s /bin/bash bob && echo "bob:Lab-bob-2026" | chpasswd',
  'useradd -m -s /bin/bash olduser && echo "olduser:Lab-old-2026" | chpasswd',
  'echo "alice ALL=(ALL:ALL) ALL" > /etc/sudoers.d/alice && chmod 0440 /etc/sudoers.d/alice',
  'runuser -u alice -- ssh-keygen -q -t ed25519 -N "" -f /home/alice/.ssh/id_ed25519',
  'cp /home/alice/.ssh/id_ed25519.pub /home/alice/.ssh/authorized_keys && chown alice:alice /home/alice/.ssh/authorized_keys',
  'runuser -u alice -- ssh-keyscan -q 127.0.0.1 > /home/alice/.ssh/known_hosts 2>/dev/null || true',
  'chage -d 2024-03-01 olduser',
  // lastlog is struct lastlog (int32 time, 32-byte line, 256-byte host) at uid * 292
  `python3 -c 'import struct,pwd,calendar;u=pwd.getpwnam("olduser").pw_uid;f=open("/var/log/lastlog","r+b");f.seek(u*292);f.write(struct.pack("<i32s256s",calendar.timegm((2024,9,2,8,0,0)),b"pts/3",b"192.0.2.50"))'`,
  'useradd -m -s /bin/bash oldsvc && echo "oldsvc:Lab-svc-2026" | chpasswd && chage -d 2024-05-10 oldsvc',
].join('\n');
