// Entities (for the data source and migrations; they never leave the services).
export * from './src/evidence.entity';
export * from './src/evidence-link.entity';
export * from './src/evidence-source.entity';
export * from './src/evidence-correction.entity';
export * from './src/evidence-review-note.entity';
export * from './src/procurement-record.entity';
