import type { DatePrecision } from '#libs/core';
import type { ContactRole } from '../contact.entity';
import type { Classification, ResponseChannel } from '../response.entity';

/**
 * The founding case as outreach, all of it from public sources: the letters other organizations
 * sent (the diaspora's to Supermicro, the #KeepItOn coalition's to A1) and what the companies said
 * in public, each with its source; where a source gives only a month or a latest date, the record
 * says so. Only the contacts are invented (addresses on reserved `.example` domains), and the joint
 * letter to the companies the diaspora named stays drafts, marked demo: nothing here claims that a
 * letter went out that did not.
 */
export interface DemoContact {
  company: string;
  name: string;
  role: ContactRole;
  email: string;
  order: number;
}

export interface DemoAnswer {
  channel: ResponseChannel;
  respondedOn: string;
  precision?: DatePrecision;
  classification: Classification;
  text: string;
  url: string;
  /** The title of the published evidence it answers. */
  answers: string;
}

export interface DemoExternalLetter {
  company: string;
  senderOrganization: string;
  sentOn: string;
  precision: DatePrecision;
  subject: string;
  summary: string;
  /** The title of the published evidence the letter was about. */
  about: string;
  source: { url: string; title: string; publisher: string; publishedOn: string };
  sourceExcerpt: string;
  answer?: DemoAnswer;
}

const INVENTED = 'Demo data: an invented address on a reserved example domain.';
export const DEMO_CONTACT_SOURCE = INVENTED;

const press = (company: string, domain = company): DemoContact => ({
  company,
  name: 'Press office',
  role: 'press',
  email: `press@${domain}.example`,
  order: 1,
});

export const DEMO_CONTACTS: DemoContact[] = [
  press('sandvine'),
  press('supermicro'),
  { company: 'supermicro', name: 'Legal department', role: 'legal', email: 'legal@supermicro.example', order: 2 },
  {
    company: 'supermicro',
    name: 'Investor relations',
    role: 'investor_relations',
    email: 'ir@supermicro.example',
    order: 3,
  },
  press('a1-belarus', 'a1-belarus'),
  {
    company: 'a1-belarus',
    name: 'Group compliance, A1 Telekom Austria',
    role: 'human_rights',
    email: 'compliance@a1-group.example',
    order: 2,
  },
  press('synesis'),
  ...['seagate', 'kingston', 'red-hat', 'ibm', 'sap', 'oracle', 'intel', 'nvidia'].map((slug) => press(slug)),
];

const GLOBAL_VOICES = {
  url: 'https://globalvoices.org/2020/12/15/how-global-tech-companies-enable-the-belarusian-regime-and-the-belarusian-revolution/',
  title: 'How global tech companies enable the Belarusian regime — and the Belarusian revolution',
  publisher: 'Global Voices (Advox)',
  publishedOn: '2020-12-15',
};

export const SUPERMICRO_KGB = 'Supermicro servers for the KGB through the reseller MAP INFO';
export const A1_SHUTDOWNS =
  'A1 Belarus shut down and throttled internet access by order of state bodies the sources do not name';

