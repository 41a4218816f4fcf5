/** A tiny element builder: the phone page has no framework, to stay small and fast on cheap phones. */

type Attrs = Record<string, string | number | boolean | EventListener | undefined>;
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(key.replace(/^on/, ''), value);
    else if (value === true) el.setAttribute(key, '');
    else el.setAttribute(key, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child);
  }
  return el;
}

/** Replaces what the page shows and moves the reader to the top (a new step is a new screen). */
export function show(...nodes: (Node | null)[]): void {
  const app = document.getElementById('app');
  if (!app) return;
  app.replaceChildren(...nodes.filter((n): n is Node => n !== null));
  window.scrollTo(0, 0);
}
