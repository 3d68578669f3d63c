export * from './src/role';
export * from './src/user.entity';
export * from './src/api-token.entity';
export * from './src/auth.module';
export * from './src/auth.errors';
export * from './src/users.service';
export * from './src/tokens.service';
export * from './src/passwords';
