import { useCallback, useEffect, useState } from 'react';
import { studio } from './studio';

export type JobProgress = { jobId: string; done: number; total: number; message: string };

/** Starts jobs with fresh ids and follows their progress events; cancel() stops the current one. */
export function useJobProgress() {
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  useEffect(() => {
    if (!jobId) return;
    return studio.onEvent((e) => {
      if (e.type === 'job.progress' && e.jobId === jobId) setProgress({ jobId, done: e.done, total: e.total, message: e.message });
    });
  }, [jobId]);
  const start = useCallback((prefix: string) => {
    const id = `${prefix}-${crypto.randomUUID()}`;
    setProgress({ jobId: id, done: 0, total: 1, message: 'Starting' });
    setJobId(id);
    return id;
  }, []);
  const finish = useCallback(() => {
    setJobId(null);
    setProgress(null);
  }, []);
  const cancel = useCallback(() => {
    if (jobId) void studio.jobs.cancel({ jobId });
  }, [jobId]);
  return { progress, start, finish, cancel };
}
