import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { reportCommandError } from './cli-store.js';
import type { CliIo } from './io.js';
import { runTerminal } from './repl.js';

/** `remiss repl`: the terminal mode on the REMISS_DB database (seeds ingested first, as `npm start` does). */
export async function runRepl(_args: string[], io: CliIo): Promise<number> {
  let store: Store | undefined;
  try {
    store = await openStore(io.env);
    return await runTerminal(store, io);
  } catch (error) {
    return reportCommandError(error, io);
  } finally {
    await store?.close();
  }
}
