import { common } from './en/common';
import { auth } from './en/auth';
import { companies } from './en/companies';

/** English, the source language. Each area keeps its strings in its own file. */
export const en: Record<string, string> = { ...common, ...auth, ...companies };
