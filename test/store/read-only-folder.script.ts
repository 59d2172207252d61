// Child process for sqlite-read-only-folder.test.ts, run as a user who may not write the database's folder: opens
// the database the way the CLI's read commands do (read-write first, read-only when refused) and prints what it saw.
import { isRemissError } from '../../src/errors.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';

async function main(): Promise<void> {
  const [path] = process.argv.slice(2);
  const seen: Record<string, unknown> = {};
  try {
    await (await openSqliteStore(path)).close();
    seen.readWrite = 'opened';
  } catch (error) {
    seen.readWrite = isRemissError(error) ? error.code : String(error);
  }
  try {
    const store = await openSqliteStore(path, { readOnly: true });
    try {
      seen.responses = (await store.status()).responses;
      seen.answers = (await store.answersForProposal('7.2.2')).map((a) => a.respondent);
      seen.write = await store.upsertProposals([{ remiss: 'Ds 2099:1', number: '1', title: 'Ett' }], 'curated').then(
        () => 'written',
        (error: unknown) => (isRemissError(error) ? error.code : String(error)),
      );
    } finally {
      await store.close();
    }
  } catch (error) {
    seen.readOnly = isRemissError(error) ? `${error.code}: ${error.message}` : String(error);
  }
  process.stdout.write(`${JSON.stringify(seen)}\n`);
}

void main();
