import { ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { CacheVersions, DB_POOL, toDetails, ValidationFailedException } from '#libs/core';
import { ApiModule, type ApiModuleOptions } from './api.module';
import { HttpErrorFilter } from './http/http-error.filter';
import { applyPipeline } from './http/pipeline';
import { setupViews } from './http/views';

/** Builds the HTTP application, ready to listen: used by main.ts, the tests and the benchmark. */
export async function createApiApp(
  options: ApiModuleOptions,
  hooks: { afterPipeline?: (app: NestExpressApplication) => void } = {},
): Promise<NestExpressApplication> {
  // Start-up chatter (every module and route) is left out; warnings and errors still show.
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(options), {
    logger: ['fatal', 'error', 'warn'],
    bodyParser: false,
  });
  applyPipeline(app, options.config, app.get(DB_POOL));
  hooks.afterPipeline?.(app);
  setupViews(app);
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: (errors) => new ValidationFailedException(toDetails(errors)),
    }),
  );
  app.useGlobalFilters(new HttpErrorFilter());
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Leverage API')
      .setDescription(
        'The public, sourced record of companies, their owners and the state bodies they supply. Reads are open; writes need a write token.',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json', customSiteTitle: 'Leverage API' });
  await app.init();
  await app.get(CacheVersions).start();
  // pino from here on, once the start-up chatter (every route mapped) is over.
  app.useLogger(app.get(Logger));
  return app;
}
