import { type Catalog, EMPTY_CATALOG } from '../catalog/catalog.js';
import { hasStanceHit } from '../stance/classify-stance.js';
import { cleanSource } from '../text/clean-source.js';
import type { ParsedDocument, Proposal, SourceText } from '../types.js';
import { aggregateEvidence } from './aggregate.js';
import { type Block, toBlocks } from './blocks.js';
import { TRAILING_VERDICT } from './cues.js';
import { classifyDocumentKind } from './document-kind.js';
import { collectEvidence } from './evidence.js';
import { withRemissHint } from './remiss-hint.js';
import { findRemiss } from './remiss-ref.js';
import { findRespondent } from './respondent.js';

export interface ParseOptions {
  /** The path as given; copied into the result. */
  file: string;
  /** Known proposals (curated + harvested from the corpus); lets title-only bullets get numbers. */
  catalog?: Catalog;
  /**
   * The remiss the user says the letter answers ("SOU 2024:72", as `parseRemissReference` gives it): used when the
   * text names none, and then recorded in `warnings` (core/parse/remiss-hint.ts).
   */
  remissHint?: string;
}

function rawText(source: SourceText): string {
  return source.pages.map((p) => p.text).join('\n');
}

/** Parses one document's text into kind, remiss, respondent and one stance per proposal. Pure. */
export function parseDocument(source: SourceText, options: ParseOptions): ParsedDocument {
  const base: ParsedDocument = {
    file: options.file,
    kind: 'unknown',
    remiss: null,
    respondent: null,
    stances: [],
    warnings: [],
  };
  const raw = rawText(source);
  if (raw.trim() === '') return { ...base, error: 'the file has no text' };
  const clean = cleanSource(source);
  const blocks = toBlocks(clean);
  const text = blocks.map((b) => b.text).join('\n');
  const verdict = classifyDocumentKind(text);
  const { remiss, warning } = withRemissHint(findRemiss(blocks, raw), options.remissHint);
  const warnings: string[] = warning ? [warning] : [];
  if (verdict.kind === 'unknown') return { ...base, remiss, warnings, error: verdict.problem };
  if (verdict.kind === 'report') return { ...base, kind: 'report', remiss, warnings };

  const respondent = findRespondent(blocks, raw);
  if (!respondent) warnings.push('respondent not found');
  if (!remiss) warnings.push('remiss not found: no SOU/Ds number or consultation title');
  const evidence = collectEvidence(blocks, remiss?.id ?? null, options.catalog ?? EMPTY_CATALOG);
  // Page numbers only where the source has pages: a DOCX or plain text is one long page.
  const stances = aggregateEvidence(evidence, blocks).map((s) => (source.paged ? s : { ...s, page: null }));
  if (stances.length === 0) warnings.push('no stance found');
  return { ...base, kind: 'response', remiss, respondent, stances, warnings };
}

/**
 * Numbered proposal headings a response quotes ("7.2.2 Genomför försöksverksamhet…"), for the corpus catalog; filed
 * under the remiss the text names, or else under `remissHint`, as `parseDocument` files the letter.
 */
export function harvestProposals(source: SourceText, remissHint?: string): Proposal[] {
  const blocks = toBlocks(cleanSource(source));
  const { remiss } = withRemissHint(findRemiss(blocks, rawText(source)), remissHint);
  if (!remiss) return [];
  return blocks
    .filter((b, i) => b.kind === 'numbered-heading' && b.number && b.title && isAnswered(blocks, i))
    .map((b) => ({ remiss: remiss.id, number: b.number!, title: stripTrailingVerdict(b.title!) }));
}

/**
 * A numbered heading is a proposal when the respondent takes a position under it (or in its table row):
 * "2.1 Bakgrund" in a response's own outline is not one of the remiss's proposals.
 */
function isAnswered(blocks: Block[], index: number): boolean {
  const heading = blocks[index];
  if (hasStanceHit(heading.title ?? '')) return !isStatement(heading.title ?? '');
  for (
    let i = index + 1;
    i < blocks.length && blocks[i].kind !== 'numbered-heading' && blocks[i].kind !== 'heading';
    i++
  ) {
    if (hasStanceHit(blocks[i].text)) return true;
  }
  return false;
}

// "5.4 Regionen avstyrker förslaget …": a numbered sentence states a position; its words are not the proposal's title.
function isStatement(title: string): boolean {
  return /[.!]$/u.test(title) && !TRAILING_VERDICT.test(title);
}

// Table rows end in the verdict ("… Avstyrker"); the title is what comes before.
function stripTrailingVerdict(title: string): string {
  return title
    .replace(TRAILING_VERDICT, '')
    .replace(/\s*\.$/, '')
    .trim();
}
