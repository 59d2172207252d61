import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runDigest } from '../../src/cli/digest.js';
import type { CliIo } from '../../src/cli/io.js';
import { CLI_SV } from '../../src/cli/strings-sv.js';
import { SLACK_SV } from '../../src/core/render/strings-sv.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';

function io(env: NodeJS.ProcessEnv) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIo = {
    stdout: { write: (t: string) => out.push(t) },
    stderr: { write: (t: string) => err.push(t) },
    env,
  };
  return { io: value, out, err };
}

let dir: string;
let db: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'remiss-dry-'));
  db = join(dir, 'remiss.db');
  const store = await openSqliteStore(db, { clock: () => new Date('2026-11-24T06:00:00Z') });
  await store.saveDocument({
    file: '002_d8f4ead73eb6a353.txt',
    contentHash: 'a'.repeat(64),
    parsed: {
      file: '002_d8f4ead73eb6a353.txt',
      kind: 'response',
      remiss: { id: 'SOU 2024:72', title: null },
      respondent: 'Åstorps kommun',
      stances: [
        {
          proposal: '7.2.2',
          title: 'Genomför försöksverksamhet med Magnetmodellen',
          stance: 'against',
          quote: 'Vi instämmer inte till förslaget.',
          page: 2,
          confidence: 'high',
          reason: 'x',
        },
      ],
      warnings: [],
    },
  });
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run remiss -- digest --dry-run', () => {
  test('prints what the digest would post, and where, without sending or claiming', async () => {
    const { io: cli, out } = io({ REMISS_DB: db, DIGEST_CHANNEL: 'C0123456789' });
    expect(await runDigest(['--dry-run'], cli, () => new Date('2026-11-24T07:00:00Z'))).toBe(0);
    const text = out.join('');
    expect(text).toContain(SLACK_SV.dryRunHeader('C0123456789', '08:00 Europe/Stockholm', '2026-11-24'));
    expect(text).toContain('Åstorps kommun · SOU 2024:72');
    expect(text).toContain('avstyrker: 7.2.2 Genomför försöksverksamhet med Magnetmodellen');
    const store = await openSqliteStore(db);
    expect(await store.lastDigestSentAt()).toBeNull();
    await store.close();
  });

  test('without DIGEST_CHANNEL the header says nothing is scheduled, then what the digest would look like', async () => {
    const { io: cli, out } = io({ REMISS_DB: db });
    expect(await runDigest(['--dry-run'], cli, () => new Date('2026-11-24T07:00:00Z'))).toBe(0);
    expect(out.join('').split('\n')[0]).toBe(
      'Provkörning (inget skickas): DIGEST_CHANNEL är inte satt, så ingen sammanfattning schemaläggs. ' +
        'Så här skulle sammanfattningen 2026-11-24 kl. 08:00 Europe/Stockholm se ut:',
    );
  });

  test('a missing database is a clear Swedish message', async () => {
    const { io: cli, err } = io({ REMISS_DB: join(dir, 'saknas.db') });
    expect(await runDigest(['--dry-run'], cli)).toBe(1);
    expect(err.join('')).toBe(`${CLI_SV.noDatabase(join(dir, 'saknas.db'))}\n`);
  });

  test('a malformed DIGEST_TIME is reported, nothing else happens', async () => {
    const { io: cli, err } = io({ REMISS_DB: db, DIGEST_TIME: 'åtta' });
    expect(await runDigest(['--dry-run'], cli)).toBe(2);
    expect(err.join('')).toContain('DIGEST_TIME: must be a time HH:MM');
  });
});
