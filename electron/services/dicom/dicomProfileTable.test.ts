import dcmjs from 'dcmjs';
import { describe, expect, it } from 'vitest';
import { basicProfileTable, medpostProfileAdditions } from './dicomProfileTable';
import { appliedAction } from './profileActions';

describe('the Annex E table', () => {
  const rows = [...basicProfileTable, ...medpostProfileAdditions];

  it('lists several hundred attributes, each once', () => {
    expect(basicProfileTable.length).toBeGreaterThan(450);
    expect(new Set(rows.map((r) => r[0])).size).toBe(rows.length);
  });

  it('names each tag by its keyword in the DICOM dictionary', () => {
    const wrong = rows.filter(([tag, keyword]) => {
      const entry = dcmjs.data.DicomMetaDictionary.dictionary[`(${tag.slice(0, 4)},${tag.slice(4)})`];
      return !entry || entry.name.replace(/^RETIRED_/, '') !== keyword;
    });
    expect(wrong).toEqual([]);
  });

  it('covers the identifying attributes every image carries', () => {
    const keywords = new Set(rows.map((r) => r[1]));
    for (const kw of [
      'PatientName', 'PatientID', 'PatientBirthDate', 'PatientAddress', 'OtherPatientIDs', 'OtherPatientIDsSequence', 'AdditionalPatientHistory',
      'StudyDate', 'SeriesDate', 'AcquisitionDate', 'ContentDate', 'StudyTime', 'SeriesTime', 'AcquisitionTime', 'ContentTime', 'AcquisitionDateTime',
      'AccessionNumber', 'StudyID', 'StudyDescription', 'SeriesDescription', 'ImageComments', 'InstitutionName', 'InstitutionAddress',
      'InstitutionalDepartmentName', 'ReferringPhysicianName', 'PerformingPhysicianName', 'OperatorsName', 'StationName', 'DeviceSerialNumber',
      'RequestAttributesSequence', 'ReferencedPatientSequence', 'ReferencedStudySequence', 'ReferencedImageSequence', 'ReferencedSOPInstanceUID',
      'StudyInstanceUID', 'SeriesInstanceUID', 'SOPInstanceUID', 'FrameOfReferenceUID', 'MediaStorageSOPInstanceUID',
    ]) {
      expect(keywords.has(kw), kw).toBe(true);
    }
  });

  it('turns each standard action into one thing done', () => {
    expect(appliedAction('X', 'LO')).toBe('remove');
    expect(appliedAction('Z', 'PN')).toBe('empty');
    expect(appliedAction('X/Z', 'DA')).toBe('empty');
    expect(appliedAction('X/Z/D', 'LO')).toBe('dummy');
    expect(appliedAction('X/Z/D', 'SQ')).toBe('empty');
    expect(appliedAction('D', 'SQ')).toBe('empty');
    expect(appliedAction('U', 'UI')).toBe('uid');
    expect(appliedAction('X/Z/U*', 'SQ')).toBe('descend');
    expect(appliedAction('K', 'SQ')).toBe('descend');
    expect(appliedAction('C', 'LO')).toBe('remove');
  });
});
