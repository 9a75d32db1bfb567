// Minimal typings for the parts of Citation.js this module uses (the packages ship none).
declare module '@citation-js/core' {
  export interface Register<T> {
    add(name: string, value: T): void;
    has(name: string): boolean;
    get(name: string): T | undefined;
  }

  export interface BibliographyOptions {
    format?: 'text' | 'html';
    template?: string;
    lang?: string;
  }

  export class Cite {
    constructor(data: unknown);
    format(type: 'bibliography' | 'citation', options?: BibliographyOptions): string;
  }

  export const plugins: {
    config: {
      get(name: '@csl'): { styles: Register<string>; locales: Register<string> };
    };
  };
}

declare module '@citation-js/plugin-csl';

declare module 'csl-validator-wasm' {
  /** rnv's messages for a CSL style; empty when the style is valid. */
  export function validateStyle(style: string): Promise<string>;
}
