// Audio has no picture: its tile shows a waveform instead of a thumbnail.
const bars = [4, 10, 16, 8, 20, 12, 6, 14, 18, 9, 5];

export function WaveformIcon({ label }: { label: string }) {
  return (
    <svg className="waveform-icon" viewBox="0 0 48 24" width="64" height="32" role="img" aria-label={label} data-testid="waveform-icon">
      {bars.map((h, i) => (
        <rect key={i} x={2 + i * 4} y={12 - h / 2} width="2.5" height={h} rx="1" fill="currentColor" />
      ))}
    </svg>
  );
}
