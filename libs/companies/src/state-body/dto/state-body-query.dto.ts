import { NameSearchQueryDto } from '../../shared/page-query.dto';

export class StateBodyQueryDto extends NameSearchQueryDto {}
