import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runExport } from '../../src/cli/export.js';
import { CLI_SV } from '../../src/cli/strings-sv.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import { captureIo, tempFolder } from './cli-io.js';
import { seededDatabase } from './seeded-db.js';

const temp = tempFolder();
const db = temp.path('seeded.db');
beforeAll(() => seededDatabase(db));
afterAll(() => temp.remove());

const today = () => new Date('2026-11-23T10:00:00Z');

async function exportText(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = captureIo({ REMISS_DB: db });
  const code = await runExport(args, io, today);
  return { code, out: io.out(), err: io.err() };
}

/** Minimal RFC 4180 reader (semicolon-separated, as the export writes) for checking our own output. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      field += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ';') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}

describe('When the remissammanställning is exported as Markdown', () => {
  test('each proposal is a heading with its number and title', async () => {
    const { out } = await exportText(['--format', 'md', '--remiss', 'SOU 2024:72']);
    expect(out).toContain('## 7.2.2 Genomför försöksverksamhet med Magnetmodellen');
  });

  test("each respondent's stance, quote, file and page is a table row", async () => {
    const { out } = await exportText(['--format', 'md']);
    expect(out).toMatch(
      /\| Åstorps kommun \| avstyrker \| ”Vi instämmer inte till förslaget\.[^|]*” \| 002_\w+\.txt, s\. 4 \|/,
    );
  });

  test('the tally is printed under the heading', async () => {
    const { out } = await exportText(['--remiss', 'SOU 2024:72']);
    const section = out.slice(out.indexOf('## 7.2.2'));
    expect(section).toMatch(/^## 7\.2\.2 .*\n\n\*\*2 avstyrker · 0 tillstyrker delvis · 0 tillstyrker · 0 neutral\*\*/);
  });

  test('the date given is printed as the compilation date', async () => {
    const { out } = await exportText([]);
    expect(out).toContain('Sammanställd 2026-11-23.');
  });

  test('--remiss limits the export to that remiss', async () => {
    const { out } = await exportText(['--remiss', 'SOU 2024:72']);
    expect(out.match(/^# /gm)).toHaveLength(1);
  });
});

describe('When the remissammanställning is exported as CSV', () => {
  test('there is one row per stance after the header', async () => {
    const { out } = await exportText(['--format', 'csv']);
    const store = await openSqliteStore(db, { readOnly: true });
    const stances = (await store.status()).stances;
    await store.close();
    expect(parseCsv(out).length).toBe(stances + 1);
  });

  test('quotes with commas and quote marks survive a round trip', async () => {
    const { out } = await exportText(['--format', 'csv']);
    const store = await openSqliteStore(db, { readOnly: true });
    const quotes = (await store.allAnswers()).map((a) => a.quote).sort();
    await store.close();
    expect(
      parseCsv(out)
        .slice(1)
        .map((row) => row[5])
        .sort(),
    ).toEqual(quotes);
  });

  test('--out writes the file with a byte-order mark for Excel', async () => {
    const file = temp.path('sammanstallning.csv');
    const { code, out } = await exportText(['--format', 'csv', '--out', file]);
    expect(code).toBe(0);
    expect(out).toContain(file);
    expect(readFileSync(file, 'utf8').startsWith('\uFEFFremiss;avsnitt;rubrik')).toBe(true);
  });
});

describe('When the export is asked wrongly', () => {
  test('an unknown remiss is named along with the known ones, exit 1', async () => {
    const { code, err } = await exportText(['--remiss', 'SOU 1999:1']);
    expect(code).toBe(1);
    expect(err).toContain('Remissen SOU 1999:1 finns inte. Kända remisser:');
    expect(err).toContain('SOU 2024:72');
  });

  test('an unknown format gives the usage, exit 2', async () => {
    const { code, err } = await exportText(['--format', 'pdf']);
    expect(code).toBe(2);
    expect(err).toContain(CLI_SV.exportUsage);
  });

  test('an unknown format is named as not supported, with the formats there are', async () => {
    const { err } = await exportText(['--format', 'pdf']);
    expect(err.split('\n')[0]).toBe(CLI_SV.exportUnknownFormat('pdf'));
    expect(CLI_SV.exportUnknownFormat('pdf')).toContain('md, csv, docx, xlsx');
  });

  test('a missing database is reported, exit 1', async () => {
    const io = captureIo({ REMISS_DB: temp.path('none.db') });
    expect(await runExport([], io, today)).toBe(1);
    expect(io.err()).toBe(`${CLI_SV.noDatabase(temp.path('none.db'))}\n`);
  });
});

describe('When --out is "-"', () => {
  test.each(['md', 'csv'])('--format %s writes to stdout, the same as without --out', async (format) => {
    const plain = await exportText(['--format', format]);
    const dash = await exportText(['--format', format, '--out', '-']);
    expect(dash.code).toBe(0);
    expect(dash.out).toBe(plain.out);
    expect(existsSync(join(process.cwd(), '-'))).toBe(false);
  });

  test.each(['docx', 'xlsx'])('--format %s is refused: a zip archive does not go to stdout, exit 2', async (format) => {
    const { code, out, err } = await exportText(['--format', format, '--out', '-']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(`${CLI_SV.exportBinaryToStdout(format)}\n`);
    expect(existsSync(join(process.cwd(), '-'))).toBe(false);
  });
});
