import { readSource } from '../../src/ingest/read-source.js';
import { makeTempDir } from '../fixtures/constructed/build-constructed-documents.js';
import { buildWordNumberedDocx, type WordPackage } from '../fixtures/constructed/build-word-numbered-docx.js';

/**
 * For a test file of DOCX numbering: a reader that writes a constructed Word package to a temporary folder (removed
 * after the file's tests), reads it as ingest does and returns its text lines. Call at the top of the test file.
 */
export function wordNumberedLineReader(): (name: string, pkg: WordPackage) => Promise<string[]> {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());
  return async (name, pkg) => {
    const source = await readSource(temp.write(name, buildWordNumberedDocx(pkg)));
    return source.pages[0].text.split('\n');
  };
}
