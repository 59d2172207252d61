import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { reportCommandError } from './cli-store.js';
import type { CliIo } from './io.js';
import { runTerminal } from './repl.js';
import { CLI_SV } from './strings-sv.js';

/** `remiss repl`: the terminal mode on the REMISS_DB database (seeds ingested first, as `npm start` does). */
export async function runRepl(args: string[], io: CliIo): Promise<number> {
  if (args.length > 0) {
    io.stderr.write(`${CLI_SV.replUsage}\n`);
    return 2;
  }
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
