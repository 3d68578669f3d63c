import type { CreateEvidenceDto } from '../evidence/dto/create-evidence.dto';
import type { EvidenceSourceDto } from '../evidence/dto/evidence-source.dto';

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

/** The founding article; each item quotes the sentences it rests on. */
function globalVoices(excerpt: string): EvidenceSourceDto {
  return {
    url: 'https://globalvoices.org/2020/12/15/how-global-tech-companies-enable-the-belarusian-regime-and-the-belarusian-revolution/',
    title: 'How global tech companies enable the Belarusian regime — and the Belarusian revolution',
    publisher: 'Global Voices (Advox)',
    publishedOn: '2020-12-15',
    archivedUrl: null,
    kind: 'press_report',
    excerpt,
  };
}

// Sandvine and the National Traffic Exchange Center

const BLOOMBERG_SANDVINE: EvidenceSourceDto = {
  url: 'https://www.bloomberg.com/news/articles/2020-08-28/belarusian-officials-shut-down-internet-with-technology-made-by-u-s-firm',
  title: 'Belarusian Officials Shut Down Internet With Technology Made by U.S. Firm',
  publisher: 'Bloomberg',
  publishedOn: '2020-08-28',
  archivedUrl: null,
  kind: 'investigation',
  excerpt: '',
};

/** The same Bloomberg article as syndicated by NDTV Profit; the excerpt was read there. */
const NDTV_PROFIT_SANDVINE: EvidenceSourceDto = {
  url: 'https://www.ndtvprofit.com/politics/belarusian-officials-shut-down-internet-with-technology-made-by-u-s-firm',
  title: 'Belarusian Officials Shut Down Internet With Technology Made by U.S. Firm',
  publisher: 'NDTV Profit (Bloomberg syndication)',
  publishedOn: null,
  archivedUrl: null,
  kind: 'press_report',
  excerpt:
    'It was obtained by Belarus’s National Traffic Exchange Center, which manages the country’s internet networks, as part of a $2.5 million ' +
    'contract with the Russian technology supplier Jet Infosystems, which supplied the Sandvine equipment',
};

const BHRRC_SANDVINE: EvidenceSourceDto = {
  url: 'https://business-humanrights.org/en/latest-news/belarus-us-company-sandvine-supplied-technology-used-to-shut-down-internet',
  title:
    'Belarus: Sandvine supplied technology used by the govt. to shut down internet & repress protests; company cancels contract',
  publisher: 'Business & Human Rights Resource Centre',
  publishedOn: null,
  archivedUrl: null,
  kind: 'press_report',
  excerpt:
    'custom code was developed and inserted into Sandvine’s products to thwart the free flow of information during the Belarus election. ' +
    'This is a human rights violation and it has triggered the automatic termination of our end user license agreement.',
};

const BELSAT_SANDVINE: EvidenceSourceDto = {
  url: 'https://belsat.eu/en/news/sandvine-terminates-deal-with-belarus-citing-human-rights-violations/',
  title: 'Sandvine terminates deal with Belarus citing human rights violations',
  publisher: 'Belsat',
  publishedOn: null,
  archivedUrl: null,
  kind: 'press_report',
  excerpt:
    'Sandvine noted that the equipment will be available for use. However, the technology will stop receiving updates and the technicians ' +
    'will not have technical support.',
};

/** The page title was not at hand; the URL and the quoted Sandvine statement were. */
const RECORD_SANDVINE: EvidenceSourceDto = {
  url: 'https://www.therecord.com/news/waterloo-region/2020/09/25/sandvine-trying-to-walk-back-its-role-in-controversial-elections.html',
  title: null,
  publisher: 'Waterloo Region Record',
  publishedOn: '2020-09-25',
  archivedUrl: null,
  kind: 'press_report',
  excerpt:
    'We also repeat our demand that the National Traffic Exchange Center (NTEC) in Belarus return our equipment and refrain from choking ' +
    'the internet to prevent the free flow of information to Belarusians',
};

// Synesis

const EU_SANCTIONS_DECEMBER_2020: EvidenceSourceDto = {
  url: 'https://eur-lex.europa.eu/eli/reg_impl/2020/2129/oj',
  title:
    'Council Implementing Regulation (EU) 2020/2129 of 17 December 2020 concerning restrictive measures in respect of Belarus',
  publisher: 'Council of the European Union (Official Journal of the EU)',
  publishedOn: '2020-12-17',
  archivedUrl: null,
  kind: 'other',
  excerpt: '',
};

/** A LIMITE working paper of the Council that became public; Synesis itself cites it by number. */
const EU_WORKING_PAPER_SYNESIS: EvidenceSourceDto = {
  url: 'https://docslib.org/doc/3955681/wk-13848-2020-init',
  title: 'WK 13848/2020 INIT: BELARUS: 20201130 Synesis Underlying/supporting evidence',
  publisher: 'General Secretariat of the Council of the EU (working paper, copy on docslib.org)',
  publishedOn: '2020-11-30',
  archivedUrl: null,
  kind: 'leak',
  excerpt:
    'The system is used by Belarussian internal security authorities (including KGB, police), Ministry of Internal Affairs, border service ' +
    'and Presidential Security Service',
};

