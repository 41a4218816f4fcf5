import { BASELINE_PLEDGES } from './baseline-corpus.ts';
import { type Token, tokenize } from './normalize.ts';

/**
 * Overlap (不能交叉) between two pledges, DESIGN §2.2. Plain bigram Jaccard misses paraphrases
 * ("新修村组水泥路2.5公里" / "完成2.5公里村组道路水泥硬化" share only 4 of 17 bigrams), so:
 * - text is normalized (numerals → digits, units canonical) and compared as sets of token uni-, bi-
 *   and trigrams, each feature weighted by inverse document frequency over the township's pledges
 *   plus a built-in baseline corpus, so what nearly every pledge says (村, 建设, 完成, 工作) counts little;
 * - per n, the weighted Dice and the weighted containment are averaged (a short pledge restated
 *   inside a longer one is still overlap);
 * - shared quantities (2.5 公里) are strong evidence, but only amplify textual similarity: two
 *   different works of the same length are not an overlap.
 */

export type Idf = {
  /** Weight of a feature in (0, 1]: 1 for one never seen in the corpus, near 0 for one in every pledge. */
  weight(feature: string): number;
};

/** Floor so identical texts made only of common characters still compare as identical. */
const MIN_WEIGHT = 0.02;
const NGRAM_WEIGHTS = [0.45, 0.35, 0.2] as const;
/** How much a shared quantity (number + unit) or a bare number adds at full strength. */
const QUANTITY_EVIDENCE = 0.6;
const NUMBER_EVIDENCE = 0.3;
/** Textual similarity from which number evidence counts fully; below it, proportionally less. */
const NUMBER_RAMP = 0.3;

type Features = { grams: Set<string>[]; quantities: Set<string>; numbers: Set<string> };

const SEP = '\u0001';

/** Runs of word tokens between quantities: n-grams never bridge a number ("路2.5" says nothing). */
function segments(tokens: Token[]): Token[][] {
  const runs: Token[][] = [[]];
  for (const t of tokens) {
    if (t.kind === 'number' || t.kind === 'unit') {
      if (runs.at(-1)!.length > 0) runs.push([]);
    } else runs.at(-1)!.push(t);
  }
  return runs.filter((r) => r.length > 0);
}

function featuresOf(tokens: Token[]): Features {
  const runs = segments(tokens);
  const grams = [1, 2, 3].map((n) => {
    const set = new Set<string>();
    for (const run of runs) {
      for (let i = 0; i + n <= run.length; i++) {
        set.add(
          run
            .slice(i, i + n)
            .map((t) => t.text)
            .join(SEP),
        );
      }
    }
    return set;
  });
  const quantities = new Set<string>();
  const numbers = new Set<string>();
  tokens.forEach((t, i) => {
    if (t.kind !== 'number') return;
    numbers.add(`#${t.text}`);
    const next = tokens[i + 1];
    if (next?.kind === 'unit') quantities.add(`#${t.text}${next.text}`);
  });
  return { grams, quantities, numbers };
}

const allFeatures = (f: Features) => [...f.grams.flatMap((g) => [...g]), ...f.quantities, ...f.numbers];

/** IDF over a corpus of pledge texts (the township's pledges); the baseline corpus is always included. */
export function buildIdf(corpus: readonly string[] = []): Idf {
  const docs = [...BASELINE_PLEDGES, ...corpus];
  const df = new Map<string, number>();
  for (const doc of docs) {
    for (const f of new Set(allFeatures(featuresOf(tokenize(doc))))) df.set(f, (df.get(f) ?? 0) + 1);
  }
  const logN = Math.log(docs.length + 1);
  return {
    weight(feature) {
      const seen = df.get(feature) ?? 0;
      return Math.max(MIN_WEIGHT, Math.log((docs.length + 1) / (seen + 1)) / logN);
    },
  };
}

let defaultIdf: Idf | null = null;
/** IDF over the baseline corpus only. */
export function baselineIdf(): Idf {
  defaultIdf ??= buildIdf();
  return defaultIdf;
}

