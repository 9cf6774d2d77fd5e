import { useState } from 'react';
import type { ComplianceFinding } from '../../shared/compliance/types';
import type { EditorSession } from '../../shared/editor/editorSession';
import { platformLabels, type PlatformId } from '../../shared/model/platforms';
import type { ReelExportResult } from '../../shared/reel/reelApi';
import { formatClock } from '../../shared/reel/timeline';
import { studio, unwrap } from '../api/studio';
import { saveFile } from '../api/saveFile';
import { ComplianceGate } from '../compliance/ComplianceGate';
import { ExportBlockers, ExportDone, ExportError, ExportFooter, ExportProgress, useExportRun } from '../post/dialogs/exportJob';
import { Dialog } from '../ui/Dialog';

type Props = {
  session: EditorSession;
  postId: string;
  platforms: readonly PlatformId[];
  /** Problems the editor sees before any export (no scenes, proposed boxes waiting…). */
  blockers: readonly string[];
  flushSave(): Promise<void>;
  /** A finding's place: its scene (selected), its time (the playhead goes there), its caption. */
  onGoTo(where: { sceneId?: string; atMs?: number; captionId?: string }): void;
  onClose(): void;
};

type Outcome = ReelExportResult & { savedVideo: string | null; savedSrt: string | null };

/**
 * Export of a reel: choose the platforms, pass the compliance gate (the same gate as slides:
 * errors block, warnings need a reason), then an MP4 rendered in one ffmpeg pass with progress,
 * time left and Cancel; the video and its .srt are saved where the user says.
 */
export function ReelExportDialog({ session, postId, platforms, blockers, flushSave, onGoTo, onClose }: Props) {
  const [chosen, setChosen] = useState<PlatformId[]>([...platforms]);
  const run = useExportRun<Outcome>(session, flushSave);
  const { running, outcome, gate } = run;
  const blocked = blockers.length > 0 || !gate.ready || (platforms.length > 0 && chosen.length === 0);

  const start = () =>
    run.run('reel', async (jobId) => {
      const result = await unwrap(studio.reels.export({ postId, jobId, platforms: chosen.length ? chosen : undefined, date: gate.date, acks: gate.acks }));
      const video = await unwrap(studio.exports.download({ exportId: result.exportId }));
      const savedVideo = await saveFile(result.name, video.data, video.mime);
      let savedSrt: string | null = null;
      if (result.srt) {
        const srt = await unwrap(studio.exports.download({ exportId: result.srt.exportId }));
        savedSrt = await saveFile(result.srt.name, srt.data, srt.mime);
      }
      return { ...result, savedVideo, savedSrt };
    });
  const goTo = (f: ComplianceFinding) => {
    onGoTo(f.where);
    onClose();
  };
  const p = run.progress;
  return (
    <Dialog
      title="Export reel"
      onClose={running ? () => undefined : onClose}
      footer={<ExportFooter running={running} done={outcome !== null} blocked={blocked} label="Export MP4" onStart={() => void start()} onClose={onClose} />}
    >
      {platforms.length > 0 && (
        <fieldset className="field" disabled={running}>
          <legend>For</legend>
          <div className="chips">
            {platforms.map((pl) => (
              <label key={pl} className={`chip${chosen.includes(pl) ? ' on' : ''}`}>
                <input type="checkbox" checked={chosen.includes(pl)} onChange={() => setChosen((c) => (c.includes(pl) ? c.filter((x) => x !== pl) : [...c, pl]))} />
                {platformLabels[pl]}
              </label>
            ))}
          </div>
          <p className="subtle">Each chosen platform’s length and size limits are checked.</p>
        </fieldset>
      )}
      {blockers.length > 0 && (
        <ExportBlockers what="reel">
          {blockers.map((b) => (
            <li key={b}>{b}</li>
          ))}
        </ExportBlockers>
      )}
      {chosen.length > 0 || platforms.length === 0 ? (
        <ComplianceGate postId={postId} date={run.date} flushSave={flushSave} round={run.round} onGoTo={goTo} onChange={run.onGate} platforms={platforms.length ? chosen : undefined} />
      ) : (
        <p className="banner">Choose at least one platform to check and export for.</p>
      )}
      {running && p && <ExportProgress progress={p} onCancel={run.cancel} startedAt={run.startedAt} />}
      <ExportError error={run.error} />
      {outcome && (
        <ExportDone
          savedAs={outcome.savedVideo}
          bytes={outcome.bytes}
          detail={`: ${outcome.width} × ${outcome.height}, ${formatClock(outcome.durationMs)}, ${outcome.fps} fps.`}
          verified={outcome.verified}
        >
          {outcome.srt && <p>{outcome.savedSrt ? `Captions saved as ${outcome.savedSrt}.` : 'The captions file was not saved.'}</p>}
        </ExportDone>
      )}
    </Dialog>
  );
}
