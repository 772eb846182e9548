/** The one place src/github gets Markdown from: the shared renderer that every reporter uses. */
export { renderMarkdown } from '../report/markdown.js';
export type { MarkdownOptions as RenderOptions } from '../report/markdown.js';
