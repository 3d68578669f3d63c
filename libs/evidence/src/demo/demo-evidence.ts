import type { CreateEvidenceDto } from '../evidence/dto/create-evidence.dto';
import {
  globalVoices,
  BLOOMBERG_SANDVINE,
  NDTV_PROFIT_SANDVINE,
  BHRRC_SANDVINE,
  BELSAT_SANDVINE,
  RECORD_SANDVINE,
  EU_SANCTIONS_DECEMBER_2020,
  EU_WORKING_PAPER_SYNESIS,
  SYNESIS_ON_US_SANCTIONS,
  SYNESIS_KIPOD_REFUTATION,
  SYNESIS_EU_COURT_CLAIM,
  BIOMETRIC_UPDATE_SYNESIS,
  PRIVACY_INTERNATIONAL_KIPOD,
  TASS_TELEGRAM,
  IFEX_TELEGRAM,
  KEEPITON_LETTER,
} from './demo-sources';

/**
 * The founding case (DESIGN.md, "Demo data") as evidence: Belarus 2020. Every item names the
 * sources it rests on; every excerpt is a quotation found in that source (an empty excerpt means the
 * text itself was not at hand). A date we could not read stays null rather than being guessed; where a
 * source gives only months ("August and September 2020"), the period spans those months.
 *
 * Global Voices' article of 15 December 2020 (shared/sources/global-voices-2020-12-15.md) is a
 * secondary source: what rests on it alone is `single_source`, and the companies it names only as the
 * diaspora's press release reports them are `plausible`, each an item of its own that says so.
 * Left out: VPN providers and Euroradio (none is among the demo companies) and the Czech stun grenades
 * (no company is named).
 */

// The companies the Belarusian diaspora's press release names, as Global Voices reports it

const DIASPORA_RELEASE =
  'over 20 leading global IT companies are supplying technology to the Belarusian authorities, including Seagate ' +
  'Technology, Kingston Technology, IBM’s subsidiary Red Hat software, SAP SE, VMware Inc, Oracle Corporation, Broadcom Inc, Supermicro, ' +
  'Intel, NVIDIA and many others.';
const TENDER_MENTION =
  'Mentions of some of these companies’ products (such as VMWare, Seagate and Oracle) can indeed be found on the state’s portal for tenders.';

interface NamedCompany {
  slug: string;
  name: string;
  role: 'manufacturer' | 'vendor';
  /** Global Voices found mentions of its products on the state tender portal: the name the release gives it. */
  onTenderPortal?: string;
}

const DIASPORA_NAMED: NamedCompany[] = [
  { slug: 'seagate', name: 'Seagate', role: 'manufacturer', onTenderPortal: 'Seagate Technology' },
  { slug: 'kingston', name: 'Kingston Technology', role: 'manufacturer' },
  { slug: 'red-hat', name: 'Red Hat', role: 'vendor' },
  { slug: 'sap', name: 'SAP', role: 'vendor' },
  { slug: 'vmware', name: 'VMware', role: 'vendor', onTenderPortal: 'VMware Inc' },
  { slug: 'oracle', name: 'Oracle', role: 'vendor', onTenderPortal: 'Oracle Corporation' },
  { slug: 'broadcom', name: 'Broadcom', role: 'manufacturer' },
  { slug: 'supermicro', name: 'Supermicro', role: 'manufacturer' },
  { slug: 'intel', name: 'Intel', role: 'manufacturer' },
  { slug: 'nvidia', name: 'NVIDIA', role: 'manufacturer' },
];

/** One `plausible` item per company the release names: an allegation as reported, not a checked fact. */
function namedByDiaspora(company: NamedCompany): CreateEvidenceDto {
  return {
    title: `${company.name} named by the Belarusian diaspora as a supplier of technology to the Belarusian authorities`,
    category: 'other',
    polarity: 'harm',
    confidence: 'plausible',
    products: [],
    endUser: 'belarus-state-bodies-not-named',
    chain: [{ company: company.slug, role: company.role }],
    periodStart: null,
    periodEnd: null,
    value: null,
    currency: null,
    summary:
      `A press release of the Belarusian diaspora in San Francisco, as Global Voices reported it on 15 December 2020, names ${company.name} ` +
      'among over 20 global IT companies that it says supply technology to the Belarusian authorities. The release as reported names no ' +
      'product, buyer or tender' +
      (company.onTenderPortal
        ? `; the article adds that mentions of some of these companies’ products, ${company.name}’s among them, can be found on the state tender portal.`
        : '.') +
      ' Recorded as plausible: an allegation that no primary source at hand confirms.',
    sources: [
      globalVoices(
        company.onTenderPortal
          ? `over 20 leading global IT companies are supplying technology to the Belarusian authorities, including […] ${company.onTenderPortal} […] ${TENDER_MENTION}`
          : DIASPORA_RELEASE,
      ),
    ],
  };
}

const SYNESIS_TITLE = 'Synesis’ Kipod video analytics and face search for the Belarusian authorities';

