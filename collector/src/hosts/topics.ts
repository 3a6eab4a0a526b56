// What the hosts feature announces on the bus: the picture of one host changed (status, health, inventory,
// a setting), so views of it are stale.
export interface HostTopics {
  'host.changed': { agentId: string };
}
