import { ApiProperty } from '@nestjs/swagger';
import type { SourceRef } from '../source-ref';
import type { SourceDto } from './source.dto';
import { textOrNull } from './text';

export class SourceView {
  @ApiProperty()
  url: string;

  @ApiProperty({ type: String, nullable: true })
  title: string | null;

  @ApiProperty({ type: String, nullable: true })
  publisher: string | null;

  @ApiProperty({ type: String, nullable: true, example: '2019-07-09' })
  publishedOn: string | null;
}

/** A record without a source address has no source to show. */
export function toSourceView(source: SourceRef | null | undefined): SourceView | null {
  if (!source?.url) return null;
  const view = new SourceView();
  view.url = source.url;
  view.title = source.title;
  view.publisher = source.publisher;
  view.publishedOn = source.publishedOn;
  return view;
}

/** The columns a source is stored in; all null when none was given. */
export function toSourceRef(source: SourceDto | null | undefined): SourceRef {
  return {
    url: textOrNull(source?.url),
    title: textOrNull(source?.title),
    publisher: textOrNull(source?.publisher),
    publishedOn: textOrNull(source?.publishedOn),
  };
}

export function sameSource(a: SourceRef, b: SourceRef): boolean {
  return a.url === b.url && a.title === b.title && a.publisher === b.publisher && a.publishedOn === b.publishedOn;
}
