import { css } from 'lit';
import { buttonStyles, hostStyles } from '../styles/host.js';

// Box, stacks, links, headings, crisis colours and the close button's reset: see hostStyles.
export const contactCardStyles = [
  hostStyles,
  buttonStyles,
  css`
    :host {
      --_a: var(--intake-card-accent);
      --_s: var(--intake-card-surface);
      max-width: var(--intake-card-max-width, 32em);
    }
    .card {
      overflow: hidden;
    }
    .message,
    .address,
    .steps {
      color: var(--_text);
    }
    /* A flex item of the card, so already a block. */
    .photo {
      width: 100%;
      aspect-ratio: 16 / 9;
      object-fit: cover;
      background: var(--_border);
    }
    .status {
      display: flex;
      align-items: center;
      gap: 0.5em;
    }
    .status::before {
      content: '';
      flex: none;
      width: 0.6em;
      height: 0.6em;
      border-radius: 50%;
      background: currentColor;
    }
    .is-open {
      color: var(--intake-open, #1e6b34);
    }
    .actions .button {
      flex: 1 1 auto;
    }
    .steps ul {
      margin-top: 0.25em;
    }
    .address {
      font-style: normal;
    }
    /* A link on its own line: a target of at least 24px (WCAG 2.5.8) on a page whose text is small. */
    .address a {
      display: inline-block;
      min-height: max(1.5em, 24px);
    }
    .after-hours,
    .crisis {
      gap: 0.35em;
      padding: 0.75em;
      border-radius: calc(var(--_radius) * 0.5);
    }

    /*
     * layout="bar": a compact call bar fixed to the bottom of the viewport. !important because a
     * page's own rules on the element (a reset's "* { all: unset }") would otherwise win over
     * :host and leave the bar at the end of the page; --intake-bar-z-index is the way to stack it.
     */
    /* Focusable only once the bar is dismissed, to keep the place of its close button: nothing to ring. */
    :host(:focus) {
      outline: none;
    }
    :host([layout='bar']) {
      position: fixed !important;
      inset-inline: 0 !important;
      bottom: 0 !important;
      z-index: var(--intake-bar-z-index, 1000) !important;
      /* A theme's rules for blocks in its content (".entry-content > * { margin-bottom: 30px;
         max-width: 610px }") would lift the bar off the screen's edge, or narrow it. */
      margin: 0 !important;
      max-width: none !important;
    }
    .bar {
      container-type: inline-size;
      display: flex;
      /* Only on a screen too narrow for the Call and close buttons side by side (a zoomed phone):
         the text takes no room of its own (flex-basis 0), so nothing wraps before that. */
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em;
      padding: 0.5em 0.5em 0.5em 1em;
      padding-bottom: calc(0.5em + env(safe-area-inset-bottom, 0px));
      border-top: 1px solid var(--_border);
      background: var(--_surface);
      color: var(--_text);
      box-shadow: 0 -2px 8px rgb(0 0 0 / 0.12);
    }
    /* Never narrower than its longest word ("Admisiones", "Cerrado"): where the buttons leave
       less, they go onto a second row rather than a word being broken in two. */
    .bar-text {
      flex: 1 1 0;
      min-width: min-content;
      line-height: 1.3;
    }
    .bar-number {
      white-space: nowrap;
    }
    .bar-name {
      font-weight: 700;
    }
    /*
     * Every word in sight, however narrow the screen or large the text: where the line is too
     * short, "· opens Fri 8:00 AM PT" goes whole onto a second line (see renderBarStatus).
     */
    .bar .status {
      flex-wrap: wrap;
      column-gap: 0.3em;
      font-size: 0.875em;
    }
    .bar .status > * {
      min-width: 0;
    }
    .bar .status::before {
      display: none;
    }
    /* The 988 button: in the crisis colour (over .button.secondary's accent), as small as a tap target may be. */
    .button.secondary.crisis-call {
      flex: none;
      padding-inline: 0.6em;
      border-color: var(--_danger);
      color: var(--_danger);
    }
    .dismiss {
      flex: none;
      width: 2.75em;
      height: 2.75em;
      padding: 0;
      border-radius: 50%;
      color: var(--_muted);
      font-size: 1.25em;
      line-height: 1;
    }
    /*
     * On a phone the number itself does not fit beside the name: it is hidden from sight only, so
     * a screen reader still says "Call (206) 555-0100" rather than a bare "Call".
     */
    @container (max-width: 30em) {
      .bar-number {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
      }
    }
    /* A small phone: the buttons give up their glyph and some padding, so "Closed" keeps its room. */
    @container (max-width: 22em) {
      .bar .icon {
        display: none;
      }
      .bar .button {
        padding-inline: 0.6em;
      }
      .bar .button.crisis-call {
        padding-inline: 0.4em;
      }
    }
    /*
     * A phone zoomed to 200 % or more (160–240 CSS px across, or as little height on its side), or
     * set to large text: fixed, the bar would cover a third of the screen or more, and what has
     * keyboard focus with it. There it stays where the page put it, as a block of its own. The
     * media query sees zoom only (its em is the browser's 16px); the state, set by the element
     * from the bar's own font size, sees both.
     */
    @media (max-width: 15em), (max-height: 15em) {
      :host([layout='bar']) {
        position: static !important;
      }
      .bar-text {
        flex-basis: 100%;
      }
    }
    :host([layout='bar']:state(in-flow)) {
      position: static !important;
    }
    :host(:state(in-flow)) .bar-text {
      flex-basis: 100%;
    }
    @media (forced-colors: active) {
      .card,
      .bar,
      .after-hours,
      .crisis {
        border: 1px solid CanvasText;
      }
      .status::before {
        background: CanvasText;
      }
    }
  `,
];
