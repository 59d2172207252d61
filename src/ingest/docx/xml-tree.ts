import { SaxesParser } from 'saxes';

/**
 * A parsed XML part of a DOCX as a plain tree. Names carry the conventional Office prefix of their namespace
 * ("w:p", "mc:Fallback", "v:textbox") whatever prefix the file binds, as mammoth does, so the readers can
 * match names without caring who wrote the file. The XML itself is parsed by saxes (strict, namespace-aware).
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

const PREFIX_OF_NAMESPACE: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  // ISO "Strict" documents name the same vocabulary differently.
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'urn:schemas-microsoft-com:vml': 'v',
  'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing': 'wp',
  'http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing': 'wp',
  // The package's relationship parts (_rels/*.rels), usually written with no prefix at all; Strict uses the same.
  'http://schemas.openxmlformats.org/package/2006/relationships': 'rel',
};

/** The tree of an XML document, or null when it is not well-formed XML (saxes refuses it). */
export function parseXmlTree(xml: string): XmlElement | null {
  const parser = new SaxesParser({ xmlns: true, position: false });
  const root: XmlElement = { name: '', attributes: {}, children: [] };
  const open: XmlElement[] = [root];
  let failed = false;
  parser.on('error', () => {
    failed = true;
  });
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes)) {
      attributes[canonicalName(attribute.uri, attribute.local)] = attribute.value;
    }
    const element: XmlElement = { name: canonicalName(tag.uri, tag.local), attributes, children: [] };
    open[open.length - 1].children.push(element);
    open.push(element);
  });
  parser.on('closetag', () => {
    open.pop();
  });
  parser.on('text', (text) => {
    open[open.length - 1].children.push(text);
  });
  parser.on('cdata', (text) => {
    open[open.length - 1].children.push(text);
  });
  try {
    parser.write(xml).close();
  } catch {
    return null;
  }
  const document = root.children.find(isElement);
  return failed || document === undefined ? null : document;
}

function canonicalName(uri: string, local: string): string {
  if (uri === '') return local;
  const prefix = PREFIX_OF_NAMESPACE[uri];
  return prefix === undefined ? `{${uri}}${local}` : `${prefix}:${local}`;
}

export function isElement(node: XmlNode): node is XmlElement {
  return typeof node !== 'string';
}

/** The first child element with this name. */
export function childNamed(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((node): node is XmlElement => isElement(node) && node.name === name);
}

export function childrenNamed(element: XmlElement | undefined, name: string): XmlElement[] {
  return (element?.children ?? []).filter((node): node is XmlElement => isElement(node) && node.name === name);
}

/** `w:val` of the named child: `<w:pStyle w:val="Rubrik3"/>` gives "Rubrik3". */
export function childValue(element: XmlElement | undefined, name: string): string | undefined {
  return childNamed(element, name)?.attributes['w:val'];
}