const total = (set: Set<string>, idf: Idf) => [...set].reduce((s, f) => s + idf.weight(f), 0);

/** Mean of weighted Dice and weighted containment of two feature sets; null when either is empty. */
function setSimilarity(a: Set<string>, b: Set<string>, idf: Idf): number | null {
  if (a.size === 0 || b.size === 0) return null;
  // Summed in sorted order so the score is exactly symmetric.
  const common = [...a].filter((f) => b.has(f)).sort();
  const shared = common.reduce((s, f) => s + idf.weight(f), 0);
  const wa = total(a, idf);
  const wb = total(b, idf);
  const dice = (2 * shared) / (wa + wb);
  const containment = shared / Math.min(wa, wb);
  return Math.min(1, (dice + containment) / 2);
}

function textSimilarity(a: Features, b: Features, idf: Idf): number {
  let sum = 0;
  let weights = 0;
  NGRAM_WEIGHTS.forEach((w, n) => {
    const s = setSimilarity(a.grams[n]!, b.grams[n]!, idf);
    if (s === null) return;
    sum += w * s;
    weights += w;
  });
  return weights === 0 ? 0 : sum / weights;
}

function numberEvidence(a: Features, b: Features, idf: Idf): number {
  let evidence = 0;
  for (const q of a.quantities) {
    if (b.quantities.has(q)) evidence = Math.max(evidence, QUANTITY_EVIDENCE * idf.weight(q));
  }
  for (const n of a.numbers) {
    if (b.numbers.has(n)) evidence = Math.max(evidence, NUMBER_EVIDENCE * idf.weight(n));
  }
  return evidence;
}

export type Span = { start: number; end: number };

export type OverlapResult = {
  /** 0..1; compare with the campaign's overlapThreshold. */
  score: number;
  /** Shared phrases in normalized form ("水泥", "2.5公里"), longest first. */
  shared: string[];
  /** Where the shared phrases are in each original text, for highlighting. */
  spansA: Span[];
  spansB: Span[];
};

/** Similarity of two pledge texts in [0, 1]: symmetric, 1 for identical texts, 0 for texts sharing nothing. */
export function overlapScore(a: string, b: string, idf: Idf = baselineIdf()): number {
  return scoreTokens(tokenize(a), tokenize(b), idf);
}

function scoreTokens(ta: Token[], tb: Token[], idf: Idf): number {
  const same = ta.length > 0 && ta.length === tb.length && ta.every((t, i) => t.text === tb[i]!.text);
  if (same) return 1;
  const fa = featuresOf(ta);
  const fb = featuresOf(tb);
  const text = textSimilarity(fa, fb, idf);
  const ramp = Math.min(1, text / NUMBER_RAMP);
  const score = text + (1 - text) * numberEvidence(fa, fb, idf) * ramp;
  return Math.round(Math.min(1, Math.max(0, score)) * 10_000) / 10_000;
}

/** The score with the shared phrases and where they are in each text. */
export function compareTexts(a: string, b: string, idf: Idf = baselineIdf()): OverlapResult {
  const ta = tokenize(a);
  const tb = tokenize(b);
  const phrases = sharedPhrases(ta, tb, idf);
  return {
    score: scoreTokens(ta, tb, idf),
    shared: phrases.map((p) => p.text),
    spansA: mergeSpans(phrases.flatMap((p) => p.spansA)),
    spansB: mergeSpans(phrases.flatMap((p) => p.spansB)),
  };
}

type Phrase = { text: string; spansA: Span[]; spansB: Span[] };

/**
 * Maximal runs of tokens found in both texts, kept when they carry meaning: two or more tokens, or
 * one number or one rare character; a run made only of common characters (村, 的) is dropped.
 */
