import { readFileSync } from 'node:fs';

/**
 * How this machine's CPUs go idle, as far as Linux tells: the cpuidle driver and, in a KVM guest with the
 * haltpoll driver, how long an idle vCPU polls before it halts. It matters for every database round trip: the
 * search process and the PostgreSQL backend each go idle while the other works, and an idle vCPU that halts
 * must be woken by the hypervisor (a VM exit), which on the VMs we measure on doubled the round trip (guest halt
 * polling off, `guest_halt_poll_ns=0`: `SELECT 1` p50 0.22–0.25 ms; 200 µs of polling: 0.10 ms). The bench only
 * reads these settings and prints them; changing them is the machine owner's business.
 */
export function idlePolling(): string {
  const read = (path: string) => {
    try {
      return readFileSync(path, 'utf8').trim();
    } catch {
      return null;
    }
  };
  const driver = read('/sys/devices/system/cpu/cpuidle/current_driver');
  if (driver === null) return 'not known (no /sys/devices/system/cpu/cpuidle)';
  const pollNs = read('/sys/module/haltpoll/parameters/guest_halt_poll_ns');
  if (driver !== 'haltpoll' || pollNs === null) return `cpuidle driver ${driver}`;
  return `cpuidle driver haltpoll, guest halt polling ${pollNs === '0' ? 'off' : `${Number(pollNs) / 1000} µs`} (guest_halt_poll_ns=${pollNs})`;
}
