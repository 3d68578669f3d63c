import { Injectable, Logger } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { JOB_HANDLER, type JobHandlerMeta } from './job-handler.decorator';
import { QueueService } from './queue.service';

interface Registered extends JobHandlerMeta {
  run: (data: unknown) => Promise<void>;
  owner: string;
}

/** Finds every @JobHandler at boot and starts working them; refuses a job with two handlers. */
@Injectable()
export class JobRunner {
  private readonly logger = new Logger(JobRunner.name);

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    private readonly queue: QueueService,
  ) {}

  discover(): Registered[] {
    const found = new Map<string, Registered>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const meta = this.reflector.get<JobHandlerMeta | undefined>(JOB_HANDLER, instance[method] as () => unknown);
        if (!meta) continue;
        const owner = `${wrapper.name}.${method}`;
        const previous = found.get(meta.name);
        if (previous) throw new Error(`Job ${meta.name} has two handlers: ${previous.owner} and ${owner}`);
        found.set(meta.name, {
          ...meta,
          owner,
          run: (data) => (instance[method] as (d: unknown) => Promise<void>).call(instance, data),
        });
      }
    }
    return [...found.values()];
  }

  /**
   * For a process that only sends (the API): start pg-boss and create every known queue now, so
   * that enqueueing inside a transaction never needs a second connection.
   */
  async prepareQueues(): Promise<string[]> {
    await this.queue.start('sender');
    const handlers = this.discover();
    await this.queue.prepare(handlers);
    return handlers.map((h) => h.name);
  }

  async start(): Promise<string[]> {
    await this.queue.start('worker');
    const handlers = this.discover();
    await this.queue.prepare(handlers);
    for (const handler of handlers) {
      await this.queue.work(handler.name, handler.run, handler);
      if (handler.cron) await this.queue.schedule(handler.name, handler.cron);
    }
    this.logger.log(`working ${handlers.length} job(s): ${handlers.map((h) => h.name).join(', ')}`);
    return handlers.map((h) => h.name);
  }
}
