/**
 * Watches the seeds folder and the folders in it: a file dropped in is ingested within seconds (one dropped into
 * `SOU 2024-72/` is filed under that remiss when its text names none: src/ingest/remiss-folder.ts). fs.watch events are debounced
 * (an editor or a copy fires several), and the names collected are ingested together. Where fs.watch is
 * unavailable (some network file systems) it falls back to polling the folder. When an ingest fails as a whole
 * (the database is down), its files wait and are tried again every `retryMs` until they are stored: nothing
 * would announce them again, and a restart should not be what brings them in.
 */
import { existsSync, type FSWatcher, watch } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface SeedsWatcherOptions {
  dir: string;
  /** Ingests the given paths; errors are the callback's to log. Throws when the batch failed as a whole. */
  onFiles(paths: string[]): Promise<void>;
  debounceMs?: number;
  pollMs?: number;
  /** Wait before files whose ingest failed are tried again. Default 30 s. */
  retryMs?: number;
  /** `waiting`: after a failed ingest, the files that will be tried again (those still in the folder). */
  onError(error: unknown, waiting?: readonly string[]): void;
}

export interface SeedsWatcher {
  /** Resolves when the ingest triggered by the latest change is done (tests wait on it). */
  idle(): Promise<void>;
  stop(): void;
}

/** Folders never looked into, as the start-up ingest skips them (expand-paths.ts): curated catalogs live in one. */
const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['catalogs', 'node_modules']);

/**
 * Hidden and temporary files ("~$remissvar.docx", ".DS_Store", "x.part") are never ingested, nor files in hidden
 * folders or catalogs/. `name` is relative to the seeds folder: "SOU 2024-72/svar.pdf".
 */
function isCandidate(name: string): boolean {
  const parts = name.split(/[\\/]/);
  const file = parts.pop() ?? '';
  if (parts.some((folder) => folder.startsWith('.') || SKIPPED_FOLDERS.has(folder))) return false;
  return !file.startsWith('.') && !file.startsWith('~') && /\.(pdf|docx|txt)$/i.test(file);
}

export function watchSeeds(options: SeedsWatcherOptions): SeedsWatcher {
  const pending = new Set<string>();
  /** Files of a failed ingest, tried again with the next flush (the retry timer's, or a new file's). */
  const waiting = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let retry: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;

  const failed = (paths: readonly string[], error: unknown) => {
    if (stopped) return;
    for (const path of paths) if (existsSync(path)) waiting.add(path);
    options.onError(error, [...waiting]);
    clearTimeout(retry);
    retry = setTimeout(flush, options.retryMs ?? 30_000);
    retry.unref();
  };
  function flush() {
    const paths = [...new Set([...waiting, ...pending])].filter((p) => existsSync(p));
    pending.clear();
    waiting.clear();
    clearTimeout(retry);
    if (paths.length === 0 || stopped) return;
    running = running.then(() => options.onFiles(paths)).catch((error: unknown) => failed(paths, error));
  }
  const schedule = (name: string) => {
    if (!isCandidate(name)) return;
    pending.add(join(options.dir, name));
    clearTimeout(timer);
    timer = setTimeout(flush, options.debounceMs ?? 500);
  };

  let watcher: FSWatcher | undefined;
  let poller: NodeJS.Timeout | undefined;
  try {
    watcher = watch(options.dir, { recursive: true }, (_event, name) => {
      if (name) schedule(name.toString());
    });
    watcher.on('error', options.onError);
  } catch {
    // The first pass only records what is there: the start-up ingest has covered it.
    const seen = new Map<string, number>();
    let primed = false;
    poller = setInterval(async () => {
      try {
        for (const name of await readdir(options.dir, { recursive: true })) {
          const mtime = (await stat(join(options.dir, name))).mtimeMs;
          if (primed && seen.get(name) !== mtime) schedule(name);
          seen.set(name, mtime);
        }
        primed = true;
      } catch (error) {
        options.onError(error);
      }
    }, options.pollMs ?? 2000);
    poller.unref();
  }

  return {
    async idle() {
      await running;
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      clearTimeout(retry);
      clearInterval(poller);
      watcher?.close();
    },
  };
}
