/**
 * Does a foreign domain imitate a customer's? Checks, cheapest first: the customer's name under
 * another public suffix (TLD swap), the same confusable skeleton (Unicode homoglyphs, punycode,
 * rn/m, vv/w, cl/d, 0/o, 1/l, hyphens), a small edit distance on the skeleton of the registrable
 * name (letter insertions, swaps, typos), and the customer's domain or name embedded in a foreign
 * domain ("acme-stb.de.example.net", "acme-stb-backup.com"). Public-suffix aware through tldts.
 */
import { distance } from 'fastest-levenshtein';
import { parse } from 'tldts';
import {
  allowedDistance,
  PREFIX_LENGTH,
  deletionHashes,
  deletionVariants,
  mayBeDeletionKey,
  type CustomerDirectory,
  type CustomerDomain,
} from '../customers/customer-directory';
import { domainSkeleton } from '../customers/normalise';

export type LookalikeTechnique =
  'tld-swap' | 'homoglyph' | 'confusable-letters' | 'edit-distance' | 'embedded';

export interface Lookalike {
  imitated: CustomerDomain;
  technique: LookalikeTechnique;
  /** Words for the reason sentence ("edit distance 1 from acme-stb"). */
  detail: string;
}

const isIdn = (s: string): boolean => s.includes('xn--') || /[^\x00-\x7f]/.test(s);

/** Two deletions only where a long customer name shares an end with the label (see `longNameEnds`). */
function searchDepth(skeleton: string, directory: CustomerDirectory): number {
  const depth = Math.min(2, allowedDistance(skeleton.length + 2));
  if (depth < 2) return depth;
  return directory.longNameEnds.has(`^${skeleton.slice(0, 3)}`) ||
    directory.longNameEnds.has(`${skeleton.slice(-3)}$`)
    ? 2
    : 1;
}

// A pure function of (domain, directory), remembered per directory: free-mail and look-alike
// domains recur, and a new directory (changed customers) starts afresh. Bounded.
const remembered = new WeakMap<CustomerDirectory, Map<string, Lookalike | null>>();
const REMEMBER_AT_MOST = 10_000;

/** `domain` is normalised (lower case, ASCII/punycode) and belongs to no customer. */
export function findLookalike(domain: string, directory: CustomerDirectory): Lookalike | null {
  let known = remembered.get(directory);
  if (!known) {
    known = new Map();
    remembered.set(directory, known);
  }
  const hit = known.get(domain);
  if (hit !== undefined) return hit;
  const found = searchLookalike(domain, directory);
  if (known.size >= REMEMBER_AT_MOST) known.clear();
  known.set(domain, found);
  return found;
}

function searchLookalike(domain: string, directory: CustomerDirectory): Lookalike | null {
  const parsed = parse(domain);
  const registrable = parsed.domain ?? domain;
  const label = parsed.domainWithoutSuffix ?? registrable;
  const labels = parsed.subdomain ? parsed.subdomain.split('.').filter(Boolean) : [];
  const idn = isIdn(domain);

  // "acme-stb.de.example.net", "acme-stb.secure-mail.net": a customer domain or name in the subdomain
  for (let i = 0; i < labels.length; i++) {
    for (let j = labels.length; j > i; j--) {
      const part = labels.slice(i, j).join('.');
      const hit = directory.byDomain.get(part) ?? directory.byRegistrable.get(part)?.[0];
      if (hit) return { imitated: hit, technique: 'embedded', detail: 'embedded' };
    }
    const labelSkeleton = domainSkeleton(labels[i] ?? '');
    const byName = labelSkeleton.length >= 5 ? directory.bySkeleton.get(labelSkeleton)?.[0] : undefined;
    if (byName) return { imitated: byName, technique: 'embedded', detail: 'embedded' };
  }

  const sameLabel = directory.byLabel.get(label)?.[0];
  if (sameLabel && !idn) {
    const c = sameLabel;
    return {
      imitated: c,
      technique: 'tld-swap',
      detail: `the same name under ".${parsed.publicSuffix ?? ''}" instead of ".${c.suffix}"`,
    };
  }

  const skeleton = domainSkeleton(label);
  const sameSkeleton = directory.bySkeleton.get(skeleton)?.[0];
  if (sameSkeleton) {
    const c = sameSkeleton;
    return idn
      ? { imitated: c, technique: 'homoglyph', detail: `${domain} reads as ${c.registrable}` }
      : { imitated: c, technique: 'confusable-letters', detail: `"${label}" reads as "${c.label}"` };
  }

  if (skeleton.length >= 4) {
    let best = null as { entry: CustomerDomain; d: number } | null; // set inside `consider`
    const consider = (v: string): void => {
      const candidates = directory.byDeletion.get(v);
      if (!candidates) return;
      for (const entry of candidates) {
        const d = distance(skeleton, entry.skeleton);
        if (d > 0 && d <= allowedDistance(entry.skeleton.length) && (!best || d < best.d))
          best = { entry, d };
      }
    };
    const depth = searchDepth(skeleton, directory);
    if (depth <= 1) {
      // the usual depth, without building the set of variants (see `npm run bench`): the same
      // variants in the same order, a deletion inside a run of one letter taken once
      consider(skeleton);
      if (depth === 1) {
        const hashes = deletionHashes(skeleton); // a variant whose hash no key has is not built
        for (let i = 0; i < skeleton.length; i++)
          if ((i === 0 || skeleton[i] !== skeleton[i - 1]) && mayBeDeletionKey(directory, hashes[i]!))
            consider(skeleton.slice(0, i) + skeleton.slice(i + 1));
      }
    } else for (const v of deletionVariants(skeleton, depth)) consider(v);
    if (best) {
      const technique: LookalikeTechnique = idn ? 'homoglyph' : 'edit-distance';
      return {
        imitated: best.entry,
        technique,
        detail: `${best.d} character${best.d > 1 ? 's' : ''} away from "${best.entry.label}"`,
      };
    }
  }

  // "acme-stb-support.com", "acmestb-backup.net": the customer's name inside a longer one; and
  // "northwind-consult" for "northwind-consulting": most of the customer's name, cut short
  if (skeleton.length >= PREFIX_LENGTH) {
    for (let i = 0; i + PREFIX_LENGTH <= skeleton.length; i++) {
      for (const entry of directory.byPrefix.get(skeleton.slice(i, i + PREFIX_LENGTH)) ?? []) {
        if (skeleton.includes(entry.skeleton))
          return { imitated: entry, technique: 'embedded', detail: 'embedded' };
        if (
          i === 0 &&
          skeleton.length >= 8 &&
          skeleton.length >= entry.skeleton.length * 0.6 &&
          entry.skeleton.startsWith(skeleton)
        ) {
          return { imitated: entry, technique: 'edit-distance', detail: `a shortened "${entry.label}"` };
        }
      }
    }
  }
  return null;
}