const SYNESIS_ON_US_SANCTIONS: EvidenceSourceDto = {
  url: 'http://synesis.by/tpost/bslcgdriy1-synesis-is-under-us-sanctions-echoing-eu',
  title: 'Synesis is under US sanctions, echoing EU wording. Let’s clarify the matter.',
  publisher: 'Synesis',
  publishedOn: null,
  archivedUrl: null,
  kind: 'company_statement',
  excerpt:
    'providing the Belarusian authorities with a surveillance platform, which can search through and analyse video footage and employ ' +
    'facial recognition software, making the company responsible for the repression of civil society and democratic opposition',
};

const SYNESIS_KIPOD_REFUTATION: EvidenceSourceDto = {
  url: 'http://synesis.by/tpost/tohta8lvi1-analysis-of-the-kipod-investigation-accu',
  title: 'Analysis of the Kipod “investigation”: accusations and refutations',
  publisher: 'Synesis',
  publishedOn: null,
  archivedUrl: null,
  kind: 'company_statement',
  excerpt:
    'The company has repeatedly stated that there is no information in any administrative case materials that the detention and/or ' +
    'identification of a person was carried out using the Kipod or RSMOB technology',
};

const SYNESIS_EU_COURT_CLAIM: EvidenceSourceDto = {
  url: 'http://synesis.by/tpost/v2yxl3ma31-why-tech-company-could-get-into-eu-sanct',
  title: 'Why tech company could get into EU sanction list, or how fakenews in business affects political decisions',
  publisher: 'Synesis',
  publishedOn: null,
  archivedUrl: null,
  kind: 'company_statement',
  excerpt:
    'Synesis LLC filed the statement of claim to the Court of Justice of the European Union to invalidate the decision of the Council of ' +
    'the European Union to include the company in the third package of sanctions against Belarus.',
};

const BIOMETRIC_UPDATE_SYNESIS: EvidenceSourceDto = {
  url: 'https://www.biometricupdate.com/202212/synesis-to-appeal-eu-sanctions-over-misuse-of-its-facial-recognition-software?ref=nix-sanctuary',
  title: 'Synesis to appeal EU sanctions over misuse of its facial recognition software',
  publisher: 'Biometric Update',
  publishedOn: null,
  archivedUrl: null,
  kind: 'press_report',
  excerpt:
    'Synesis calls the allegations unfounded, saying that their technology “could not be used to identify” protestors.',
};

const PRIVACY_INTERNATIONAL_KIPOD: EvidenceSourceDto = {
  url: 'https://www.privacyinternational.org/examples/4572/belarus-installs-facial-recognition-surveillance-system',
  title: 'Belarus installs facial recognition surveillance system',
  publisher: 'Privacy International',
  publishedOn: null,
  archivedUrl: null,
  kind: 'press_report',
  excerpt:
    'Synesis has denied that the technology could be used to identify protesters, but the Belarusian government decreed the establishment ' +
    'of an official public safety system of video surveillance built on it.',
};

// Telegram

const TASS_TELEGRAM: EvidenceSourceDto = {
  url: 'https://tass.com/world/1188027',
  title: 'Telegram founder: anti-censorship tools enabled in Belarus',
  publisher: 'TASS',
  publishedOn: '2020-08-10',
  archivedUrl: null,
  kind: 'press_report',
  excerpt:
    'We enabled our anti-censorship tools in Belarus so that Telegram remained available for most users there. However, the connection is ' +
    'still very unstable as Internet is at times shut off completely in the country',
};

const IFEX_TELEGRAM: EvidenceSourceDto = {
  url: 'https://ifex.medium.com/belarus-the-smartphone-versus-the-baton-5022c9a2ce76',
  title: 'Belarus: The smartphone versus the baton',
  publisher: 'IFEX',
  publishedOn: '2021-08-09',
  archivedUrl: null,
  kind: 'press_report',
  excerpt:
    'As the demonstrations spread across the country, protest organisers and activists set up Telegram channels to communicate anonymously.',
};

// A1 Belarus

/** The coalition's letter (a copy of the PDF); it also stands in the outreach record as a letter by others. */
const KEEPITON_LETTER: EvidenceSourceDto = {
  url: 'https://docslib.org/doc/5167851/october-1-2020-ceo-helmut-duhs-a1-belarus-ceo-thomas-arnoldner',
  title:
    'Joint letter to A1 Belarus calling on telecom service providers in Belarus to be transparent and resist internet shutdowns',
  publisher: '#KeepItOn coalition (copy on docslib.org)',
  publishedOn: '2020-10-01',
  archivedUrl: null,
  kind: 'other',
  excerpt:
    'denounce the August and September 2020 internet shutdowns, provide information to the public about how and why they were ' +
    'implemented, contribute to reporting on their impact, and challenge their legality in courts.',
};

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
