import { createHash } from 'node:crypto';
import { EXPORT_FORMATS, type ExportFormat, renderExportFileSteps } from '../../../src/core/render/export-file.js';
import type { ExportRemiss } from '../../../src/core/render/export-model.js';
import { runToEnd } from '../../../src/core/render/steps.js';
import { constructedExport } from '../../helpers/constructed-export.js';

/**
 * SHA-256 of each export as the renderers wrote it before exports learnt to pause (commit e8139b0): a change in
 * how a file is built must not change a byte of it. A change meant to alter the files updates these on purpose;
 * so may a Node upgrade whose zlib deflates differently (DOCX and XLSX only: Markdown and CSV are not compressed).
 */
const EXPECTED: Record<string, Record<ExportFormat, string>> = {
  'no answers': {
    docx: 'b4945c3709af13f99a9da7372773e6fd6b968de8d49df47d77997e15ff8e2540',
    xlsx: 'deae8fbee6638865952ca26a749fe8fc14b675d9f792b421c363a5c30d929a66',
    md: 'b3e410c94c7665a556dd7c78d81e701875c50d03487984833270ec7800ef064e',
    csv: '647f69209734eb9ab4eab13cbbf48c0360078d90dde6ee7696d524dc84695d44',
  },
  '3 respondents × 4 proposals': {
    docx: '4e61d1c1c26ec68422c35c485544acebcbaa7e0585e23f0491f9040f380bcb38',
    xlsx: '4953cd489ab719ec999ab0affa44e5a5e3d0ab91b165a895eba0dcdcc17ede01',
    md: 'b48abd884263b7ee4e141e7dd815a05d6550e20748269246ba91375cb2783f1c',
    csv: '50de3cd041c3583167cd5fe9157bf4b758057a0751a207d3720308b0081f2957',
  },
  // Many compression batches: the DOCX's document.xml is about 1.6 MB.
  '50 respondents × 40 proposals': {
    docx: 'a6ddc83c7af049cbb3a8fe6a602079505dd7daa274896e699af9c5fe7c255315',
    xlsx: '109cb371082f5b96c1ca5e62e8d8fce17ff628f1e5be82e75aab75a597da33ae',
    md: '0e8a00367a380fe12e00236c29b9ef3d46fdfeebbbb6f2ac9611b950229fca46',
    csv: 'd984dacc89b3859e0cf09159bee7f6624217d02ca1046eba585617987f93caec',
  },
  // One piece longer than a compression batch, which grows the batch buffer for the rest of the part.
  'a 300,000-character quote': {
    docx: '9a8e2f5a9ca9524e5e8fa41f193b57304577d905978ede066234ebf3ba4959bc',
    xlsx: '22de0f0e9febca82a84a6b8d0f2583928cd33c48cd07e3385af7ad5b2cf93b60',
    md: 'd5280040158a6aee0c6a9fbff6a38047b8788fbfbc96ed5a49d0474725f0f56e',
    csv: '3210d8870704be6d8be729c3798b2196dcfcc715d4ffbf563d1853c1cc53a01e',
  },
};

const MODELS: Record<string, () => ExportRemiss[]> = {
  'no answers': () => [],
  '3 respondents × 4 proposals': () => constructedExport({ respondents: 3, proposals: 4 }),
  '50 respondents × 40 proposals': () => constructedExport({ respondents: 50, proposals: 40 }),
  'a 300,000-character quote': () => constructedExport({ respondents: 2, proposals: 3, longQuote: 300_000 }),
};

const CREATED = new Date('2026-11-23T10:00:00Z');

describe.each(Object.keys(MODELS))('When the constructed remissammanställning with %s is exported', (name) => {
  const model = MODELS[name]();

  test.each(EXPORT_FORMATS)('the %s file has the same bytes as before', (format) => {
    const bytes = runToEnd(renderExportFileSteps(model, format, '2026-11-23', CREATED));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(EXPECTED[name][format]);
  });
});
