/**
 * The one place src/github gets Markdown from. STAND-IN: until the lead's `renderMarkdown` lands in
 * src/report/markdown.ts, this re-exports the small local renderer in ./markdown-standin.ts with the same
 * signature. Swapping is a one-line change here:
 *
 *   export { renderMarkdown } from '../report/markdown.js';
 */
export { renderMarkdown } from './markdown-standin.js';
export type { RenderOptions, RenderFlavor } from './markdown-standin.js';
