import type { Asset } from '../../shared/model/asset';

const text: Record<Asset['phiStatus'], string> = {
  unchecked: 'Not scanned',
  'holds-phi': 'Holds identifiers',
  clean: 'Nothing found',
  redacted: 'Redacted',
};

export function PhiStatusBadge({ asset }: { asset: Asset }) {
  return (
    <span className={`phi-badge ${asset.phiStatus}`} data-testid="phi-status" title={asset.phiStatus === 'holds-phi' ? 'This file cannot be exported as it is: redact it first.' : undefined}>
      {text[asset.phiStatus]}
    </span>
  );
}
