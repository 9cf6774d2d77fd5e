import type { Migration } from './migration';
import { m0010CreateProjects } from './0010-create-projects';
import { m0020CreatePosts } from './0020-create-posts';
import { m0030CreateAssets } from './0030-create-assets';
import { m0040CreateAuditLog } from './0040-create-audit-log';
import { m0050CreateDicomUidMap } from './0050-create-dicom-uid-map';
import { m0060AssetRedactionState } from './0060-asset-redaction-state';
import { m0070PostRevisionHistory } from './0070-post-revision-history';
import { m0080CreateSettings } from './0080-create-settings';
import { m0090CreatePatients } from './0090-create-patients';
import { m0100CreateConsentForms } from './0100-create-consent-forms';
import { m0110CreateConsents } from './0110-create-consents';
import { m0120CreateAssetLinks } from './0120-create-asset-links';
import { m0130CreateExportLog } from './0130-create-export-log';
import { m0140CreateTakedownItems } from './0140-create-takedown-items';
import { m0150AudioAssets } from './0150-audio-assets';
import { m0160VideoScans } from './0160-video-scans';

// Numbers go by ten so a fix-up can slot in between two shipped steps.
export const migrations: readonly Migration[] = [
  m0010CreateProjects,
  m0020CreatePosts,
  m0030CreateAssets,
  m0040CreateAuditLog,
  m0050CreateDicomUidMap,
  m0060AssetRedactionState,
  m0070PostRevisionHistory,
  m0080CreateSettings,
  m0090CreatePatients,
  m0100CreateConsentForms,
  m0110CreateConsents,
  m0120CreateAssetLinks,
  m0130CreateExportLog,
  m0140CreateTakedownItems,
  m0150AudioAssets,
  m0160VideoScans,
];
