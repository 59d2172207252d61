import { config } from 'dotenv';

/**
 * Reads `.env` in the working folder into `env` (both entry points: `npm start` and `npm run remiss`, so the CLI
 * on an instance's host uses the same REMISS_DB as the app). Variables already set win over the file.
 * DOTENV_CONFIG_PATH names another file (the tests point it at none, so a developer's `.env` never reaches
 * them). Quiet: dotenv 17 would otherwise print a line to stdout, where `--json` output goes.
 */
export function loadDotenv(env: NodeJS.ProcessEnv = process.env): void {
  config({ path: env.DOTENV_CONFIG_PATH || undefined, quiet: true, processEnv: env });
}
