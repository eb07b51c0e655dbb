/**
 * Text made safe inside HTML or XML, in an element or a quoted attribute: for the markup written as strings
 * rather than by React (the SVG download, the embed code, the built region pages, the sitemap).
 */
export const escapeMarkup = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
