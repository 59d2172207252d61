import { join } from 'node:path';

// Every process a test starts (the app, the CLI) inherits this: it reads `.env` from a file that does not exist,
// never a developer's own `.env` in the repository, which may point REMISS_DB at a real database.
process.env.DOTENV_CONFIG_PATH = join(__dirname, 'no-such.env');
