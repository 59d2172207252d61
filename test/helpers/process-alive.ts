import { existsSync, readFileSync } from 'node:fs';

/**
 * Whether process `pid` still runs. A process that has exited but not been reaped yet counts as gone: an orphan's
 * exit waits as a zombie ("Z" in /proc/<pid>/stat) until PID 1 reaps it, and some PID 1s never do.
 */
export function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) throw new Error(`not a process id: ${pid}`);
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    // "1234 (node) S 1 …": the state follows the command name in parentheses.
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z';
  } catch {
    // No such file where /proc exists: it went in between. Without /proc (macOS) the signal's answer stands.
    return !existsSync('/proc/self');
  }
}
