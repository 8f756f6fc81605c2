// Where JSON text goes wrong (RFC 8259). Node 20's JSON.parse names the position for some errors
// ("… at position 7") but not for others ("Unexpected token '}', "…" is not valid JSON"), so a
// draft sent on stdin is scanned once more to point at the first bad character.

export interface JsonErrorPosition {
  /** 0-based offset of the first character that cannot be JSON (the text's length at its end). */
  position: number;
  /** 1-based line and column of that character. */
  line: number;
  column: number;
  /** What was found there: `"}"`, `end of input`. */
  found: string;
}

/** The first error in `text`, or null when it is valid JSON. */
export function jsonErrorPosition(text: string): JsonErrorPosition | null {
  const scanner = new Scanner(text);
  const at = scanner.document();
  if (at === null) return null;
  const before = text.slice(0, at);
  const lastBreak = before.lastIndexOf('\n');
  const ch = text[at];
  return {
    position: at,
    line: before.split('\n').length,
    column: at - lastBreak,
    found: ch === undefined ? 'end of input' : JSON.stringify(ch),
  };
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** A recursive-descent scanner; every method returns the error offset, or null when fine. */
class Scanner {
  private pos = 0;

  constructor(private readonly text: string) {}

  document(): number | null {
    const error = this.value();
    if (error !== null) return error;
    this.space();
    return this.pos < this.text.length ? this.pos : null;
  }

  private space(): void {
    while (/[ \t\n\r]/.test(this.text[this.pos] ?? '')) this.pos++;
  }

  private value(): number | null {
    this.space();
    const c = this.text[this.pos];
    if (c === '{') return this.container('}', true);
    if (c === '[') return this.container(']', false);
    if (c === '"') return this.string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return this.number();
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return null;
      }
    }
    return this.pos;
  }

  /** An object (members are "key": value) or an array, after its opening bracket. */
  private container(close: string, object: boolean): number | null {
    this.pos++;
    this.space();
    if (this.text[this.pos] === close) {
      this.pos++;
      return null;
    }
    for (;;) {
      if (object) {
        this.space();
        if (this.text[this.pos] !== '"') return this.pos;
        const key = this.string();
        if (key !== null) return key;
        this.space();
        if (this.text[this.pos] !== ':') return this.pos;
        this.pos++;
      }
      const error = this.value();
      if (error !== null) return error;
      this.space();
      const c = this.text[this.pos];
      this.pos++;
      if (c === close) return null;
      if (c !== ',') return this.pos - 1;
    }
  }

  private string(): number | null {
    this.pos++;
    for (;;) {
      const c = this.text[this.pos];
      if (c === undefined || c < ' ') return this.pos;
      this.pos++;
      if (c === '"') return null;
      if (c !== '\\') continue;
      const escape = this.text[this.pos];
      if (escape === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.pos + 1, this.pos + 5))) return this.pos;
        this.pos += 5;
      } else if (escape !== undefined && '"\\/bfnrt'.includes(escape)) this.pos++;
      else return this.pos;
    }
  }

  private number(): number | null {
    NUMBER.lastIndex = this.pos;
    const match = NUMBER.exec(this.text);
    if (!match) return this.text[this.pos] === '-' ? this.pos + 1 : this.pos;
    this.pos += match[0].length;
    return null;
  }
}
