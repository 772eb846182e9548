/** The publishing layer's entry, loaded lazily by the Action (runs that do not publish never load Octokit). */
export { readGitHubContext } from './context.js';
export { createGitHubClient } from './client.js';
export { startPublishing, publish, publishCrash } from './publish.js';
export { publishFromWorkflowRun } from './publish-mode.js';
export { BundleRejectedError } from './errors.js';
