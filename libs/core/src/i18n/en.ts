import { common } from './en/common';
import { auth } from './en/auth';
import { companies } from './en/companies';
import { evidence } from './en/evidence';
import { evidenceApi } from './en/evidence-api';
import { evidenceConsole } from './en/evidence-console';
import { evidencePages } from './en/evidence-pages';
import { procurement } from './en/procurement';
import { outreach } from './en/outreach';
import { outreachPages } from './en/outreach-pages';
import { outreachConsole } from './en/outreach-console';
import { mail } from './en/mail';
import { mailConsole } from './en/mail-console';
import { scorecards } from './en/scorecards';
import { campaigns } from './en/campaigns';

/** English, the source language. Each area keeps its strings in its own file. */
export const en: Record<string, string> = {
  ...common,
  ...auth,
  ...companies,
  ...evidence,
  ...evidencePages,
  ...evidenceConsole,
  ...evidenceApi,
  ...procurement,
  ...mail,
  ...mailConsole,
  ...outreach,
  ...outreachPages,
  ...outreachConsole,
  ...scorecards,
  ...campaigns,
};
