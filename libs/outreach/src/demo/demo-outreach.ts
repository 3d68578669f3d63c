import type { ContactRole } from '../contact.entity';
import type { Classification, ResponseChannel } from '../response.entity';

/**
 * The founding case as outreach. The letters are demo data: they show how the platform records
 * letters and silence, and are marked on every page as never sent. The contacts are invented
 * addresses on reserved `.example` domains. The answers are the companies' real public words,
 * each with its source; where a source gives only the month, the text says so.
 */
export interface DemoContact {
  company: string;
  name: string;
  role: ContactRole;
  email: string;
  order: number;
}

export interface DemoLetter {
  company: string;
  sentOn: string;
  /** Recipients by escalation order. */
  orders: number[];
  outcome: 'answered' | 'no_response' | 'awaiting';
  response?: {
    channel: ResponseChannel;
    respondedOn: string;
    classification: Classification;
    text: string;
    url: string;
    answersEvidence: boolean;
  };
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

export const DEMO_LETTERS: DemoLetter[] = [
  {
    company: 'sandvine',
    sentOn: '2020-09-01',
    orders: [1],
    outcome: 'answered',
    response: {
      channel: 'public_statement',
      respondedOn: '2020-09-15',
      classification: 'exited',
      text:
        'Sandvine said that custom code had been developed and inserted into its products “to thwart the free flow of information during the Belarus election. ' +
        'This is a human rights violation and it has triggered the automatic termination of our end user license agreement.”',
      url: 'https://business-humanrights.org/en/latest-news/belarus-us-company-sandvine-supplied-technology-used-to-shut-down-internet',
      answersEvidence: true,
    },
  },
  { company: 'supermicro', sentOn: '2020-09-01', orders: [1], outcome: 'no_response' },
  {
    company: 'a1-belarus',
    sentOn: '2020-08-20',
    orders: [1],
    outcome: 'answered',
    response: {
      channel: 'public_statement',
      respondedOn: '2020-08-30',
      classification: 'justified',
      text: 'A1 said that it had restricted internet access “by order of the authorized state bodies”: it followed local law.',
      url: 'https://ukrainetoday.org/2020/08/30/minsk-restricts-internet-operation-by-order-of-government-agencies',
      answersEvidence: false,
    },
  },
  {
    company: 'synesis',
    sentOn: '2021-05-17',
    orders: [1],
    outcome: 'answered',
    response: {
      channel: 'press',
      respondedOn: '2021-06-01',
      classification: 'denied',
      text:
        'Company representatives said that Kipod “could not be used to identify” protestors, as Biometric Update reported in June 2021 ' +
        '(the source gives the month only; the first of the month is recorded).',
      url: 'https://www.biometricupdate.com/202106/more-sanctions-knock-belarus-face-biometrics-firm-off-center',
      answersEvidence: true,
    },
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
