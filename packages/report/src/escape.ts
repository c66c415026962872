/**
 * @module escape
 * Escaping of user text for the report formats: plan text is data and must never become markup.
 */

const htmlEntities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Text safe to place inside HTML or SVG elements and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => htmlEntities[character] ?? character)
}

/** Text safe inside a Markdown table cell or paragraph: no stray markup, pipes or line breaks. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>|#]/g, (character) => `\\${character}`).replace(/\r?\n/g, ' ')
}
