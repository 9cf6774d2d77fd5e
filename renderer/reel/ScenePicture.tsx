import { useCallback, useEffect, useRef, useState, type RefObject, type VideoHTMLAttributes } from 'react';
import type { WindowPreset } from '../../shared/dicom/windowPresets';
import type { Asset } from '../../shared/model/asset';
import type { PostDocument } from '../../shared/model/postDocument';
import type { ClipScene, ReelScene } from '../../shared/model/reel';
import { studio } from '../api/studio';
import { useAssetImage } from '../api/useAssetImage';
import { SlideThumbnail } from '../editor/SlideThumbnail';
import { fitRect, motionTransform, motionView, type MotionView, type Rect, type Size } from './mediaFit';
import { RedactionBoxes } from './RedactionBoxes';
import { useMediaUrl } from './useMediaUrl';

type Props = {
  scene: ReelScene;
  doc: PostDocument;
  asset: Asset | null;
  /** Time into the scene (0 … duration) and the source time shown there. */
  intoMs: number;
  sourceMs: number;
  playing: boolean;
  clipSound: boolean;
  /** Pixel height the slides are drawn at (the preview's height on screen). */
  drawHeight: number;
  selectedRedactionId?: string | null;
  /** The media rectangle and the still's motion at this moment, for drawing a redaction on the picture. */
  onRect?(rect: Rect, source: Size, view: MotionView): void;
};

type Media = HTMLImageElement | HTMLVideoElement;

/**
 * One scene as the export shows it at a moment, in canvas pixels: the slide through the editor's
 * draw path, or the photo / clip frame / cine frame fitted (with motion for stills), then its
 * redactions and its overlay slide on top.
 */
export function ScenePicture({ scene, doc, asset, intoMs, sourceMs, playing, clipSound, drawHeight, selectedRedactionId, onRect }: Props) {
  const canvas = doc.canvas;
  const holder = useRef<HTMLDivElement>(null);
  const media = useCallback((): Media | null => holder.current?.querySelector<Media>('.reel-media') ?? null, []);
  const source: Size = scene.kind === 'slide' ? canvas : { width: asset?.width ?? canvas.width, height: asset?.height ?? canvas.height };
  const rect = scene.kind === 'slide' ? { x: 0, y: 0, width: canvas.width, height: canvas.height } : fitRect(source, canvas, scene.fit);
  // A still's motion moves the fitted frame with its redactions (the export burns boxes in before the zoompan).
  const view = scene.kind === 'image' ? motionView(scene.motion, intoMs / scene.durationMs, canvas) : { zoom: 1, x: 0, y: 0 };
  const motion = motionTransform(view);
  useEffect(() => {
    onRect?.(rect, source, view);
  });
  const overlay = scene.overlaySlideId ? doc.slides.find((s) => s.id === scene.overlaySlideId) : null;
  const place = { left: rect.x, top: rect.y, width: rect.width, height: rect.height };

  let picture;
  if (scene.kind === 'slide') {
    const slide = doc.slides.find((s) => s.id === scene.slideId);
    picture = slide ? (
      <div className="reel-media-box reel-slide" style={place}>
        <SlideThumbnail slide={slide} canvas={canvas} height={drawHeight} delayMs={0} />
      </div>
    ) : (
      <Missing text="This scene’s slide is gone." />
    );
  } else if (!asset) picture = <Missing text="This scene’s media is no longer in the project." />;
  else if (scene.kind === 'image') picture = <StillMedia assetId={asset.id} place={place} />;
  else if (scene.kind === 'clip') picture = <ClipMedia scene={scene} place={place} sourceMs={sourceMs} playing={playing} sound={clipSound} />;
  else picture = <CineMedia assetId={asset.id} window={typeof scene.window === 'string' ? scene.window : undefined} fps={scene.fps} place={place} intoMs={intoMs} playing={playing} />;

  return (
    <div className="reel-scene-picture" ref={holder} data-testid="preview-scene" data-kind={scene.kind} data-scene-id={scene.id}>
      <div className="reel-motion" style={{ transform: motion }}>
        {picture}
        <RedactionBoxes redactions={scene.redactions} sourceMs={sourceMs} source={source} rect={rect} media={media} selectedId={selectedRedactionId} />
      </div>
      {overlay && (
        <div className="reel-media-box reel-overlay" data-testid="preview-overlay" style={{ left: 0, top: 0, width: canvas.width, height: canvas.height }}>
          <SlideThumbnail slide={overlay} canvas={canvas} height={drawHeight} delayMs={0} />
        </div>
      )}
    </div>
  );
}

