import type { StudioEvent } from '../../../shared/api/events';
import { importAsset } from '../assets/importAsset';
import type { JobRegistry } from '../jobs/jobRegistry';
import type { Library } from '../library/library';
import { assetHandlers } from './assetHandlers';
import { complianceHandlers } from './complianceHandlers';
import { consentHandlers } from './consentHandlers';
import { exportHandlers } from './exportHandlers';
import { fileHandlers } from './fileHandlers';
import type { HandlerDeps, Handlers } from './handlerDeps';
import type { HostCapabilities } from './hostCapabilities';
import { projectHandlers } from './projectHandlers';
import { redactionHandlers } from './redactionHandlers';
import { reelAssetHandlers } from './reelAssetHandlers';
import { reelHandlers } from './reelHandlers';
import { templateHandlers } from './templateHandlers';

export type { HandlerContext, Handlers } from './handlerDeps';

/** The one implementation of the API contract; every host calls through here. */
export function createHandlers(
  lib: Library,
  jobs: JobRegistry,
  emit: (event: StudioEvent) => void,
  host: HostCapabilities = {},
): Handlers {
  const changed: HandlerDeps['changed'] = (what, projectId) => emit({ type: 'library.changed', what, projectId });
  const deps: HandlerDeps = {
    lib,
    jobs,
    host,
    changed,
    async importFrom(input, name, source) {
      const result = await jobs.run(input.jobId, (job) => importAsset(lib, { projectId: input.projectId, name, source }, job));
      changed('assets', input.projectId);
      return result;
    },
  };
  return {
    ...projectHandlers(deps),
    ...assetHandlers(deps),
    ...redactionHandlers(deps),
    ...fileHandlers(deps),
    ...exportHandlers(deps),
    ...templateHandlers(deps),
    ...consentHandlers(deps),
    ...complianceHandlers(deps),
    ...reelHandlers(deps),
    ...reelAssetHandlers(deps),
  };
}
