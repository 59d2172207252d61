import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { CliIo } from '../../src/cli/io.js';
import { runParse } from '../../src/cli/parse.js';
import { CLI_SV } from '../../src/cli/strings-sv.js';
import type { ParsedDocument } from '../../src/core/types.js';
import {
  buildDocx,
  buildPdf,
  encryptPdf,
  makeTempDir,
  seedPages,
} from '../fixtures/constructed/build-constructed-documents.js';
import { buildWordHeadingsDocx, type ReplyLine, typedLine } from '../fixtures/constructed/build-word-numbered-docx.js';
import { ASTORP_PROPOSALS, ROOT, SEEDS } from '../helpers/seed-source.js';

function captureIo(env: NodeJS.ProcessEnv = {}): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (t: string) => (out += t) },
    stderr: { write: (t: string) => (err += t) },
    env: { CATALOG_DIR: join(ROOT, 'seeds/catalogs'), ...env },
    out: () => out,
    err: () => err,
  };
}

async function parseJson(files: string[]): Promise<{ code: number; docs: ParsedDocument[]; err: string }> {
  const io = captureIo();
  const code = await runParse(['--json', ...files], io);
  return { code, docs: JSON.parse(io.out()) as ParsedDocument[], err: io.err() };
}

const temp = makeTempDir();
afterAll(() => temp.cleanup());

describe('When parsing seed files with --json', () => {
  test("stdout is one JSON array with one object per file, in the contract's shape", async () => {
    const files = [SEEDS.fss, SEEDS.astorp].map((f) => join(ROOT, f));
    const { code, docs } = await parseJson(files);
    expect(code).toBe(0);
    expect(docs.map((d) => d.file)).toEqual(files);
    const stance = docs[1].stances.find((s) => s.proposal === '7.2.2');
    expect(Object.keys(docs[0]).sort()).toEqual(['file', 'kind', 'remiss', 'respondent', 'stances', 'warnings']);
    expect(stance).toMatchObject({ proposal: '7.2.2', stance: 'against', page: 4 });
    expect(Object.keys(stance ?? {})).toEqual(['proposal', 'title', 'stance', 'quote', 'page', 'confidence', 'reason']);
  });
});

describe('When a file cannot be read', () => {
  test.each([
    ['empty.txt', '', /empty/i],
    ['junk.bin', Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 7, 8]), /not PDF, DOCX or text|corrupt|binary/i],
    ['broken.pdf', '%PDF-1.7\n1 0 obj\n<< /Type /Catalog', /PDF/i],
  ])('%s gets a one-line error, kind unknown, and the other files still parse', async (name, bytes, message) => {
    const path = temp.write(name, bytes);
    const { code, docs } = await parseJson([path, join(ROOT, SEEDS.astorp)]);
    expect(code).toBe(1);
    expect(docs[0]).toMatchObject({ kind: 'unknown', stances: [] });
    expect(docs[0].error).toMatch(message);
    expect(docs[0].error).not.toContain('\n');
    expect(docs[1].stances.length).toBeGreaterThan(10);
  });

  test('an encrypted PDF says it is encrypted', async () => {
    const path = temp.write('encrypted.pdf', encryptPdf(await buildPdf(seedPages('002_d8f4ead73eb6a353.txt'))));
    const { docs } = await parseJson([path]);
    expect(docs[0].error).toMatch(/encrypt|password/i);
  });

  test('a missing file says it was not found', async () => {
    const { docs } = await parseJson([join(temp.dir, 'no-such-file.pdf')]);
    expect(docs[0].error).toBe('file not found');
  });

  test('an English document is not taken for a remissvar', async () => {
    const path = temp.write(
      'english.txt',
      'The committee has reviewed the proposal and has no further comments on the budget.\n',
    );
    const { docs } = await parseJson([path]);
    expect(docs[0].kind).toBe('unknown');
    expect(docs[0].error).toMatch(/not Swedish/);
  });
});

describe('When parse prints text for a file it cannot use', () => {
  async function parseText(files: string[]): Promise<string> {
    const io = captureIo();
    await runParse(files, io);
    return io.out();
  }

  test.each([
    ['broken.pdf', '%PDF-1.7\n1 0 obj\n<< /Type /Catalog', CLI_SV.failure.corrupt_file],
    ['tom.txt', '', CLI_SV.failure.empty_file],
    ['english.txt', 'The committee has reviewed the proposal and has no comments.\n', CLI_SV.failure.not_a_remissvar],
  ])('%s gets the Swedish words ingest uses', async (name, bytes, words) => {
    const text = await parseText([temp.write(name, bytes)]);
    expect(text).toContain(`  fel: ${words}\n`);
  });

  test('a missing file says "filen finns inte"', async () => {
    expect(await parseText([join(temp.dir, 'saknas.pdf')])).toContain(`  fel: ${CLI_SV.failure.file_not_found}`);
  });

  test('a letter without a sender is warned about in Swedish', async () => {
    const path = temp.write(
      'utan-avsandare.txt',
      'Yttrande över SOU 2024:72 Stärkt medicinsk kompetens i kommunal hälso- och sjukvård\n\n' +
        '7.2.2 Genomför försöksverksamhet med Magnetmodellen i kommunal hälso- och sjukvård\n' +
        'Vi avstyrker förslaget.\n',
    );
    const text = await parseText([path]);
    expect(text).toContain('  varning: avsändaren (remissinstansen) hittades inte');
    expect(text).not.toMatch(/respondent not found/);
  });

  test('--json keeps the English one-line error of the contract', async () => {
    const { docs } = await parseJson([join(temp.dir, 'saknas.pdf')]);
    expect(docs[0].error).toBe('file not found');
  });
});

