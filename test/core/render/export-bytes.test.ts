import { createHash } from 'node:crypto';
import { EXPORT_FORMATS, type ExportFormat, renderExportFileSteps } from '../../../src/core/render/export-file.js';
import type { ExportRemiss } from '../../../src/core/render/export-model.js';
import { runToEnd } from '../../../src/core/render/steps.js';
import { constructedExport } from '../../helpers/constructed-export.js';

/**
 * SHA-256 of each export as the renderers wrote it before exports learnt to pause (commit e8139b0): a change in
 * how a file is built must not change a byte of it. A change meant to alter the files updates these on purpose;
 * so may a Node upgrade whose zlib deflates differently (DOCX and XLSX only: Markdown and CSV are not compressed).
 * Updated on purpose once: DOCX and XLSX call a stance "Ståndpunkt(er)" as Slack and the CSV do, where they said
 * "Ställning" and "Ställningstaganden" (the only difference in their XML).
 */
const EXPECTED: Record<string, Record<ExportFormat, string>> = {
  'no answers': {
    docx: 'b4945c3709af13f99a9da7372773e6fd6b968de8d49df47d77997e15ff8e2540',
    xlsx: '52659ef4f6ad647ef76dc41e09b18988a358b04ab28f18ebe16cbfa6ed67d83c',
    md: 'b3e410c94c7665a556dd7c78d81e701875c50d03487984833270ec7800ef064e',
    csv: '647f69209734eb9ab4eab13cbbf48c0360078d90dde6ee7696d524dc84695d44',
  },
  '3 respondents × 4 proposals': {
    docx: 'c83a6f53a383006395949bb9480781e8b70f27dd021db9c06789df0a2e89199b',
    xlsx: 'aa18d16db959c12a4d810be4a4703a9b2d394a30dd07e20b0a603c886f0f2ae1',
    md: 'b48abd884263b7ee4e141e7dd815a05d6550e20748269246ba91375cb2783f1c',
    csv: '50de3cd041c3583167cd5fe9157bf4b758057a0751a207d3720308b0081f2957',
  },
  // Many compression batches: the DOCX's document.xml is about 1.6 MB.
  '50 respondents × 40 proposals': {
    docx: 'cd2a62f4d75551b0b3acabd2dd377af9b47c26fbf76a999045d82960e8450abd',
    xlsx: '5ab710cce2b8c0285ebf016732f1d0a130db44816e1b7530f9e972b4d1faf9a1',
    md: '0e8a00367a380fe12e00236c29b9ef3d46fdfeebbbb6f2ac9611b950229fca46',
    csv: 'd984dacc89b3859e0cf09159bee7f6624217d02ca1046eba585617987f93caec',
  },
  // One piece longer than a compression batch, which grows the batch buffer for the rest of the part.
  'a 300,000-character quote': {
    docx: 'cb7addd6501a0d68d29512f112e5b9cd3e8d3d9261fe131a92bc6b83aae7a2ad',
    xlsx: '18fe4f20596906f6259912fa4338501660ed8914e02deb3afc844c87ee82993c',
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
