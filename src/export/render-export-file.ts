import { type ExportFormat, renderExportFileSteps } from '../core/render/export-file.js';
import type { ExportRemiss } from '../core/render/export-model.js';
import { cooperatively } from './cooperatively.js';

/**
 * The remissammanställning as the bytes of a file (core's renderExportFileSteps), built without holding the event
 * loop: at 300 respondents × 60 proposals the longest wait it causes is a few milliseconds instead of the whole
 * export (0.5–1 s). For the CLI and the Slack app; tests of the files themselves may run the steps straight on.
 */
export function renderExportFile(
  remisser: readonly ExportRemiss[],
  format: ExportFormat,
  date: string,
  created?: Date,
): Promise<Uint8Array> {
  return cooperatively(renderExportFileSteps(remisser, format, date, created));
}
