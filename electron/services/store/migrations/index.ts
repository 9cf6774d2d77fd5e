import type { Migration } from './migration';
import { m0010CreateProjects } from './0010-create-projects';
import { m0020CreatePosts } from './0020-create-posts';
import { m0030CreateAssets } from './0030-create-assets';
import { m0040CreateAuditLog } from './0040-create-audit-log';
import { m0050CreateDicomUidMap } from './0050-create-dicom-uid-map';
import { m0060AssetRedactionState } from './0060-asset-redaction-state';
import { m0070PostRevisionHistory } from './0070-post-revision-history';
import { m0080CreateSettings } from './0080-create-settings';

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
];
