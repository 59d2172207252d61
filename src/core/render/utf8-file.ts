import type { Steps, TextWriter } from './steps.js';

const BATCH_BYTES = 64 * 1024;

/**
 * A text file's UTF-8 bytes, encoded piece by piece into one reused buffer and kept in batches of about 64 KB,
 * with a pause after each batch. Only bytes are kept: the 7 MB CSV of a 300 × 60 remiss never exists as one
 * string, nor as an array of rows. The bytes are what TextEncoder makes of the whole text, a lone surrogate
 * included (U+FFFD), as long as no piece ends inside a surrogate pair that the next one completes: the writers
 * cut between whole fields and lines.
 */
export function* utf8FileSteps(writer: TextWriter): Steps<Uint8Array> {
  const batches: Uint8Array[] = [];
  let buffer = Buffer.allocUnsafe(4 * BATCH_BYTES);
  let used = 0;
  const keep = () => {
    if (used === 0) return;
    batches.push(new Uint8Array(buffer.subarray(0, used)));
    used = 0;
  };
  const write = (text: string) => {
    // UTF-8 takes at most 3 bytes per UTF-16 unit.
    const room = 3 * text.length;
    if (used + room > buffer.byteLength) {
      keep();
      if (room > buffer.byteLength) buffer = Buffer.allocUnsafe(room);
    }
    used += buffer.write(text, used);
  };
  let paused = 0;
  for (const _ of writer(write)) {
    if (used >= BATCH_BYTES) keep();
    if (batches.length === paused) continue;
    paused = batches.length;
    yield;
  }
  keep();
  return joinBytes(batches);
}

/** The chunks one after another, in one new array. */
export function joinBytes(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}
