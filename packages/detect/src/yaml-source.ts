// Reads rule YAML with positions kept, so every problem can name file:line, and a file may hold
// several documents (a Sigma rule plus the correlation that uses it).
import { LineCounter, parseAllDocuments, isMap, isSeq, isPair, isScalar, type Node } from 'yaml';
import { yamlNestingProblem } from './yaml-depth.js';

export interface YamlDocument {
  file: string;
  /** 0-based position of the document in its file. */
  index: number;
  value: unknown;
  /** First line of the document (1-based). */
  line: number;
  /** 1-based line of the node at `path` (keys resolve to the key's line); falls back to the nearest ancestor. */
  lineOf: (path: readonly (string | number)[]) => number;
  /** Syntax errors in this document, with their lines. */
  errors: Array<{ line: number; message: string }>;
}

export function parseYamlDocuments(file: string, text: string): YamlDocument[] {
  const deep = yamlNestingProblem(text);
  if (deep) return [{ file, index: 0, value: null, line: 1, lineOf: () => deep.line, errors: [deep] }];
  const counter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const list = Array.isArray(docs) ? docs : [docs];
  const lineAt = (offset: number): number => counter.linePos(offset).line;
  const out: YamlDocument[] = [];
  list.forEach((doc, index) => {
    const errors = [...doc.errors].map((e) => ({ line: lineAt(e.pos[0]), message: e.message.split('\n')[0] ?? e.message }));
    const root = doc.contents as Node | null;
    const startLine = root?.range ? lineAt(root.range[0]) : 1;
    const lineOf = (path: readonly (string | number)[]): number => {
      let node: unknown = root;
      let line = startLine;
      for (const seg of path) {
        if (isMap(node)) {
          const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
          if (!pair) break;
          const key = pair.key as Node;
          if (key.range) line = lineAt(key.range[0]);
          node = pair.value;
        } else if (isSeq(node) && typeof seg === 'number') {
          const item = node.items[seg] as Node | undefined;
          if (!item) break;
          if (item.range) line = lineAt(item.range[0]);
          node = item;
        } else break;
      }
      return line;
    };
    let value: unknown = null;
    if (errors.length === 0) {
      try {
        value = doc.toJS({ maxAliasCount: 100 });
      } catch (err) {
        errors.push({ line: startLine, message: (err as Error).message });
      }
    }
    out.push({ file, index, value, line: startLine, lineOf, errors });
  });
  return out;
}
