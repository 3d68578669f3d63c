import { Injectable } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Clock, FixedClock } from './clock';

describe('FixedClock', () => {
  it('stands still until advanced', () => {
    const clock = new FixedClock(new Date('2026-03-01T12:00:00Z'));
    const before = clock.now();
    expect(clock.now()).toEqual(before);

    clock.advance(14 * 24 * 60 * 60 * 1000);
    expect(clock.now().toISOString()).toBe('2026-03-15T12:00:00.000Z');
    // The returned date is a copy: changing it does not move the clock.
    clock.now().setFullYear(2000);
    expect(clock.now().toISOString()).toBe('2026-03-15T12:00:00.000Z');
  });

  it('replaces the system clock through Nest injection', async () => {
    @Injectable()
    class Deadline {
      constructor(private readonly clock: Clock) {}
      inTwoWeeks(): Date {
        return new Date(this.clock.now().getTime() + 14 * 24 * 60 * 60 * 1000);
      }
    }
    const clock = new FixedClock(new Date('2026-01-01T00:00:00Z'));
    const moduleRef = await Test.createTestingModule({
      providers: [Deadline, { provide: Clock, useValue: clock }],
    }).compile();

    expect(moduleRef.get(Deadline).inTwoWeeks().toISOString()).toBe('2026-01-15T00:00:00.000Z');
    await moduleRef.close();
  });
});
