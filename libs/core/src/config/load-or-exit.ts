import { ConfigError, loadConfig, type AppConfig } from './app-config';

/** At start-up: a bad variable stops the process with one line per problem, never a stack trace. */
export function loadConfigOrExit(env: Record<string, string | undefined> = process.env): AppConfig {
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      for (const problem of error.problems) process.stderr.write(`Configuration error: ${problem}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}
