import { childrenNamed, type XmlElement } from './xml-tree.js';

/**
 * Where the parts that decide Word's list numbers are in a DOCX package, found the way the package says
 * (ECMA-376 Part 2, Open Packaging Conventions): `_rels/.rels` names the main document by its officeDocument
 * relationship, the main document's relationships part (`word/_rels/document.xml.rels`) names its numbering and
 * styles parts. Word's own files put them at word/document.xml, word/numbering.xml and word/styles.xml; other
 * writers may not, and a name is only ever taken from a relationship.
 *
 * The conventional names are used only when the relationships part itself is absent, as mammoth does and as
 * the file was read before. A relationship that is there but cannot be followed (its part missing, external, a
 * Target climbing out of the package, two where the standard allows one) locates nothing: the document is then
 * read without computed numbers, never with numbers from a part the document may not use.
 */
export interface WordParts {
  /** Zip entry names. */
  document: string;
  numbering: string;
  /** null when the main document has no styles part. */
  styles: string | null;
}

/** A part's XML by zip entry name: undefined when there is no such entry, null when it cannot be read or parsed. */
export type ReadPartXml = (name: string) => XmlElement | null | undefined;

const TRANSITIONAL_TYPES = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
// ISO 29500 Strict names the same relationships differently.
const STRICT_TYPES = 'http://purl.oclc.org/ooxml/officeDocument/relationships/';

/** The parts, or null when the package has no numbering part that is certainly the main document's. */
export function locateWordParts(entryNames: readonly string[], readXml: ReadPartXml): WordParts | null {
  const packageRelationships = readRelationships(readXml, '_rels/.rels');
  if (packageRelationships === null) return null;
  const document =
    packageRelationships === undefined
      ? findEntry(entryNames, 'word/document.xml')
      : relatedPart(entryNames, packageRelationships, '/', 'officeDocument');
  if (typeof document !== 'string') return null;

  const documentRelationships = readRelationships(readXml, relationshipsPartOf(document));
  if (documentRelationships === null) return null;
  if (documentRelationships === undefined) {
    const numbering = findEntry(entryNames, 'word/numbering.xml');
    const styles = findEntry(entryNames, 'word/styles.xml');
    if (typeof numbering !== 'string' || styles === null) return null;
    return { document, numbering, styles: styles ?? null };
  }
  const numbering = relatedPart(entryNames, documentRelationships, `/${document}`, 'numbering');
  const styles = relatedPart(entryNames, documentRelationships, `/${document}`, 'styles');
  if (typeof numbering !== 'string' || styles === null) return null;
  return { document, numbering, styles: styles ?? null };
}

interface Relationship {
  type: string;
  target: string;
  external: boolean;
}

/** The Relationship elements of a .rels part; undefined when the part is absent, null when it is not one. */
function readRelationships(readXml: ReadPartXml, name: string): Relationship[] | null | undefined {
  const root = readXml(name);
  if (root === undefined || root === null) return root;
  if (root.name !== 'rel:Relationships') return null;
  return childrenNamed(root, 'rel:Relationship').map((element) => ({
    type: element.attributes.Type ?? '',
    target: element.attributes.Target ?? '',
    external: element.attributes.TargetMode === 'External',
  }));
}

/**
 * The zip entry of the one part related to `source` by a relationship of this kind: undefined when there is no
 * such relationship, null when it cannot be followed or there are several.
 */
function relatedPart(
  entryNames: readonly string[],
  relationships: readonly Relationship[],
  source: string,
  kind: string,
): string | null | undefined {
  const related = relationships.filter(
    (relationship) => relationship.type === TRANSITIONAL_TYPES + kind || relationship.type === STRICT_TYPES + kind,
  );
  if (related.length === 0) return undefined;
  if (related.length > 1 || related[0].external) return null;
  const part = resolvePartTarget(source, related[0].target);
  return part === null ? null : (findEntry(entryNames, part) ?? null);
}

/** "word/document.xml" → "word/_rels/document.xml.rels". */
function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * A relationship Target as the part name it refers to, without the leading slash (the zip entry's form):
 * relative to the folder of the source part (`/` for the package's own relationships), by RFC 3986 §5.2 as
 * OPC prescribes. "../lists/numbering.xml" from /word/document.xml is "lists/numbering.xml". Null for what is
 * not a part of this package: a URL with a scheme or host, a query or fragment, an empty segment, a backslash,
 * an encoded slash, or ".." above the package root (which RFC 3986 would silently drop; here it is refused).
 */
export function resolvePartTarget(source: string, target: string): string | null {
  // "http:", "file:", "//host/…": not in the package.
  if (/^[a-z][a-z\d+.-]*:/i.test(target) || target.startsWith('//')) return null;
  if (/[?#\\]/.test(target)) return null;
  const path = target.startsWith('/') ? [] : source.split('/').slice(1, -1);
  const segments = (target.startsWith('/') ? target.slice(1) : target).split('/');
  for (const raw of segments) {
    const segment = decodeSegment(raw);
    if (segment === null || segment.includes('/') || segment.includes('\\')) return null;
    if (segment === '.') continue;
    if (segment === '..') {
      if (path.pop() === undefined) return null;
      continue;
    }
    // An empty segment ("lists//x", a trailing "/") names no part.
    if (segment === '') return null;
    path.push(segment);
  }
  // "lists/.." names a folder, not a part.
  const last = decodeSegment(segments.at(-1) ?? '');
  if (last === '.' || last === '..' || path.length === 0) return null;
  return path.join('/');
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/**
 * The zip entry holding a part (its name decoded, as resolvePartTarget gives it). OPC part names are compared
 * ignoring ASCII case (Part 2 §9.1.1.1), so "Numbering.XML" names word/numbering.xml; a zip entry name may be
 * percent-encoded. Undefined when no entry has the name, null when two do.
 */
function findEntry(entryNames: readonly string[], part: string): string | null | undefined {
  const key = foldAsciiCase(part);
  const matches = entryNames.filter((name) => foldAsciiCase(decodeSegment(name) ?? name) === key);
  return matches.length > 1 ? null : matches[0];
}

function foldAsciiCase(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
}
