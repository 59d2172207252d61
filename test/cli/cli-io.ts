import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CliIo } from '../../src/cli/io.js';

export const ROOT = resolve(__dirname, '../..');
export const SEEDS = join(ROOT, 'seeds');

export type CapturedIo = CliIo & { out: () => string; err: () => string };

/** A CliIo that records what a command writes; `env` gets REMISS_DB and the seed catalog folder. */
export function captureIo(env: NodeJS.ProcessEnv, options: { tty?: boolean } = {}): CapturedIo {
  let out = '';
  let err = '';
  return {
    stdout: { write: (t: string) => (out += t), isTTY: options.tty },
    stderr: { write: (t: string) => (err += t) },
    env: { CATALOG_DIR: join(SEEDS, 'catalogs'), ...env },
    out: () => out,
    err: () => err,
  };
}

export function tempFolder(): { path: (name: string) => string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'remiss-cli-'));
  return { path: (name) => join(dir, name), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
