import type { Official } from '@/domain/award-record';

/** Splits on `;` outside brackets: "Madya (retained; year not given)" stays one item. */
export function splitList(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ';' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.map((s) => s.trim()).filter(Boolean);
}

/**
 * "Name (Role)" → {name, role}; "unnamed (Role)" → {name: null, role};
 * "Role Title (unnamed)" → {name: null, role: "Role Title"} — the dataset writes both forms.
 */
function parseOfficial(item: string): Official | null {
  const m = /^(.*?)\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)$/.exec(item.trim());
  if (!m) return null;
  const outside = m[1]!.trim();
  const inside = m[2]!.trim();
  if (!outside || !inside) return null;
  if (/^unnamed$/i.test(inside)) return { name: null, role: outside };
  if (/^unnamed$/i.test(outside)) return { name: null, role: inside };
  return { name: outside, role: inside };
}

export function parseOfficialList(text: string): { officials: Official[]; bad: string[] } {
  const officials: Official[] = [];
  const bad: string[] = [];
  for (const item of splitList(text)) {
    const o = parseOfficial(item);
    if (o) officials.push(o);
    else bad.push(item);
  }
  return { officials, bad };
}