export const DEMO_EVIDENCE: CreateEvidenceDto[] = [
  {
    title: 'Sandvine deep packet inspection equipment at the National Traffic Exchange Center',
    category: 'censorship',
    polarity: 'harm',
    confidence: 'confirmed',
    products: ['Deep packet inspection equipment'],
    endUser: 'national-traffic-exchange-center',
    chain: [
      { company: 'sandvine', role: 'manufacturer' },
      { company: 'jet-infosystems', role: 'integrator' },
    ],
    periodStart: null,
    periodEnd: '2020-09-15',
    value: 250_000_000,
    currency: 'USD',
    summary:
      'Bloomberg reported on 28 August 2020, citing government documents and two people familiar with the matter, that the National Traffic ' +
      'Exchange Center obtained Sandvine deep packet inspection equipment through a $2.5 million contract with the Russian supplier Jet ' +
      'Infosystems, and that the equipment was used to block access to websites during the August 2020 election (the value is that contract). ' +
      'In a statement of 15 September 2020 Sandvine said custom code had been inserted into its products to thwart the free flow of ' +
      'information, and that this had terminated its end user licence agreement. Sandvine said it would no longer provide updates or ' +
      'technical support, but that the equipment would remain usable; on 25 September it demanded that the center return the equipment.',
    sources: [BLOOMBERG_SANDVINE, NDTV_PROFIT_SANDVINE, BHRRC_SANDVINE, BELSAT_SANDVINE, RECORD_SANDVINE],
  },
  {
    title: SYNESIS_TITLE,
    category: 'facial_recognition',
    polarity: 'harm',
    confidence: 'corroborated',
    products: ['Kipod video analytics platform'],
    endUser: 'ministry-of-internal-affairs',
    chain: [{ company: 'synesis', role: 'vendor' }],
    periodStart: null,
    periodEnd: null,
    value: null,
    currency: null,
    summary:
      'The Council of the EU put Synesis under sanctions on 17 December 2020; as Synesis quotes the listing, for providing the Belarusian ' +
      'authorities with a surveillance platform that can search through and analyse video footage and employ facial recognition software. ' +
      'A Council working paper of 30 November 2020, later made public, says the Kipod platform works within the Republican System for ' +
      'Monitoring Public Safety and is used by the Ministry of Internal Affairs, the KGB and other security bodies. Synesis denies that ' +
      'Kipod was used to identify protesters, says the platform cannot identify a person, and has challenged the listing before the EU courts.',
    sources: [
      EU_SANCTIONS_DECEMBER_2020,
      EU_WORKING_PAPER_SYNESIS,
      SYNESIS_ON_US_SANCTIONS,
      PRIVACY_INTERNATIONAL_KIPOD,
      BIOMETRIC_UPDATE_SYNESIS,
      SYNESIS_KIPOD_REFUTATION,
      SYNESIS_EU_COURT_CLAIM,
    ],
  },
  {
    title: 'Supermicro servers for the KGB through the reseller MAP INFO',
    category: 'data_infrastructure',
    polarity: 'harm',
    confidence: 'single_source',
    products: ['Servers'],
    endUser: 'kgb',
    chain: [
      { company: 'supermicro', role: 'manufacturer' },
      { company: 'map-info', role: 'reseller' },
    ],
    periodStart: null,
    periodEnd: null,
    value: 10_000_000,
    currency: 'USD',
    summary:
      'Global Voices reported on 15 December 2020, quoting the event description of the diaspora’s protest of 24 November 2020, that ' +
      'Supermicro had won a tender with the Belarusian KGB for the supply of its equipment for 100 thousand dollars (the value recorded), ' +
      'and, from the official state tenders website, that the servers were to be supplied to the KGB through the private Belarusian company ' +
      'MAP INFO. The article adds that what the servers would be used for cannot be known for sure. It is the only source at hand, and it ' +
      'relies on the tender portal and the diaspora’s own description.',
    sources: [
      globalVoices(
        'Supermicro […] recently has won a tender with the Belarusian KGB for the supply of their equipment for 100 thousand ' +
          'dollars. […] according to the official Belarus state tenders website, Supermicro’s servers would be supplied to the KGB via ' +
          'the private Belarusian company MAP INFO.',
      ),
    ],
  },
  {
    title: 'VMware licences for the Information and Analytical Center through the reseller Kvadrosoft',
    category: 'data_infrastructure',
    polarity: 'harm',
    confidence: 'single_source',
    products: ['VMware server licences'],
    endUser: 'information-and-analytical-center',
    chain: [
      { company: 'vmware', role: 'vendor' },
      { company: 'kvadrosoft', role: 'reseller' },
    ],
    periodStart: '2020-09-01',
    periodEnd: '2020-09-30',
    value: null,
    currency: null,
    summary:
      'Global Voices reported on 15 December 2020 that VMware licensing software for servers is used by the Information and Analytical ' +
      'Center at the Presidential Administration, and that the private Belarusian company Kvadrosoft won the tender for it in September ' +
      '2020 (the source gives the month only). The article relies on the state tenders website; no value is given. The body’s own record ' +
      'notes a decree of February 2019 that dissolved it; the article names it as the user all the same.',
    sources: [
      globalVoices(
        'The same can be said about the Vmware licensing software for servers which is used by the Informational and Analytical Center at ' +
          'the Presidential Administration – the September 2020 tender for it was won by the private Belarusian company Kvadrosoft.',
      ),
    ],
  },
  {
    title: 'A1 Belarus shut down and throttled internet access by order of state bodies the sources do not name',
    category: 'internet_shutdown',
    polarity: 'harm',
    confidence: 'corroborated',
    products: ['Mobile and fixed-line internet access'],
    endUser: 'belarus-state-bodies-not-named',
    chain: [{ company: 'a1-belarus', role: 'operator' }],
    periodStart: '2020-08-01',
    periodEnd: '2020-09-30',
    value: null,
    currency: null,
    summary:
      'A1 said on 30 August 2020 that it had restricted internet access “by order of the authorized state bodies”, without naming them. ' +
      'The #KeepItOn coalition’s open letter of 1 October 2020 asked A1 Belarus and A1 Telekom Austria Group to denounce the shutdowns and ' +
      'throttling of August and September 2020 (the months the sources give) and to say how and why they were implemented. Global Voices ' +
      'reported that when the authorities attempted to shut down mobile internet across Minsk, A1 appeared to acquiesce to their demands.',
    sources: [
      {
        url: 'https://ukrainetoday.org/2020/08/30/minsk-restricts-internet-operation-by-order-of-government-agencies',
        title: null,
        publisher: null,
        publishedOn: '2020-08-30',
        archivedUrl: null,
        kind: 'press_report',
        excerpt: 'by order of the authorized state bodies',
      },
      KEEPITON_LETTER,
      globalVoices(
        'When the Belarusian authorities attempted to shut down mobile internet access across Minsk during heated protests, A1 appeared to ' +
          'acquiesce to their demands.',
      ),
    ],
  },
  {
    title: 'A1 Belarus filtered access to independent websites with the Squid proxy software',
    category: 'censorship',
    polarity: 'harm',
    confidence: 'single_source',
    products: ['Squid (open-source proxy software)'],
    endUser: 'belarus-state-bodies-not-named',
    chain: [{ company: 'a1-belarus', role: 'operator' }],
    periodStart: null,
    periodEnd: null,
    value: null,
    currency: null,
    summary:
      'Global Voices reported on 15 December 2020, citing the Qurium Media Foundation (spelled “Quirum” in the article), that A1’s ' +
      'Belarusian subsidiary used the freely available Squid software to filter access to independent media and other websites that ' +
      'displeased the government. Qurium’s own report is not at hand; the item rests on the article’s account of it. The sources do not ' +
      'name the state body the filtering served.',
    sources: [
      globalVoices(
        'According to the Quirum Media Foundation, A1’s Belarusian subsidiary used this widely available Squid software in order to filter ' +
          'access to those independent media and other websites which displeased the government.',
      ),
    ],
  },
  ...DIASPORA_NAMED.map(namedByDiaspora),
  {
    title: 'Telegram enabled its anti-censorship tools in Belarus',
    category: 'censorship',
    polarity: 'positive',
    confidence: 'confirmed',
    products: ['Telegram messenger'],
    chain: [{ company: 'telegram', role: 'operator' }],
    periodStart: '2020-08-10',
    periodEnd: null,
    value: null,
    currency: null,
    summary:
      'TASS reported on 10 August 2020 that Telegram founder Pavel Durov wrote that the company had enabled its anti-censorship tools in ' +
      'Belarus so that Telegram remained available for most users, while connections stayed unstable because the internet was at times shut ' +
      'off completely. Global Voices wrote that Telegram and secure VPN providers saved Belarusians from the total blackout of August ' +
      '2020; IFEX later described how protest organisers and activists used Telegram channels to communicate anonymously.',
    sources: [
      TASS_TELEGRAM,
      globalVoices(
        'in August 2020, the Telegram messaging platform and secure VPN providers saved Belarusians from the total blackout by deploying ' +
          'anti-censorship tools and providing free traffic.',
      ),
      IFEX_TELEGRAM,
    ],
  },
];

/** The items the public sees as disputed, with the reason shown beside them. */
export const DEMO_DISPUTES: { title: string; reason: string }[] = [
  {
    title: SYNESIS_TITLE,
    reason:
      'Synesis denies that its Kipod platform was used to identify protesters. It states that Kipod cannot identify a person and that no ' +
      'administrative case file records a detention or identification made with Kipod or the public safety monitoring system ' +
      '(Synesis, “Analysis of the Kipod “investigation”: accusations and refutations”, synesis.by), calls the allegations unfounded ' +
      '(Biometric Update, December 2022), and filed a claim with the Court of Justice of the European Union to annul its listing (Synesis, synesis.by).',
  },
];
