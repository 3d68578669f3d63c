import type { CreateCompanyDto } from '../company/dto/create-company.dto';
import type { CreateOwnershipDto } from '../ownership/dto/create-ownership.dto';
import type { SourceDto } from '../shared/source.dto';
import type { CreateStateBodyDto } from '../state-body/dto/create-state-body.dto';

/**
 * The founding case (DESIGN.md, "Demo data"): Belarus 2020. The slugs are part of the route contract.
 * Every record names where its facts come from. Wikipedia articles have no single publication date,
 * so their `publishedOn` stays empty rather than being made up.
 */

const BLOOMBERG_SANDVINE: SourceDto = {
  url: 'https://www.bloomberg.com/news/articles/2020-08-28/belarusian-officials-shut-down-internet-with-technology-made-by-u-s-firm',
  title: 'Belarusian Officials Shut Down Internet With Technology Made by U.S. Firm',
  publisher: 'Bloomberg',
  publishedOn: '2020-08-28',
};

const IBM_RED_HAT: SourceDto = {
  url: 'https://newsroom.ibm.com/2019-07-09-IBM-Closes-Landmark-Acquisition-of-Red-Hat-for-34-Billion-Defines-Open-Hybrid-Cloud-Future',
  title: 'IBM Closes Landmark Acquisition of Red Hat for $34 Billion; Defines Open, Hybrid Cloud Future',
  publisher: 'IBM',
  publishedOn: '2019-07-09',
};

const BROADCOM_VMWARE: SourceDto = {
  url: 'https://investors.broadcom.com/news-releases/news-release-details/broadcom-completes-acquisition-vmware',
  title: 'Broadcom Completes Acquisition of VMware',
  publisher: 'Broadcom Inc.',
  publishedOn: '2023-11-22',
};

const TELEKOM_AUSTRIA_VELCOM: SourceDto = {
  url: 'https://www.it-press.at/presseaussendung/IKT_20101005_IKT0002/telekom-austria-group-schliesst-den-erwerb-der-weissrussischen-velcom-vereinbarungsgemaess-ab',
  title: 'Telekom Austria Group schließt den Erwerb der weißrussischen Velcom vereinbarungsgemäß ab',
  publisher: 'Telekom Austria Group (OTS press release)',
  publishedOn: '2010-10-05',
};

const EU_SANCTIONS_DECEMBER_2020: SourceDto = {
  url: 'https://eur-lex.europa.eu/eli/reg_impl/2020/2129/oj',
  title:
    'Council Implementing Regulation (EU) 2020/2129 of 17 December 2020 concerning restrictive measures in respect of Belarus',
  publisher: 'Council of the European Union (Official Journal of the EU)',
  publishedOn: '2020-12-17',
};

/** The founding article of the demo record (shared/sources/global-voices-2020-12-15.md). */
export const GLOBAL_VOICES_2020: SourceDto = {
  url: 'https://globalvoices.org/2020/12/15/how-global-tech-companies-enable-the-belarusian-regime-and-the-belarusian-revolution/',
  title: 'How global tech companies enable the Belarusian regime — and the Belarusian revolution',
  publisher: 'Global Voices (Advox)',
  publishedOn: '2020-12-15',
};

function wikipedia(article: string, title: string): SourceDto {
  return { url: `https://en.wikipedia.org/wiki/${article}`, title, publisher: 'Wikipedia', publishedOn: null };
}

