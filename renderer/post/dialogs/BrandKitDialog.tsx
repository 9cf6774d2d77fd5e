import { useState } from 'react';
import type { Asset } from '../../../shared/model/asset';
import { BrandKit } from '../../../shared/model/brandKit';
import { errorMessage, studio, unwrap } from '../../api/studio';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import type { Templates } from '../usePostEditorData';

type Props = {
  brand: BrandKit;
  fonts: Templates['fonts'];
  assets: readonly Asset[];
  onSaved(kit: BrandKit, restyle: boolean): void;
  onCancel(): void;
};

const colourLabels: Record<keyof BrandKit['colours'], string> = {
  primary: 'Primary',
  accent: 'Accent',
  background: 'Background',
  text: 'Text',
  muted: 'Muted text',
};

/** The library's look: colours, heading and body fonts, logo and handle (saved for every post). */
export function BrandKitDialog({ brand, fonts, assets, onSaved, onCancel }: Props) {
  const [kit, setKit] = useState<BrandKit>(brand);
  const [restyle, setRestyle] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const families = fonts.length ? fonts : [{ family: kit.fonts.heading, label: kit.fonts.heading, license: '' }];
  const logos = assets.filter((a) => a.kind === 'image');
  const save = async () => {
    const parsed = BrandKit.safeParse(kit);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'The brand kit is not valid.');
    try {
      const saved = await unwrap(studio.brand.set(parsed.data));
      onSaved(saved, restyle);
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  const font = (key: keyof BrandKit['fonts'], label: string) => (
    <label className="field">
      <span>{label}</span>
      <select value={kit.fonts[key]} onChange={(e) => setKit({ ...kit, fonts: { ...kit.fonts, [key]: e.target.value } })} aria-label={label}>
        {families.map((f) => (
          <option key={f.family} value={f.family}>
            {f.label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <Dialog title="Brand kit" onClose={onCancel} footer={<DialogActions confirmLabel="Save brand kit" onConfirm={() => void save()} onCancel={onCancel} />}>
      <fieldset className="field">
        <legend>Colours</legend>
        <div className="brand-colours">
          {(Object.keys(colourLabels) as (keyof BrandKit['colours'])[]).map((k) => (
            <label key={k} className="brand-colour">
              <input type="color" value={kit.colours[k].slice(0, 7)} onChange={(e) => setKit({ ...kit, colours: { ...kit.colours, [k]: e.target.value } })} aria-label={`${colourLabels[k]} colour`} />
              <span>{colourLabels[k]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field-row">
        {font('heading', 'Heading font')}
        {font('body', 'Body font')}
      </div>
      <label className="field">
        <span>Handle</span>
        <input value={kit.handle} maxLength={60} placeholder="@dr.rivera" onChange={(e) => setKit({ ...kit, handle: e.target.value })} aria-label="Handle" />
      </label>
      <label className="field">
        <span>Logo</span>
        <select value={kit.logoAssetId ?? ''} onChange={(e) => setKit({ ...kit, logoAssetId: e.target.value || null })} aria-label="Logo">
          <option value="">No logo</option>
          {logos.map((a) => (
            <option key={a.id} value={a.id}>
              {a.originalName}
            </option>
          ))}
        </select>
      </label>
      <label className="check-field">
        <input type="checkbox" checked={restyle} onChange={(e) => setRestyle(e.target.checked)} />
        Restyle this post with the new kit (one undo step)
      </label>
      {error && <p className="banner error">{error}</p>}
    </Dialog>
  );
}
