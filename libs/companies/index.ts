// Entities (for the data source and migrations; they never leave the services).
export * from './src/source-ref';
export * from './src/company.entity';
export * from './src/ownership.entity';
export * from './src/state-body.entity';

export * from './src/companies.module';
export * from './src/companies.exception';
export * from './src/shared/records';
export { SLUG_PATTERN, slugify } from './src/shared/slug';
export { neutralizeFormula } from './src/shared/csv-safety';
export * from './src/shared/source.dto';
export * from './src/shared/source.view';

export * from './src/company/company.service';
export * from './src/company/company.view';
export * from './src/company/company-profile.view';
export * from './src/company/dto/create-company.dto';
export * from './src/company/dto/update-company.dto';
export * from './src/company/dto/company-query.dto';

export * from './src/ownership/ownership.service';
export * from './src/ownership/ownership.view';
export * from './src/ownership/dto/create-ownership.dto';
export * from './src/ownership/dto/update-ownership.dto';
export * from './src/ownership/dto/ownership-query.dto';

export * from './src/state-body/state-body.service';
export * from './src/state-body/state-body.view';
export * from './src/state-body/dto/create-state-body.dto';
export * from './src/state-body/dto/update-state-body.dto';
export * from './src/state-body/dto/state-body-query.dto';

export {
  RecordImportService,
  type ImportReport,
  type ImportRejection,
  type ImportProgress,
} from './src/import/record-import.service';
export { detectFormat, type ImportFormat } from './src/import/parse-records';
export * from './src/export/record-export.service';
export * from './src/demo/demo-seed.service';
export { DEMO_COMPANIES, DEMO_OWNERSHIPS, DEMO_STATE_BODIES } from './src/demo/demo-data';

// Shared with the areas built on the company record (evidence, outreach).
export { Trim, TrimUpper, ToNumber, NoNulByte, IsCalendarDate, isCalendarDate } from './src/shared/validation';
export { PageQueryDto, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './src/shared/page-query.dto';
export { encodeCursor, decodeCursor, type KeysetCursor } from './src/shared/cursor';
export { URL_OPTIONS } from './src/shared/source.dto';
export { textOrNull, escapeLike, descriptionText } from './src/shared/text';
