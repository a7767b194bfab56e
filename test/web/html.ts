/**
 * A small HTML tokenizer for the tests: enough to list the elements and
 * attributes a page really has, the way a browser's tokenizer would split
 * them (tags, quoted / unquoted attributes, comments, raw text of
 * script/style). Used to prove that hostile text stayed text.
 */
export interface Element {
  readonly name: string;
  readonly attributes: ReadonlyArray<{ readonly name: string; readonly value: string }>;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') return String.fromCodePoint(body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10));
    return ENTITIES[body.toLowerCase()] ?? whole;
  });
}

export function parseHtml(html: string): { elements: Element[]; text: string } {
  const elements: Element[] = [];
  let text = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      text += html.slice(i);
      break;
    }
    text += html.slice(i, lt);
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const m = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(lt, lt + 64));
    if (m === null) {
      // "<" not starting a tag is text (a browser does the same).
      text += '<';
      i = lt + 1;
      continue;
    }
    const closing = html[lt + 1] === '/';
    let j = lt + m[0].length;
    const attributes: Array<{ name: string; value: string }> = [];
    while (j < html.length && html[j] !== '>') {
      const rest = html.slice(j);
      const ws = /^[\s/]+/.exec(rest);
      if (ws !== null) {
        j += ws[0].length;
        continue;
      }
      const a = /^([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?/.exec(rest);
      if (a === null) {
        j += 1;
        continue;
      }
      attributes.push({ name: a[1]!.toLowerCase(), value: decodeEntities(a[2] ?? a[3] ?? a[4] ?? '') });
      j += a[0].length;
    }
    const name = m[1]!.toLowerCase();
    i = j + 1;
    if (!closing) elements.push({ name, attributes });
    if (!closing && (name === 'script' || name === 'style' || name === 'textarea' || name === 'title')) {
      const end = html.toLowerCase().indexOf(`</${name}`, i);
      const raw = html.slice(i, end < 0 ? html.length : end);
      if (name === 'textarea' || name === 'title') text += raw;
      i = end < 0 ? html.length : end;
    }
  }
  return { elements, text: decodeEntities(text) };
}
