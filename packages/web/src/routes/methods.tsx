/**
 * The methods documents (`/methods` and `/methods/<name>`): how each figure is computed,
 * with its sources (docs/methods/*.md, GET /api/methods[/{name}]), rendered from Markdown.
 * Raw HTML in a document is dropped; links to another methods document stay in the app,
 * web links open as links, other repository paths are shown as text. English, as written.
 */
import { Marked } from 'marked';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api-client';
import { PageStatus } from '../components/page-status';
import { onLinkClick } from '../navigation';
import { useFetched } from '../use-fetched';

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const markdown = new Marked({
  renderer: {
    html: () => '',
    link({ href, tokens }) {
      const text = this.parser.parseInline(tokens);
      const local = /^(?:\.\/)?([a-z0-9-]+)\.md(#[\w-]*)?$/.exec(href);
      if (local) return `<a href="/methods/${local[1]}${local[2] ?? ''}">${text}</a>`;
      if (/^https?:\/\//.test(href)) return `<a href="${escape(href)}" rel="noreferrer">${text}</a>`;
      return text;
    },
  },
});

export default function MethodsPage({ name }: { name: string | null }) {
  const { t } = useTranslation();
  const list = useFetched<Schemas['MethodDocuments']>(name ? null : '/api/methods');
  const doc = useFetched<Schemas['MethodDocument']>(name ? `/api/methods/${encodeURIComponent(name)}` : null);
  const html = useMemo(() => (doc.data ? (markdown.parse(doc.data.markdown) as string) : ''), [doc.data]);
  useEffect(() => {
    document.title = `${doc.data?.title ?? t('methods.title')} · polos`;
  }, [doc.data?.title, t]);

  if (name === null) {
    if (!list.data) return <PageStatus error={list.error} onRetry={list.retry} />;
    return (
      <main id="main" tabIndex={-1}>
        <h1>{t('methods.title')}</h1>
        <p className="intro">{t('methods.intro')}</p>
        <ul data-testid="methods">
          {list.data.map((m) => (
            <li key={m.name}>
              <a href={`/methods/${m.name}`} onClick={onLinkClick}>
                {m.title}
              </a>
            </li>
          ))}
        </ul>
      </main>
    );
  }
  if (!doc.data) return <PageStatus error={doc.error} onRetry={doc.retry} />;
  return (
    <main id="main" tabIndex={-1}>
      <p>
        <a href="/methods" onClick={onLinkClick}>
          {t('methods.all')}
        </a>
      </p>
      <article
        lang="en"
        className="methods"
        data-testid="method-document"
        // Our own documents, rendered with raw HTML dropped (see the renderer above).
        dangerouslySetInnerHTML={{ __html: html }}
      />
    </main>
  );
}
