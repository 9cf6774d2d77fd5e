import type { DicomDataset } from './dicomCodec';
import { items, isPrivateTag, textValues } from './dicomValues';
import type { IdentifyingStrings } from './identifyingStrings';
import { isInstanceUid } from './uidKinds';

// Attributes whose whole value is an identifier, an address or a place: their text, repeated in
// any other attribute, identifies the patient there too. Names and dates are found by VR.
const IDENTIFIER_TAGS = new Set([
  '00080050', // AccessionNumber
  '00080080', // InstitutionName
  '00080081', // InstitutionAddress
  '00080092', // ReferringPhysicianAddress
  '00080094', // ReferringPhysicianTelephoneNumbers
  '00081010', // StationName
  '00081040', // InstitutionalDepartmentName
  '00100020', // PatientID
  '00100021', // IssuerOfPatientID
  '00101000', // OtherPatientIDs
  '00101040', // PatientAddress
  '00101050', // InsurancePlanIdentification
  '00101090', // MedicalRecordLocator
  '00102152', // RegionOfResidence
  '00102154', // PatientTelephoneNumbers
  '00102299', // ResponsibleOrganization
  '00120030', // ClinicalTrialSiteID
  '00120031', // ClinicalTrialSiteName
  '00120040', // ClinicalTrialSubjectID
  '00120042', // ClinicalTrialSubjectReadingID
  '00181000', // DeviceSerialNumber
  '00181004', // PlateID
  '00181005', // GeneratorID
  '00181007', // CassetteID
  '00181008', // GantryID
  '00181009', // UniqueDeviceIdentifier
  '0018700A', // DetectorID
  '00189371', // XRayDetectorID
  '00160051', // LensSerialNumber
  '00200010', // StudyID
  '00320012', // StudyIDIssuer
  '00321020', // ScheduledStudyLocation
  '00380010', // AdmissionID
  '00380011', // IssuerOfAdmissionID
  '00380060', // ServiceEpisodeID
  '00380300', // CurrentPatientLocation
  '00380400', // PatientInstitutionResidence
  '0038001E', // ScheduledPatientInstitutionResidence
  '00400009', // ScheduledProcedureStepID
  '00400010', // ScheduledStationName
  '00400011', // ScheduledProcedureStepLocation
  '00400242', // PerformedStationName
  '00400243', // PerformedLocation
  '00400253', // PerformedProcedureStepID
  '00400512', // ContainerIdentifier
  '00400551', // SpecimenIdentifier
  '00401001', // RequestedProcedureID
  '00401005', // RequestedProcedureLocation
  '00401102', // PersonAddress
  '00401103', // PersonTelephoneNumbers
  '00402008', // OrderEnteredBy
  '00402009', // OrderEntererLocation
  '00402010', // OrderCallbackPhoneNumber
  '00402016', // PlacerOrderNumberImagingServiceRequest
  '00402017', // FillerOrderNumberImagingServiceRequest
  '00404036', // HumanPerformerOrganization
  '0040A027', // VerifyingOrganization
  '0040A353', // AddressTrial
  '0040A354', // TelephoneNumberTrial
  '30080105', // SourceSerialNumber
  '40080040', // ResultsID
  '40080200', // InterpretationID
  '4008011A', // DistributionAddress
]);

/**
 * Walks the whole dataset, sequences and private blocks included, before anything is changed:
 * names (every PN), dates (every DA and DT), identifiers and places, and every instance UID.
 */
export function gatherIdentifyingStrings(ds: DicomDataset, strings: IdentifyingStrings, oldUids: Set<string>): void {
  for (const [tag, el] of Object.entries(ds)) {
    if (el.vr === 'SQ') {
      for (const item of items(el)) gatherIdentifyingStrings(item, strings, oldUids);
      continue;
    }
    const values = textValues(el);
    if (el.vr === 'PN') for (const v of values) strings.addName(v);
    else if (el.vr === 'DA' || el.vr === 'DT') for (const v of values) for (const d of v.split('\\')) strings.addDate(d);
    else if (el.vr === 'UI') {
      for (const v of values) {
        const uid = v.replace(/\0/g, '').trim();
        if (isInstanceUid(tag, uid)) {
          oldUids.add(uid);
          // A UID copied into a comment identifies the study as surely as the UID element.
          strings.addIdentifier(uid);
        }
      }
    } else if (!isPrivateTag(tag) && IDENTIFIER_TAGS.has(tag)) for (const v of values) strings.addIdentifier(v);
  }
}
