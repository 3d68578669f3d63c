import { Transform } from 'class-transformer';

/** Form text arrives with stray spaces; passwords are the one thing never trimmed. */
export const Trim = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
