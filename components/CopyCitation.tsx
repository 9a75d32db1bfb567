import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CitationFormat, CopyFormat, CopyFormatOption } from '../lib/citation/formats';

interface Props {
  /** What is being cited, for labels: "u-µP: The Unit-Scaled …". */
  subject: string;
  formats: readonly CopyFormatOption[];
  defaultFormat: CitationFormat;
  onCopy(format: CopyFormat): void;
  /** The one-click button's text and name, when not "Copy <format>" (e.g. "Copy all"). */
  mainText?: string;
}

/**
 * One click copies the default format; the arrow opens a menu of the others. The menu is a
 * proper menu button: ArrowDown/ArrowUp on the button open it, arrows (and Home, End) move,
 * Enter picks, Escape closes and returns focus (also pressed on the button while the menu is
 * open), moving focus elsewhere closes it.
 */
export function CopyCitation({ subject, formats, defaultFormat, onCopy, mainText }: Props) {
  // Open with the first (or, opened by ArrowUp, the last) item focused.
  const [open, setOpen] = useState<false | 'first' | 'last'>(false);
  const menuRef = useRef<HTMLUListElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const label = formats.find((f) => f.id === defaultFormat)?.label ?? defaultFormat;

  // Before the menu is painted: a key pressed as soon as it shows must not find the focus still
  // on the button, nor a later focus move land in a menu that key has closed.
  useLayoutEffect(() => {
    if (!open) return;
    const items = menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]');
    items?.[open === 'first' ? 0 : items.length - 1]?.focus();
  }, [open]);

  const close = (): void => {
    setOpen(false);
    toggleRef.current?.focus();
  };
  const onMenuKey = (event: KeyboardEvent): void => {
    const items = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      event.stopPropagation();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      items[(at + step + items.length) % items.length]?.focus();
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      items[event.key === 'Home' ? 0 : items.length - 1]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'Tab') {
      setOpen(false);
    }
  };

  const onToggleKey = (event: KeyboardEvent): void => {
    // Escape before the focus has moved into the just-opened menu still closes it.
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    event.stopPropagation();
    setOpen(event.key === 'ArrowDown' ? 'first' : 'last');
  };
  // A click or Tab elsewhere closes the menu (focus stays where the user put it).
  const onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (open && !menuRef.current?.contains(next) && next !== toggleRef.current) setOpen(false);
  };

  return (
    <div class="copy-citation" onFocusOut={onFocusOut}>
      <button
        type="button"
        class="copy-main"
        onClick={() => onCopy(defaultFormat)}
        aria-label={mainText ?? `Copy ${label} citation of ${subject}`}
      >
        {mainText ?? `Copy ${label}`}
      </button>
      <button
        type="button"
        ref={toggleRef}
        class="copy-more"
        aria-haspopup="menu"
        aria-expanded={open !== false}
        aria-label={`Other citation formats for ${subject}`}
        onClick={() => setOpen(open ? false : 'first')}
        onKeyDown={onToggleKey}
      >
        ▾
      </button>
      {open && (
        <ul
          class="copy-menu"
          role="menu"
          ref={menuRef}
          onKeyDown={onMenuKey}
          aria-label="Citation formats"
        >
          {formats.map((format, index) => [
            format.inText && !formats[index - 1]?.inText && (
              <li role="separator" key={`${format.id}-separator`} />
            ),
            <li role="none" key={format.id}>
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                onClick={() => {
                  onCopy(format.id);
                  close();
                }}
              >
                {format.label}
              </button>
            </li>,
          ])}
        </ul>
      )}
    </div>
  );
}
