/**
 * A page of the site: the built index.html (the app: same scripts and styles) with its own head and a body that
 * says the page's answer before any script runs. Everything from the data is escaped text; the only script
 * added is JSON-LD data (`type="application/ld+json"`), which no browser executes, so a strict CSP holds.
 */

import { escapeMarkup } from '../../src/shared/escape-markup';

export interface PageHead {
  title: string;
  /** The preview's title without the site name (og:title). */
  shareTitle: string;
  description: string;
  /** Absolute canonical URL of the page. */
  url: string;
  /** Absolute URL of its 1200×630 PNG. */
  image: string;
  imageAlt: string;
  /** Data for search engines (a Dataset on the home page). */
  jsonLd?: object;
}

/** The tags of a page's head: canonical link, Open Graph (with its locales) and Twitter's large card. */
function headTags(h: PageHead): string {
  const meta = (attr: 'name' | 'property', key: string, value: string) => `<meta ${attr}="${key}" content="${escapeMarkup(value)}" />`;
  const tags = [
    `<link rel="canonical" href="${escapeMarkup(h.url)}" />`,
    meta('property', 'og:type', 'website'),
    meta('property', 'og:site_name', 'Peta UHC'),
    meta('property', 'og:title', h.shareTitle),
    meta('property', 'og:description', h.description),
    meta('property', 'og:url', h.url),
    meta('property', 'og:image', h.image),
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:width', '1200'),
    meta('property', 'og:image:height', '630'),
    meta('property', 'og:image:alt', h.imageAlt),
    meta('property', 'og:locale', 'id_ID'),
    meta('property', 'og:locale:alternate', 'en_US'),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', h.shareTitle),
    meta('name', 'twitter:description', h.description),
    meta('name', 'twitter:image', h.image),
  ];
  // `<` escaped inside the JSON, so no text in the data can close the element.
  if (h.jsonLd) tags.push(`<script type="application/ld+json">${JSON.stringify(h.jsonLd).replace(/</g, '\\u003c')}</script>`);
  return tags.join('\n    ');
}

/**
 * The built index.html with this page's head and the answer as HTML at the top of #root, which the app
 * replaces when it renders. Fails loudly when the template no longer has what it replaces.
 */
export function pageHtml(template: string, head: PageHead, bodyHtml: string): string {
  const parts: [RegExp, string][] = [
    [/<title>[^<]*<\/title>/, `<title>${escapeMarkup(head.title)}</title>`],
    [/<meta name="description" content="[^"]*"\s*\/?>/, `<meta name="description" content="${escapeMarkup(head.description)}" />`],
    [/<\/head>/, `  ${headTags(head)}\n  </head>`],
    [/<div id="root">/, `<div id="root">\n${bodyHtml}`],
  ];
  let html = template;
  for (const [pattern, replacement] of parts) {
    if (!pattern.test(html)) throw new Error(`region pages: index.html has no ${pattern.source}`);
    html = html.replace(pattern, () => replacement);
  }
  return html;
}
