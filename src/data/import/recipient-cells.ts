import type { Region } from '@/domain/regions';
import { parseOfficialList, splitList } from '@/data/parse-officials';
import type { ImportField } from './column-mapping';
import type { ImportIssue } from './import-row-result';

const ROLE_PREFIX =
  /^((?:(?:plt|pj|plh)\.?\s+|penjabat(?:\s+\(pj\))?\s+|pelaksana tugas\s+)?(?:wakil\s+)?(?:bupati|wali\s?kota|walikota|gubernur|sekretaris daerah|sekda|kepala dinas kesehatan|kadinkes|kepala dinas|kadis|asisten\s+[ivx\d]+|ketua tp[\s-]?pkk|ketua dprd))\b[\s,:-]*/i;
const NAME_ROLE = /^(.*?)\s*\(([^()]+)\)$/;

/**
 * "Askolani (Bupati)", "Bupati Askolani", "Bupati Banyuasin Askolani", "Wakil Wali Kota Tjutjuk" or a bare
 * name: the person and the role as written, the region's own name taken off the role.
 */
export function splitRecipient(text: string, region?: Region): { name: string; role: string } {
  const t = text.trim();
  const paren = NAME_ROLE.exec(t);
  if (paren && paren[2]!.trim()) {
    const outside = paren[1]!.trim();
    const inside = paren[2]!.trim();
    if (/^unnamed$/i.test(inside)) return { name: '', role: outside };
    if (/^unnamed$/i.test(outside) || !outside) return { name: '', role: inside };
    return { name: outside, role: inside };
  }
  const prefix = ROLE_PREFIX.exec(t);
  if (!prefix) return { name: t, role: '' };
  const role = prefix[1]!.replace(/\s+/g, ' ').trim();
  let rest = t.slice(prefix[0].length).trim();
  if (region) {
    for (const n of [region.name, region.shortName]) {
      if (rest.toLowerCase().startsWith(n.toLowerCase())) {
        rest = rest.slice(n.length).replace(/^[\s,:-]+/, '');
        break;
      }
    }
  }
  return { name: rest, role };
}

/** "Name (Role)" items as the validator reads them; other items read as "Role Name" when they can be. */
export function officialsCell(text: string, region: Region | undefined, field: ImportField, warnings: ImportIssue[]): string {
  const out: string[] = [];
  for (const item of splitList(text)) {
    if (parseOfficialList(item).bad.length === 0) {
      out.push(item);
      continue;
    }
    const { name, role } = splitRecipient(item, region);
    if (role) out.push(name ? `${name} (${role})` : `${role} (unnamed)`);
    else warnings.push({ code: 'badOfficial', field, value: item });
  }
  return out.join('; ');
}
