// Shrinks the CSS and HTML inside Lit's tagged templates (css`…`, html`…`, svg`…`) of a module,
// without touching any other code. Used by the package build (on dist), by web-test-runner (so the
// tests run the templates as they ship) and by the benchmark's size measure.
//
// - A css template without substitutions goes through esbuild's CSS minifier.
// - In every other html, svg or css template, whitespace that holds line breaks becomes just the
//   line breaks: the browser collapses it the same way (no Portaal template uses `white-space: pre`).
// - Line breaks are kept (a minified css template is followed by as many), so the line numbers
//   of the source maps that tsc wrote stay right.
//
// The template parts are found with the TypeScript parser, so code inside `${…}` stays as it is.
import { transformSync } from 'esbuild';
import ts from 'typescript';

const TAGS = new Set(['css', 'html', 'svg']);

/** The raw text of a template part, as offsets into the source: after the `\`` or `}`, before `${` or `\``. */
function rawRange(part, source) {
  const start = part.getStart(source) + 1;
  const end = ts.isTemplateHead(part) || ts.isTemplateMiddle(part) ? part.end - 2 : part.end - 1;
  return [start, end];
}

const lineBreaks = (text) => text.split('\n').length - 1;

/** Indentation out, line breaks kept: the line numbers of source maps stay right. */
function collapse(raw) {
  return raw.replace(/\s*\n\s*/g, (space) => '\n'.repeat(lineBreaks(space)));
}

function minifyCss(raw) {
  // Escapes mean something else raw than cooked: leave those templates to `collapse`.
  if (raw.includes('\\')) return collapse(raw);
  const css = transformSync(raw, { loader: 'css', minify: true, target: 'chrome120', logLevel: 'silent' }).code.trim();
  return /[`\\]|\$\{/.test(css) ? collapse(raw) : css + '\n'.repeat(lineBreaks(raw));
}

/** `code` with its Lit templates minified; `fileName` tells TypeScript how to parse it. */
export function minifyLiterals(code, fileName) {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, fileName.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
      const template = node.template;
      if (ts.isNoSubstitutionTemplateLiteral(template)) {
        const [start, end] = rawRange(template, source);
        const raw = code.slice(start, end);
        edits.push([start, end, node.tag.text === 'css' ? minifyCss(raw) : collapse(raw)]);
      } else {
        for (const part of [template.head, ...template.templateSpans.map((span) => span.literal)]) {
          const [start, end] = rawRange(part, source);
          edits.push([start, end, collapse(code.slice(start, end))]);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let result = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) result = result.slice(0, start) + text + result.slice(end);
  return result;
}
