import { type KeyboardEvent, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { NavLink, useLocation } from 'react-router';

export interface NavItem {
  to: string;
  label: string;
}

/**
 * A group of the main navigation's pages behind one button (the disclosure pattern): the button
 * says whether the list is open (aria-expanded); Enter or Space opens it, the arrow keys move
 * through its links, Escape closes it and returns to the button, and so do a click outside it,
 * leaving it with Tab, and following one of its links. The button is marked when one of its pages
 * is open.
 */
export function NavMenu({ label, items }: { label: string; items: readonly NavItem[] }) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const listId = useId();
  const { pathname } = useLocation();
  const current = items.some((i) => pathname === i.to || pathname.startsWith(`${i.to}/`));

  // A list that would run past the window's right edge opens towards the left instead.
  useLayoutEffect(() => {
    const ul = list.current;
    if (!open || !ul) return;
    ul.classList.remove('end');
    if (ul.getBoundingClientRect().right > document.documentElement.clientWidth) ul.classList.add('end');
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const outside = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const links = () => [...(root.current?.querySelectorAll<HTMLAnchorElement>('ul a') ?? [])];
  const focusLink = (which: 'first' | 'last' | 1 | -1) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    const next = which === 'first' ? 0 : which === 'last' ? all.length - 1 : (at + which + all.length) % all.length;
    all[next]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && open) {
      e.preventDefault();
      setOpen(false);
      button.current?.focus();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) setOpen(true);
      // The list is shown on the next render; move into it then.
      requestAnimationFrame(() => {
        if (e.target === button.current) focusLink(e.key === 'ArrowDown' ? 'first' : 'last');
        else focusLink(e.key === 'ArrowDown' ? 1 : -1);
      });
    } else if (open && (e.key === 'Home' || e.key === 'End') && e.target !== button.current) {
      e.preventDefault();
      focusLink(e.key === 'Home' ? 'first' : 'last');
    }
  };

  return (
    <div
      className="nav-menu"
      ref={root}
      onKeyDown={onKeyDown}
      onBlur={(e) => {
        if (open && !root.current?.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        type="button"
        ref={button}
        className={current ? 'active' : undefined}
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
        <span aria-hidden="true" className="caret">
          ▾
        </span>
      </button>
      <ul id={listId} ref={list} hidden={!open}>
        {items.map((i) => (
          <li key={i.to}>
            <NavLink to={i.to} onClick={() => setOpen(false)}>
              {i.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </div>
  );
}
