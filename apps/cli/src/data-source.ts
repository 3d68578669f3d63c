import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { AuditEventEntity, CacheVersionEntity, dataSourceOptions } from '#libs/core';
import { ApiTokenEntity, UserEntity } from '#libs/auth';
import { CompanyEntity, OwnershipEntity, StateBodyEntity } from '#libs/companies';
import { EVIDENCE_ENTITIES } from '#libs/evidence';
import { MAIL_ENTITIES } from '#libs/mail';
import { OUTREACH_ENTITIES } from '#libs/outreach';
import { SCORECARD_ENTITIES } from '#libs/scorecards';
import { CAMPAIGN_ENTITIES } from '#libs/campaigns';

/**
 * For the TypeORM CLI only (`npm run migration:generate`): every entity, the migrations, and the
 * database named by DATABASE_URL. The product itself builds its data source in CoreModule.
 */
export default new DataSource({
  ...dataSourceOptions({
    url: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/leverage_dev',
    poolMax: 1,
  }),
  entities: [
    AuditEventEntity,
    CacheVersionEntity,
    UserEntity,
    ApiTokenEntity,
    CompanyEntity,
    OwnershipEntity,
    StateBodyEntity,
    ...EVIDENCE_ENTITIES,
    ...MAIL_ENTITIES,
    ...OUTREACH_ENTITIES,
    ...SCORECARD_ENTITIES,
    ...CAMPAIGN_ENTITIES,
  ],
});
