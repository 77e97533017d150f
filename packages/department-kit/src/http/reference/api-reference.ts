import { operations, type Operation, type OpenApiDocument } from '@gongkai/spec';

/**
 * The department's API reference as one HTML page, rendered on the server from the contract:
 * every operation the department serves (the admin ones included), grouped by tag, with its
 * parameters and answers. No script, no style sheet from elsewhere: it reads the same in a
 * text browser, prints, and needs nothing installed besides the kit. The machine-readable
 * contract is beside it at `openapi.json`.
 */
export function apiReferenceHtml(document: OpenApiDocument, departmentName: string): string {
  const byTag = new Map<string, Operation[]>();
  for (const operation of operations.values()) {
    const tag = operation.object.tags[0] ?? 'Other';
    byTag.set(tag, [...(byTag.get(tag) ?? []), operation]);
  }
  const tags = (document['tags'] ?? []) as { name: string; description?: string }[];
  const sections = tags
    .filter((tag) => byTag.has(tag.name))
    .map((tag) => {
      const list = byTag.get(tag.name)!.map(operationHtml).join('\n');
      return `<section id="${escape(slug(tag.name))}">\n<h2>${escape(tag.name)}</h2>\n<p>${escape(tag.description ?? '')}</p>\n${list}\n</section>`;
    });
  const toc = tags
    .filter((tag) => byTag.has(tag.name))
    .map((tag) => `<li><a href="#${escape(slug(tag.name))}">${escape(tag.name)}</a></li>`)
    .join('');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(departmentName)} · ${escape(document.info.title)} ${escape(document.info.version)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escape(departmentName)}</h1>
<p>${escape(document.info.title)}, version ${escape(document.info.version)}. The contract as JSON: <a href="openapi.json">openapi.json</a>.
The <em>Department admin</em> operations are for the department's own staff (bearer token); a gateway never proxies them.</p>
<nav><ul>${toc}</ul></nav>
</header>
<main>
${sections.join('\n')}
</main>
</body>
</html>
`;
}

function operationHtml(operation: Operation): string {
  const object = operation.object;
  const parameters = operation.parameters
    .map(
      (p) =>
        `<tr><td><code>${escape(p.name)}</code></td><td>${escape(p.in)}${p.required ? ', required' : ''}</td><td>${escape(schemaSummary(p.schema))}</td><td>${escape(p.description ?? '')}</td></tr>`,
    )
    .join('');
  const answers = Object.keys(object.responses).join(', ');
  return `<article id="${escape(object.operationId)}">
<h3><span class="method">${escape(operation.method.toUpperCase())}</span> <code>${escape(operation.path)}</code></h3>
<p><strong>${escape(object.summary)}</strong> <small>(${escape(object.operationId)})</small></p>
<p>${escape(object.description)}</p>
${parameters ? `<table><thead><tr><th>parameter</th><th>in</th><th>type</th><th>meaning</th></tr></thead><tbody>${parameters}</tbody></table>` : ''}
<p>Answers: ${escape(answers)}.</p>
</article>`;
}

function schemaSummary(schema: Readonly<Record<string, unknown>>): string {
  if (Array.isArray(schema['enum'])) return `one of ${(schema['enum'] as unknown[]).join(', ')}`;
  const type = schema['type'];
  if (type === 'array') return `list of ${schemaSummary((schema['items'] ?? {}) as Record<string, unknown>)}`;
  if (typeof type === 'string') return typeof schema['format'] === 'string' ? `${type} (${schema['format']})` : type;
  return typeof schema['$ref'] === 'string' ? String(schema['$ref']).split('/').pop()! : 'value';
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Every text put into the page is escaped: descriptions and names are data, never markup. */
export function escape(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

const STYLE =
  'body{font:16px/1.6 system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;color:#1a1a1a}' +
  'code{font-family:ui-monospace,monospace}table{border-collapse:collapse;width:100%}' +
  'td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}' +
  'article{border-top:1px solid #ddd;padding-top:.5rem}article>p{white-space:pre-line}.method{font-weight:700;color:#0b5394}';
