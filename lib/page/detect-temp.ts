// TEMPORARY (2026-11-22): stands in for lib/detect's detectReport until it lands; delete then.
export function detectReport(doc: Document, url: string) {
  const head = `${doc.title} ${doc.querySelector('h1, h2')?.textContent ?? ''}`;
  const onGov = /(^|\.)gov\.cn$/i.test(new URL(url, 'http://x/').hostname);
  const titled = /信息公开.{0,12}年度?报告|年度报告/.test(head);
  const tabled = !!doc.querySelector('table') && /收到和处理政府信息公开申请|主动公开政府信息情况/.test(doc.body?.textContent ?? '');
  const isReport = onGov && (titled || tabled);
  return { isReport, title: doc.title, agency: null, year: null, reason: isReport ? 'ok' : 'not-a-report' };
}
export function articleRoot(doc: Document): Element | null {
  return doc.body;
}
