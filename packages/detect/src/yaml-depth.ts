// A cheap scan of rule YAML before the parser sees it: a hostile file nested thousands of levels deep
// ("[[[[...", or ever deeper "- " indentation) ran the yaml parser out of stack, so it is refused first,
// with a clear reason, in time linear in its length.

/** Deepest flow nesting ([ and {) a rule file may have; Sigma rules need under ten. */
export const MAX_YAML_FLOW_DEPTH = 64;
/** Widest indentation (columns of spaces and "- " markers) a rule file's line may have. */
export const MAX_YAML_INDENT = 256;

/** The first line nesting beyond the bounds, with why; undefined when the text is within them. */
export function yamlNestingProblem(text: string): { line: number; message: string } | undefined {
  let line = 1;
  let depth = 0;
  let quote = '';
  let atLineStart = true;
  let indent = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      line++;
      quote = '';
      atLineStart = true;
      indent = 0;
      continue;
    }
    if (atLineStart) {
      if (c === ' ' || (c === '-' && text[i + 1] === ' ')) {
        if (++indent > MAX_YAML_INDENT) return { line, message: `line indented beyond ${MAX_YAML_INDENT} columns` };
        continue;
      }
      atLineStart = false;
    }
    if (quote) {
      if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\t')) {
      const eol = text.indexOf('\n', i);
      if (eol < 0) break;
      i = eol - 1;
    } else if (c === '[' || c === '{') {
      if (++depth > MAX_YAML_FLOW_DEPTH) return { line, message: `flow collections nested deeper than ${MAX_YAML_FLOW_DEPTH} levels` };
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return undefined;
}