export const DEMO_EXTERNAL_LETTERS: DemoExternalLetter[] = [
  {
    company: 'supermicro',
    senderOrganization: 'the Belarusian community of the San Francisco Bay Area',
    // The event description of the protest of 24 November 2020 reports the letter as sent before the tender.
    sentOn: '2020-11-24',
    precision: 'on_or_before',
    subject: 'Letter about the situation in Belarus, asking Supermicro to stop the KGB tender',
    summary:
      'Before the tender, the Belarusian community of the San Francisco Bay Area sent Supermicro a letter about the situation in ' +
      'Belarus and asked it to stop the tender, as the event description of their protest of 24 November 2020 says (quoted by ' +
      'Global Voices). The letter itself is not at hand. Global Voices reported on 15 December 2020 that Supermicro had yet to issue a ' +
      'public response.',
    about: SUPERMICRO_KGB,
    source: GLOBAL_VOICES,
    sourceExcerpt:
      'Before the tender, the Belarusian community of San Francisco Bay Area sent them a letter about the situation in Belarus and ' +
      'asked them to stop the tender […] Supermicro has yet to issue a public response.',
  },
  {
    company: 'a1-belarus',
    senderOrganization: 'the #KeepItOn coalition (20 organizations, Access Now and epicenter.works among them)',
    sentOn: '2020-10-01',
    precision: 'day',
    subject:
      'Joint letter to A1 Belarus calling on telecom service providers in Belarus to be transparent and resist internet shutdowns',
    summary:
      'The coalition’s open letter to the CEOs of A1 Belarus, A1 Telekom Austria Group and América Móvil asked them to publicly pledge ' +
      'to maintain internet access in Belarus, to resist and denounce any order of the government to shut it down, and to denounce ' +
      'the shutdowns of August and September 2020, say how and why they were implemented, report on their impact and challenge their ' +
      'legality in court.',
    about: A1_SHUTDOWNS,
    source: {
      url: 'https://docslib.org/doc/5167851/october-1-2020-ceo-helmut-duhs-a1-belarus-ceo-thomas-arnoldner',
      title:
        'Joint letter to A1 Belarus calling on telecom service providers in Belarus to be transparent and resist internet shutdowns',
      publisher: '#KeepItOn coalition (copy on docslib.org)',
      publishedOn: '2020-10-01',
    },
    sourceExcerpt:
      'write to urgently request that you publicly pledge your support to maintain free and open internet access in Belarus, and ' +
      'resist and denounce any and all orders by the Alyaksandr Lukashenka government to shut down the internet.',
    answer: {
      channel: 'public_statement',
      // Global Voices quotes the reply; the article of 15 December 2020 is the latest date it gives.
      respondedOn: '2020-12-15',
      precision: 'on_or_before',
      classification: 'justified',
      text:
        'In its reply to the coalition’s open letter, as Global Voices quotes it: “It is obvious that limitation of access to internet ' +
        'services goes against the interest of the company and its clients. However, A1 Telekom Austria Groups is obliged to follow ' +
        'the local legislative and normative rules in every country of its operations”.',
      url: GLOBAL_VOICES.url,
      answers: A1_SHUTDOWNS,
    },
  },
];

/** What companies said in public on the matter without answering a letter of record. */
export const DEMO_STATEMENTS: ({ company: string } & DemoAnswer)[] = [
  {
    company: 'sandvine',
    channel: 'public_statement',
    respondedOn: '2020-09-15',
    classification: 'exited',
    text:
      'Sandvine said that custom code had been developed and inserted into its products “to thwart the free flow of information during the Belarus election. ' +
      'This is a human rights violation and it has triggered the automatic termination of our end user license agreement.”',
    url: 'https://business-humanrights.org/en/latest-news/belarus-us-company-sandvine-supplied-technology-used-to-shut-down-internet',
    answers: 'Sandvine deep packet inspection equipment at the National Traffic Exchange Center',
  },
  {
    company: 'a1-belarus',
    channel: 'public_statement',
    respondedOn: '2020-08-30',
    classification: 'justified',
    text: 'A1 said that it had restricted internet access “by order of the authorized state bodies”.',
    url: 'https://ukrainetoday.org/2020/08/30/minsk-restricts-internet-operation-by-order-of-government-agencies',
    answers: A1_SHUTDOWNS,
  },
  {
    company: 'synesis',
    channel: 'press',
    // Global Voices reports it as said "this autumn"; its article of 15 December 2020 is the latest date it gives.
    respondedOn: '2020-12-15',
    precision: 'on_or_before',
    classification: 'denied',
    text:
      'In its defence against accusations that Kipod gave the police face recognition, the company explained to Onliner.by that its ' +
      'cameras are only present in Minsk’s metro and railway stations and can only recognise specific faces from its existing ' +
      'database, not from footage of the protests, as Global Voices reported.',
    url: GLOBAL_VOICES.url,
    answers: 'Synesis’ Kipod video analytics and face search for the Belarusian authorities',
  },
  {
    company: 'synesis',
    channel: 'press',
    respondedOn: '2021-06-01',
    precision: 'month',
    classification: 'denied',
    text: 'Company representatives said that Kipod “could not be used to identify” protestors, as Biometric Update reported in June 2021.',
    url: 'https://www.biometricupdate.com/202106/more-sanctions-knock-belarus-face-biometrics-firm-off-center',
    answers: 'Synesis’ Kipod video analytics and face search for the Belarusian authorities',
  },
];

/**
 * The joint letter to the companies the Belarusian diaspora named: one draft each, side by side,
 * ready for an organizer to send. Drafts, not sent letters: a demo must not say of a real company
 * that it left a letter unanswered when no letter went out.
 */
export const DEMO_BATCH = {
  title: 'Joint letter to the companies named by the Belarusian diaspora (demo)',
  companies: ['seagate', 'kingston', 'red-hat', 'ibm', 'sap', 'oracle', 'intel', 'nvidia'],
};
