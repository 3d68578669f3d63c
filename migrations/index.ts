import { Init1795626674383 } from './1795626674383-Init';
import { AuditAnchor1795626675383 } from './1795626675383-AuditAnchor';
import { EvidenceLedger1795633424895 } from './1795633424895-EvidenceLedger';
import { CorrectionProposals1795636384750 } from './1795636384750-CorrectionProposals';
import { MailMessages1795645407334 } from './1795645407334-MailMessages';
import { Outreach1795646151961 } from './1795646151961-Outreach';
import { LettersByOthers1796408090548 } from './1796408090548-LettersByOthers';
import { Scorecards1796409607589 } from './1796409607589-Scorecards';
import { ScorecardMarks1796413475733 } from './1796413475733-ScorecardMarks';
import { ScorecardDocuments1796415091591 } from './1796415091591-ScorecardDocuments';
import { Campaigns1796589768409 } from './1796589768409-Campaigns';

/** Every migration, in order. Listed by hand so that they load the same from source and from dist. */
export const migrations: Function[] = [
  Init1795626674383,
  AuditAnchor1795626675383,
  EvidenceLedger1795633424895,
  CorrectionProposals1795636384750,
  MailMessages1795645407334,
  Outreach1795646151961,
  LettersByOthers1796408090548,
  Scorecards1796409607589,
  ScorecardMarks1796413475733,
  ScorecardDocuments1796415091591,
  Campaigns1796589768409,
];
