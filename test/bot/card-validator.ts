/**
 * Parses and renders an Adaptive Card with the `adaptivecards` JavaScript renderer (its dist
 * build, under jsdom globals — ../shared/TOOLCHAIN.md) and returns every problem it reports:
 * parse events (unknown element types, invalid values), validateProperties() (duplicate ids …)
 * and render failures.
 */
import { JSDOM } from 'jsdom';

type AdaptiveCardsModule = typeof import('adaptivecards');
let ac: AdaptiveCardsModule | undefined;
let installed: string[] = [];
let dom: JSDOM | undefined;

function load(): AdaptiveCardsModule {
  if (ac) return ac;
  const { window } = new JSDOM('<!doctype html><html><body></body></html>');
  const g = globalThis as Record<string, unknown>;
  for (const key of Object.getOwnPropertyNames(window)) {
    if (
      /^(HTML|SVG|Node|Element|Event|Document|Text|DOMParser|getComputedStyle|navigator)/.test(key) &&
      !(key in g)
    ) {
      g[key] = (window as unknown as Record<string, unknown>)[key];
    }
  }
  g.window = window;
  g.document = window.document;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  ac = require('adaptivecards/dist/adaptivecards.js') as AdaptiveCardsModule;
  // Teams renders Markdown itself; here the text is only escaped (and the renderer's
  // "no Markdown processor" warning is not printed).
  ac.AdaptiveCard.onProcessMarkdown = (text, result) => {
    result.outputHtml = text.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);
    result.didProcess = true;
  };
  return ac;
}

export function cardProblems(json: object): string[] {
  const AC = load();
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  card.parse(json, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) problems.push(`parse: ${context.getEventAt(i).message}`);
  const validation = card.validateProperties();
  for (const e of validation.validationEvents) problems.push(`validate: ${e.message}`);
  const element = card.render();
  if (!element) problems.push('render: nothing rendered');
  return problems;
}

/** Removes the jsdom globals again (call in afterAll). */
export function releaseDom(): void {
  const g = globalThis as Record<string, unknown>;
  for (const key of installed) delete g[key];
  installed = [];
  dom?.window.close();
  dom = undefined;
  ac = undefined;
}
