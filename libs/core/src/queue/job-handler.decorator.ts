import { SetMetadata } from '@nestjs/common';

export const JOB_HANDLER = 'leverage:job-handler';

export interface WorkTuning {
  /** Jobs fetched at a time; while batches come back full the worker fetches again at once. */
  batchSize?: number;
  /** Pollers per process, each working its batch one job after another. */
  concurrency?: number;
  pollingIntervalSeconds?: number;
}

export interface JobHandlerMeta extends WorkTuning {
  name: string;
  /** A cron expression when the job also runs on a schedule. */
  cron?: string;
  /**
   * pg-boss's queue policy. `stately` keeps at most one job queued and one running: a job that
   * works through a table of what is left to do (coalescing many sends into one run) wants it.
   */
  policy?: 'standard' | 'stately';
}

/**
 * Marks a service method as the handler of one job; the worker discovers it at boot. Jobs are
 * worked one at a time by default; a queue that carries many small jobs (mail) asks for more.
 */
export const JobHandler = (
  name: string,
  options: { cron?: string; policy?: 'standard' | 'stately' } & WorkTuning = {},
) => SetMetadata<string, JobHandlerMeta>(JOB_HANDLER, { name, ...options });
