/**
 * Parses and renders an Adaptive Card with the `adaptivecards` JavaScript renderer and returns
 * every problem it reports: parse events (unknown element types, invalid values),
 * validateProperties() (duplicate ids …) and render failures. The renderer's browser build
 * (dist/adaptivecards.js, ../shared/TOOLCHAIN.md) runs inside a jsdom window, so no DOM globals
 * leak into the test process.
 */
import { readFileSync } from 'node:fs';

/** The little of jsdom used here (the package ships no type declarations). */
interface JsdomWindow {
  eval(code: string): unknown;
  JSON: typeof JSON;
  close(): void;
}
interface Jsdom {
  window: JsdomWindow;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { JSDOM } = require('jsdom') as {
  JSDOM: new (html: string, options?: { runScripts?: 'outside-only' | 'dangerously' }) => Jsdom;
};

type AdaptiveCardsModule = typeof import('adaptivecards');

let dom: Jsdom | undefined;
let ac: AdaptiveCardsModule | undefined;

function load(): { AC: AdaptiveCardsModule; window: JsdomWindow } {
  if (!dom || !ac) {
    dom = new JSDOM('<!doctype html><html><body></body></html>', { runScripts: 'outside-only' });
    dom.window.eval(readFileSync(require.resolve('adaptivecards/dist/adaptivecards.js'), 'utf8'));
    ac = (dom.window as unknown as { AdaptiveCards: AdaptiveCardsModule }).AdaptiveCards;
    // Teams renders Markdown itself; here text is only escaped (and the renderer's "no Markdown
    // processor" warning is not printed).
    ac.AdaptiveCard.onProcessMarkdown = (text, result) => {
      result.outputHtml = text.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);
      result.didProcess = true;
    };
  }
  return { AC: ac, window: dom.window };
}

export function cardProblems(json: object): string[] {
  const { AC, window } = load();
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  // The card crosses into the window's realm as JSON, as it would arrive in a client.
  card.parse(window.JSON.parse(JSON.stringify(json)) as object, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) problems.push(`parse: ${context.getEventAt(i).message}`);
  const validation = card.validateProperties();
  for (const e of validation.validationEvents) problems.push(`validate: ${e.message}`);
  // Properties the renderer does not know (a typo such as "wrapp") are dropped silently when it
  // parses; serialising the parsed card again shows which ones were lost.
  for (const path of lostProperties(json, JSON.parse(JSON.stringify(card.toJSON())) as unknown)) {
    problems.push(`schema: unknown property ${path}`);
  }
  const element = card.render();
  if (!element) problems.push('render: nothing rendered');
  return problems;
}

/** Paths in `input` that are missing from `output` (empty strings may be dropped: they say nothing). */
function lostProperties(input: unknown, output: unknown, path = '$'): string[] {
  if (Array.isArray(input)) {
    const out = Array.isArray(output) ? output : [];
    return input.flatMap((v, i) => lostProperties(v, out[i], `${path}[${i}]`));
  }
  if (!input || typeof input !== 'object') return [];
  const out = output && typeof output === 'object' ? (output as Record<string, unknown>) : {};
  return Object.entries(input).flatMap(([k, v]) => {
    if (!(k in out)) return v === '' ? [] : [`${path}.${k}`];
    return lostProperties(v, out[k], `${path}.${k}`);
  });
}

/** Closes the jsdom window (call in afterAll). */
export function releaseDom(): void {
  dom?.window.close();
  dom = undefined;
  ac = undefined;
}
