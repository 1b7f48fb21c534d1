import { css } from 'lit';

/**
 * Shared host reset and theming tokens.
 *
 * Tier 1 tokens (`--intake-*`) are set by the site once for all widgets; each widget reads them
 * through its own tier 2 properties (`--intake-card-accent` → `--intake-accent` → built-in).
 * Inherited properties cross the shadow boundary, so the host resets the ones a page commonly
 * sets on `body` (line-height, letter-spacing, text-transform, text-align) but keeps the page's
 * font family. Sizes are in `em`: `rem` would follow a host's `html { font-size: 62.5% }`.
 */
export const hostStyles = css`
  :host {
    --_accent: var(--intake-accent, #0b5cad);
    --_on-accent: var(--intake-on-accent, #ffffff);
    --_text: var(--intake-text, #1b1f24);
    --_muted: var(--intake-muted, #4a5560);
    --_surface: var(--intake-surface, #ffffff);
    --_border: var(--intake-border, #b9c2cc);
    --_danger: var(--intake-danger, #a4161a);
    --_radius: var(--intake-radius, 0.75em);
    --_space: var(--intake-space, 1em);
    --_focus: var(--intake-focus-ring, 3px solid #1a5fb4);

    display: block;
    box-sizing: border-box;
    font-family: var(--intake-font, inherit);
    font-size: var(--intake-font-size, 1em);
    font-style: normal;
    font-weight: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
    color: var(--_text);
    -webkit-text-size-adjust: 100%;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :where(h2, h3, p, ul, ol, dl, dd, figure) {
    margin: 0;
  }
  :where(a, button, input, select, textarea, summary):focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
`;

/** Buttons and button-like links, shared so all widgets feel like one product. */
export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-height: 2.75em;
    padding: 0.6em 1.1em;
    border: 2px solid var(--_accent);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_accent);
    color: var(--_on-accent);
    font: inherit;
    font-weight: 600;
    line-height: 1.2;
    text-decoration: none;
    text-align: center;
    cursor: pointer;
  }
  .button.secondary {
    background: transparent;
    color: var(--_accent);
  }
  .button:hover {
    filter: brightness(0.92);
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
      forced-color-adjust: none;
    }
    a.button {
      color: LinkText;
    }
  }
`;
