import { MAX_QUOTE_HITS } from '../../src/core/search/quote-hits.js';
import { MAX_CHOICES } from '../../src/core/search/suggest.js';
import type { ParsedDocument, StanceRecord } from '../../src/core/types.js';
import { SearchEngine } from '../../src/search/engine.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { MemoryStore } from './memory-store.js';

/**
 * What search leaves out, and that it says so: the quote limit, the pick-list limit, the remisser a respondent
 * answered, the known remisser. Constructed documents throughout (named as such).
 */

let documents = 0;

async function save(store: Store, remiss: string, respondent: string, stances: StanceRecord[]): Promise<void> {
  documents += 1;
  const parsed: ParsedDocument = {
    file: `konstruerat-${documents}.txt`,
    kind: 'response',
    remiss: { id: remiss, title: `Konstruerad remiss ${remiss}` },
    respondent,
    stances,
    warnings: [],
  };
  await store.saveDocument({ file: parsed.file, contentHash: documents.toString(16).padStart(64, '0'), parsed });
}

function stance(proposal: string, quote: string): StanceRecord {
  return {
    proposal,
    title: `Konstruerat förslag ${proposal}`,
    stance: 'against',
    quote,
    page: 1,
    confidence: 'high',
    reason: 'constructed',
  };
}

/** `n` respondents, one answer each, all quoting "synpunkter". */
async function quotes(store: Store, n: number): Promise<void> {
  for (let i = 1; i <= n; i++) {
    await save(store, 'SOU 2099:1', `Konstruerad instans ${i}`, [
      stance(`9.${(i % 40) + 1}`, `Vi har synpunkter nummer ${i}.`),
    ]);
  }
}

function describeLimits(name: string, open: () => Promise<Store>): void {
  describe(`Search limits on ${name}`, () => {
    const stores: Store[] = [];
    async function engineWith(fill: (store: Store) => Promise<void>): Promise<SearchEngine> {
      const store = await open();
      stores.push(store);
      await fill(store);
      const engine = new SearchEngine(store);
      await engine.refresh();
      return engine;
    }
    afterAll(async () => {
      for (const store of stores) await store.close();
    });

    describe('When more quotes match than a search reads', () => {
      test('the result holds the first ones and says it was cut', async () => {
        const engine = await engineWith((s) => quotes(s, MAX_QUOTE_HITS + 5));
        const result = await engine.ask('synpunkter', { limit: 2000 });
        expect(result.kind).toBe('search');
        expect(result.matches.reduce((n, m) => n + m.answers.length, 0)).toBe(MAX_QUOTE_HITS);
        expect(result.notices).toContain('quotes_capped');
      });

      test('exactly as many as it reads is whole, and says nothing', async () => {
        const engine = await engineWith((s) => quotes(s, MAX_QUOTE_HITS));
        const result = await engine.ask('synpunkter', { limit: 2000 });
        expect(result.matches.reduce((n, m) => n + m.answers.length, 0)).toBe(MAX_QUOTE_HITS);
        expect(result.notices ?? []).not.toContain('quotes_capped');
      });
    });

    describe('When more names match equally well than a pick list holds', () => {
      test('14 equally good names are all in the list, for Slack to page ("Visa fler"), not the first 10', async () => {
        const engine = await engineWith(async (s) => {
          for (let i = 1; i <= 14; i++)
            await save(s, 'SOU 2099:1', `Kommun${i} kommun`, [stance('9.1', 'Vi avstyrker.')]);
        });
        const result = await engine.ask('kommun');
        expect(result.choices).toHaveLength(14);
        expect(result.choicesTotal).toBeUndefined();
      });

      test('past MAX_CHOICES the list holds the first ones and counts them all', async () => {
        const engine = await engineWith(async (s) => {
          for (let i = 1; i <= MAX_CHOICES + 3; i++)
            await save(s, 'SOU 2099:1', `Kommun${i} kommun`, [stance('9.1', 'Vi avstyrker.')]);
        });
        const result = await engine.ask('kommun');
        expect(result.choices).toHaveLength(MAX_CHOICES);
        expect(result.choicesTotal).toBe(MAX_CHOICES + 3);
      });

      test('a tie the list holds whole has no count', async () => {
        const engine = await engineWith(async (s) => {
          for (let i = 1; i <= 3; i++)
            await save(s, 'SOU 2099:1', `Kommun${i} kommun`, [stance('9.1', 'Vi avstyrker.')]);
        });
        const result = await engine.ask('kommun');
        expect(result.choices).toHaveLength(3);
        expect(result.choicesTotal).toBeUndefined();
      });
    });

    describe('When a respondent answered two remisser', () => {
      test('the result names both, in display order; asked within one, only that one', async () => {
        const engine = await engineWith(async (s) => {
          await save(s, 'SOU 2099:1', 'Konstruerade kommunen', [stance('7.2.2', 'Vi avstyrker.')]);
          await save(s, 'Ds 2099:3', 'Konstruerade kommunen', [stance('7.2.2', 'Vi avstyrker också.')]);
        });
        expect((await engine.ask('Konstruerade kommunen')).remisser).toEqual(['Ds 2099:3', 'SOU 2099:1']);
        expect((await engine.ask('Konstruerade kommunen SOU 2099:1')).remisser).toEqual(['SOU 2099:1']);
      });
    });

    describe('When a query names a remiss the database does not have, and it has 12 others', () => {
      test('all 12 are offered, not the first 10', async () => {
        const engine = await engineWith(async (s) => {
          for (let i = 1; i <= 12; i++)
            await save(s, `SOU 2098:${i}`, 'Konstruerade kommunen', [stance('1.1', 'Vi avstyrker.')]);
        });
        const result = await engine.ask('1.1 SOU 2099:99');
        expect(result.notices).toContain('unknown_remiss');
        expect(result.suggestions).toHaveLength(12);
      });
    });
  });
}

describeLimits('the in-memory store double', async () => new MemoryStore());
describeLimits('SQLite', () => openSqliteStore(':memory:'));
