// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CitationFormat, CopyFormatOption } from '../lib/citation/formats';
import { CopyCitation } from './CopyCitation';

const FORMATS: CopyFormatOption[] = [
  { id: 'bibtex', label: 'BibTeX' },
  { id: 'apa', label: 'APA (7th ed.)' },
  { id: 'ris', label: 'RIS' },
];

function setup(defaultFormat: CitationFormat = 'bibtex') {
  const onCopy = vi.fn();
  render(
    <div>
      <CopyCitation
        subject="Unit Scaling"
        formats={FORMATS}
        defaultFormat={defaultFormat}
        onCopy={onCopy}
      />
      <button type="button">Elsewhere</button>
    </div>,
  );
  const toggle = screen.getByRole('button', { name: 'Other citation formats for Unit Scaling' });
  return { onCopy, toggle };
}
const items = () => screen.getAllByRole('menuitem');
const press = (key: string) =>
  fireEvent.keyDown(document.activeElement as Element, { key, bubbles: true });

afterEach(cleanup);

describe('CopyCitation', () => {
  it('lists the in-text forms after the reference formats, below a separator', () => {
    const onCopy = vi.fn();
    render(
      <CopyCitation
        subject="Unit Scaling"
        formats={[...FORMATS, { id: 'citep', label: '\\citep{…}', inText: true }]}
        defaultFormat="bibtex"
        onCopy={onCopy}
      />,
    );
    fireEvent.click(
      screen.getByRole('button', { name: 'Other citation formats for Unit Scaling' }),
    );
    expect(items().map((i) => i.textContent)).toEqual([
      'BibTeX',
      'APA (7th ed.)',
      'RIS',
      '\\citep{…}',
    ]);
    const separator = screen.getByRole('separator');
    expect(separator.nextElementSibling?.textContent).toBe('\\citep{…}');
    fireEvent.click(screen.getByRole('menuitem', { name: '\\citep{…}' }));
    expect(onCopy).toHaveBeenCalledWith('citep');
  });

  it('can name its one-click button otherwise ("Copy all")', () => {
    render(
      <CopyCitation
        subject="all 2 papers"
        formats={FORMATS}
        defaultFormat="apa"
        mainText="Copy all"
        onCopy={vi.fn()}
      />,
    );
    expect(screen.getByRole('button', { name: 'Copy all' }).textContent).toBe('Copy all');
  });

  it('copies the default format in one click, labelled with what it copies', () => {
    const { onCopy } = setup('apa');
    const main = screen.getByRole('button', {
      name: 'Copy APA (7th ed.) citation of Unit Scaling',
    });
    expect(main.textContent).toBe('Copy APA (7th ed.)');
    fireEvent.click(main);
    expect(onCopy).toHaveBeenCalledWith('apa');
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('the arrow opens a menu of every format, the first one focused', () => {
    const { toggle } = setup();
    expect(toggle.getAttribute('aria-haspopup')).toBe('menu');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('menu', { name: 'Citation formats' })).toBeTruthy();
    expect(items().map((i) => i.textContent)).toEqual(['BibTeX', 'APA (7th ed.)', 'RIS']);
    expect(document.activeElement).toBe(items()[0]);
  });

  it('arrows move through the menu and wrap; Home and End jump', () => {
    const { toggle } = setup();
    fireEvent.click(toggle);
    press('ArrowDown');
    expect(document.activeElement).toBe(items()[1]);
    press('ArrowDown');
    press('ArrowDown');
    expect(document.activeElement).toBe(items()[0]);
    press('ArrowUp');
    expect(document.activeElement).toBe(items()[2]);
    press('Home');
    expect(document.activeElement).toBe(items()[0]);
    press('End');
    expect(document.activeElement).toBe(items()[2]);
  });

  it('the arrow keys on the button open the menu at the first or last format', () => {
    const { toggle } = setup();
    toggle.focus();
    press('ArrowDown');
    expect(document.activeElement).toBe(items()[0]);
    press('Escape');
    press('ArrowUp');
    expect(document.activeElement).toBe(items()[2]);
  });

  it('picking a format copies it, closes the menu and gives the focus back to the button', () => {
    const { onCopy, toggle } = setup();
    fireEvent.click(toggle);
    press('ArrowDown');
    // A button's Enter is a click (jsdom does not synthesise it; the e2e test presses Enter).
    fireEvent.click(document.activeElement as Element);
    expect(onCopy).toHaveBeenCalledWith('apa');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(toggle);
  });

  it('Escape closes the menu without copying and returns the focus to the button', () => {
    const { onCopy, toggle } = setup();
    fireEvent.click(toggle);
    const escape = fireEvent.keyDown(items()[0] as Element, { key: 'Escape', bubbles: true });
    // Handled: the popup does not also close.
    expect(escape).toBe(false);
    expect(screen.queryByRole('menu')).toBeNull();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);
    expect(onCopy).not.toHaveBeenCalled();
  });

  it('Escape on the button while the menu is open closes it (before the focus moved in)', () => {
    const { onCopy, toggle } = setup();
    fireEvent.click(toggle);
    const escape = fireEvent.keyDown(toggle, { key: 'Escape', bubbles: true });
    expect(escape).toBe(false);
    expect(screen.queryByRole('menu')).toBeNull();
    expect(onCopy).not.toHaveBeenCalled();
  });

  it('the menu closes when the focus moves elsewhere, and the button toggles it', () => {
    const { toggle } = setup();
    fireEvent.click(toggle);
    const elsewhere = screen.getByRole('button', { name: 'Elsewhere' });
    // (A FocusEvent of its own: jsdom elements have no onfocusout, which misleads fireEvent.)
    fireEvent(
      items()[0] as Element,
      new FocusEvent('focusout', { bubbles: true, relatedTarget: elsewhere }),
    );
    expect(screen.queryByRole('menu')).toBeNull();
    fireEvent.click(toggle);
    expect(screen.getByRole('menu')).toBeTruthy();
    fireEvent.click(toggle);
    expect(screen.queryByRole('menu')).toBeNull();
  });
});
