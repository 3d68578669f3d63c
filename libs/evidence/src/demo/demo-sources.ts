import type { EvidenceSourceDto } from '../evidence/dto/evidence-source.dto';

/** The sources the demo evidence rests on, each with the passage it quotes. */

/** The founding article; each item quotes the sentences it rests on. */
export function globalVoices(excerpt: string): EvidenceSourceDto {
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

export const BLOOMBERG_SANDVINE: EvidenceSourceDto = {
  url: 'https://www.bloomberg.com/news/articles/2020-08-28/belarusian-officials-shut-down-internet-with-technology-made-by-u-s-firm',
  title: 'Belarusian Officials Shut Down Internet With Technology Made by U.S. Firm',
  publisher: 'Bloomberg',
  publishedOn: '2020-08-28',
  archivedUrl: null,
  kind: 'investigation',
  excerpt: '',
};

/** The same Bloomberg article as syndicated by NDTV Profit; the excerpt was read there. */
export const NDTV_PROFIT_SANDVINE: EvidenceSourceDto = {
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

export const BHRRC_SANDVINE: EvidenceSourceDto = {
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

export const BELSAT_SANDVINE: EvidenceSourceDto = {
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
export const RECORD_SANDVINE: EvidenceSourceDto = {
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

export const EU_SANCTIONS_DECEMBER_2020: EvidenceSourceDto = {
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
export const EU_WORKING_PAPER_SYNESIS: EvidenceSourceDto = {
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

export const SYNESIS_ON_US_SANCTIONS: EvidenceSourceDto = {
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

export const SYNESIS_KIPOD_REFUTATION: EvidenceSourceDto = {
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

export const SYNESIS_EU_COURT_CLAIM: EvidenceSourceDto = {
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

export const BIOMETRIC_UPDATE_SYNESIS: EvidenceSourceDto = {
  url: 'https://www.biometricupdate.com/202212/synesis-to-appeal-eu-sanctions-over-misuse-of-its-facial-recognition-software?ref=nix-sanctuary',
  title: 'Synesis to appeal EU sanctions over misuse of its facial recognition software',
  publisher: 'Biometric Update',
  publishedOn: null,
  archivedUrl: null,
  kind: 'press_report',
  excerpt:
    'Synesis calls the allegations unfounded, saying that their technology “could not be used to identify” protestors.',
};

export const PRIVACY_INTERNATIONAL_KIPOD: EvidenceSourceDto = {
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

export const TASS_TELEGRAM: EvidenceSourceDto = {
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

export const IFEX_TELEGRAM: EvidenceSourceDto = {
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
export const KEEPITON_LETTER: EvidenceSourceDto = {
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
