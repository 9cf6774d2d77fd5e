import { describe, expect, it } from 'vitest';
import { useTempLibrary } from '../../../test/fixtures/useTempLibrary';
import { linkAsset, linksOf } from './assetLinks';
import { addConsent, consentHistory, correctConsent, getConsent, listConsents } from './consentStore';
import { coverageForAssets } from './coverageLookup';
import { recordExport } from './exportLog';
import { createPatient, listPatients, updatePatient } from './patientStore';
import { addTestAsset } from '../../../test/fixtures/consentRegistry';
import { revokeConsent } from './revokeConsent';
import { takedownItems, tickTakedown } from './takedownList';

const t = useTempLibrary();

const today = '2026-06-01';
const instagramImages = { signedOn: '2026-01-10', scope: { platforms: ['instagram'], media: ['image'] } };
const audit = () => t.lib.db.prepare('SELECT action, object_type, object_id, detail FROM audit_log ORDER BY seq').all() as { action: string; detail: string }[];

describe('patients', () => {
  it('keeps names out of answers and the audit log unless asked for', () => {
    createPatient(t.lib.db, { code: 'pt-0042', name: 'Jane Example' });
    expect(listPatients(t.lib.db)).toEqual([expect.objectContaining({ code: 'PT-0042', name: null, hasName: true, consentCount: 0 })]);
    expect(listPatients(t.lib.db, { showNames: true })[0].name).toBe('Jane Example');
    // A hidden name cannot be found by searching for it.
    expect(listPatients(t.lib.db, { query: 'Jane' })).toEqual([]);
    expect(listPatients(t.lib.db, { query: 'Jane', showNames: true })).toHaveLength(1);
    expect(updatePatient(t.lib.db, 'PT-0042', { name: null }).hasName).toBe(false);
    expect(JSON.stringify(audit())).not.toContain('Jane');
    expect(() => createPatient(t.lib.db, { code: 'PT-0042' })).toThrow(/already in the registry/);
  });
});

describe('consents', () => {
  it('adds a consent (creating its patient), corrects it as a new version, keeps the old one readable', () => {
    const c = addConsent(t.lib.db, { patientCode: 'PT-0042', terms: instagramImages }, today);
    expect(c).toMatchObject({ version: 1, patientCode: 'PT-0042', kind: 'image', revocation: null, correction: null });
    const fixed = correctConsent(t.lib.db, c.id, { terms: { ...instagramImages, scope: { platforms: ['instagram', 'tiktok'], media: ['image'] } }, correction: 'TikTok was ticked on paper' }, today);
    expect(fixed).toMatchObject({ id: c.id, version: 2, correction: 'TikTok was ticked on paper' });
    expect(fixed.scope.platforms).toEqual(['instagram', 'tiktok']);
    expect(consentHistory(t.lib.db, c.id).map((v) => v.scope.platforms)).toEqual([['instagram'], ['instagram', 'tiktok']]);
    expect(getConsent(t.lib.db, c.id).version).toBe(2);
  });

  it('refuses impossible dates, future signing and unknown values in plain words', () => {
    expect(() => addConsent(t.lib.db, { patientCode: 'PT-1', terms: { ...instagramImages, signedOn: '2026-02-30' } }, today)).toThrow('signedOn: 2026-02-30 is not a date: February 2026 has 28 days.');
    expect(() => addConsent(t.lib.db, { patientCode: 'PT-1', terms: { ...instagramImages, signedOn: '2026-07-01' } }, today)).toThrow(/in the future/);
    expect(() => addConsent(t.lib.db, { patientCode: 'PT-1', terms: { ...instagramImages, scope: { platforms: ['myspace'], media: ['image'] } } }, today)).toThrow(/"myspace" is not a platform/);
    expect(t.lib.db.prepare('SELECT count(*) FROM patients').pluck().get()).toBe(0);
  });

  it('lists by status: active (with expiring), expired, revoked', () => {
    addConsent(t.lib.db, { patientCode: 'PT-1', terms: instagramImages }, today);
    addConsent(t.lib.db, { patientCode: 'PT-2', terms: { ...instagramImages, expiresOn: '2026-06-20' } }, today);
    addConsent(t.lib.db, { patientCode: 'PT-3', terms: { ...instagramImages, expiresOn: '2026-05-01' } }, today);
    const r = addConsent(t.lib.db, { patientCode: 'PT-4', terms: instagramImages }, today);
    revokeConsent(t.lib.db, r.id, { reason: 'patient request' }, today);
    const codes = (status?: 'active' | 'expired' | 'revoked') => listConsents(t.lib.db, { status }, today).map((c) => `${c.patientCode}:${c.status}`);
    expect(codes()).toEqual(['PT-1:active', 'PT-2:expiring', 'PT-3:expired', 'PT-4:revoked']);
    expect(codes('active')).toEqual(['PT-1:active', 'PT-2:expiring']);
    expect(codes('expired')).toEqual(['PT-3:expired']);
    expect(codes('revoked')).toEqual(['PT-4:revoked']);
    expect(() => listConsents(t.lib.db, { patientCode: 'PT-9' }, today)).toThrow(/no patient PT-9/);
  });
});

