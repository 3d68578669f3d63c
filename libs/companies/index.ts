export * from './src/source-ref';
export * from './src/company.entity';
export * from './src/ownership.entity';
export * from './src/state-body.entity';
