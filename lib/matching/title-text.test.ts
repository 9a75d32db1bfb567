// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { normalizeTitle } from './normalize-title';
import { titleText } from './title-text';

const UMUP = 'u μp the unit scaled maximal update parametrization';

function read(html: string): string {
  document.body.innerHTML = html;
  return titleText(document.body.firstElementChild as Element);
}

describe('titleText', () => {
  it('leaves out the arXiv "Title:" descriptor', () => {
    expect(
      read('<h1 class="title mathjax"><span class="descriptor">Title:</span>Unit Scaling</h1>'),
    ).toBe('Unit Scaling');
  });

  it('reads MathJax 2 output once, from its assistive MathML (not the hidden glyphs or the TeX script)', () => {
    const text = read(
      '<h1 class="title mathjax"><span class="descriptor">Title:</span>u-<span class="MathJax_Preview" style="color: inherit;"></span>' +
        '<span class="MathJax" id="MathJax-Element-1-Frame" tabindex="0" role="presentation"><nobr aria-hidden="true"><span class="math" id="MathJax-Span-1"><span class="mrow"><span class="mi">μ</span></span></span></nobr>' +
        '<span class="MJX_Assistive_MathML" role="presentation"><math xmlns="http://www.w3.org/1998/Math/MathML"><mi>μ</mi></math></span></span>' +
        '<script type="math/tex" id="MathJax-Element-1">\\mu</script>P: The Unit-Scaled Maximal Update Parametrization</h1>',
    );
    expect(text).toBe('u-μP: The Unit-Scaled Maximal Update Parametrization');
    expect(normalizeTitle(text)).toBe(UMUP);
  });

  it('reads MathJax 3 output from its assistive MathML (the CHTML glyphs are CSS content)', () => {
    const text = read(
      '<h2 class="citation_title">u-<mjx-container class="MathJax CtxtMenu_Attached_0" jax="CHTML" tabindex="0"><mjx-math class="MJX-TEX" aria-hidden="true"><mjx-mi class="mjx-i"><mjx-c class="mjx-c1D707 TEX-I"></mjx-c></mjx-mi></mjx-math>' +
        '<mjx-assistive-mml unselectable="on" display="inline"><math xmlns="http://www.w3.org/1998/Math/MathML"><mi>μ</mi></math></mjx-assistive-mml></mjx-container>P: The Unit-Scaled Maximal Update Parametrization</h2>',
    );
    expect(normalizeTitle(text)).toBe(UMUP);
  });

  it('reads LaTeXML math as its alttext', () => {
    const text = read(
      '<h1 class="ltx_title ltx_title_document">u-<math alttext="\\mu" class="ltx_Math" display="inline"><semantics><mi>μ</mi><annotation encoding="application/x-tex">\\mu</annotation><annotation encoding="application/x-llamapun">italic_μ</annotation></semantics></math>P: The Unit-Scaled Maximal Update Parametrization</h1>',
    );
    expect(text).toBe('u-$\\mu$P: The Unit-Scaled Maximal Update Parametrization');
    expect(normalizeTitle(text)).toBe(UMUP);
  });

  it('leaves out Scholar labels and keeps <b> highlights', () => {
    expect(
      read(
        '<h3 class="gs_rt"><span class="gs_ctc"><span class="gs_ct1">[PDF]</span><span class="gs_ct2">[PDF]</span></span> <a href="#"><b>Unit scaling</b>: Out-of-the-box low-precision training</a></h3>',
      ).trim(),
    ).toBe('Unit scaling: Out-of-the-box low-precision training');
  });
});
