import { compareProposalNumbers } from '../catalog/catalog.js';

/**
 * Total order for proposal markers: the whole remiss ("*") first, then numbers part by part
 * ("4.1" < "4.1.1" < "10.1"), then anything non-numeric alphabetically, then null (title only) last.
 */
export function compareProposalMarkers(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (a === '*') return -1;
  if (b === '*') return 1;
  const aNumeric = /^\d+(\.\d+)*$/.test(a);
  const bNumeric = /^\d+(\.\d+)*$/.test(b);
  if (aNumeric && bNumeric) return compareProposalNumbers(a, b);
  if (aNumeric !== bNumeric) return aNumeric ? -1 : 1;
  return a.localeCompare(b, 'sv');
}
