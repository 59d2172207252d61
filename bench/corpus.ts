import { createHash } from 'node:crypto';
import type { ParsedDocument, Proposal, RemissRef, Stance, StanceRecord } from '../src/core/types.js';
import {
  AUTHORITIES,
  COMPOUND_HEADS,
  COMPOUND_TAILS,
  COUNTIES,
  FILLER,
  MUNICIPALITIES,
  OBJECT_PATTERNS,
  ORGANISATIONS,
  REGIONS,
  THEME_PREFIXES,
  THEMES,
  VERBS,
} from './words.js';

/**
 * A synthetic corpus shaped like the seeds (CONSTRUCTED, deterministic): 50 remisser of 60 numbered proposals
 * each, 2,000 responses from ~250 respondents, 50 stances per response with quotes written the way remissvar
 * write them. Generated as ParsedDocument objects, so the bench measures the store and search, not the parser.
 */

export interface CorpusShape {
  remisser: number;
  proposalsPerRemiss: number;
  responses: number;
  stancesPerResponse: number;
  seed: number;
}

export const BENCH_SHAPE: CorpusShape = {
  remisser: 50,
  proposalsPerRemiss: 60,
  responses: 2000,
  stancesPerResponse: 50,
  seed: 20240072,
};

export interface Corpus {
  remisser: RemissRef[];
  proposals: Proposal[];
  respondents: string[];
  documents: Array<{ contentHash: string; parsed: ParsedDocument }>;
  /** One distinctive title word per proposal that has one: "magnetmodellen" → 7.2.2 of the first remiss. */
  titleWords: Map<string, Proposal>;
}

/** mulberry32: small, fast, deterministic; the corpus is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** "4.1.1", "4.1.2", … : five chapters (4–8) of four sections with three subsections, as SOU chapters number them. */
function proposalNumbers(count: number): string[] {
  const numbers: string[] = [];
  for (let chapter = 4; numbers.length < count; chapter++) {
    for (let section = 1; section <= 4; section++) {
      for (let sub = 1; sub <= 3; sub++) numbers.push(`${chapter}.${section}.${sub}`);
    }
  }
  return numbers.slice(0, count);
}

function respondentNames(): string[] {
  return [
    // "Åstorps kommun", but "Solna kommun": names ending in a vowel or s take no genitive s.
    ...MUNICIPALITIES.map((m) => `${m}${/[aeiouyåäös]$/.test(m) ? '' : 's'} kommun`),
    ...REGIONS.map((r) => `Region ${r}`),
    ...COUNTIES.map((c) => `Länsstyrelsen i ${c} län`),
    ...MUNICIPALITIES.slice(0, 48).map((m) => `Tingsrätten i ${m}`),
    ...MUNICIPALITIES.slice(48).map((m) => `Polismyndigheten, lokalpolisområde ${m}`),
    ...AUTHORITIES,
    ...ORGANISATIONS,
  ];
}

const QUOTES: Record<Stance, ReadonlyArray<(who: string, what: string) => string>> = {
  for: [
    (who, what) => `${who} tillstyrker förslaget ${what}.`,
    (who, what) => `${who} instämmer i förslaget ${what}.`,
    (who, what) => `${who} ser positivt på förslaget ${what} och anser att det bör genomföras skyndsamt.`,
  ],
  partly: [
    (who, what) => `${who} ser positivt på förslaget ${what}, men anser att finansieringen måste klargöras.`,
    (who, what) => `${who} tillstyrker delvis förslaget ${what}.`,
  ],
  against: [
    (who, what) => `${who} avstyrker förslaget ${what}.`,
    (who, what) => `${who} instämmer inte i förslaget ${what}.`,
  ],
  neutral: [
    (who, what) => `${who} har inga synpunkter på förslaget ${what}.`,
    (who, what) => `${who} avstår från att yttra sig om förslaget ${what}.`,
  ],
};

function pickStance(r: number): Stance {
  return r < 0.4 ? 'for' : r < 0.65 ? 'partly' : r < 0.85 ? 'against' : 'neutral';
}

export function buildCorpus(shape: CorpusShape = BENCH_SHAPE): Corpus {
  const rand = random(shape.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  const remisser: RemissRef[] = [];
  const proposals: Proposal[] = [];
  const titleWords = new Map<string, Proposal>();
  const wordUse = new Map<string, number>();
  const numbers = proposalNumbers(shape.proposalsPerRemiss);

  for (let i = 0; i < shape.remisser; i++) {
    // "SOU 2024:72" first, like the seeds; then distinct SOU numbers over 2019–2025.
    const id = i === 0 ? 'SOU 2024:72' : `SOU ${2019 + (i % 7)}:${10 + i}`;
    const theme = THEMES[i % THEMES.length];
    remisser.push({ id, title: `${THEME_PREFIXES[i % THEME_PREFIXES.length]} ${theme}` });
    for (const number of numbers) {
      // Half the titles get a three-part compound ("vårdkompetensregister"), which is usually theirs alone.
      const middle = rand() < 0.5 ? pick(COMPOUND_HEADS) : '';
      const word = `${pick(COMPOUND_HEADS)}${middle}${pick(COMPOUND_TAILS)}`;
      const title =
        i === 0 && number === '7.2.2'
          ? 'Genomför försöksverksamhet med Magnetmodellen i kommunal hälso- och sjukvård'
          : `${pick(VERBS)} ${pick(OBJECT_PATTERNS)(word)} i ${theme}`;
      const proposal = { remiss: id, number, title };
      proposals.push(proposal);
      const key = title.includes('Magnetmodellen') ? 'magnetmodellen' : word.toLowerCase();
      wordUse.set(key, (wordUse.get(key) ?? 0) + 1);
      titleWords.set(key, proposal);
    }
  }
  // Only words of exactly one title are "distinctive": they must answer with one proposal, not a pick list.
  for (const [word, n] of wordUse) if (n > 1) titleWords.delete(word);

  const respondents = respondentNames();
  const documents: Corpus['documents'] = [];
  const perRemiss = Math.ceil(shape.responses / shape.remisser);
  for (let d = 0; d < shape.responses; d++) {
    const remiss = remisser[Math.floor(d / perRemiss) % remisser.length];
    const respondent = respondents[(d * 7 + Math.floor(d / perRemiss)) % respondents.length];
    const own = proposals.filter((p) => p.remiss === remiss.id);
    // A response answers most proposals of its remiss, in order, each at most once.
    const chosen = own
      .map((p) => ({ p, r: rand() }))
      .sort((a, b) => a.r - b.r)
      .slice(0, shape.stancesPerResponse)
      .map((x) => x.p)
      .sort((a, b) => numbers.indexOf(a.number) - numbers.indexOf(b.number));
    const stances: StanceRecord[] = chosen.map((p, k) => {
      const stance = pickStance(rand());
      const what = `”${p.title}”`;
      const quote = `${pick(QUOTES[stance])(respondent, what)} ${pick(FILLER)}`;
      return {
        proposal: p.number,
        title: null,
        stance,
        quote,
        page: 1 + Math.floor(k / 6),
        confidence: 'high',
        reason: 'synthetic',
      };
    });
    const file = `${respondent.replace(/\s+/g, '-').toLowerCase()}-${remiss.id.replace(/\W+/g, '-')}.pdf`;
    const parsed: ParsedDocument = { file, kind: 'response', remiss, respondent, stances, warnings: [] };
    documents.push({ contentHash: createHash('sha256').update(`${d}\u0000${file}`).digest('hex'), parsed });
  }
  return { remisser, proposals, respondents, documents, titleWords };
}
