// Entities (for the data source and migrations; they never leave the services).
export * from './src/store/campaign.entity';
export * from './src/store/signature.entity';
export * from './src/store/tally.entity';
export * from './src/campaigns.module';
