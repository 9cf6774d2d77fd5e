import { useState } from 'react';
import { platformIds, platformLabels, type PlatformId } from '../../shared/model/platforms';
import { postFormatLabels, postFormats, type PostFormat } from '../../shared/model/post';
import { Dialog } from '../ui/Dialog';
import { DialogActions } from '../ui/DialogActions';

type Props = { onCreate(input: { title: string; format: PostFormat; platforms: PlatformId[] }): void; onCancel(): void };

export function NewPostDialog({ onCreate, onCancel }: Props) {
  const [title, setTitle] = useState('');
  const [format, setFormat] = useState<PostFormat>('carousel');
  const [platforms, setPlatforms] = useState<PlatformId[]>(['instagram']);
  const ready = title.trim() !== '';
  const submit = () => ready && onCreate({ title: title.trim(), format, platforms });
  const toggle = (p: PlatformId) => setPlatforms((list) => (list.includes(p) ? list.filter((x) => x !== p) : [...list, p]));
  return (
    <Dialog
      title="New post"
      onClose={onCancel}
      footer={<DialogActions confirmLabel="Create post" onConfirm={submit} onCancel={onCancel} disabled={!ready} />}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <label className="field">
          <span>Title</span>
          <input value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} aria-label="Post title" placeholder="e.g. Scaphoid fractures: the snuffbox sign" />
        </label>
        <fieldset className="field">
          <legend>Format</legend>
          <div className="chips">
            {postFormats.map((f) => (
              <label key={f} className={`chip${format === f ? ' on' : ''}`}>
                <input type="radio" name="format" value={f} checked={format === f} onChange={() => setFormat(f)} />
                {postFormatLabels[f]}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="field">
          <legend>Platforms</legend>
          <div className="chips">
            {platformIds.map((p) => (
              <label key={p} className={`chip${platforms.includes(p) ? ' on' : ''}`}>
                <input type="checkbox" checked={platforms.includes(p)} onChange={() => toggle(p)} />
                {platformLabels[p]}
              </label>
            ))}
          </div>
        </fieldset>
      </form>
    </Dialog>
  );
}
