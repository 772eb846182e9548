/** See yazl-pump.mjs. */
export function patchYazl(source: string): string;