export const DEMO_COMPANIES: CreateCompanyDto[] = [
  {
    slug: 'sandvine',
    name: 'Sandvine',
    kind: 'manufacturer',
    country: 'CA',
    website: 'https://www.sandvine.com',
    aliases: ['Sandvine Inc.', 'Sandvine Incorporated'],
    description:
      'Canadian maker of deep packet inspection equipment. Bloomberg reported that its equipment, supplied to the National Traffic ' +
      'Exchange Center through the Russian contractor Jet Infosystems, was used to block websites during the August 2020 election.',
    source: BLOOMBERG_SANDVINE,
  },
  {
    slug: 'jet-infosystems',
    name: 'Jet Infosystems',
    kind: 'other',
    country: 'RU',
    website: null,
    aliases: [],
    description:
      'Russian IT systems integrator. Bloomberg reported that it supplied the Sandvine deep packet inspection equipment to the National ' +
      'Traffic Exchange Center as part of a $2.5 million contract.',
    source: BLOOMBERG_SANDVINE,
  },
  {
    slug: 'supermicro',
    name: 'Supermicro',
    kind: 'manufacturer',
    country: 'US',
    website: 'https://www.supermicro.com',
    aliases: ['Super Micro Computer', 'Super Micro Computer, Inc.'],
    description: 'US maker of servers, storage systems and motherboards, based in San Jose, California.',
    source: wikipedia('Supermicro', 'Supermicro'),
  },
  {
    slug: 'map-info',
    name: 'MAP INFO',
    kind: 'reseller',
    country: 'BY',
    website: null,
    aliases: ['МАП ИНФО'],
    description:
      'Private Belarusian IT company. According to the state tenders website, as Global Voices reported, it was to supply Supermicro servers to the KGB.',
    source: GLOBAL_VOICES_2020,
  },
  {
    slug: 'vmware',
    name: 'VMware',
    kind: 'software_vendor',
    country: 'US',
    website: 'https://www.vmware.com',
    aliases: ['VMware, Inc.', 'VMware by Broadcom'],
    description:
      'US maker of virtualisation and cloud software, based in Palo Alto, California; part of Broadcom since 22 November 2023.',
    source: BROADCOM_VMWARE,
  },
  {
    slug: 'broadcom',
    name: 'Broadcom',
    kind: 'manufacturer',
    country: 'US',
    website: 'https://www.broadcom.com',
    aliases: ['Broadcom Inc.'],
    description:
      'US semiconductor and infrastructure software company; it completed its acquisition of VMware on 22 November 2023.',
    source: BROADCOM_VMWARE,
  },
  {
    slug: 'kvadrosoft',
    name: 'Kvadrosoft',
    kind: 'reseller',
    country: 'BY',
    website: null,
    aliases: ['Квадрософт'],
    description:
      'Private Belarusian software company. Global Voices reported that it won the September 2020 tender for VMware licences used by the Information and Analytical Center at the Presidential Administration.',
    source: GLOBAL_VOICES_2020,
  },
  {
    slug: 'a1-belarus',
    name: 'A1 Belarus',
    kind: 'telecom_operator',
    country: 'BY',
    website: 'https://www.a1.by',
    aliases: ['velcom', 'MDC', 'Mobile Digital Communications'],
    description:
      'Belarusian mobile and fixed-line operator, formerly velcom (Mobile Digital Communications). Telekom Austria Group bought 70% of it ' +
      'in October 2007 and the remaining 30% in October 2010.',
    source: TELEKOM_AUSTRIA_VELCOM,
  },
  {
    slug: 'a1-telekom-austria',
    name: 'A1 Telekom Austria Group',
    kind: 'telecom_operator',
    country: 'AT',
    website: 'https://www.a1.group',
    aliases: ['Telekom Austria', 'Telekom Austria Group', 'A1 Group'],
    description:
      'Austrian telecommunications group operating in Austria and Central and Eastern Europe; the owner of A1 Belarus.',
    source: TELEKOM_AUSTRIA_VELCOM,
  },
  {
    slug: 'synesis',
    name: 'Synesis',
    kind: 'software_vendor',
    country: 'BY',
    website: 'http://synesis.by',
    aliases: ['Synesis LLC'],
    description:
      'Belarusian technology company, developer of the Kipod video analytics platform. The EU put it under sanctions on 17 December 2020 ' +
      'for providing the authorities with a surveillance platform that can search video footage and recognise faces.',
    source: EU_SANCTIONS_DECEMBER_2020,
  },
  {
    slug: 'seagate',
    name: 'Seagate',
    kind: 'manufacturer',
    country: 'US',
    website: 'https://www.seagate.com',
    aliases: ['Seagate Technology', 'Seagate Technology Holdings'],
    description: 'Maker of hard disk drives and storage systems, with operational headquarters in Fremont, California.',
    source: wikipedia('Seagate_Technology', 'Seagate Technology'),
  },
  {
    slug: 'kingston',
    name: 'Kingston Technology',
    kind: 'manufacturer',
    country: 'US',
    website: 'https://www.kingston.com',
    aliases: ['Kingston'],
    description: 'US maker of memory modules and flash storage, based in Fountain Valley, California.',
    source: wikipedia('Kingston_Technology', 'Kingston Technology'),
  },
  {
    slug: 'red-hat',
    name: 'Red Hat',
    kind: 'software_vendor',
    country: 'US',
    website: 'https://www.redhat.com',
    aliases: ['Red Hat, Inc.'],
    description:
      'US open-source software company (Red Hat Enterprise Linux, OpenShift), based in Raleigh, North Carolina; part of IBM since 9 July 2019.',
    source: IBM_RED_HAT,
  },
  {
    slug: 'ibm',
    name: 'IBM',
    kind: 'software_vendor',
    country: 'US',
    website: 'https://www.ibm.com',
    aliases: ['International Business Machines', 'International Business Machines Corporation'],
    description: 'US computing, software and consulting company based in Armonk, New York; the owner of Red Hat.',
    source: IBM_RED_HAT,
  },
  {
    slug: 'sap',
    name: 'SAP',
    kind: 'software_vendor',
    country: 'DE',
    website: 'https://www.sap.com',
    aliases: ['SAP SE'],
    description: 'German maker of enterprise software, based in Walldorf.',
    source: wikipedia('SAP', 'SAP'),
  },
  {
    slug: 'oracle',
    name: 'Oracle',
    kind: 'software_vendor',
    country: 'US',
    website: 'https://www.oracle.com',
    aliases: ['Oracle Corporation'],
    description: 'US maker of database and enterprise software and provider of cloud services.',
    source: wikipedia('Oracle_Corporation', 'Oracle Corporation'),
  },
  {
    slug: 'intel',
    name: 'Intel',
    kind: 'manufacturer',
    country: 'US',
    website: 'https://www.intel.com',
    aliases: ['Intel Corporation'],
    description: 'US maker of processors and other semiconductors, based in Santa Clara, California.',
    source: wikipedia('Intel', 'Intel'),
  },
  {
    slug: 'nvidia',
    name: 'NVIDIA',
    kind: 'manufacturer',
    country: 'US',
    website: 'https://www.nvidia.com',
    aliases: ['NVIDIA Corporation', 'Nvidia'],
    description: 'US maker of graphics processors and AI accelerators, based in Santa Clara, California.',
    source: wikipedia('Nvidia', 'Nvidia'),
  },
  {
    slug: 'telegram',
    name: 'Telegram',
    kind: 'other',
    country: 'AE',
    website: 'https://telegram.org',
    aliases: ['Telegram Messenger'],
    description: 'Cloud-based messaging service, run by a team based in Dubai.',
    source: { url: 'https://telegram.org/faq', title: 'Telegram FAQ', publisher: 'Telegram', publishedOn: null },
  },
];

