/**
 * Small enhancements of the docs pages:
 * - a Copy button above every code block marked `data-copy` (without JavaScript the code is
 *   still there to select by hand);
 * - boxes that scroll sideways (wide tables and code on a small screen) take keyboard focus
 *   while, and only while, they are too wide to show at once, so keyboard users can scroll them
 *   without a useless tab stop on wide screens.
 */

function selectText(node: Node): void {
  const range = document.createRange();
  range.selectNodeContents(node);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

async function copy(pre: HTMLElement, status: HTMLElement): Promise<void> {
  const text = pre.textContent ?? '';
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = 'Copied.';
  } catch {
    // No clipboard access (an old browser, or the page is not served over https): select the
    // code so the reader can copy it with the keyboard.
    selectText(pre);
    status.textContent = 'Selected: press Ctrl+C (or ⌘C) to copy.';
  }
  window.setTimeout(() => {
    status.textContent = '';
  }, 4000);
}

export function addCopyButtons(root: ParentNode = document): void {
  for (const pre of root.querySelectorAll<HTMLElement>('pre[data-copy]')) {
    if (pre.parentElement?.classList.contains('code-wrap')) continue;
    const wrap = document.createElement('div');
    wrap.className = 'code-wrap';
    const tools = document.createElement('div');
    tools.className = 'code-tools';
    const status = document.createElement('span');
    status.className = 'copy-status';
    status.setAttribute('role', 'status');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-button';
    button.textContent = 'Copy';
    const what = pre.dataset.copy;
    // "The script tag" → "Copy the script tag", but "CSS of…" stays as it is.
    const lower = what && /^[A-Z][a-z]/.test(what) ? what.charAt(0).toLowerCase() + what.slice(1) : what;
    if (lower) button.setAttribute('aria-label', `Copy ${lower}`);
    button.addEventListener('click', () => void copy(pre, status));
    tools.append(status, button);
    pre.replaceWith(wrap);
    wrap.append(tools, pre);
  }
}

const SCROLL_BOXES = '.table-scroll, pre';
const ADDED = 'data-scroll-focus';

function updateScrollFocus(box: Element): void {
  const scrolls = box.scrollWidth > box.clientWidth + 1;
  if (scrolls && !box.hasAttribute('tabindex')) {
    box.setAttribute('tabindex', '0');
    box.setAttribute(ADDED, '');
  } else if (!scrolls && box.hasAttribute(ADDED)) {
    box.removeAttribute('tabindex');
    box.removeAttribute(ADDED);
  }
}

export function focusableScrollBoxes(root: ParentNode = document): void {
  const boxes = [...root.querySelectorAll(SCROLL_BOXES)];
  for (const box of boxes) updateScrollFocus(box);
  if (typeof ResizeObserver === 'function') {
    const observer = new ResizeObserver((entries) => {
      for (const entry of entries) updateScrollFocus(entry.target);
    });
    for (const box of boxes) observer.observe(box);
  }
}

addCopyButtons();
focusableScrollBoxes();
