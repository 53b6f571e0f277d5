/**
 * CPU time of the bench's own Chromium processes (Linux /proc), so a figure can be read apart from
 * the machine's load: on a shared 2-core box the wall-clock time of a frame grows with everybody
 * else's work, the CPU time its GPU process spends on it much less. Only processes descending from
 * this Node process count (other people's browsers are left out); grouped by Chromium's --type
 * (gpu-process, renderer, utility…; the browser process itself is "browser").
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat's utime and stime (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

interface ProcessCpu {
  ppid: number;
  /** user + system CPU time (ms). */
  cpuMs: number;
  type: string;
}

function readProcesses(): Map<number, ProcessCpu> {
  const out = new Map<number, ProcessCpu>();
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields after the command (which may hold spaces) start after the last ')'.
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(f[1]);
      const cpuMs = ((Number(f[11]) + Number(f[12])) * 1000) / TICKS_PER_SECOND;
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      const type = /--type=([\w-]+)/.exec(cmd)?.[1] ?? (/chrom/i.test(cmd) ? 'browser' : 'other');
      out.set(pid, { ppid, cpuMs, type });
    } catch {
      // Exited meanwhile.
    }
  }
  return out;
}

export type CpuSnapshot = Map<number, ProcessCpu>;

/** The CPU times of this process's descendants now. */
export function chromiumCpu(): CpuSnapshot {
  const all = readProcesses();
  const mine = new Map<number, ProcessCpu>();
  const isMine = (pid: number): boolean => {
    for (let p = pid, hops = 0; p > 1 && hops < 20; hops++) {
      if (p === process.pid) return true;
      const proc = all.get(p);
      if (proc === undefined) return false;
      p = proc.ppid;
    }
    return false;
  };
  for (const [pid, p] of all) if (pid !== process.pid && isMine(pid)) mine.set(pid, p);
  return mine;
}

/**
 * CPU ms spent between two snapshots, per process type: a process present in both counts its
 * difference, one started since counts in full, one gone since is not counted.
 */
export function cpuSince(before: CpuSnapshot, after: CpuSnapshot = chromiumCpu()): Record<string, number> {
  const byType: Record<string, number> = {};
  for (const [pid, p] of after) {
    const d = p.cpuMs - (before.get(pid)?.cpuMs ?? 0);
    byType[p.type] = (byType[p.type] ?? 0) + Math.max(0, d);
  }
  return byType;
}
