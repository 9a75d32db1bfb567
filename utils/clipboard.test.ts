import { describe, expect, it } from 'vitest';
import { citationText } from './clipboard';

describe('citationText', () => {
  it('joins BibTeX entries into one .bib, a blank line apart', async () => {
    const { text, html } = await citationText(['unit-scaling', 'u-mup'], 'bibtex');
    expect(text).toMatch(
      /^@inproceedings\{blake2023unit,[\s\S]*\n}\n\n@inproceedings\{blake2024umup,[\s\S]*\n}$/,
    );
    expect(html).toBeUndefined();
  });

  it('gives styled formats as a list in plain text and in HTML', async () => {
    const { text, html } = await citationText(['unit-scaling', 'scalify'], 'apa');
    expect(text.split('\n')).toHaveLength(2);
    expect(text).toMatch(/^Blake, C\., Orr, D\., & Luschi, C\. \(2023\)\./);
    expect(html).toContain('<i>');
  });

  it('merges CSL-JSON items into one array', async () => {
    const items = JSON.parse(
      (await citationText(['unit-scaling', 'scalify'], 'csl-json')).text,
    ) as { id: string }[];
    expect(items.map((i) => i.id)).toEqual(['blake2023unit', 'balanca2024scalify']);
  });

  it('says which paper it cannot cite', async () => {
    await expect(citationText(['no-such-paper'], 'bibtex')).rejects.toThrow(/no-such-paper/);
  });
});
