/**
 * The one place that builds a pattern from other patterns' source text.
 * Rewriting source text by hand in several places is how a group or a flag
 * gets lost silently; these helpers each do one rewrite and say which.
 */

/** The same pattern with every capturing group made non-capturing (named groups too), with new flags. */
export function withoutCaptures(pattern: RegExp, flags: string = pattern.flags): RegExp {
  // "(" not followed by "?" opens a capturing group; "(?<name>" a named one ("(?<=" and "(?<!" are look-behinds).
  // Escaped "\(" and "(" inside a character class are skipped by reading the source one token at a time.
  let out = '';
  let inClass = false;
  const src = pattern.source;
  for (let i = 0; i < src.length; i += 1) {
    const ch = src[i]!;
    if (ch === '\\') {
      out += src.slice(i, i + 2);
      i += 1;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      out += ch;
      continue;
    }
    if (ch === '[') {
      inClass = true;
      out += ch;
      continue;
    }
    if (ch === '(') {
      if (src[i + 1] !== '?') {
        out += '(?:';
        continue;
      }
      if (src[i + 2] === '<' && src[i + 3] !== '=' && src[i + 3] !== '!') {
        const close = src.indexOf('>', i);
        out += '(?:';
        i = close;
        continue;
      }
    }
    out += ch;
  }
  return new RegExp(out, flags);
}

/** One pattern trying each of `patterns` in order; alternative i is capture group i + 1 (their own groups no longer capture). */
export function numberedAlternation(patterns: readonly RegExp[], flags = ''): RegExp {
  return new RegExp(patterns.map((p) => `(${withoutCaptures(p).source})`).join('|'), flags);
}

/** The same pattern without the global flag: for a yes/no test that stops at the first match. */
export function firstMatchOnly(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, pattern.flags.replace('g', '').replace('y', ''));
}

/** The named groups a pattern declares, in source order. */
export function groupNames(pattern: RegExp): string[] {
  return [...pattern.source.matchAll(/\(\?<([A-Za-z_$][\w$]*)>/g)].map((g) => g[1]!);
}

/** Escapes a literal for use inside a pattern. */
export function escapeLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
