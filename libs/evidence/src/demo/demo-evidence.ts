import type { CreateEvidenceDto } from '../evidence/dto/create-evidence.dto';
import type { EvidenceSourceDto } from '../evidence/dto/evidence-source.dto';

/**
 * The founding case (DESIGN.md, "Demo data") as evidence: Belarus 2020. Every item names the
 * sources it rests on; every excerpt is a quotation found in that source (an empty excerpt means the
 * text itself was not at hand). A date we could not read stays null rather than being guessed.
 *
 * Left out, for want of a source we could check (see the report of this seed):
 * - Supermicro servers to the KGB through MAP INFO, and VMware licences to the Information and
 *   Analytical Center through Kvadrosoft: no article, tender or record naming them was found.
 * - The Belarusian diaspora's letter naming Seagate, Kingston, Red Hat, IBM, SAP, Oracle, Intel and
 *   Nvidia: the letter itself was not found, so no `plausible` item can cite it.
 * - VPN providers: none of them is among the demo companies.
 * - A1 Belarus's shutdowns and blocking: sourced (its own statement of 30 August 2020 says it acted
 *   "by order of the authorized state bodies"), but no source names which state body, and a harm
 *   item must end at one. It waits for a source that names the end user. Its sources: A1's statement
 *   (ukrainetoday.org/2020/08/30/minsk-restricts-internet-operation-by-order-of-government-agencies),
 *   the Open Society Justice Initiative's OECD complaint against Telekom Austria, Qurium's report
 *   "Internet blocking in Belarus" (qurium.org/alerts/internet-blocking-in-belarus) and Access Now's
 *   "Shutdowns In Belarus: Austrian Telco Must Denounce Actions And Commit To Accountability".
 */

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

const SYNESIS_TITLE = 'Synesis’ Kipod video analytics and face search for the Belarusian authorities';

export const DEMO_EVIDENCE: CreateEvidenceDto[] = [
  {
    title: 'Sandvine deep packet inspection equipment at the National Traffic Exchange Center',
    category: 'censorship',
    polarity: 'harm',
    confidence: 'confirmed',
    products: ['Deep packet inspection equipment'],
    endUser: 'national-traffic-exchange-center',
    chain: [{ company: 'sandvine', role: 'manufacturer' }],
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
      'off completely. IFEX later described how protest organisers and activists used Telegram channels to communicate anonymously.',
    sources: [TASS_TELEGRAM, IFEX_TELEGRAM],
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
