import type { CampaignInputDto } from '../dto/campaign.dto';

/** The evidence the demo petition rests on, found by its title in the demo record. */
export const DEMO_EVIDENCE_TITLE = 'Supermicro servers for the KGB through the reseller MAP INFO';

/**
 * The demo petition (DESIGN.md, "Demo data"): its words say nothing the evidence does not; the
 * evidence item carries the source (Global Voices, 15 December 2020).
 */
export const DEMO_PETITION: CampaignInputDto = {
  slug: 'supermicro-stop-supplying-the-kgb',
  kind: 'petition',
  title: 'Supermicro: stop your servers reaching the Belarusian KGB through MAP INFO',
  ask:
    'We ask Supermicro to stop its servers reaching the KGB of Belarus through resellers such as MAP INFO, ' +
    'to say publicly what it has done to that end, and to answer the letters it has been sent.',
  why:
    'According to the official Belarusian state tenders website, as Global Voices reported on 15 December 2020, ' +
    'Supermicro servers were to be supplied to the KGB through the private Belarusian company MAP INFO, in a tender ' +
    'worth about 100 thousand dollars. The Belarusian community of the San Francisco Bay Area wrote to Supermicro ' +
    'before the tender and asked it to stop. Supermicro had not answered publicly by the time of the report.',
  targets: ['supermicro', 'map-info'],
  evidence: [],
  goal: 1000,
  milestones: [10, 100, 500],
};

/** Demo signatures: they say they are demo, in their name (a shown first name reads "Demo-Anna") and their comment. */
export const DEMO_SIGNERS: { name: string; country: string; showName: boolean }[] = [
  { name: 'Demo-Anna', country: 'BY', showName: true },
  { name: 'Demo-Ales', country: 'BY', showName: true },
  { name: 'Demo-Maryia', country: 'LT', showName: false },
  { name: 'Demo-Piotr', country: 'PL', showName: true },
  { name: 'Demo-Hanna', country: 'DE', showName: false },
  { name: 'Demo-Siarhei', country: 'BY', showName: false },
  { name: 'Demo-Kate', country: 'US', showName: true },
  { name: 'Demo-Ihar', country: 'BY', showName: false },
  { name: 'Demo-Volha', country: 'BY', showName: true },
  { name: 'Demo-Dzmitry', country: 'BY', showName: false },
  { name: 'Demo-Nina', country: 'BY', showName: false },
  { name: 'Demo-Taras', country: 'UA', showName: true },
];
