import { describe, expect, it } from 'vitest';
import { fieldOfError } from './fieldErrors';

describe('fieldOfError', () => {
  it('places a contract error by its path', () => {
    expect(fieldOfError('terms.scope.platforms.0: "tiktokk" is not a platform; use one of: instagram, x.')).toEqual({
      field: 'platforms',
      message: '"tiktokk" is not a platform; use one of: instagram, x.',
    });
    expect(fieldOfError('patientCode: A patient code is letters and digits joined by dashes, like PT-0042 (no names).').field).toBe('patientCode');
  });

  it('places a registry error by its path, without the terms prefix', () => {
    expect(fieldOfError('expiresOn: The expiry date must come after the signing date.')).toEqual({
      field: 'expiresOn',
      message: 'The expiry date must come after the signing date.',
    });
    expect(fieldOfError('signer: A relationship is only given when a representative signs.').field).toBe('signer');
    expect(fieldOfError('terms.signer.relationship: Too long').field).toBe('signer');
  });

  it('places a message with no path by what it talks about', () => {
    expect(fieldOfError('The signing date 2031-01-01 is in the future: record a consent once it is signed.').field).toBe('signedOn');
    expect(fieldOfError('Cannot reach MedPost Studio: failed').field).toBe('form');
  });

  it('does not mistake a sentence with a colon for a path', () => {
    expect(fieldOfError('Something went wrong: disk full')).toEqual({ field: 'form', message: 'Something went wrong: disk full' });
  });
});
