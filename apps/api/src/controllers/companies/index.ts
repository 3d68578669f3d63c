import type { Type } from '@nestjs/common';

export const companyControllers: Type<unknown>[] = [];
