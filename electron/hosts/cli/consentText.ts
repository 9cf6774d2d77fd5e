import type { Consent } from '../../../shared/consent/consentModel';

// Plain-text renderings of the registry commands' answers (when --json is not given).

type Listed = Consent & { status: string; patientName?: string | null };
type Takedown = { id: number; exportId: string; postId: string; platform: string; exportedAt: string; tickedAt: string | null };

export function consentLine(c: Listed | Consent): string {
  const status = 'status' in c ? `  [${c.status}]` : '';
  const name = 'patientName' in c && c.patientName ? ` (${c.patientName})` : '';
  const until = c.expiresOn ? ` until ${c.expiresOn}` : '';
  const scope = `${c.scope.media.join('+')} on ${c.scope.platforms.join(', ')}${c.scope.features.length ? `, showing ${c.scope.features.join(', ')}` : ''}`;
  return `${c.id}  ${c.patientCode}${name}  ${c.kind}, signed ${c.signedOn}${until}: ${scope}${c.internetClause ? ', internet clause' : ''}${status}`;
}

export function takedownLines(items: readonly Takedown[]): string[] {
  if (items.length === 0) return ['No export showed this patient: nothing to take down.'];
  return [
    `Take down (${items.length}):`,
    ...items.map((t) => `  [${t.tickedAt ? 'x' : ' '}] #${t.id} export ${t.exportId.slice(0, 8)} of post ${t.postId} (${t.exportedAt.slice(0, 10)}) on ${t.platform === 'unspecified' ? 'wherever it was posted' : t.platform}`),
  ];
}

export function checkText(r: { covered: boolean; reasons: string[] }): string {
  return r.covered ? 'Covered.' : ['Not covered:', ...r.reasons.map((x) => `  - ${x}`)].join('\n');
}

type Report = { ok: boolean; integrity: string; assets: number; forms: number; bytesHashed: number; problems: { message: string }[] };

export function checkReportText(r: Report): string {
  const head = `Integrity: ${r.integrity}. Checked ${r.assets} asset files and ${r.forms} consent forms (${(r.bytesHashed / 1048576).toFixed(1)} MB hashed).`;
  return r.ok ? `${head}\nNo problems found.` : [head, `${r.problems.length} problem${r.problems.length === 1 ? '' : 's'}:`, ...r.problems.map((p) => `  - ${p.message}`)].join('\n');
}
