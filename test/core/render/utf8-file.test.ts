import { runToEnd, type TextWriter } from '../../../src/core/render/steps.js';
import { utf8FileSteps } from '../../../src/core/render/utf8-file.js';

// Constructed lines of a Markdown table, with Swedish letters, typographic quotes and a pair of surrogates.
const LINE = '| Åstorps kommun | avstyrker | ”Vi instämmer inte till förslaget 😐.” | s. 4 |\n';

function linesWriter(count: number): TextWriter {
  return function* (write) {
    for (let i = 0; i < count; i++) {
      write(LINE);
      yield;
    }
  };
}

describe('When a text file is built from pieces', () => {
  test('its bytes are what TextEncoder makes of the whole text', () => {
    expect(runToEnd(utf8FileSteps(linesWriter(3000)))).toEqual(new TextEncoder().encode(LINE.repeat(3000)));
  });

  test('a lone surrogate becomes U+FFFD, as TextEncoder writes it', () => {
    const text = 'ett ensamt \uD800 surrogat';
    const bytes = runToEnd(
      utf8FileSteps(function* (write) {
        write(text);
        yield;
      }),
    );
    expect(bytes).toEqual(new TextEncoder().encode(text));
  });

  test('one piece longer than a batch (a 300,000-character quote) is kept whole', () => {
    const quote = 'å'.repeat(300_000);
    const bytes = runToEnd(
      utf8FileSteps(function* (write) {
        write('”');
        write(quote);
        yield;
        write('”');
      }),
    );
    expect(Buffer.from(bytes).toString('utf8')).toBe(`”${quote}”`);
  });

  test('it pauses after every 64 KB or so, not after every line', () => {
    const lines = 5000;
    const steps = utf8FileSteps(linesWriter(lines));
    let pauses = 0;
    while (!steps.next().done) pauses++;
    const batches = Buffer.byteLength(LINE.repeat(lines)) / (64 * 1024);
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(batches));
    expect(pauses).toBeLessThanOrEqual(Math.ceil(batches));
  });

  test('a writer that writes nothing gives an empty file', () => {
    expect(runToEnd(utf8FileSteps(() => []))).toEqual(new Uint8Array(0));
  });
});