function sharedPhrases(ta: Token[], tb: Token[], idf: Idf): Phrase[] {
  const key = (ts: Token[]) => ts.map((t) => t.text).join(SEP);
  const found = new Map<string, Phrase>();
  const positionsInB = new Map<string, number[]>();
  tb.forEach((t, j) => {
    positionsInB.set(t.text, [...(positionsInB.get(t.text) ?? []), j]);
  });
  for (let i = 0; i < ta.length; i++) {
    for (const j of positionsInB.get(ta[i]!.text) ?? []) {
      if (i > 0 && j > 0 && ta[i - 1]!.text === tb[j - 1]!.text) continue; // not maximal on the left
      let n = 0;
      while (i + n < ta.length && j + n < tb.length && ta[i + n]!.text === tb[j + n]!.text) n++;
      const run = ta.slice(i, i + n);
      if (!meaningful(run, idf)) continue;
      const k = key(run);
      const phrase = found.get(k) ?? { text: run.map((t) => t.text).join(''), spansA: [], spansB: [] };
      phrase.spansA.push({ start: run[0]!.start, end: run.at(-1)!.end });
      phrase.spansB.push({ start: tb[j]!.start, end: tb[j + n - 1]!.end });
      found.set(k, phrase);
    }
  }
  const phrases = [...found.values()].sort((x, y) => y.text.length - x.text.length);
  // A phrase inside a longer shared phrase adds nothing to the list.
  return phrases.filter((p, i) => !phrases.slice(0, i).some((q) => q.text.includes(p.text)));
}

function meaningful(run: Token[], idf: Idf): boolean {
  if (run.some((t) => t.kind === 'number')) return true;
  if (run.length >= 2) return run.reduce((s, t) => s + idf.weight(t.text), 0) >= 0.5;
  return idf.weight(run[0]!.text) >= 0.6;
}

function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((x, y) => x.start - y.start);
  const merged: Span[] = [];
  for (const s of sorted) {
    const last = merged.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

export type PledgeText = { id: string; title: string; content: string };

export type FieldSpan = { field: 'title' | 'content'; start: number; end: number };

export type OverlapPair = {
  aId: string;
  bId: string;
  score: number;
  shared: string[];
  /** Shared phrases in pledge a's and pledge b's title and content, for highlighting. */
  highlightsA: FieldSpan[];
  highlightsB: FieldSpan[];
};

const fullText = (p: PledgeText) => `${p.title}。${p.content}`;

/** Spans over `title。content` mapped back to the field they fall in. */
function toFieldSpans(spans: Span[], title: string): FieldSpan[] {
  const offset = title.length + 1;
  return spans.flatMap((s): FieldSpan[] => {
    const parts: FieldSpan[] = [];
    if (s.start < title.length)
      parts.push({ field: 'title', start: s.start, end: Math.min(s.end, title.length) });
    if (s.end > offset) {
      parts.push({ field: 'content', start: Math.max(0, s.start - offset), end: s.end - offset });
    }
    return parts;
  });
}

/** The stronger of title-vs-title and (title + content)-vs-(title + content), highlights from the full texts. */
export function comparePledges(a: PledgeText, b: PledgeText, idf: Idf = baselineIdf()): OverlapPair {
  const titles = overlapScore(a.title, b.title, idf);
  const full = compareTexts(fullText(a), fullText(b), idf);
  return {
    aId: a.id,
    bId: b.id,
    score: Math.max(titles, full.score),
    shared: full.shared,
    highlightsA: toFieldSpans(full.spansA, a.title),
    highlightsB: toFieldSpans(full.spansB, b.title),
  };
}

/** Every cross pair (one pledge of each side) whose score reaches the threshold, highest first. */
export function flaggedPairs(
  side1: readonly PledgeText[],
  side2: readonly PledgeText[],
  threshold: number,
  idf: Idf = baselineIdf(),
): OverlapPair[] {
  const pairs: OverlapPair[] = [];
  for (const a of side1) {
    for (const b of side2) {
      const pair = comparePledges(a, b, idf);
      if (pair.score >= threshold) pairs.push(pair);
    }
  }
  return pairs.sort((x, y) => y.score - x.score);
}

/** The corpus text of a pledge, for buildIdf. */
export const corpusText = fullText;
