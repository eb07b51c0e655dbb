import { AWARD_COLUMNS, type AwardColumn } from '@/data/parse-award-rows';
import { awardCsvLine } from './sent-fact';

/** The issue form in .github/ISSUE_TEMPLATE/ a report opens; its field ids are the row's columns below. */
export const REPORT_TEMPLATE = 'kirim-data.yml';

/** The row's columns the issue form asks for, by field id (`name` is the row's name_as_written). */
export const REPORT_FIELDS = [
  ['code', 'code'],
  ['name', 'name_as_written'],
  ['year', 'year'],
  ['category', 'category'],
  ['source_url', 'source_url'],
  ['publisher', 'publisher'],
  ['recipient_name', 'recipient_name'],
  ['recipient_role', 'recipient_role'],
  ['coverage_pct', 'coverage_pct'],
  ['active_pct', 'active_pct'],
  ['pemda_registered_pct', 'pemda_registered_pct'],
  ['note', 'note'],
] as const satisfies readonly (readonly [string, AwardColumn])[];

export interface ReportConfig {
  /** The project's GitHub repository (https://github.com/owner/name), set at build as VITE_REPOSITORY_URL. */
  repositoryUrl?: string | undefined;
  /** Where reports go by e-mail when there is no repository, VITE_REPORT_EMAIL. */
  email?: string | undefined;
}

export type ReportTarget = { kind: 'issue'; href: string; text: string } | { kind: 'mail'; href: string; text: string } | { kind: 'copy'; text: string };

function reportTitle(cells: readonly string[]): string {
  const get = (c: AwardColumn) => cells[AWARD_COLUMNS.indexOf(c)]!;
  return `Kirim data: ${get('name_as_written') || get('code')} ${get('year')} ${get('category')}`;
}

/** The report as plain text: every field as entered, then the row in awards.csv's format. */
export function reportText(cells: readonly string[]): string {
  const get = (c: AwardColumn) => cells[AWARD_COLUMNS.indexOf(c)]!;
  const lines = REPORT_FIELDS.map(([id, column]) => `${id}: ${get(column)}`);
  return [reportTitle(cells), '', ...lines, '', 'csv_row:', awardCsvLine(cells)].join('\n');
}

/** An https GitHub-style repository address without a trailing slash, or null when it is not one. */
function repositoryBase(url: string | undefined): URL | null {
  if (!url) return null;
  try {
    const u = new URL(url.trim());
    if (u.protocol !== 'https:' || u.pathname.split('/').filter(Boolean).length !== 2) return null;
    u.pathname = u.pathname.replace(/\/+$/, '');
    return u;
  } catch {
    return null;
  }
}

const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/;

/**
 * Where the report goes: a prefilled new-issue page of the repository's issue form (GitHub fills a form field
 * from the query parameter named by its id), else an e-mail, else text the reader copies.
 */
export function reportTarget(cells: readonly string[], config: ReportConfig): ReportTarget {
  const text = reportText(cells);
  const repo = repositoryBase(config.repositoryUrl);
  if (repo) {
    const url = new URL(`${repo.pathname}/issues/new`, repo.origin);
    const params = new URLSearchParams({ template: REPORT_TEMPLATE, title: reportTitle(cells) });
    for (const [id, column] of REPORT_FIELDS) params.set(id, cells[AWARD_COLUMNS.indexOf(column)]!);
    params.set('csv_row', awardCsvLine(cells));
    url.search = params.toString();
    return { kind: 'issue', href: url.href, text };
  }
  const email = config.email?.trim();
  if (email && EMAIL.test(email)) {
    // encodeURIComponent, not URLSearchParams: mail clients show a '+' as a plus, not a space.
    const href = `mailto:${encodeURIComponent(email).replace('%40', '@')}?subject=${encodeURIComponent(reportTitle(cells))}&body=${encodeURIComponent(text)}`;
    return { kind: 'mail', href, text };
  }
  return { kind: 'copy', text };
}
