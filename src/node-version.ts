/**
 * The first import of every entry point (`npm start`, the CLI, eval): on an older Node the store's `node:sqlite`
 * fails with a stack trace about a missing built-in module, which tells an operator nothing. Node 24 comes from
 * the `node` devDependency; it is missing when npm did not run that package's install script (npm 12 runs only
 * the scripts package.json's `allowScripts` allows) or when the entry is started with another `node` by hand.
 */
const REQUIRED_MAJOR = 24;

/** The Swedish line to stop with, or null when `version` ("v24.21.0") will do. */
export function nodeVersionProblem(version: string): string | null {
  const major = Number(/^v?(\d+)/.exec(version)?.[1] ?? Number.NaN);
  if (major >= REQUIRED_MAJOR) return null;
  return (
    `remiss behöver Node.js ${REQUIRED_MAJOR} eller senare, men körs med ${version}. ` +
    'Kör `npm install` i projektmappen (det installerar Node 24 genom paketet `node`) och starta med `npm start` ' +
    'eller `npm run remiss -- …`.'
  );
}

const problem = nodeVersionProblem(process.version);
if (problem !== null) {
  process.stderr.write(`${problem}\n`);
  process.exit(1);
}
