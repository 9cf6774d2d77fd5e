import type { MetadataField } from '../../shared/phi/types';

export function MetadataList({ fields }: { fields: MetadataField[] | null }) {
  if (fields === null) return <p className="subtle">Shown after a scan.</p>;
  if (fields.length === 0) return <p className="subtle">No metadata in this file.</p>;
  return (
    <>
      <p className="subtle">Found in the file; none of it is ever written into an export.</p>
      <ul className="metadata-list" data-testid="metadata-list">
        {fields.map((f, i) => (
          <li key={i}>
            <strong>{f.label}:</strong> {f.value}
          </li>
        ))}
      </ul>
    </>
  );
}
