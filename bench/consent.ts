// `npm run bench`: the consent registry. 100,000 consents over 20,000 patients. Targets: the
// consents of one patient < 1 ms, coverage of a 10-asset post < 2 ms; CSV import in rows/s.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { linkAsset } from '../electron/services/consent/assetLinks';
import { importConsentCsv } from '../electron/services/consent/consentCsv';
import { consentsOfPatient } from '../electron/services/consent/consentStore';
import { coverageForAssets } from '../electron/services/consent/coverageLookup';
import { addTestAsset } from '../test/fixtures/consentRegistry';
import { openLibrary } from '../electron/services/library/library';

const PATIENTS = 20_000;
const CONSENTS = 100_000;
const platforms = ['instagram', 'tiktok', 'x', 'linkedin', 'youtube', 'threads', 'bluesky', 'mastodon', 'lemon8'];

function stats(values: number[]): { median: number; p95: number } {
  const s = [...values].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], p95: s[Math.floor(s.length * 0.95)] };
}
const ms = (n: number) => `${n.toFixed(3)} ms`;
const code = (i: number) => `PT-${String(i).padStart(5, '0')}`;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'medpost-bench-consent-'));
const lib = openLibrary(dir);
try {
  const t0 = performance.now();
  // Seeded through SQL in one transaction (the registry's own path is measured by the CSV import).
  lib.db.transaction(() => {
    const patient = lib.db.prepare("INSERT INTO patients (id, code, created_at, updated_at) VALUES (?, ?, 't', 't')");
    const consent = lib.db.prepare("INSERT INTO consents (id, patient_id, created_at) VALUES (?, ?, 't')");
    const version = lib.db.prepare(
      "INSERT INTO consent_versions (consent_id, version, kind, signer_role, signed_on, expires_on, scope, internet_clause, recorded_at) VALUES (?, ?, 'image', 'patient', ?, ?, ?, 1, 't')",
    );
    for (let p = 1; p <= PATIENTS; p++) patient.run(p, code(p));
    for (let i = 0; i < CONSENTS; i++) {
      const id = randomUUID();
      consent.run(id, (i % PATIENTS) + 1);
      const scope = JSON.stringify({ platforms: [platforms[i % 9], platforms[(i + 3) % 9]], media: i % 4 === 0 ? ['image', 'video'] : ['image'], features: i % 5 === 0 ? ['face'] : [], purposes: ['education'] });
      version.run(id, 1, '2026-01-10', i % 7 === 0 ? '2026-03-01' : null, scope);
      // One in ten has been corrected once, so "current version" lookups see real history.
      if (i % 10 === 0) version.run(id, 2, '2026-01-11', null, scope);
    }
  })();
  console.log(`Seeded ${CONSENTS.toLocaleString('en')} consents over ${PATIENTS.toLocaleString('en')} patients in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const lookups: number[] = [];
  let found = 0;
  for (let i = 0; i < 2000; i++) {
    const t = performance.now();
    found += consentsOfPatient(lib.db, code(1 + ((i * 7919) % PATIENTS))).length;
    lookups.push(performance.now() - t);
  }
  const l = stats(lookups.slice(100));
  console.log(`Lookup by patient (5 consents each, current versions): median ${ms(l.median)}, p95 ${ms(l.p95)}  (target < 1 ms) [${found} rows read]`);

  const assetIds: string[] = [];
  for (let i = 0; i < 10; i++) {
    const id = addTestAsset(lib, `bench-${i}`, { face: i % 3 === 0, kind: i === 9 ? 'video' : 'image' });
    linkAsset(lib.db, id, i === 8 ? { notClinical: true } : { patientCode: code(1 + i * 97) });
    assetIds.push(id);
  }
  const runs: number[] = [];
  let covered = 0;
  for (let i = 0; i < 1000; i++) {
    const t = performance.now();
    covered += coverageForAssets(lib.db, { assetIds, platform: platforms[i % 9] as 'instagram', date: '2026-06-01' }).assets.filter((a) => a.covered).length;
    runs.push(performance.now() - t);
  }
  const c = stats(runs.slice(50));
  console.log(`Coverage of a 10-asset post: median ${ms(c.median)}, p95 ${ms(c.p95)}  (target < 2 ms) [${covered} asset answers covered]`);

  const rows = Array.from({ length: 10_000 }, (_, i) => `PT-9${String(i).padStart(5, '0')},,2026-02-01,,instagram;x,image,${i % 5 === 0 ? 'face' : ''},education,yes`);
  const csv = ['patient,name,signed,expires,platforms,media,features,purposes,internet', ...rows].join('\n');
  const t1 = performance.now();
  const imported = importConsentCsv(lib.db, csv, '2026-06-01');
  const seconds = (performance.now() - t1) / 1000;
  console.log(`CSV import of ${imported.imported.toLocaleString('en')} rows (validated, one transaction, audited): ${seconds.toFixed(2)} s = ${Math.round(imported.imported / seconds).toLocaleString('en')} rows/s`);
} finally {
  lib.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