type Place = { left: number; top: number; width: number; height: number };

function Missing({ text }: { text: string }) {
  return <div className="reel-missing">{text}</div>;
}

function StillMedia({ assetId, place }: { assetId: string; place: Place }) {
  const { url, error } = useAssetImage(assetId);
  if (error) return <Missing text={error} />;
  return url ? <img className="reel-media" src={url} alt="" style={{ ...place, position: 'absolute' }} draggable={false} /> : null;
}

/** Keeps a <video> on the source time: seeks while paused, plays at the clip's speed and corrects drift. */
function useVideoSync(ref: React.RefObject<HTMLVideoElement | null>, sourceMs: number, playing: boolean, rate: number) {
  useEffect(() => {
    const v = ref.current;
    if (!v || v.readyState < 1) return;
    const drift = Math.abs(v.currentTime * 1000 - sourceMs);
    if (!playing) {
      if (!v.paused) v.pause();
      if (drift > 20) v.currentTime = sourceMs / 1000;
      return;
    }
    v.playbackRate = rate;
    // A tenth of a second off is not visible; seeking every frame would stutter.
    if (drift > 250) v.currentTime = sourceMs / 1000;
    if (v.paused) void v.play().catch(() => undefined);
  });
}

/** A clip or cine loop laid on the preview: what could not be loaded says so; nothing shows until it is. */
function SceneVideo({ media, videoRef, place, ...rest }: { media: { url: string | null; error: string | null }; videoRef: RefObject<HTMLVideoElement | null>; place: Place } & Omit<VideoHTMLAttributes<HTMLVideoElement>, 'src' | 'style'> & { 'data-testid'?: string }) {
  if (media.error) return <Missing text={media.error} />;
  if (!media.url) return null;
  return <video ref={videoRef} className="reel-media" src={media.url} playsInline preload="auto" style={{ ...place, position: 'absolute' }} {...rest} />;
}

function ClipMedia({ scene, place, sourceMs, playing, sound }: { scene: ClipScene; place: Place; sourceMs: number; playing: boolean; sound: boolean }) {
  const media = useMediaUrl(scene.assetId);
  const ref = useRef<HTMLVideoElement>(null);
  useVideoSync(ref, sourceMs, playing, scene.speed);
  useEffect(() => {
    if (ref.current) ref.current.volume = scene.volume;
  }, [scene.volume]);
  return (
    <SceneVideo
      media={media}
      videoRef={ref}
      place={place}
      muted={scene.muted || !sound}
      data-testid="preview-video"
      onLoadedMetadata={(e) => (e.currentTarget.currentTime = sourceMs / 1000)}
    />
  );
}

function CineMedia({ assetId, window, fps, place, intoMs, playing }: { assetId: string; window: WindowPreset | undefined; fps: number | null; place: Place; intoMs: number; playing: boolean }) {
  const media = useMediaUrl(assetId, 'assets.cinePreview', window);
  const ref = useRef<HTMLVideoElement>(null);
  const [loopMs, setLoopMs] = useState(Infinity);
  // The preview file plays at the loop's own rate; a rate set on the scene speeds it up or down.
  const [fileFps, setFileFps] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    void studio.assets.cineInfo({ id: assetId }).then((r) => live && r.ok && setFileFps(r.value.fps));
    return () => {
      live = false;
    };
  }, [assetId]);
  const rate = fps && fileFps ? fps / fileFps : 1;
  // The loop repeats over the scene: its own time is the scene time (at its rate) modulo one pass.
  useVideoSync(ref, (intoMs * rate) % loopMs, playing, rate);
  return (
    <SceneVideo
      media={media}
      videoRef={ref}
      place={place}
      muted
      loop
      onLoadedMetadata={(e) => Number.isFinite(e.currentTarget.duration) && e.currentTarget.duration > 0 && setLoopMs(e.currentTarget.duration * 1000)}
    />
  );
}
