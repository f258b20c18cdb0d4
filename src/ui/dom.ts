// The one way story and player text reaches the page: as text nodes, never as HTML.

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: { className?: string; text?: string; attributes?: Record<string, string> } = {},
  children: Node[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.className) node.className = options.className;
  if (options.text !== undefined) node.textContent = options.text;
  for (const [name, value] of Object.entries(options.attributes ?? {})) {
    node.setAttribute(name, value);
  }
  for (const child of children) node.append(child);
  return node;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`the page is missing #${id}`);
  return node as T;
}

/** A plain button that runs `run` when pressed (the tool buttons of menus and screens). */
export function actionButton(
  text: string,
  run: () => void,
  className = 'tool-button',
): HTMLButtonElement {
  const node = element('button', { className, text, attributes: { type: 'button' } });
  node.addEventListener('click', run);
  return node;
}