describe('links and coverage', () => {
  it('links assets, lets a redacted copy inherit, and explains coverage per asset', () => {
    const c = addConsent(t.lib.db, { patientCode: 'PT-0042', terms: instagramImages }, today);
    addTestAsset(t.lib, 'photo');
    addTestAsset(t.lib, 'face', { face: true });
    addTestAsset(t.lib, 'clip', { kind: 'video' });
    addTestAsset(t.lib, 'diagram');
    addTestAsset(t.lib, 'copy', { derivedFrom: 'photo' });
    for (const id of ['photo', 'face', 'clip']) linkAsset(t.lib.db, id, { patientCode: 'pt-0042' });
    linkAsset(t.lib.db, 'diagram', { notClinical: true });
    expect(linksOf(t.lib.db, ['copy', 'diagram'])).toEqual(new Map([['copy', { patientCode: 'PT-0042' }], ['diagram', { notClinical: true }]]));
    expect(() => linkAsset(t.lib.db, 'photo', { patientCode: 'PT-9999' })).toThrow(/no patient PT-9999/);

    const r = coverageForAssets(t.lib.db, { assetIds: ['photo', 'face', 'clip', 'diagram', 'copy', 'gone'], platform: 'instagram', date: today });
    expect(r.covered).toBe(false);
    expect(r.assets.map((a) => [a.assetId, a.covered, a.reasons])).toEqual([
      ['photo', true, []],
      ['face', false, ['face visible but full-face not consented']],
      ['clip', false, ['video not in scope']],
      ['diagram', true, []],
      ['copy', true, []],
      ['gone', false, ['asset gone is not in the library']],
    ]);
    expect(r.assets[0].consentIds).toEqual([c.id]);
    // The caller may know better: a face redacted on the slide is not visible.
    expect(coverageForAssets(t.lib.db, { assetIds: ['face'], platform: 'instagram', date: today, features: { face: [] } }).covered).toBe(true);
    expect(coverageForAssets(t.lib.db, { assetIds: ['photo'], platform: 'tiktok', date: today }).reasons).toEqual(['consent covers Instagram, not TikTok']);
  });
});

describe('revocation and takedown', () => {
  it('lists every export and platform showing the patient, and audits each tick', () => {
    const c = addConsent(t.lib.db, { patientCode: 'PT-0042', terms: { ...instagramImages, scope: { platforms: ['any'], media: ['image'] } } }, today);
    addConsent(t.lib.db, { patientCode: 'PT-0007', terms: instagramImages }, today);
    addTestAsset(t.lib, 'a');
    addTestAsset(t.lib, 'b');
    addTestAsset(t.lib, 'other');
    linkAsset(t.lib.db, 'a', { patientCode: 'PT-0042' });
    linkAsset(t.lib.db, 'b', { notClinical: true });
    linkAsset(t.lib.db, 'other', { patientCode: 'PT-0007' });
    recordExport(t.lib.db, { exportId: 'e1', postId: 'p1', projectId: 'proj', kind: 'png', platforms: ['instagram', 'x'], assetIds: ['a', 'b'], date: today });
    recordExport(t.lib.db, { exportId: 'e2', postId: 'p2', projectId: 'proj', kind: 'pdf', platforms: [], assetIds: ['a'], date: today });
    recordExport(t.lib.db, { exportId: 'e3', postId: 'p3', projectId: 'proj', kind: 'png', platforms: ['instagram'], assetIds: ['other'], date: today });
    const relied = t.lib.db.prepare("SELECT asset_id, consent_id, consent_version, not_clinical FROM export_log_items WHERE export_id = 'e1' ORDER BY asset_id").all();
    expect(relied).toEqual([
      { asset_id: 'a', consent_id: c.id, consent_version: 1, not_clinical: 0 },
      { asset_id: 'b', consent_id: null, consent_version: null, not_clinical: 1 },
    ]);

    const { revocation, takedown } = revokeConsent(t.lib.db, c.id, { reason: 'patient request', at: '2026-05-30' }, today);
    expect(revocation).toMatchObject({ at: '2026-05-30', reason: 'patient request' });
    expect(takedown.map((t) => [t.exportId, t.platform, t.assetIds, t.tickedAt])).toEqual(
      expect.arrayContaining([
        ['e1', 'instagram', ['a'], null],
        ['e1', 'x', ['a'], null],
        ['e2', 'unspecified', ['a'], null],
      ]),
    );
    expect(takedown).toHaveLength(3);
    expect(() => revokeConsent(t.lib.db, c.id, { reason: 'again' }, today)).toThrow(/already revoked 2026-05-30/);
    expect(() => correctConsent(t.lib.db, c.id, { terms: instagramImages, correction: 'x' }, today)).toThrow(/stays as it was/);

    const ticked = tickTakedown(t.lib.db, takedown[0].id, true);
    expect(ticked.tickedAt).not.toBeNull();
    expect(takedownItems(t.lib.db, { consentId: c.id, open: true })).toHaveLength(2);
    expect(audit().filter((a) => a.action.startsWith('takedown.') || a.action === 'consent.revoke').map((a) => a.action)).toEqual(['consent.revoke', 'takedown.tick']);
    expect(coverageForAssets(t.lib.db, { assetIds: ['a'], platform: 'instagram', date: today }).reasons).toEqual(['revoked 2026-05-30: patient request']);
  });
});
