import type { INestApplicationContext } from '@nestjs/common';
import { APP_CONFIG, SYSTEM_ACTOR, type AppConfig } from '#libs/core';
import { UsersService } from '#libs/auth';
import { DemoSeedService } from '#libs/companies';
import { EvidenceDemoSeedService } from '#libs/evidence';
import { OutreachDemoSeedService } from '#libs/outreach';
import { CampaignsDemoSeedService } from '#libs/campaigns';

export interface FirstLogin {
  email: string;
  /** Set only on the start that created the account. */
  password: string | null;
}

/**
 * What `npm start` adds for a newcomer: the demo record on first start, and an admin account
 * whose generated password is printed once.
 */
export async function prepareEmbedded(app: INestApplicationContext): Promise<FirstLogin> {
  const config = app.get<AppConfig>(APP_CONFIG);
  await app.get(DemoSeedService).seedIfEmpty(SYSTEM_ACTOR);
  await app.get(EvidenceDemoSeedService).seedIfEmpty(SYSTEM_ACTOR);
  await app.get(OutreachDemoSeedService).seedIfEmpty(SYSTEM_ACTOR);
  await app.get(CampaignsDemoSeedService).seedIfEmpty(SYSTEM_ACTOR);
  const users = app.get(UsersService);
  const email = `admin@${config.mailDomain.includes('.') ? config.mailDomain : 'leverage.local'}`;
  if ((await users.countUsers()) > 0) return { email, password: null };
  const { password } = await users.create(SYSTEM_ACTOR, { email, displayName: 'Admin', role: 'admin' });
  return { email, password };
}
