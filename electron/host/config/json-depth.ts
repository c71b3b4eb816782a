// Finds where JSON text nests deeper than a limit, before it is parsed: no store config or data file
// needs more than a few levels, and a file of a million brackets should be named, not walked.

/** Line and column (from 1) of the first bracket that opens level `maxDepth + 1`, or null. */
export function tooDeepAt(text: string, maxDepth: number): { line: number; column: number } | null {
  let depth = 0;
  let inString = false;
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === backslash) index += 1;
      else if (char === quote) inString = false;
      continue;
    }
    if (char === quote) inString = true;
    else if (char === newline) {
      line += 1;
      lineStart = index + 1;
    } else if (char === openBrace || char === openBracket) {
      depth += 1;
      // Columns count characters as a person sees them, not UTF-16 units.
      if (depth > maxDepth) return { line, column: [...text.slice(lineStart, index)].length + 1 };
    } else if (char === closeBrace || char === closeBracket) depth -= 1;
  }
  return null;
}

const backslash = 0x5c;
const quote = 0x22;
const newline = 0x0a;
const openBrace = 0x7b;
const openBracket = 0x5b;
const closeBrace = 0x7d;
const closeBracket = 0x5d;
