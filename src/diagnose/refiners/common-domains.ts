/**
 * Mail domains people often mistype, for "did you mean …?". Not provider
 * specific: the large free-mail domains and the Dutch and Belgian consumer
 * providers the product's users write to most.
 */
const COMMON_MAIL_DOMAINS: readonly string[] = [
  'gmail.com',
  'googlemail.com',
  'hotmail.com',
  'hotmail.nl',
  'outlook.com',
  'outlook.nl',
  'live.com',
  'live.nl',
  'msn.com',
  'yahoo.com',
  'icloud.com',
  'me.com',
  'ziggo.nl',
  'kpnmail.nl',
  'planet.nl',
  'home.nl',
  'xs4all.nl',
  'telfort.nl',
  'telenet.be',
  'skynet.be',
  'gmx.com',
];

/** Optimal string alignment distance: insertions, deletions, substitutions and swapped neighbours. */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** The common domain `domain` is probably a typo of (distance 1–2), if any. */
export function likelyMeant(domain: string): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of COMMON_MAIL_DOMAINS) {
    if (name === domain) return undefined;
    const distance = editDistance(domain, name);
    if (distance <= 2 && (best === undefined || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}
