/** The tool's version; a test checks it equals package.json's (importing package.json would bundle all of it). */
export const VERSION = '0.1.0';
