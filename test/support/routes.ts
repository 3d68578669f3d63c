import type { NestExpressApplication } from '@nestjs/platform-express';
import { SYSTEM_ACTOR } from '#libs/core';
import { UsersService } from '#libs/auth';
import type { TestApp } from './test-app';

export interface ServedRoute {
  method: string;
  path: string;
  key: string;
}

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
}

/** Every route Nest registered on Express, as "METHOD /path/:param". */
export function listRoutes(app: NestExpressApplication): ServedRoute[] {
  const express = app.getHttpAdapter().getInstance() as { router?: { stack: Layer[] }; _router?: { stack: Layer[] } };
  const stack = (express.router ?? express._router)?.stack ?? [];
  const routes: ServedRoute[] = [];
  for (const layer of stack) {
    // `{/*splat}` layers are Nest middleware mounted for every path, not endpoints.
    if (!layer.route || layer.route.path.includes('*')) continue;
    for (const method of Object.keys(layer.route.methods)) {
      const upper = method.toUpperCase();
      if (upper === '_ALL' || upper === 'HEAD') continue;
      routes.push({ method: upper, path: layer.route.path, key: `${upper} ${layer.route.path}` });
    }
  }
  return routes;
}

export type RouteFixtures = Record<string, string>;

/** Records whose ids fill the routes' parameters; other parameters get values that match nothing. */
export async function seedRouteFixtures(t: TestApp): Promise<RouteFixtures> {
  const { user } = await t.app
    .get(UsersService)
    .create(SYSTEM_ACTOR, { email: 'fixture@leverage.test', role: 'reviewer', password: 'fixture password 123' });
  return { id: user.id, type: 'user', slug: 'no-such-record' };
}

/** Replaces `:name` parameters with fixture values (unknown names get a well-formed uuid). */
export function fillPath(path: string, fixtures: RouteFixtures): string {
  return path.replace(/:(\w+)/g, (_m, name: string) => fixtures[name] ?? '00000000-0000-4000-8000-000000000000');
}
