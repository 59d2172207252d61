import type { IngestProgress } from '../ingest/pipeline.js';

const WIDTH = 24;

/**
 * "läser  [#########---------------]  12/40  svar.pdf", redrawn in place with \r (TTY only) as each file starts:
 * the count is the files done, the name the file being read or saved now.
 */
export function renderProgressLine(progress: Omit<IngestProgress, 'report'>, columns = 100): string {
  const filled = progress.total === 0 ? WIDTH : Math.round((progress.done / progress.total) * WIDTH);
  const label = progress.phase === 'read' ? 'läser  ' : 'sparar ';
  const bar = `${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}`;
  const head = `${label}[${bar}] ${String(progress.done).padStart(String(progress.total).length)}/${progress.total}  `;
  const room = Math.max(0, columns - head.length - 1);
  const name = progress.file.length > room ? `…${progress.file.slice(-(room - 1))}` : progress.file;
  return `\r${head}${name}`.padEnd(columns, ' ');
}

export const CLEAR_LINE = '\r\u001b[2K';
