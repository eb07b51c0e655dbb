import type { AwardRecord, Official } from '@/domain/award-record';
import { toExcelCsv } from '@/data/excel-csv';
import { AWARD_COLUMNS, type AwardColumn } from '@/data/parse-award-rows';

function officials(list: readonly Official[]): string {
  return list.map((o) => `${o.name ?? 'unnamed'} (${o.role})`).join('; ');
}

function cellsOf(r: AwardRecord): Record<AwardColumn, string | number | undefined> {
  const source = r.sources[0];
  return {
    code: r.code,
    name_as_written: r.nameAsWritten,
    level: r.level,
    year: r.year,
    category: r.category[0]!.toUpperCase() + r.category.slice(1),
    event_date: r.eventDate,
    recipient_name: r.recipient?.name ?? '',
    recipient_role: r.recipient?.role ?? '',
    represented_head: officials(r.represents),
    accompanying: officials(r.accompanying),
    coverage_pct: r.metrics.coveragePct,
    active_pct: r.metrics.activePct,
    pemda_registered_pct: r.metrics.pemdaRegisteredPct,
    population: r.metrics.population,
    participants: r.metrics.participants,
    metrics_as_of: r.metrics.asOf,
    previous: r.previous.map((p) => p.text).join('; '),
    source_url: source?.url,
    publisher: source?.publisher,
    published_date: source?.publishedDate,
    note: r.note?.en,
    note_id: r.note && r.note.id !== r.note.en ? r.note.id : undefined,
  };
}

/**
 * Records as a CSV in the columns the importer reads (data/awards.csv's), laid out for Indonesian Excel
 * (BOM, `;`, decimal comma, formula guard). Importing it back gives the same records.
 */
export function recordsToCsv(records: readonly AwardRecord[]): string {
  return toExcelCsv([...AWARD_COLUMNS], records.map((r) => {
    const cells = cellsOf(r);
    return AWARD_COLUMNS.map((c) => cells[c]);
  }));
}
