import type { DatabaseSync } from 'node:sqlite';

/**
 * Read-only connections to the store's file, beside its main connection, for reads that pause between slices
 * (answer-slices.ts). Such a read keeps a read transaction open across its pauses; on the main connection the next
 * write (an ingest arriving meanwhile) would then begin inside it and fail. One connection per read under way,
 * kept for the next read; closed with the store, a busy one when its read ends.
 */
export class ReadConnections {
  private readonly idle: DatabaseSync[] = [];
  private closed = false;

  constructor(private readonly open: () => DatabaseSync) {}

  async use<T>(work: (db: DatabaseSync) => Promise<T>): Promise<T> {
    const db = this.idle.pop() ?? this.open();
    let reusable = false;
    try {
      const result = await work(db);
      reusable = !db.isTransaction;
      return result;
    } finally {
      // A read that failed may have left its transaction open: that connection is not handed out again.
      if (reusable && !this.closed) this.idle.push(db);
      else db.close();
    }
  }

  close(): void {
    this.closed = true;
    for (const db of this.idle.splice(0)) db.close();
  }
}
