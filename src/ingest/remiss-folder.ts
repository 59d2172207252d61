import { basename, dirname, resolve } from 'node:path';
import { remissOfFolderName } from '../core/parse/remiss-hint.js';

/**
 * The remiss a file's folder is named after, the nearest such folder first: `seeds/SOU 2024-72/brev.pdf` →
 * "SOU 2024:72" (a folder name cannot hold ":" on Windows or in the macOS Finder, so "-", "_" and a space stand for
 * it; a title may follow the number). Undefined when no folder above the file is named so.
 */
export function remissOfFolder(file: string): string | undefined {
  let dir = dirname(resolve(file));
  for (;;) {
    const remiss = remissOfFolderName(basename(dir));
    if (remiss !== null) return remiss;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
