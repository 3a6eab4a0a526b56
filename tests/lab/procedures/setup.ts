// The lab's people, made before the agent starts: alice, an administrator with sudo and an ssh key;
// bob, an ordinary user; olduser, an account nobody has used for a long time; www-data is Debian's.
export const LAB_SETUP = [
  'set -e',
  'useradd -m -s /bin/bash alice && echo "alice:Lab-alice-2026" | chpasswd',
  'useradd -m -s /bin/bash bob && echo "bob:Lab-bob-2026" | chpasswd',
  'useradd -m -s /bin/bash olduser && echo "olduser:Lab-old-2026" | chpasswd',
  'echo "alice ALL=(ALL:ALL) ALL" > /etc/sudoers.d/alice && chmod 0440 /etc/sudoers.d/alice',
  'runuser -u alice -- ssh-keygen -q -t ed25519 -N "" -f /home/alice/.ssh/id_ed25519',
  'cp /home/alice/.ssh/id_ed25519.pub /home/alice/.ssh/authorized_keys && chown alice:alice /home/alice/.ssh/authorized_keys',
  'runuser -u alice -- ssh-keyscan -q 127.0.0.1 > /home/alice/.ssh/known_hosts 2>/dev/null || true',
].join('\n');