export const DEMO_OWNERSHIPS: CreateOwnershipDto[] = [
  { parent: 'ibm', subsidiary: 'red-hat', share: 100, since: '2019-07-09', until: null, source: IBM_RED_HAT },
  { parent: 'broadcom', subsidiary: 'vmware', share: 100, since: '2023-11-22', until: null, source: BROADCOM_VMWARE },
  // 70% from October 2007 (the contract of 3 October 2007); the put option for the remaining 30% was exercised on 4 October 2010.
  {
    parent: 'a1-telekom-austria',
    subsidiary: 'a1-belarus',
    share: 70,
    since: '2007-10-03',
    until: '2010-10-04',
    source: TELEKOM_AUSTRIA_VELCOM,
  },
  {
    parent: 'a1-telekom-austria',
    subsidiary: 'a1-belarus',
    share: 100,
    since: '2010-10-04',
    until: null,
    source: TELEKOM_AUSTRIA_VELCOM,
  },
];

export const DEMO_STATE_BODIES: CreateStateBodyDto[] = [
  {
    slug: 'kgb',
    kind: 'security_service',
    name: 'State Security Committee of the Republic of Belarus',
    country: 'BY',
    website: 'http://www.kgb.by',
    aliases: ['KGB', 'KGB of Belarus', 'КГБ'],
    description:
      'The Belarusian state security service. The EU put its chairman under sanctions on 6 November 2020 over the repression that followed the August 2020 election.',
    source: {
      url: 'https://eur-lex.europa.eu/eli/reg_impl/2020/1648/oj',
      title:
        'Council Implementing Regulation (EU) 2020/1648 of 6 November 2020 concerning restrictive measures in respect of Belarus',
      publisher: 'Council of the European Union (Official Journal of the EU)',
      publishedOn: '2020-11-06',
    },
  },
  {
    slug: 'national-traffic-exchange-center',
    kind: 'internet_regulator',
    name: 'National Traffic Exchange Center',
    country: 'BY',
    website: null,
    aliases: ['NTEC', 'НЦОТ', 'Национальный центр обмена трафиком'],
    description:
      'State enterprise that manages the internet traffic flowing in and out of Belarus. It obtained the Sandvine deep packet inspection ' +
      'equipment that was used to block websites during the August 2020 election.',
    source: BLOOMBERG_SANDVINE,
  },
  {
    slug: 'information-and-analytical-center',
    kind: 'presidential_administration',
    name: 'Information and Analytical Center under the Administration of the President of the Republic of Belarus',
    country: 'BY',
    website: null,
    aliases: ['Information and Analytical Center', 'IAC', 'ИАЦ'],
    description:
      'Analytical body of the Presidential Administration from 2006. Decree No. 49 of 12 February 2019 dissolved it and handed its ' +
      'property to the new Belarusian Institute for Strategic Studies.',
    source: {
      url: 'https://belsat.eu/en/news/lukashenka-closes-down-presidential-information-and-analitycal-centre/',
      title: 'Lukashenka closes down presidential Information and Analitycal Centre',
      publisher: 'Belsat',
      publishedOn: '2019-02-18',
    },
  },
  {
    slug: 'ministry-of-internal-affairs',
    kind: 'police',
    name: 'Ministry of Internal Affairs of the Republic of Belarus',
    country: 'BY',
    website: 'https://mvd.gov.by',
    aliases: ['MVD', 'Interior Ministry', 'МВД'],
    description:
      'The Belarusian interior ministry, in charge of the police and the OMON riot police. The EU put its minister and senior officers under ' +
      'sanctions on 2 October 2020 for the repression of peaceful demonstrators.',
    source: {
      url: 'https://eur-lex.europa.eu/eli/reg_impl/2020/1387/oj',
      title:
        'Council Implementing Regulation (EU) 2020/1387 of 2 October 2020 concerning restrictive measures in respect of Belarus',
      publisher: 'Council of the European Union (Official Journal of the EU)',
      publishedOn: '2020-10-02',
    },
  },
  {
    slug: 'belarus-state-bodies-not-named',
    kind: 'not_named',
    name: 'Belarusian state bodies not named by the sources',
    country: 'BY',
    website: null,
    aliases: ['authorized state bodies', 'the Belarusian authorities'],
    description:
      'The end user where the sources say only that the Belarusian state ordered or received something: A1 restricted internet access ' +
      '“by order of the authorized state bodies”, and the diaspora’s press release says the companies it names supply “the Belarusian authorities”.',
    source: GLOBAL_VOICES_2020,
  },
];
