import { createHash } from 'node:crypto';
import {
  EXPORT_FORMATS,
  type ExportFormat,
  isBinaryFormat,
  renderExportFileSteps,
} from '../../src/core/render/export-file.js';
import { runToEnd } from '../../src/core/render/steps.js';
import { renderExportFile } from '../../src/export/render-export-file.js';
import { answerCount, constructedExport } from '../helpers/constructed-export.js';
import { zipDirectory } from '../helpers/office-files.js';

const CREATED = new Date('2026-11-23T10:00:00Z');

// Not toEqual on the bytes: jest compares a 400 KB array element by element in seconds.
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Counts turns of the event loop: a callback queued with setImmediate that queues itself again each time it runs,
 * as another request's callback would get its turn. Not a timer's ticks: how often a 1 ms interval fires depends
 * on how fast the machine is, how often the loop turns does not.
 */
function countTurns(): { stop(): number } {
  let turns = 0;
  let running = true;
  const turn = () => {
    if (!running) return;
    turns++;
    setImmediate(turn);
  };
  setImmediate(turn);
  return {
    stop() {
      running = false;
      return turns;
    },
  };
}

/** The text an export wrote: the parts' XML inside a DOCX or XLSX, the file itself for Markdown and CSV. */
function textBytes(format: ExportFormat, bytes: Uint8Array): number {
  return isBinaryFormat(format) ? zipDirectory(bytes).reduce((n, e) => n + e.size, 0) : bytes.byteLength;
}

describe('When a remissammanställning of 2,000 stances is exported in the app', () => {
  const model = constructedExport({ respondents: 50, proposals: 40 });

  test('the constructed model holds the 2,000 stances', () => {
    expect(answerCount(model)).toBeGreaterThanOrEqual(2000);
  });

  test.each(EXPORT_FORMATS)('the %s file is the one built in one go', async (format) => {
    const bytes = await renderExportFile(model, format, '2026-11-23', CREATED);
    expect(sha256(bytes)).toBe(sha256(runToEnd(renderExportFileSteps(model, format, '2026-11-23', CREATED))));
  });

  // It pauses after about every 64 KB; half that rate leaves room to tune the batch without touching this test.
  test.each(EXPORT_FORMATS)('the event loop turns at least once per 128 KB of %s written', async (format) => {
    const turns = countTurns();
    const bytes = await renderExportFile(model, format, '2026-11-23', CREATED);
    const counted = turns.stop();
    const expected = Math.floor(textBytes(format, bytes) / (128 * 1024));
    expect(expected).toBeGreaterThanOrEqual(2);
    expect(counted).toBeGreaterThanOrEqual(expected);
  });
});
