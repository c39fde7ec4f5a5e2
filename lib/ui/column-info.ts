/**
 * A 年报 column as another context sent it (nianbao:get's `column`, nianbao:column's answer):
 * checked field by field before the popup or the review page trusts it; null when it is not one.
 * Links that are not http(s) report links with a title are dropped, not the whole column.
 */
import type { ReportLink } from '../list/links';
import type { ColumnInfo } from '../messages';

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object';
const httpUrl = (v: unknown): v is string => typeof v === 'string' && /^https?:\/\//i.test(v);

function readLink(v: unknown): ReportLink | null {
  if (!isObject(v) || !httpUrl(v.url) || typeof v.title !== 'string') return null;
  const agency = typeof v.agency === 'string' ? v.agency : null;
  const year = typeof v.year === 'number' && Number.isInteger(v.year) ? v.year : null;
  return { url: v.url, title: v.title, agency, year };
}

export function readColumnInfo(raw: unknown): ColumnInfo | null {
  if (!isObject(raw) || !httpUrl(raw.url) || !Array.isArray(raw.links)) return null;
  const links = raw.links.map(readLink).filter((l): l is ReportLink => l !== null);
  if (!links.length) return null;
  const pages = Array.isArray(raw.pages) ? raw.pages.filter(httpUrl) : [];
  return { url: raw.url, title: typeof raw.title === 'string' ? raw.title : '', links, pages };
}
