// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Highlight } from './Highlight';

afterEach(cleanup);

const marks = (container: Element) =>
  [...container.querySelectorAll('mark')].map((m) => m.textContent);

describe('Highlight', () => {
  it('wraps the matched words in <mark>, keeping the text as it was', () => {
    const { container } = render(
      <Highlight
        text="Unit Scaling: Out-of-the-Box Low-Precision Training"
        terms={['scal', 'box']}
      />,
    );
    expect(marks(container)).toEqual(['Scaling', 'Box']);
    expect(container.textContent).toBe('Unit Scaling: Out-of-the-Box Low-Precision Training');
  });

  it("marks words whatever their accents, case or µ/μ, and under the index's other spellings", () => {
    const { container } = render(
      <Highlight text="Kerstin Kläser on u-µP and float8" terms={['klaser', 'mup', 'fp8']} />,
    );
    expect(marks(container)).toEqual(['Kläser', 'µP', 'float8']);
  });

  it('renders markup in the text as text, never as HTML', () => {
    const text = '<img src=x onerror=alert(1)> <b>bold</b> scaling';
    const { container } = render(<Highlight text={text} terms={['scaling', 'img']} />);
    expect(container.querySelector('img, b')).toBeNull();
    expect(container.textContent).toBe(text);
    expect(marks(container)).toEqual(['img', 'scaling']);
  });

  it('without terms, or with none matching, shows the plain text', () => {
    const { container, rerender } = render(<Highlight text="GroupBERT" terms={[]} />);
    expect(container.innerHTML).toBe('GroupBERT');
    rerender(<Highlight text="GroupBERT" terms={['fp8']} />);
    expect(container.querySelector('mark')).toBeNull();
    expect(container.textContent).toBe('GroupBERT');
  });
});
