import { SetMetadata } from '@nestjs/common';

export const JOB_HANDLER = 'leverage:job-handler';

export interface JobHandlerMeta {
  name: string;
  /** A cron expression when the job also runs on a schedule. */
  cron?: string;
}

/** Marks a service method as the handler of one job; the worker discovers it at boot. */
export const JobHandler = (name: string, options: { cron?: string } = {}) => SetMetadata<string, JobHandlerMeta>(JOB_HANDLER, { name, ...options });