describe('When parse prints stances', () => {
  test('the stance column lines up, also after "hela remissen"', async () => {
    const io = captureIo();
    await runParse([join(ROOT, SEEDS.stockholm)], io);
    const rows = io
      .out()
      .split('\n')
      .filter((l) => /(tillstyrker|delvis|avstyrker|neutral)/.test(l) && !l.includes('”'));
    expect(rows.length).toBeGreaterThanOrEqual(2);
    const columns = new Set(rows.map((l) => l.search(/(tillstyrker|delvis|avstyrker|neutral)/)));
    expect(columns.size).toBe(1);
  });
});

describe('When the same response arrives as PDF or DOCX', () => {
  test('a PDF built from the Åstorp seed gives the same stances and pages as its text', async () => {
    const pdf = temp.write('astorp.pdf', await buildPdf(seedPages('002_d8f4ead73eb6a353.txt')));
    const { docs } = await parseJson([pdf, join(ROOT, SEEDS.astorp)]);
    const summary = (d: ParsedDocument) => d.stances.map((s) => `${s.proposal} ${s.stance} ${s.page}`);
    expect(summary(docs[0])).toEqual(summary(docs[1]));
    expect(docs[0].respondent).toBe('Åstorps kommun');
  });

  test('a DOCX built from the FSS seed gives its six stances, without page numbers', async () => {
    const lines = seedPages('001_ddd1ef1438ff4d2c.txt').flat();
    const docx = temp.write('fss.docx', await buildDocx(lines));
    const { docs } = await parseJson([docx]);
    expect(docs[0].stances.map((s) => `${s.proposal} ${s.stance}`)).toEqual([
      '4.1.1 for',
      '4.2.3 for',
      '4.6.4 partly',
      '5.4 against',
      '7.2.1 for',
      '7.2.2 against',
    ]);
  });
});

/**
 * The Åstorp reply with its proposal headings ("7.2.2 Genomför försöksverksamhet…") numbered by Word instead of
 * typed. For Word to reach those numbers the reply needs the chapter and section headings above them, which the
 * real reply does not have; they are added in the seed's own words, to the DOCX and to the text alike.
 */
function astorpWithWordHeadings(): ReplyLine[] {
  const above: Record<string, ReplyLine[]> = {
    '4.1': [{ number: '4', title: 'Tillgång till läkare i kommunal hälso- och sjukvård' }],
    '4.4.3': [{ number: '4.4', title: 'Sanktioner' }],
    '4.6.4': [{ number: '4.6', title: 'Medicinsk kompetens' }],
    '5.4': [{ number: '5', title: 'Anställning av läkare' }],
    '7.1.1': [
      { number: '7', title: 'Personal- och kompetensförsörjning' },
      { number: '7.1', title: 'Nationell samordning' },
    ],
    '7.2.1': [{ number: '7.2', title: 'Ledarskap och kompetens' }],
  };
  return seedPages('002_d8f4ead73eb6a353.txt')
    .flat()
    .flatMap((line): ReplyLine[] => {
      // "4.2.3 Avtalen bör stärkas genom ett bemyndigande att meddela föreskrifter "
      const heading = /^(\d+\.\d+(?:\.\d+)?) (.*)$/.exec(line);
      if (heading === null) return [line];
      return [...(above[heading[1]] ?? []), { number: heading[1], title: heading[2] }];
    });
}

describe('When the Åstorp reply arrives as a DOCX whose headings Word numbers', () => {
  test('the stances are filed under the same proposal numbers as in the same reply typed as text', async () => {
    const lines = astorpWithWordHeadings();
    const docx = temp.write('astorp-word-numbered.docx', buildWordHeadingsDocx(lines));
    const text = temp.write('astorp-typed-numbers.txt', lines.map(typedLine).join('\n'));
    const { docs } = await parseJson([docx, text]);
    const summary = (d: ParsedDocument) => d.stances.map((s) => `${s.proposal} ${s.stance}`);
    expect(summary(docs[0])).toEqual(summary(docs[1]));
    expect(docs[0].stances.map((s) => s.proposal)).toEqual(ASTORP_PROPOSALS);
    expect(docs[0].stances.find((s) => s.proposal === '7.2.2')?.stance).toBe('against');
  });
});

describe('When run as `npm run --silent remiss -- parse --json`', () => {
  test('nothing but the JSON array reaches stdout', () => {
    const result = spawnSync(
      join(ROOT, 'node_modules/.bin/tsx'),
      ['src/cli/main.ts', 'parse', '--json', SEEDS.vision],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, NODE_OPTIONS: '' },
      },
    );
    expect(result.status).toBe(0);
    const docs = JSON.parse(result.stdout) as ParsedDocument[];
    expect(docs[0].respondent).toBe('Vision');
  });
});

describe('When called without files', () => {
  test('it prints the usage in Swedish and exits 2', async () => {
    const io = captureIo();
    expect(await runParse([], io)).toBe(2);
    expect(io.err()).toContain('Användning');
  });
});
