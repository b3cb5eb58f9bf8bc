/**
 * The routes an express app really serves, read from its router stack (nested routers included),
 * so tests check authentication on every route that exists rather than on a hand-kept list.
 */
import type { Express } from 'express';

export interface ServedRoute {
  method: string;
  path: string;
}

interface Layer {
  route?: { path: string | string[]; methods: Record<string, boolean> };
  name?: string;
  handle?: { stack?: Layer[] };
}

function walk(stack: readonly Layer[], out: ServedRoute[]): void {
  for (const layer of stack) {
    if (layer.route) {
      const paths = Array.isArray(layer.route.path) ? layer.route.path : [layer.route.path];
      for (const path of paths) {
        for (const [method, on] of Object.entries(layer.route.methods))
          if (on && method !== '_all') out.push({ method: method.toUpperCase(), path });
      }
    } else if (layer.handle?.stack) {
      // Mounted routers: ours are mounted without a prefix and carry full paths.
      walk(layer.handle.stack, out);
    }
  }
}

export function listRoutes(app: Express): ServedRoute[] {
  const out: ServedRoute[] = [];
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack, out);
  return out;
}
