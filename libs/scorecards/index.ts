export * from './src/methodology/methodology';
export * from './src/methodology/methodology.schema';
export * from './src/methodology/methodology-files';
export * from './src/engine/inputs';
export * from './src/engine/result';
export * from './src/engine/engine';
export * from './src/engine/canonical';
export * from './src/engine/dates';
