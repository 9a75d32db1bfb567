import { useEffect, useRef, useState } from 'preact/hooks';

export interface FormatOption {
  id: string;
  label: string;
}

interface Props {
  /** What is being cited, for labels: "u-µP: The Unit-Scaled …". */
  subject: string;
  formats: readonly FormatOption[];
  defaultFormat: string;
  onCopy(format: string): void;
}

/**
 * One click copies the default format; the arrow opens a menu of the others. The menu is a
 * proper menu button: arrows move, Enter picks, Escape closes and returns focus.
 */
export function CopyCitation({ subject, formats, defaultFormat, onCopy }: Props) {
  const [open, setOpen] = useState(false);
  const menuRef = useRef<HTMLUListElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const label = formats.find((f) => f.id === defaultFormat)?.label ?? defaultFormat;

  useEffect(() => {
    if (open) menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
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
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'Tab') {
      setOpen(false);
    }
  };

  return (
    <div class="copy-citation">
      <button
        type="button"
        class="copy-main"
        onClick={() => onCopy(defaultFormat)}
        aria-label={`Copy ${label} citation of ${subject}`}
      >
        Copy {label}
      </button>
      <button
        type="button"
        ref={toggleRef}
        class="copy-more"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={`Other citation formats for ${subject}`}
        onClick={() => setOpen(!open)}
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
          {formats.map((format) => (
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
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
