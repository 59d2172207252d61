import { readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';

/** File types a folder is searched for. A file named explicitly is taken whatever its name (content decides). */
export const INGEST_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.pdf', '.docx']);

/** Folders never descended into: curated catalog files live in `catalogs/` beside the remissvar. */
const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['catalogs', 'node_modules']);

/**
 * Paths as given → files to ingest, in a stable order (each folder sorted by name), each file once.
 * Folders are walked recursively, skipping dotfiles, dot-folders and `catalogs/`. A path that does not
 * exist is kept, so the ingest reports it as a failed file instead of losing it silently.
 */
export async function expandPaths(paths: readonly string[]): Promise<string[]> {
  const seen = new Set<string>();
  const files: string[] = [];
  const add = (file: string) => {
    const key = resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) {
      for (const file of await walk(path)) add(file);
    } else {
      add(path);
    }
  }
  return files;
}

async function walk(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) files.push(...(await walk(path)));
    } else if (entry.isFile() && INGEST_EXTENSIONS.has(extname(entry.name).toLowerCase())) {
      files.push(path);
    }
  }
  return files;
}

/** The `catalogs/` folders beside the remissvar in the given folders: `seeds/` → `seeds/catalogs`. */
export async function catalogFoldersIn(paths: readonly string[]): Promise<string[]> {
  const folders: string[] = [];
  for (const path of paths) {
    const candidate = join(path, 'catalogs');
    const info = await stat(candidate).catch(() => null);
    if (info?.isDirectory()) folders.push(candidate);
  }
  return folders;
}
