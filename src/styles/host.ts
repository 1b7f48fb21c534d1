import { css } from 'lit';

/**
 * Shared host reset, theming tokens and the rules the three widgets have in common.
 *
 * Tier 1 tokens (`--intake-*`) are set by the site once for all widgets; each widget reads them
 * through its own tier 2 properties (`--intake-card-accent` → `--intake-accent` → built-in). A
 * widget names its tier 2 properties once, on its own `:host`: `--_a` (accent) and `--_s`
 * (surface); when the site leaves them unset they are invalid, so the `var()` fallback here picks
 * the tier 1 token.
 * Inherited properties cross the shadow boundary, so the host resets the ones a page commonly
 * sets on `body` (line-height, letter-spacing, text-transform, text-align) but keeps the page's
 * font family. Sizes are in `em`: `rem` would follow a host's `html { font-size: 62.5% }`.
 *
 * The shared rules below match class names of all three widgets; a class only one widget uses
 * simply matches nothing in the others. Each widget's own sheet comes after this one, so its rules
 * win over these at equal specificity.
 */
export const hostStyles = css`
  :host {
    --_accent: var(--_a, var(--intake-accent, #0b5cad));
    --_on-accent: var(--intake-on-accent, #fff);
    --_text: var(--intake-text, #1b1f24);
    --_muted: var(--intake-muted, #4a5560);
    --_surface: var(--_s, var(--intake-surface, #fff));
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
    font-weight: 400;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
    /* A word longer than the line (an email address, a zoomed phone) breaks instead of sticking out. */
    overflow-wrap: break-word;
    /* English and Spanish read left to right: on a right-to-left page, a phone number, an address
       or "¿…?" would otherwise come out in the wrong order. */
    direction: ltr;
    unicode-bidi: isolate;
    color: var(--_text);
    /* The surface is light: without this, a page in dark mode (color-scheme is inherited) would
       draw dark form controls on it, and an unticked radio looks ticked. */
    color-scheme: var(--intake-color-scheme, light);
    -webkit-text-size-adjust: 100%;
  }
  /* Button text black or white, whichever reads better on the accent, unless the site sets its
     own: a light brand colour (orange, yellow, a pale green) under white text cannot be read. */
  @supports (color: contrast-color(red)) {
    :host {
      --_on-accent: var(--intake-on-accent, contrast-color(var(--_accent)));
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  ::before,
  ::after {
    box-sizing: border-box;
  }
  :where(h2, h3, h4, h5, p, ul, ol, dl, dd, figure) {
    margin: 0;
  }
  /* .title: a screen's heading, which takes focus when the screen changes (quiz, insurance result). */
  :where(a, button, input, select, textarea, summary, .title):focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /*
   * A phone or reference number in a sentence (IntakeElement.keepWhole) moves to the next line
   * whole rather than breaking after "555-"; only a box too narrow for it breaks it (no clipping).
   */
  .whole {
    display: inline-block;
  }
  /* An inline block does not take its link's underline; a plain link's number should show it. */
  a:not(.button) .whole {
    text-decoration: underline;
  }
  /*
   * A phone zoomed to 200 % or more (browser or system page zoom, common with low vision) leaves
   * 160–240 CSS px: tighter spacing and buttons keep every widget inside that width rather than
   * scrolling the page sideways. A site's smaller --intake-space still wins.
   */
  @media (max-width: 15em) {
    :host {
      --_space: min(var(--intake-space, 1em), 0.5em);
    }
    .button {
      padding-inline: 0.5em;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    ::before,
    ::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }

  /*
   * Headings by role, whatever their level (heading-level): .title is a widget's or a screen's
   * title, the others sub-headings at text size; UA styles make all of them bold.
   */
  :where(h2, h3, h4, h5) {
    font-size: 1em;
  }
  .title {
    font-size: 1.25em;
    line-height: 1.25;
  }
  ul {
    padding-inline-start: 1.25em;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  /* A legend is as wide as its text by default, and no narrower than its longest word: full width
     lets a long word ("desintoxicación" on a zoomed phone) wrap instead of sticking out. */
  legend {
    width: 100%;
    padding: 0;
  }

  /* Boxes and stacks. */
  .quiz,
  .box,
  .card,
  .step,
  .end,
  .body,
  .progress,
  .text,
  .address,
  .after-hours,
  .crisis,
  .bar-text,
  form,
  .result,
  .field,
  .alert,
  .summary {
    display: flex;
    flex-flow: column;
  }
  .quiz,
  .box,
  .card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    /* The text colour goes with the surface: a page rule on the host itself (an overlay's
       "body * { color: #ff0 !important }") beats :host, and inherited, it put yellow on white. */
    color: var(--_text);
  }
  .quiz,
  .box {
    gap: var(--_space);
  }
  .quiz,
  .box,
  .body {
    padding: calc(var(--_space) * 1.25);
  }
  .step,
  .end,
  .body {
    gap: calc(var(--_space) * 0.75);
  }
  .address,
  .field {
    gap: 0.25em;
  }
  .nav,
  .actions,
  .parts,
  .options,
  .links,
  .crisis-links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .links,
  .crisis-links {
    gap: 0.35em 1em;
  }

  /* Crisis lines, errors and secondary text. */
  .notice,
  .emergency,
  .crisis,
  .after-hours {
    border-inline-start: 4px solid var(--_danger);
  }
  /* The card's crisis line is tinted; the quiz's crisis screen is not. */
  .notice,
  .after-hours,
  .card .crisis {
    background: color-mix(in srgb, var(--_danger) 6%, var(--_surface));
  }
  .error,
  .notice a,
  .links a,
  .crisis-links a,
  .summary a {
    color: var(--_danger);
    font-weight: 600;
  }
  .lead,
  .hours,
  .disclaimer,
  .name,
  .status {
    font-weight: 600;
  }
  .hint,
  .lead,
  .progress,
  .example,
  .version,
  .is-closed {
    color: var(--_muted);
  }

  /* Buttons that look like links, and the call bar's close button. */
  .restart,
  .link,
  .dismiss {
    border: 0;
    background: none;
  }
  .restart,
  .link {
    color: var(--_accent);
    text-decoration: underline;
  }
  .button,
  .restart,
  .link,
  .dismiss {
    font: inherit;
    cursor: pointer;
  }
  /*
   * Links that stand on their own and link-style buttons: tap targets as tall as a button (crisis
   * lines), or at least 24 CSS px (the error summary's list), rather than one line of small text
   * (WCAG 2.5.8). Links inside a sentence keep the sentence's line.
   */
  .links a,
  .crisis-links a,
  .link,
  .summary li a {
    /* Never wider than the line: a long word on a zoomed phone breaks instead. */
    max-width: 100%;
  }
  .links a,
  .crisis-links a,
  .link {
    display: inline-block;
    min-height: 2.75em;
    padding-block: 0.625em;
    line-height: 1.5;
  }
  .summary li a {
    display: inline-block;
    min-height: max(1.5em, 24px);
    /* The list's bullet beside the first line, not the last. */
    vertical-align: top;
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
    /* Never wider than its box: on a very narrow screen a long word breaks instead. */
    max-width: 100%;
    padding: 0.6em 1.1em;
    border: 2px solid var(--_accent);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
    line-height: 1.2;
    text-decoration: none;
    text-align: center;
  }
  .button.secondary {
    background: none;
    color: var(--_accent);
  }
  .button:hover {
    filter: brightness(0.92);
  }
  @media (forced-colors: active) {
    /*
     * :is() weighs as its heaviest selector, so these win over every button's own colours in the
     * widgets' sheets (.button.danger.secondary, .button.secondary.crisis-call): neither the
     * site's accent nor the crisis red shows on the system's colours, where it can be unreadable.
     */
    .button:is(.button, .danger.secondary.crisis-call) {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
      forced-color-adjust: none;
    }
    a.button:is(.button, .danger.secondary.crisis-call),
    .link,
    .restart {
      color: LinkText;
    }
    /* Kept out of forced colours above, the buttons would keep the accent's focus ring too. */
    .button:focus-visible {
      outline-color: Highlight;
    }
    /* The close button is only a glyph: give it the outline every other button has. */
    .dismiss {
      border: 1px solid ButtonText;
    }
  }
`;
