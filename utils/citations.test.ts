import { describe, expect, it } from 'vitest';
import { citationText } from './citations';

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

  it('joins the in-text forms of several papers into one citation', async () => {
    expect((await citationText(['u-mup'], 'citep')).text).toBe('\\citep{blake2024umup}');
    expect((await citationText(['unit-scaling', 'u-mup'], 'cite')).text).toBe(
      '\\cite{blake2023unit,blake2024umup}',
    );
    expect((await citationText(['sparq-attention', 'unit-scaling'], 'in-text')).text).toBe(
      '(Blake et al., 2023; Ribar et al., 2024)',
    );
    expect((await citationText(['unit-scaling'], 'in-text')).html).toBeUndefined();
  });

  it('says which paper it cannot cite', async () => {
    await expect(citationText(['no-such-paper'], 'bibtex')).rejects.toThrow(/no-such-paper/);
  });
});
