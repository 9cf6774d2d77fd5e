import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { AuditEntry, AuditQuery } from '../../../shared/compliance/complianceApi';
import type { Db } from '../store/openDatabase';

type Row = { seq: number; at: string; action: string; object_type: string; object_id: string | null; detail: string };

/** Entries newest first; `action` ending in '.' is a prefix ('compliance.'). */
export function listAudit(db: Db, query: Partial<AuditQuery>): AuditEntry[] {
  const where: string[] = [];
  const args: unknown[] = [];
  const add = (clause: string, ...values: unknown[]) => {
    where.push(clause);
    args.push(...values);
  };
  if (query.objectType) add('object_type = ?', query.objectType);
  if (query.objectId) add('object_id = ?', query.objectId);
  if (query.action?.endsWith('.')) add('substr(action, 1, ?) = ?', query.action.length, query.action);
  else if (query.action) add('action = ?', query.action);
  if (query.since) add('at >= ?', query.since);
  if (query.until) add('at <= ?', query.until);
  const sql = `SELECT * FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq DESC LIMIT ?`;
  const rows = db.prepare(sql).all(...args, query.limit ?? 500) as Row[];
  return rows.map((r) => ({ seq: r.seq, at: r.at, action: r.action, objectType: r.object_type, objectId: r.object_id, detail: JSON.parse(r.detail) }));
}

const csvCell = (v: string) => (/[",\n\r]/.test(v) || /^[=+\-@]/.test(v) ? `"${(/^[=+\-@]/.test(v) ? `'${v}` : v).replace(/"/g, '""')}"` : v);
const detailText = (d: AuditEntry['detail']) => Object.entries(d).map(([k, v]) => `${k}=${v}`).join('; ');

/** CSV with a header; cells that a spreadsheet would run as formulas are quoted and prefixed. */
export function auditCsv(entries: readonly AuditEntry[]): string {
  const lines = [['seq', 'at', 'action', 'object_type', 'object_id', 'detail'].join(',')];
  for (const e of entries) lines.push([String(e.seq), e.at, e.action, e.objectType, e.objectId ?? '', detailText(e.detail)].map(csvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

// Helvetica (WinAnsi) cannot draw every character: anything outside it is shown as '?'.
const printable = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-').replace(/[^\x20-\x7e\xa0-\xff]/g, '?');

/** A plain A4-landscape table: time, action, object, details (wrapped), page numbers. */
export async function auditPdf(entries: readonly AuditEntry[], title: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(printable(title));
  pdf.setProducer('MedPost Studio');
  pdf.setCreator('MedPost Studio');
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const [W, H, M, size, lineH] = [842, 595, 36, 8, 10];
  const cols = [
    { head: 'Time (UTC)', x: M, w: 110 },
    { head: 'Action', x: M + 115, w: 110 },
    { head: 'Object', x: M + 230, w: 150 },
    { head: 'Details', x: M + 385, w: W - M - (M + 385) },
  ];
  const wrap = (text: string, width: number): string[] => {
    const out: string[] = [];
    let line = '';
    for (const word of printable(text).split(/(?<=[;,]) |\s+/)) {
      let w = word;
      while (font.widthOfTextAtSize(w, size) > width) {
        let cut = w.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(w.slice(0, cut), size) > width) cut--;
        if (line) out.push(line);
        line = '';
        out.push(w.slice(0, cut));
        w = w.slice(cut);
      }
      const next = line ? `${line} ${w}` : w;
      if (font.widthOfTextAtSize(next, size) > width) {
        out.push(line);
        line = w;
      } else line = next;
    }
    if (line) out.push(line);
    return out.length ? out : [''];
  };
  let page = pdf.addPage([W, H]);
  let y = H - M;
  const header = () => {
    page.drawText(printable(title), { x: M, y, size: 12, font: bold });
    y -= 20;
    for (const c of cols) page.drawText(c.head, { x: c.x, y, size, font: bold });
    y -= 4;
    page.drawLine({ start: { x: M, y }, end: { x: W - M, y }, thickness: 0.5, color: rgb(0.4, 0.4, 0.4) });
    y -= lineH;
  };
  header();
  for (const e of entries) {
    const cells = [wrap(e.at, cols[0].w), wrap(e.action, cols[1].w), wrap(`${e.objectType} ${e.objectId ?? ''}`, cols[2].w), wrap(detailText(e.detail), cols[3].w)];
    const rows = Math.max(...cells.map((c) => c.length));
    if (y - rows * lineH < M) {
      page = pdf.addPage([W, H]);
      y = H - M;
      header();
    }
    cells.forEach((lines, i) => lines.forEach((l, j) => page.drawText(l, { x: cols[i].x, y: y - j * lineH, size, font })));
    y -= rows * lineH + 3;
  }
  if (entries.length === 0) page.drawText('No entries.', { x: M, y, size, font });
  const pages = pdf.getPages();
  pages.forEach((p, i) => p.drawText(`Page ${i + 1} of ${pages.length}`, { x: W - M - 60, y: M / 2, size, font }));
  return pdf.save();
}
